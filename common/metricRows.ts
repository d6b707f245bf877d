/**
 * The drawing-process metrics as rows of label and value, in one order and one wording for the
 * Drawings area's metrics panel, the timeline's comparison and the PDF report. Each view renders
 * the rows; the words come from the view's own dictionary (renderer i18n under `drawing.`, or the
 * report's text), looked up by the keys below.
 */
import type {
  DrawingMetrics,
  HorizontalThird,
  Metric,
  NotAvailableReason,
  VerticalThird,
} from '../assessments/drawing/metricTypes';
import { colourName } from './colourNames';
import { type Language, formatNumber, formatPercent } from './format';

/** Every word the rows use, named as the renderer's i18n keys under `drawing.`. */
export const METRIC_WORDS = [
  'metrics.notAvailable',
  'metrics.totalTime',
  'metrics.latency',
  'metrics.inkTime',
  'metrics.eraserTime',
  'metrics.pauses',
  'metrics.pausesValue',
  'metrics.strokes',
  'metrics.strokesValue',
  'metrics.erasures',
  'metrics.erasedShare',
  'metrics.undoRedoClear',
  'metrics.undoRedoClearValue',
  'metrics.coverage',
  'metrics.figureSize',
  'metrics.figureSizeValue',
  'metrics.placement',
  'metrics.placementValue',
  'metrics.colours',
  'metrics.pressure',
  'metrics.pressureValue',
  'metrics.speed',
  'metrics.gaps',
  'metrics.gapsValue',
  'metrics.vertical.upper',
  'metrics.vertical.middle',
  'metrics.vertical.lower',
  'metrics.horizontal.left',
  'metrics.horizontal.centre',
  'metrics.horizontal.right',
  'metrics.reasons.noEvents',
  'metrics.reasons.noInkStrokes',
  'metrics.reasons.noStrokeLength',
  'metrics.reasons.noVisibleInk',
  'metrics.reasons.noInkOnPage',
  'metrics.reasons.noVisibleInkLength',
  'metrics.reasons.noPenInput',
  'metrics.reasons.pressureNotReported',
  'metrics.reasons.noPenDownTime',
  'units.seconds',
  'units.minutesSeconds',
  'units.mmPerSecond',
] as const satisfies readonly (
  | `metrics.${string}`
  | `metrics.reasons.${NotAvailableReason}`
  | `metrics.vertical.${VerticalThird}`
  | `metrics.horizontal.${HorizontalThird}`
  | `units.${string}`
)[];
export type MetricWord = (typeof METRIC_WORDS)[number];

/** A view's dictionary: the word in the view's language, with {placeholders} filled. */
export type MetricWords = (word: MetricWord, values?: Readonly<Record<string, string | number>>) => string;

export type MetricValue =
  | { kind: 'text'; text: string }
  /** A metric that cannot be computed, and why (e.g. pressure from a mouse): never a made-up number. */
  | { kind: 'notAvailable'; text: string; reason: string }
  /** Each colour's swatch and "name share". */
  | { kind: 'colours'; colours: Array<{ hex: string; text: string }> };

export type MetricRowId =
  | 'totalTime'
  | 'latency'
  | 'inkTime'
  | 'eraserTime'
  | 'pauses'
  | 'strokes'
  | 'erasures'
  | 'erasedShare'
  | 'undoRedoClear'
  | 'coverage'
  | 'figureSize'
  /** The figure's share of the page alone, for the comparison's narrow column. */
  | 'figureArea'
  | 'placement'
  | 'colours'
  | 'pressure'
  | 'speed'
  | 'gaps';

export type MetricRow = { id: MetricRowId; label: string; value: MetricValue };

/** The rows of the metrics panel and the report, in their order (interruptions only when there were any). */
export const ALL_METRIC_ROWS: readonly MetricRowId[] = [
  'totalTime',
  'latency',
  'inkTime',
  'eraserTime',
  'pauses',
  'strokes',
  'erasures',
  'erasedShare',
  'undoRedoClear',
  'coverage',
  'figureSize',
  'placement',
  'colours',
  'pressure',
  'speed',
  'gaps',
];

/** The few rows that tell two drawings of one page apart at a glance (the timeline's comparison). */
export const COMPARE_METRIC_ROWS: readonly MetricRowId[] = [
  'totalTime',
  'strokes',
  'erasures',
  'pauses',
  'coverage',
  'figureArea',
  'placement',
];

