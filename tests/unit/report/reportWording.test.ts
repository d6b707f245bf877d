import { describe, expect, it } from 'vitest';
import { buildReportHtml } from '../../../electron/backend/services/reports/reportHtml';
import type { ReportModel } from '../../../electron/backend/services/reports/reportModel';

function questionnaire(
  overrides: Partial<ReportModel['instrument']> = {},
  language: ReportModel['language'] = 'ru',
): ReportModel {
  return {
    language,
    producedAt: new Date(2026, 10, 25, 14, 5),
    facilityName: 'Facility',
    client: { code: 'K7M4-QX9B', fullName: null },
    assessmentId: '0f3c2b1a-0000-4000-8000-000000000000',
    assessedAt: new Date(2026, 10, 24, 10, 0),
    instrument: {
      code: 'PHQ-9',
      name: 'PHQ-9',
      version: '1.1.0',
      kind: 'questionnaire',
      administration: { language: 'kk', textStatus: 'working' },
      licence: 'Free to use.',
      copyright: '© Pfizer Inc.',
      ...overrides,
    },
    pages: [],
    scores: [{ name: 'Total', value: 12, band: 'Moderate', informal: false, prorated: false }],
    observations: [],
    safety: [],
    conclusion: '',
    recommendations: '',
    referrals: [],
    addenda: [],
    signature: { by: 'Psychologist', at: new Date(2026, 10, 24, 12, 30) },
  };
}

describe('the report says which text the client answered (issue 13 §1, §3)', () => {
  it('prints the language and "working translation", the notice, the cut-off caveat and the licence for a working text', () => {
    const html = buildReportHtml(questionnaire());
    expect(html).toContain('Язык проведения');
    expect(html).toContain('казахский — рабочий перевод, не валидизирован');
    expect(html).toContain('Клиент отвечал на рабочий перевод этого опросника');
    expect(html).toContain('опубликованные пороговые значения относятся к валидизированной версии');
    expect(html).toContain('© Pfizer Inc. · Free to use.');
  });

  it('prints "published validated text" and no caveat when the client answered the validated version', () => {
    const html = buildReportHtml(questionnaire({ administration: { language: 'ru', textStatus: 'validated' } }, 'kk'));
    expect(html).toContain('орыс тілі — жарияланған валидацияланған мәтін');
    expect(html).not.toContain('жарияланған шекті мәндер валидацияланған нұсқаға арналған');
    expect(html).not.toContain('class="note working-text"');
  });

  it('says "not recorded" for a result signed before the language was stored', () => {
    const html = buildReportHtml(questionnaire({ administration: null }, 'en'));
    expect(html).toContain('Language of administration:</strong> not recorded');
  });
});
