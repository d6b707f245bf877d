/** The time metrics: total time, latency, pen-down time and pauses (definitions in metrics.ts). */
import type { Metric, Pause } from './metricTypes';
import { eventEnd } from './timeline';
import type { TypedDrawing, TypedStroke } from './typed';

interface Interval {
  start: number;
  end: number;
}

export interface TimingMetrics {
  totalTimeMs: Metric<number>;
  gapCount: number;
  gapTimeMs: number;
  latencyToFirstStrokeMs: Metric<number>;
  inkTimeMs: number;
  eraserTimeMs: number;
  pauses: Pause[];
}

function strokeInterval(stroke: TypedStroke): Interval {
  const { count, t } = stroke.points;
  return { start: t[0]!, end: t[count - 1]! };
}

/** Union of intervals already sorted by start (events are ordered by start time). */
function union(intervals: readonly Interval[]): Interval[] {
  const merged: Interval[] = [];
  for (const interval of intervals) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

function totalLength(intervals: readonly Interval[]): number {
  return intervals.reduce((sum, interval) => sum + (interval.end - interval.start), 0);
}

/** Time within [0, t] the app was not running. */
function gapTimeBefore(gaps: readonly Interval[], t: number): number {
  let total = 0;
  for (const gap of gaps) total += Math.max(0, Math.min(gap.end, t) - gap.start);
  return total;
}

/** The parts of [start, end] outside every gap (gaps are disjoint and sorted, timeline.ts). */
function withoutGaps(start: number, end: number, gaps: readonly Interval[]): Interval[] {
  const pieces: Interval[] = [];
  let from = start;
  for (const gap of gaps) {
    if (gap.end <= from || gap.start >= end) continue;
    if (gap.start > from) pieces.push({ start: from, end: gap.start });
    from = Math.max(from, gap.end);
  }
  if (end > from) pieces.push({ start: from, end });
  return pieces;
}

export function timingMetrics(drawing: TypedDrawing, pauseThresholdMs: number): TimingMetrics {
  const strokes = drawing.events.filter((e): e is TypedStroke => e.kind === 'stroke');
  const ink = strokes.filter((s) => s.tool !== 'eraser');
  const gaps: Interval[] = [];
  for (const event of drawing.events) {
    if (event.kind === 'gap') gaps.push({ start: event.t, end: event.t + event.durationMs });
  }
  const gapTimeMs = totalLength(gaps);

  let totalTimeMs: Metric<number> = { value: null, reason: 'noEvents' };
  const lastEnd = drawing.events.reduce((max, event) => Math.max(max, eventEnd(event)), 0);
  if (drawing.finishedT !== undefined || drawing.events.length > 0) {
    const end = drawing.finishedT ?? lastEnd;
    totalTimeMs = { value: end - gapTimeBefore(gaps, end) };
  }

  const firstInk = ink[0];
  const latencyToFirstStrokeMs: Metric<number> = firstInk
    ? { value: firstInk.points.t[0]! - gapTimeBefore(gaps, firstInk.points.t[0]!) }
    : { value: null, reason: 'noInkStrokes' };

  const penDown = union(strokes.map(strokeInterval));
  const pauses: Pause[] = [];
  for (let i = 1; i < penDown.length; i++) {
    // A gap splits the idle time: what happened during it is unknown (strokes may have been lost).
    for (const piece of withoutGaps(penDown[i - 1]!.end, penDown[i]!.start, gaps)) {
      const durationMs = piece.end - piece.start;
      if (durationMs > pauseThresholdMs) pauses.push({ startT: piece.start, durationMs });
    }
  }

  return {
    totalTimeMs,
    gapCount: gaps.length,
    gapTimeMs,
    latencyToFirstStrokeMs,
    inkTimeMs: totalLength(union(ink.map(strokeInterval))),
    eraserTimeMs: totalLength(union(strokes.filter((s) => s.tool === 'eraser').map(strokeInterval))),
    pauses,
  };
}
