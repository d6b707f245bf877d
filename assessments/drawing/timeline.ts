/**
 * Where each event sits on the drawing clock, and the ordering rules every drawing obeys.
 * Kept apart from the zod schemas so the binary decoder can check the same rules without
 * running zod over a million points.
 */
import { MAX_TIME_MS } from './limits';

/**
 * The times of a stroke's points as the clock rules read them: the object form (an array of points,
 * model.ts) or the typed form (a `t` column and a count, typed.ts). Both are accepted so the same
 * rules and the same start/end times serve the zod schema, the decoder and the typed consumers.
 */
export type TimedPoints = readonly { t: number }[] | { readonly count: number; readonly t: ArrayLike<number> };

/**
 * What the clock rules read of an event. Every DrawingEvent of model.ts and every TypedEvent of
 * typed.ts is one; it is spelled out here because model.ts checks these rules inside its schema,
 * and must not be imported back.
 */
export type TimedEvent =
  | { kind: 'stroke'; points: TimedPoints }
  | { kind: 'gap'; t: number; durationMs: number }
  | { kind: 'undo' | 'redo' | 'clear'; t: number };

/** Number of points of either form. */
export function pointCount(points: TimedPoints): number {
  return 'count' in points ? points.count : points.length;
}

/** Time of point `i` of either form (i < pointCount). */
export function pointTime(points: TimedPoints, i: number): number {
  return 'count' in points ? points.t[i]! : points[i]!.t;
}

/** Time the event began: a stroke's first point, otherwise its `t`. */
export function eventStart(event: TimedEvent): number {
  return event.kind === 'stroke' ? pointTime(event.points, 0) : event.t;
}

/** Time the event ended: a stroke's last point, a gap's `t + durationMs`, otherwise its `t`. */
export function eventEnd(event: TimedEvent): number {
  if (event.kind === 'stroke') return pointTime(event.points, pointCount(event.points) - 1);
  if (event.kind === 'gap') return event.t + event.durationMs;
  return event.t;
}

export interface DrawingProblem {
  path: (string | number)[];
  message: string;
}

/**
 * First violation of the ordering rules, or null:
 * - times along a stroke never decrease;
 * - events are listed in order of their start time;
 * - undo, redo, clear and gap happen after every earlier event has ended (a button cannot be
 *   pressed, nor the app crash, in the middle of a recorded stroke);
 * - a stroke starts after the end of the last undo/redo/clear/gap before it; strokes may
 *   overlap each other (two fingers), which is why the first rule is about start times;
 * - `finishedT`, when present, is at or after the end of every event.
 */
export function findDrawingProblem(drawing: {
  events: readonly TimedEvent[];
  finishedT?: number | undefined;
}): DrawingProblem | null {
  // Start below any time, so out-of-range times are reported by the range checks, not as order.
  let lastStart = Number.NEGATIVE_INFINITY;
  let maxEnd = Number.NEGATIVE_INFINITY;
  let barrier = Number.NEGATIVE_INFINITY;
  const { events } = drawing;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (event.kind === 'stroke') {
      const points = event.points;
      const count = pointCount(points);
      // Checked here too because zod runs this refinement even when `.min(1)` has already failed.
      if (count === 0) return { path: ['events', i, 'points'], message: 'stroke without points' };
      const j = 'count' in points ? firstBackwardsTyped(points.t, count) : firstBackwardsObjects(points);
      if (j > 0) return { path: ['events', i, 'points', j, 't'], message: 'time goes backwards within a stroke' };
    }
    const start = eventStart(event);
    if (start < lastStart) {
      return { path: ['events', i], message: 'event starts before the previous event' };
    }
    if (event.kind === 'stroke' && start < barrier) {
      return { path: ['events', i], message: 'stroke starts before the preceding undo/redo/clear/gap ends' };
    }
    if (event.kind !== 'stroke' && start < maxEnd) {
      return { path: ['events', i], message: `${event.kind} happens before an earlier stroke ends` };
    }
    const end = eventEnd(event);
    if (end > MAX_TIME_MS) {
      return { path: ['events', i], message: 'event ends after the longest possible drawing' };
    }
    lastStart = start;
    if (end > maxEnd) maxEnd = end;
    if (event.kind !== 'stroke' && end > barrier) barrier = end;
  }
  if (drawing.finishedT !== undefined && drawing.finishedT < maxEnd) {
    return { path: ['finishedT'], message: 'drawing finished before its last event ended' };
  }
  return null;
}

/** Index of the first point earlier than the one before it, or 0 when times never decrease. */
function firstBackwardsTyped(t: ArrayLike<number>, count: number): number {
  for (let j = 1; j < count; j++) if (t[j]! < t[j - 1]!) return j;
  return 0;
}

function firstBackwardsObjects(points: readonly { t: number }[]): number {
  for (let j = 1; j < points.length; j++) if (points[j]!.t < points[j - 1]!.t) return j;
  return 0;
}
