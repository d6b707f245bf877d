/**
 * The drawing-process metrics as the report's table rows: common/metricRows.ts's rows (the same as
 * the Drawings area's metrics panel), worded from the report's text and rendered as escaped HTML.
 */
import type { DrawingMetrics } from '../../../../assessments/drawing/metricTypes';
import { type MetricValue, type MetricWord, type MetricWords, metricRows } from '../../../../common/metricRows';
import type { Language } from '../../../contract/schemas';
import { escapeHtml as e } from './reportFormat';
import { REPORT_TEXT, type ReportText, type ReportTextKey, fill } from './reportText';

/** Value layouts that are the same in every language (the renderer's i18n repeats them per language). */
const NEUTRAL: Partial<Record<MetricWord, string>> = {
  'metrics.undoRedoClearValue': '{undo} / {redo} / {clear}',
  'metrics.placementValue': '{vertical}, {horizontal}',
  'metrics.gapsValue': '{n}, {time}',
};

type LastSegment<S extends string> = S extends `${string}.${infer Rest}` ? LastSegment<Rest> : S;
/** The report's key for a metric word: its last segment, or reason_<reason>. */
type ReportKeyOf<W extends string> = W extends `metrics.reasons.${infer R}` ? `reason_${R}` : LastSegment<W>;
type KeyedWord = Exclude<MetricWord, 'metrics.undoRedoClearValue' | 'metrics.placementValue' | 'metrics.gapsValue'>;
// Fails to compile if the report's text lacks a word the rows use.
const everyWordHasAKey: ReportKeyOf<KeyedWord> extends ReportTextKey ? true : never = true;
void everyWordHasAKey;

function reportKey(word: MetricWord): ReportTextKey {
  const last = word.slice(word.lastIndexOf('.') + 1);
  return (word.startsWith('metrics.reasons.') ? `reason_${last}` : last) as ReportTextKey;
}

/** The report's words for common/metricRows.ts. */
export function reportMetricWords(text: ReportText): MetricWords {
  return (word, values = {}) => fill(NEUTRAL[word] ?? text[reportKey(word)], values);
}

function valueHtml(value: MetricValue): string {
  switch (value.kind) {
    case 'text':
      return e(value.text);
    case 'notAvailable':
      return `<span class="na">${e(value.text)}</span> <span class="reason">(${e(value.reason)})</span>`;
    case 'colours':
      return value.colours
        .map((c) => `<span class="swatch" style="background:${e(c.hex)}"></span>${e(c.text)}`)
        .join('<span class="sep">; </span>');
  }
}

export type MetricRowHtml = { label: string; html: string };

/** The rows with their values as HTML fragments, escaped here. */
export function metricRowsHtml(language: Language, metrics: DrawingMetrics): MetricRowHtml[] {
  return metricRows(language, metrics, reportMetricWords(REPORT_TEXT[language])).map((r) => ({
    label: r.label,
    html: valueHtml(r.value),
  }));
}
