/**
 * Where the replay takes its keyframes, decided from the event list alone (no pixels), so the
 * cost of any seek is bounded by `spacing` points of painting after the nearest keyframe.
 *
 * Painting costs about the same per point whatever the stroke (a few microseconds in software
 * rendering), so keyframes are spaced by points painted, not by events or by seconds: a page of
 * long strokes gets more of them than a page of dots.
 */
import { eventEnd } from '../../../../assessments/drawing/timeline';
import type { TypedEvent } from '../../../../assessments/drawing/typed';

export interface KeyframeBudget {
  /** Bytes all keyframes may take together. */
  bytes: number;
  /** Fewest points between keyframes (closer keyframes cost memory and save little). */
  minSpacing: number;
}

/**
 * Keyframes wanted, before a larger page or a longer drawing spaces them further apart. A replay
 * page on a 1280 × 860 screen takes about 1 MiB a picture (4 bytes per device pixel), so a
 * 20,000-stroke drawing (480,000 points, 120 keyframes at the minimum spacing) takes about
 * 130 MiB at 1×; at 2× each picture takes four times as much, and 256 MiB holds 60, which keeps
 * any seek within one slice of painting there too. Drawings of a few hundred strokes need a few.
 */
export const KEYFRAME_BUDGET: KeyframeBudget = { bytes: 256 * 1024 * 1024, minSpacing: 4000 };

/** Pictures of `width` × `height` device pixels the budget holds (at least 2). */
export function keyframeCapacity(width: number, height: number, budget: KeyframeBudget = KEYFRAME_BUDGET): number {
  return Math.max(2, Math.floor(budget.bytes / Math.max(1, width * height * 4)));
}

/** Points of every stroke of the drawing, undone and cleared ones included. */
export function totalPoints(events: readonly TypedEvent[]): number {
  let total = 0;
  for (const event of events) if (event.kind === 'stroke') total += event.points.count;
  return total;
}

/**
 * Points between keyframes: the minimum, or wider when the drawing would otherwise need more
 * keyframes than `capacity` (a few are kept spare for those a seek takes on its way).
 */
export function keyframeSpacing(points: number, capacity: number, budget: KeyframeBudget = KEYFRAME_BUDGET): number {
  const planned = Math.max(1, capacity - Math.max(1, Math.floor(capacity / 8)));
  return Math.max(budget.minSpacing, Math.ceil(points / planned));
}

/**
 * Moments on the drawing clock to take keyframes at: each time another `spacing` points of
 * strokes have been recorded, at the moment every event so far has ended (so the state there
 * has those strokes complete), and the end of the drawing.
 */
export function keyframeMoments(events: readonly TypedEvent[], spacing: number): number[] {
  const moments: number[] = [];
  let since = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const event of events) {
    end = Math.max(end, eventEnd(event));
    if (event.kind !== 'stroke') continue;
    since += event.points.count;
    if (since >= spacing) {
      if (moments.length === 0 || moments[moments.length - 1]! < end) moments.push(end);
      since = 0;
    }
  }
  if (events.length > 0 && (moments.length === 0 || moments[moments.length - 1]! < end)) moments.push(end);
  return moments;
}
