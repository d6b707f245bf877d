/** Result types of `computeMetrics`; each field is defined in metrics.ts and METRICS.md. */
import type { ColourFill } from './colourFill';
import type { Coverage } from './coverage';
import type { Erasures } from './erasures';
import type { Rect } from './geometry';

import type { Metric } from './metricValue';

export type { Metric, NotAvailableReason } from './metricValue';

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
  /** Eraser strokes, undos that took back ink and clears of a page with ink (erasures.ts). */
  erasures: Erasures;
  coverage: Coverage;
  boundingBox: Metric<Rect>;
  centroid: Metric<{ x: number; y: number }>;
  placement: Metric<Placement>;
  figureSize: Metric<FigureSize>;
  colours: Metric<ColourShare[]>;
  /** Share of the picture's extent painted in colour (colourFill.ts). */
  colourFill: Metric<ColourFill>;
  pressure: Metric<PressureStats>;
  meanStrokeSpeed: Metric<number>;
}

export interface MetricsOptions {
  /** Idle time between strokes must be longer than this to count as a pause; default 2000 ms. */
  pauseThresholdMs?: number;
}
