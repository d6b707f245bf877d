/** Issue 13 §6: a drawing protocol's caveats are printed next to what is counted or measured from the drawing. */
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../assessments/drawing/metrics';
import type { Drawing } from '../../../assessments/drawing/model';
import { drawingToSvg } from '../../../assessments/drawing/svg';
import { getInstrument } from '../../../assessments/instruments';
import { buildReportHtml } from '../../../electron/backend/services/reports/reportHtml';
import type { ReportModel } from '../../../electron/backend/services/reports/reportModel';
import { line } from '../drawing/builders';

const drawing: Drawing = {
  page: { orientation: 'portrait' },
  events: [line(100, 100, 900, 900, { pointerType: 'mouse' })],
  finishedT: 5000,
};

function daprModel(language: 'kk' | 'ru', kind: 'drawing' | 'questionnaire' = 'drawing'): ReportModel {
  const dapr = getInstrument('dapr')!;
  return {
    language,
    producedAt: new Date(2026, 10, 25, 14, 5),
    facilityName: 'Колония № 42',
    client: { code: 'K7M4-QX9B', fullName: null },
    assessmentId: '0f3c2b1a-0000-4000-8000-000000000000',
    assessedAt: new Date(2026, 10, 24, 10, 0),
    instrument: {
      code: 'DAPR',
      name: dapr.name[language].text,
      version: '1.0.0',
      kind,
      caveats: dapr.caveats.map((c) => c[language].text),
    },
    pages: [
      {
        title: dapr.pages[0]!.title[language].text,
        orientation: 'portrait',
        drawing: { medium: 'digital', svg: drawingToSvg(drawing, { idPrefix: 'page0' }), metrics: computeMetrics(drawing) },
        inquiry: [],
      },
    ],
    scores: dapr.scales.map((s, i) => ({ name: s.name[language].text, value: i, band: null, informal: false, prorated: false })),
    observations: [],
    safety: [],
    conclusion: '—',
    recommendations: '',
    referrals: [],
    addenda: [],
    signature: { by: 'Нурлан Сарсенбаев', at: new Date(2026, 10, 24, 12, 30) },
  };
}

/** The text after `marker` up to the next heading. */
const after = (html: string, marker: string) => html.slice(html.indexOf(marker)).split('<h2>')[0]!;

describe('caveats in the PDF (issue 13 §6)', () => {
  for (const language of ['kk', 'ru'] as const) {
    it(`prints the DAPR caveats beside the process metrics and beside the Stress / Resources / Coping counts (${language})`, () => {
      const html = buildReportHtml(daprModel(language));
      const metrics = after(html, 'class="metrics"');
      const counts = after(html, 'class="scores"');
      for (const caveat of getInstrument('dapr')!.caveats) {
        // The end of each caveat (no quotation marks to escape there).
        const tail = caveat[language].text.split(' ').slice(-4).join(' ');
        expect(metrics).toContain(tail);
        expect(counts).toContain(tail);
      }
    });
  }

  it('prints no drawing caveats on a questionnaire, not even the general one about drawings', () => {
    const html = buildReportHtml(daprModel('ru', 'questionnaire'));
    expect(html).not.toContain('class="caveat drawing-caveats"');
    expect(html).not.toContain('<p class="caveat">');
    expect(buildReportHtml(daprModel('ru'))).toContain('<p class="caveat">');
  });
});
