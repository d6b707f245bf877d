/** Result types of `computeMetrics`; each field is defined in metrics.ts and METRICS.md. */
import type { Coverage } from './coverage';
import type { Rect } from './geometry';

/** Why a metric has no value. A metric that cannot be computed is never given a made-up number. */
export type NotAvailableReason =
  /** No events and no finish time: nothing to time. */
  | 'noEvents'
  /** No stroke with an ink tool (pencil, coloured pencil, marker) was ever drawn. */
  | 'noInkStrokes'
  /** No stroke has length: every stroke is a single dot or stands still. */
  | 'noStrokeLength'
  /** Nothing is visible at the end (all undone, cleared or erased). */
  | 'noVisibleInk'
  /** Visible ink exists but lies entirely off the page. */
  | 'noInkOnPage'
  /** The visible ink has no length (dots only), so length-weighted measures are undefined. */
  | 'noVisibleInkLength'
  /** No ink point came from a pen; mouse and touch do not report pressure (docs/INSTRUMENTS.md). */
  | 'noPenInput'
  /** Pen points all carry the Pointer Events default (0, 0.5 or 1): the pen reports no pressure. */
  | 'pressureNotReported'
  /** No ink stroke lasted any time, so there is no speed. */
  | 'noPenDownTime';

export type Metric<T> = { value: T; reason?: undefined } | { value: null; reason: NotAvailableReason };

export interface Pause {
  /** Drawing-clock time the pause began (end of the previous stroke, or end of a gap). */
  startT: number;
  durationMs: number;
}

export type VerticalThird = 'upper' | 'middle' | 'lower';
export type HorizontalThird = 'left' | 'centre' | 'right';
export type Quadrant = 'upperLeft' | 'upperRight' | 'lowerLeft' | 'lowerRight';

export interface Placement {
  vertical: VerticalThird;
  horizontal: HorizontalThird;
  quadrant: Quadrant;
}

export interface FigureSize {
  /** Bounding-box area / page area, 0..1. */
  areaShare: number;
  /** Bounding-box width / page width. */
  widthShare: number;
  /** Bounding-box height / page height. */
  heightShare: number;
}

export interface ColourShare {
  /** '#rrggbb', lower case. */
  colour: string;
  /** Visible ink length in this colour, page units. */
  inkLength: number;
  /** inkLength / total visible ink length, 0..1. */
  share: number;
}

export interface PressureStats {
  mean: number;
  /** Population standard deviation. */
  sd: number;
  /** Number of pen points the statistics are over. */
  pointCount: number;
}

export interface DrawingMetrics {
  /** Whether the drawing has a finish time; if not, times end at the last event. */
  finished: boolean;
  totalTimeMs: Metric<number>;
  gapCount: number;
  gapTimeMs: number;
  latencyToFirstStrokeMs: Metric<number>;
  inkTimeMs: number;
  eraserTimeMs: number;
  pauseThresholdMs: number;
  pauseCount: number;
  pauseTimeMs: number;
  pauses: Pause[];
  strokeCount: number;
  visibleStrokeCount: number;
  erasureCount: number;
  erasedInkShare: Metric<number>;
  undoCount: number;
  redoCount: number;
  clearCount: number;
  coverage: Coverage;
  boundingBox: Metric<Rect>;
  centroid: Metric<{ x: number; y: number }>;
  placement: Metric<Placement>;
  figureSize: Metric<FigureSize>;
  colours: Metric<ColourShare[]>;
  pressure: Metric<PressureStats>;
  meanStrokeSpeed: Metric<number>;
}

export interface MetricsOptions {
  /** Idle time between strokes must be longer than this to count as a pause; default 2000 ms. */
  pauseThresholdMs?: number;
}