/** The rows `ids` asks for, in that order, worded by `words` and with numbers in `language`. */
export function metricRows(
  language: Language,
  metrics: DrawingMetrics,
  words: MetricWords,
  ids: readonly MetricRowId[] = ALL_METRIC_ROWS,
): MetricRow[] {
  const number = (value: number, digits = 0) => formatNumber(language, value, { digits, fixed: true });
  const percent = (share: number) => formatPercent(language, share);
  const duration = (ms: number): string => {
    if (ms < 60_000) return words('units.seconds', { value: number(ms / 1000, 1) });
    const seconds = Math.round(ms / 1000);
    return words('units.minutesSeconds', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 });
  };
  const text = (value: string): MetricValue => ({ kind: 'text', text: value });
  const show = <T>(metric: Metric<T>, format: (value: T) => MetricValue): MetricValue =>
    metric.reason !== undefined
      ? { kind: 'notAvailable', text: words('metrics.notAvailable'), reason: words(`metrics.reasons.${metric.reason}`) }
      : format(metric.value);
  const showText = <T>(metric: Metric<T>, format: (value: T) => string): MetricValue => show(metric, (v) => text(format(v)));

  const row = (id: MetricRowId): MetricRow | null => {
    const labelled = (label: MetricWord, value: MetricValue): MetricRow => ({ id, label: words(label), value });
    switch (id) {
      case 'totalTime':
        return labelled('metrics.totalTime', showText(metrics.totalTimeMs, duration));
      case 'latency':
        return labelled('metrics.latency', showText(metrics.latencyToFirstStrokeMs, duration));
      case 'inkTime':
        return labelled('metrics.inkTime', text(duration(metrics.inkTimeMs)));
      case 'eraserTime':
        return labelled('metrics.eraserTime', text(duration(metrics.eraserTimeMs)));
      case 'pauses':
        return {
          id,
          label: words('metrics.pauses', { seconds: number(metrics.pauseThresholdMs / 1000) }),
          value: text(words('metrics.pausesValue', { n: metrics.pauseCount, time: duration(metrics.pauseTimeMs) })),
        };
      case 'strokes':
        return labelled(
          'metrics.strokes',
          text(words('metrics.strokesValue', { n: metrics.strokeCount, visible: metrics.visibleStrokeCount })),
        );
      case 'erasures':
        return labelled('metrics.erasures', text(number(metrics.erasureCount)));
      case 'erasedShare':
        return labelled('metrics.erasedShare', showText(metrics.erasedInkShare, percent));
      case 'undoRedoClear':
        return labelled(
          'metrics.undoRedoClear',
          text(
            words('metrics.undoRedoClearValue', { undo: metrics.undoCount, redo: metrics.redoCount, clear: metrics.clearCount }),
          ),
        );
      case 'coverage':
        return labelled('metrics.coverage', text(percent(metrics.coverage.share)));
      case 'figureSize':
        return labelled(
          'metrics.figureSize',
          showText(metrics.figureSize, (s) =>
            words('metrics.figureSizeValue', {
              area: percent(s.areaShare),
              width: percent(s.widthShare),
              height: percent(s.heightShare),
            }),
          ),
        );
      case 'figureArea':
        return labelled(
          'metrics.figureSize',
          showText(metrics.figureSize, (s) => percent(s.areaShare)),
        );
      case 'placement':
        return labelled(
          'metrics.placement',
          showText(metrics.placement, (p) =>
            words('metrics.placementValue', {
              vertical: words(`metrics.vertical.${p.vertical}`),
              horizontal: words(`metrics.horizontal.${p.horizontal}`),
            }),
          ),
        );
      case 'colours':
        return labelled(
          'metrics.colours',
          show(metrics.colours, (colours) => ({
            kind: 'colours',
            colours: colours.map((c) => ({
              hex: c.colour,
              text: `${colourName(language, c.colour) ?? c.colour} ${percent(c.share)}`,
            })),
          })),
        );
      case 'pressure':
        return labelled(
          'metrics.pressure',
          showText(metrics.pressure, (p) =>
            words('metrics.pressureValue', { mean: number(p.mean, 2), sd: number(p.sd, 2), points: number(p.pointCount) }),
          ),
        );
      case 'speed':
        return labelled(
          'metrics.speed',
          showText(metrics.meanStrokeSpeed, (v) => words('units.mmPerSecond', { value: number(v / 10, 1) })),
        );
      case 'gaps':
        if (metrics.gapCount === 0) return null;
        return labelled(
          'metrics.gaps',
          text(words('metrics.gapsValue', { n: metrics.gapCount, time: duration(metrics.gapTimeMs) })),
        );
    }
  };
  return ids.map(row).filter((r): r is MetricRow => r !== null);
}
