/** Metrics over every recorded stroke (undone and erased ones included): erasure, pressure, speed. */
import type { Metric, PressureStats } from './metricTypes';
import type { Stroke } from './model';

export function strokeLength(stroke: Stroke): number {
  let length = 0;
  const points = stroke.points;
  for (let i = 1; i < points.length; i++) {
    length += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
  }
  return length;
}

/** Eraser path length / (ink path length + eraser path length). */
export function erasedInkShare(strokes: readonly Stroke[]): Metric<number> {
  let ink = 0;
  let eraser = 0;
  for (const stroke of strokes) {
    if (stroke.tool === 'eraser') eraser += strokeLength(stroke);
    else ink += strokeLength(stroke);
  }
  if (ink + eraser === 0) return { value: null, reason: 'noStrokeLength' };
  return { value: eraser / (ink + eraser) };
}

/** Pointer Events report these when a device has no pressure sensor (0.5 while pressed). */
const DEFAULT_PRESSURES = [0, 0.5, 1];
const STEP = 1 / 255;

/** Mean and population SD of the pressure of every point of every pen ink stroke. */
export function pressureStats(strokes: readonly Stroke[]): Metric<PressureStats> {
  let count = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const stroke of strokes) {
    if (stroke.tool === 'eraser' || stroke.pointerType !== 'pen') continue;
    for (const point of stroke.points) {
      count++;
      sum += point.pressure;
      min = Math.min(min, point.pressure);
      max = Math.max(max, point.pressure);
    }
  }
  if (count === 0) return { value: null, reason: 'noPenInput' };
  // Within one storage step, so a stored drawing (0.5 kept as 128/255) is judged like a live one.
  if (max === min && DEFAULT_PRESSURES.some((p) => Math.abs(min - p) <= STEP)) {
    return { value: null, reason: 'pressureNotReported' };
  }
  const mean = sum / count;
  let squares = 0;
  for (const stroke of strokes) {
    if (stroke.tool === 'eraser' || stroke.pointerType !== 'pen') continue;
    for (const point of stroke.points) squares += (point.pressure - mean) ** 2;
  }
  return { value: { mean, sd: Math.sqrt(squares / count), pointCount: count } };
}

/** Σ length / Σ duration (in seconds) over ink strokes that lasted some time; page units per second. */
export function meanStrokeSpeed(strokes: readonly Stroke[]): Metric<number> {
  let length = 0;
  let durationMs = 0;
  for (const stroke of strokes) {
    if (stroke.tool === 'eraser') continue;
    const duration = stroke.points[stroke.points.length - 1]!.t - stroke.points[0]!.t;
    if (duration <= 0) continue;
    length += strokeLength(stroke);
    durationMs += duration;
  }
  if (durationMs === 0) return { value: null, reason: 'noPenDownTime' };
  return { value: length / (durationMs / 1000) };
}
