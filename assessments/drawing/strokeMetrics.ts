/**
 * Metrics over every recorded stroke (undone and erased ones included): erasure, pressure, speed.
 * They read the typed form (typed.ts); pressure is read back as the stored level (`pressureOf`), so
 * a stored drawing gives the figures it gave in the object form.
 */
import type { Metric, PressureStats } from './metricTypes';
import { type TypedStroke, pressureOf } from './typed';

export function strokeLength(stroke: TypedStroke): number {
  let length = 0;
  const { count, x, y } = stroke.points;
  for (let i = 1; i < count; i++) length += Math.hypot(x[i]! - x[i - 1]!, y[i]! - y[i - 1]!);
  return length;
}

/** Eraser path length / (ink path length + eraser path length). */
export function erasedInkShare(strokes: readonly TypedStroke[]): Metric<number> {
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

const isPenInk = (stroke: TypedStroke) => stroke.tool !== 'eraser' && stroke.pointerType === 'pen';

/** Mean and population SD of the pressure of every point of every pen ink stroke. */
export function pressureStats(strokes: readonly TypedStroke[]): Metric<PressureStats> {
  let count = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const stroke of strokes) {
    if (!isPenInk(stroke)) continue;
    const { pressure } = stroke.points;
    for (let i = 0; i < stroke.points.count; i++) {
      const p = pressureOf(pressure[i]!);
      count++;
      sum += p;
      if (p < min) min = p;
      if (p > max) max = p;
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
    if (!isPenInk(stroke)) continue;
    const { pressure } = stroke.points;
    for (let i = 0; i < stroke.points.count; i++) squares += (pressureOf(pressure[i]!) - mean) ** 2;
  }
  return { value: { mean, sd: Math.sqrt(squares / count), pointCount: count } };
}

/** Σ length / Σ duration (in seconds) over ink strokes that lasted some time; page units per second. */
export function meanStrokeSpeed(strokes: readonly TypedStroke[]): Metric<number> {
  let length = 0;
  let durationMs = 0;
  for (const stroke of strokes) {
    if (stroke.tool === 'eraser') continue;
    const { count, t } = stroke.points;
    const duration = t[count - 1]! - t[0]!;
    if (duration <= 0) continue;
    length += strokeLength(stroke);
    durationMs += duration;
  }
  if (durationMs === 0) return { value: null, reason: 'noPenDownTime' };
  return { value: length / (durationMs / 1000) };
}
