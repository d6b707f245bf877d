import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../assessments/drawing/metrics';
import type { Drawing } from '../../../assessments/drawing/model';
import { drawingToSvg } from '../../../assessments/drawing/svg';
import { buildReportHtml } from '../../../electron/backend/services/reports/reportHtml';
import type { ReportModel } from '../../../electron/backend/services/reports/reportModel';
import { line } from '../drawing/builders';

const drawing: Drawing = {
  page: { orientation: 'portrait' },
  events: [line(100, 100, 900, 900, { pointerType: 'mouse' })],
  finishedT: 5000,
};

function model(overrides: Partial<ReportModel> = {}): ReportModel {
  return {
    language: 'en',
    producedAt: new Date(2026, 10, 25, 14, 5),
    facilityName: 'Penal Colony 42',
    client: { code: 'K7M4-QX9B', fullName: null },
    assessmentId: '0f3c2b1a-0000-4000-8000-000000000000',
    assessedAt: new Date(2026, 10, 24, 10, 0),
    instrument: { code: 'HTP', name: 'House–Tree–Person', version: '1.0.0' },
    pages: [
      {
        title: 'House',
        orientation: 'portrait',
        drawing: { medium: 'digital', svg: drawingToSvg(drawing, { idPrefix: 'page0' }), metrics: computeMetrics(drawing) },
        inquiry: [],
      },
    ],
    scores: [],
    observations: [],
    safety: [],
    conclusion: 'Calm and cooperative.',
    recommendations: '',
    referrals: [],
    addenda: [],
    signature: { by: 'Nurlan Sarsenbayev', at: new Date(2026, 10, 24, 12, 30) },
    ...overrides,
  };
}

const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)>'&`;

describe('the report page', () => {
  it('escapes every text that comes from the record', () => {
    const html = buildReportHtml(
      model({
        facilityName: HOSTILE,
        client: { code: 'K7M4-QX9B', fullName: HOSTILE },
        instrument: { code: HOSTILE, name: HOSTILE, version: '1.0.0' },
        pages: [{ title: HOSTILE, orientation: 'portrait', drawing: null, inquiry: [{ question: HOSTILE, answer: HOSTILE }] }],
        scores: [{ name: HOSTILE, value: 3, band: HOSTILE, informal: false, prorated: false }],
        observations: [{ title: HOSTILE, items: [{ label: HOSTILE, value: HOSTILE, muted: false }] }],
        safety: [{ message: HOSTILE, note: HOSTILE }],
        conclusion: HOSTILE,
        recommendations: HOSTILE,
        referrals: [{ kind: 'other', note: HOSTILE }],
        addenda: [{ text: HOSTILE, by: HOSTILE, at: new Date(2026, 10, 25, 14, 5) }],
        signature: { by: HOSTILE, at: new Date(2026, 10, 24, 12, 30) },
      }),
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img src=x/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    // The instrument code also goes into the page margins (CSS): it cannot close the style element.
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
  });

  it('shows the code and leaves the name out unless it was chosen', () => {
    const codeOnly = buildReportHtml(model());
    expect(codeOnly).toContain('K7M4-QX9B');
    expect(codeOnly).not.toContain('Client’s full name');
    const named = buildReportHtml(model({ client: { code: 'K7M4-QX9B', fullName: 'Aidos Serikbayev' } }));
    expect(named).toContain('Aidos Serikbayev');
    // The page margins carry the code only, whatever was chosen.
    expect(named).toMatch(/@bottom-left \{ content: "Client code: K7M4-QX9B · HTP"/);
  });

  it('embeds the drawing as SVG with its process metrics, and a paper drawing as its picture without them', () => {
    const digital = buildReportHtml(model());
    expect(digital).toContain('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2100 2970"');
    expect(digital).toContain('Time before the first stroke');
    const paper = buildReportHtml(
      model({
        pages: [
          {
            title: 'House',
            orientation: 'portrait',
            drawing: { medium: 'paper', mime: 'image/jpeg', base64: '/9j/4AAQ' },
            inquiry: [],
          },
        ],
      }),
    );
    expect(paper).toContain('<img alt="" src="data:image/jpeg;base64,/9j/4AAQ">');
    expect(paper).toContain('Not available: the drawing was made on paper');
    expect(paper).not.toContain('Time before the first stroke');
  });

  it('puts the signature before the addenda, each addendum dated with its author', () => {
    const html = buildReportHtml(
      model({
        addenda: [{ text: 'The client’s age was corrected.', by: 'Aliya Nurpeisova', at: new Date(2026, 10, 26, 9, 15) }],
      }),
    );
    expect(html.indexOf('Signed on')).toBeLessThan(html.indexOf('Addenda'));
    expect(html).toContain('Added by Aliya Nurpeisova on 26/11/2026, 09:15');
    expect(html).toContain('The client’s age was corrected.');
  });

  it('writes dates and numbers as people read them in each language', () => {
    const scores = [{ name: 'Total', value: 12.5, band: 'Moderate', informal: false, prorated: true }];
    const ru = buildReportHtml(model({ language: 'ru', scores }));
    expect(ru).toContain('24.11.2026');
    expect(ru).toContain('12,5');
    expect(ru).toContain('пересчитано с учётом пропущенных ответов');
    const kk = buildReportHtml(model({ language: 'kk' }));
    expect(kk).toContain('<html lang="kk">');
    expect(kk).toContain('Психологиялық тексеру туралы есеп');
  });

  it('lists referrals in a fixed order with their notes, and says so when there are none', () => {
    const none = buildReportHtml(model());
    expect(none).toMatch(/<h2>Referrals<\/h2><p>None<\/p>/);
    const some = buildReportHtml(
      model({
        referrals: [
          { kind: 'medical', note: 'Dentist' },
          { kind: 'legal-aid', note: '' },
        ],
      }),
    );
    expect(some.indexOf('Legal aid')).toBeLessThan(some.indexOf('Medical care'));
    expect(some).toContain('Medical care</strong> — <span class="prose">Dentist</span>');
  });
});
