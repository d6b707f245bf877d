/** Drawings: model, replay, binary encoding and process metrics (pure; no I/O). */
export * from './page';
export * from './model';
export * from './typed';
export { eventStart, eventEnd, findDrawingProblem, pointCount, pointTime } from './timeline';
export type { DrawingProblem, TimedEvent, TimedPoints } from './timeline';
export * from './replay';
export { quantizeDrawing } from './quantize';
export {
  encodeDrawing,
  encodeEvents,
  decodeDrawing,
  encodeTypedDrawing,
  encodeTypedEvents,
  decodeTypedDrawing,
  DrawingDecodeError,
  InvalidDrawingError,
} from './encoding';
export type { ChunkOptions, DrawingDecodeErrorCode } from './encoding';
export { computeMetrics, DEFAULT_PAUSE_THRESHOLD_MS } from './metrics';
export type * from './metricTypes';
export type { Coverage } from './coverage';
export type { Rect } from './geometry';
export * from './paper';
