/**
 * The drawing-process metrics as the report's table rows, in the order and words of the Drawings
 * area's metrics panel (renderer/features/drawing/replay/MetricsPanel.tsx), with "not available"
 * and the reason where a metric cannot be computed. Values are HTML fragments, escaped here.
 */
import type { DrawingMetrics, Metric } from '../../../../assessments/drawing/metricTypes';
import { INSTRUMENTS, type LocalizedText } from '../../../../assessments/instruments';
import type { Language } from '../../../contract/schemas';
import { escapeHtml, formatDuration, formatNumber, formatPercent } from './reportFormat';
import { REPORT_TEXT, fill } from './reportText';

/** The pencil's colour (renderer/features/drawing/tools/toolkit.ts, GRAPHITE). */
const GRAPHITE_HEX = '#3b3b3b';
/** Every colour an instrument offers, by hex, with its name in kk/ru/en. */
const COLOUR_NAMES = new Map<string, LocalizedText>();
for (const instrument of INSTRUMENTS) {
  for (const page of instrument.pages) for (const c of page.palette ?? []) if (!COLOUR_NAMES.has(c.hex)) COLOUR_NAMES.set(c.hex, c.name);
}

export type MetricRow = { label: string; html: string };

export function metricRows(language: Language, metrics: DrawingMetrics): MetricRow[] {
  const text = REPORT_TEXT[language];
  const e = escapeHtml;
  const duration = (ms: number) => e(formatDuration(language, ms));
  const percent = (share: number) => formatPercent(language, share);
  const show = <T>(metric: Metric<T>, format: (value: T) => string): string =>
    metric.reason !== undefined
      ? `<span class="na">${e(text.notAvailable)}</span> <span class="reason">(${e(text[`reason_${metric.reason}`])})</span>`
      : format(metric.value);
  const colourName = (hex: string): string => {
    if (hex === GRAPHITE_HEX) return text.graphite;
    return COLOUR_NAMES.get(hex)?.[language].text ?? hex;
  };

  const rows: MetricRow[] = [
    { label: text.totalTime, html: show(metrics.totalTimeMs, duration) },
    { label: text.latency, html: show(metrics.latencyToFirstStrokeMs, duration) },
    { label: text.inkTime, html: duration(metrics.inkTimeMs) },
    { label: text.eraserTime, html: duration(metrics.eraserTimeMs) },
    {
      label: fill(text.pauses, { seconds: formatNumber(language, metrics.pauseThresholdMs / 1000) }),
      html: e(fill(text.pausesValue, { n: metrics.pauseCount, time: formatDuration(language, metrics.pauseTimeMs) })),
    },
    { label: text.strokes, html: e(fill(text.strokesValue, { n: metrics.strokeCount, visible: metrics.visibleStrokeCount })) },
    { label: text.erasures, html: e(String(metrics.erasureCount)) },
    { label: text.erasedShare, html: show(metrics.erasedInkShare, (v) => e(percent(v))) },
    { label: text.undoRedoClear, html: e(`${metrics.undoCount} / ${metrics.redoCount} / ${metrics.clearCount}`) },
    { label: text.coverage, html: e(percent(metrics.coverage.share)) },
    {
      label: text.figureSize,
      html: show(metrics.figureSize, (s) =>
        e(fill(text.figureSizeValue, { area: percent(s.areaShare), width: percent(s.widthShare), height: percent(s.heightShare) })),
      ),
    },
    { label: text.placement, html: show(metrics.placement, (p) => e(`${text[p.vertical]}, ${text[p.horizontal]}`)) },
    {
      label: text.colours,
      html: show(metrics.colours, (colours) =>
        colours
          .map((c) => `<span class="swatch" style="background:${e(c.colour)}"></span>${e(`${colourName(c.colour)} ${percent(c.share)}`)}`)
          .join('<span class="sep">; </span>'),
      ),
    },
    {
      label: text.pressure,
      html: show(metrics.pressure, (p) =>
        e(fill(text.pressureValue, { mean: formatNumber(language, p.mean, 2), sd: formatNumber(language, p.sd, 2), points: p.pointCount })),
      ),
    },
    { label: text.speed, html: show(metrics.meanStrokeSpeed, (v) => e(fill(text.mmPerSecond, { value: formatNumber(language, v / 10, 1) }))) },
  ];
  if (metrics.gapCount > 0) {
    rows.push({ label: text.gaps, html: e(`${metrics.gapCount}, ${formatDuration(language, metrics.gapTimeMs)}`) });
  }
  return rows;
}
