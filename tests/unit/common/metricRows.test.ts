import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../assessments/drawing/metrics';
import type { Drawing } from '../../../assessments/drawing/model';
import { GRAPHITE_HEX } from '../../../common/colourNames';
import { COMPARE_METRIC_ROWS, METRIC_WORDS, type MetricWords, metricRows } from '../../../common/metricRows';
import { reportMetricWords } from '../../../electron/backend/services/reports/metricRows';
import { REPORT_TEXT } from '../../../electron/backend/services/reports/reportText';
import en from '../../../renderer/i18n/en.json';
import kk from '../../../renderer/i18n/kk.json';
import ru from '../../../renderer/i18n/ru.json';
import { gap, line } from '../drawing/builders';

const DICTIONARIES = { kk, ru, en } as const;
type Language = keyof typeof DICTIONARIES;

/** The renderer's words, looked up and filled as i18next does ({{name}}). */
function screenWords(language: Language): MetricWords {
  return (word, values = {}) => {
    const text = word
      .split('.')
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], DICTIONARIES[language].drawing);
    return String(text).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
  };
}

const mouseDrawing: Drawing = {
  page: { orientation: 'portrait' },
  events: [
    line(100, 100, 900, 900, { pointerType: 'mouse', colour: GRAPHITE_HEX, durationMs: 1500 }),
    gap(2000, 30_000),
    line(200, 1500, 600, 1500, { t0: 3000, pointerType: 'mouse', colour: GRAPHITE_HEX }),
  ],
  finishedT: 100_000, // 70 s of drawing clock: the 30 s interruption does not count
};
const metrics = computeMetrics(mouseDrawing);

describe('the metric rows', () => {
  it('has every word in the screen’s and the report’s dictionaries, in every language', () => {
    for (const language of ['kk', 'ru', 'en'] as const) {
      for (const word of METRIC_WORDS) {
        expect(screenWords(language)(word), `${language} drawing.${word}`).not.toMatch(/^undefined$/);
        expect(reportMetricWords(REPORT_TEXT[language])(word), `${language} report ${word}`).not.toMatch(/^undefined$/);
      }
    }
  });

  it('says the same on the screen and in the report', () => {
    for (const language of ['kk', 'ru', 'en'] as const) {
      const screen = metricRows(language, metrics, screenWords(language));
      const report = metricRows(language, metrics, reportMetricWords(REPORT_TEXT[language]));
      expect(report).toEqual(screen);
    }
  });

  it('writes times, shares and colours in the language, and interruptions only when there were some', () => {
    const rows = metricRows('ru', metrics, screenWords('ru'));
    const value = (id: string) => rows.find((r) => r.id === id)!.value;
    expect(value('totalTime')).toEqual({ kind: 'text', text: '1 мин 10 с' });
    expect(value('inkTime')).toEqual({ kind: 'text', text: '2,5 с' });
    expect(value('colours')).toMatchObject({
      kind: 'colours',
      colours: [{ hex: GRAPHITE_HEX, text: expect.stringMatching(/^графитовый 100 %$/) }],
    });
    expect(rows.map((r) => r.id)).toContain('gaps');
    const noGaps = computeMetrics({ ...mouseDrawing, events: [mouseDrawing.events[0]!] });
    expect(metricRows('en', noGaps, screenWords('en')).map((r) => r.id)).not.toContain('gaps');
  });

  it('says why pressure is not available from a mouse, instead of a number', () => {
    const pressure = metricRows('en', metrics, screenWords('en')).find((r) => r.id === 'pressure')!;
    expect(pressure.value).toEqual({
      kind: 'notAvailable',
      text: 'not available',
      reason: 'drawn with a mouse or finger, which report no pressure',
    });
  });

  it('gives the comparison only its few rows, the figure as its share of the page', () => {
    const rows = metricRows('en', metrics, screenWords('en'), COMPARE_METRIC_ROWS);
    expect(rows.map((r) => r.id)).toEqual(['totalTime', 'strokes', 'erasures', 'pauses', 'coverage', 'figureArea', 'placement']);
    expect(rows.find((r) => r.id === 'figureArea')!.label).toBe('Size of the drawing');
    expect(rows.find((r) => r.id === 'figureArea')!.value).toMatchObject({
      kind: 'text',
      text: expect.stringMatching(/^\d+(\.\d)?%$/),
    });
  });
});
