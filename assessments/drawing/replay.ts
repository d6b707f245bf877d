/**
 * What is on the page after a sequence of events: the undo/redo/clear semantics, applied to the
 * recorded events without ever removing them.
 *
 * Semantics (the usual editor model, stated so the canvas and the metrics agree):
 * - A stroke (of any tool, eraser included) and a clear are *actions*; each new action empties
 *   the redo stack.
 * - Undo takes back the last action still in effect, a clear included (so undo after clear brings
 *   the strokes back); with nothing to undo it is recorded but has no effect.
 * - Redo re-applies the last undone action; with nothing to redo it has no effect.
 * - A clear hides every stroke before it; eraser strokes stay in the visible list, because the
 *   renderer paints them as erasing what lies beneath (erasing is recorded, never a deletion).
 * - A gap has no effect on the page.
 */
import type { DrawingEvent, Stroke } from './model';
import { eventStart } from './timeline';

export interface ReplayState {
  /** Strokes in effect, oldest first, eraser strokes included (they erase what is beneath them). */
  strokes: Stroke[];
  /** Index in the event list of each entry of `strokes`. */
  eventIndices: number[];
  canUndo: boolean;
  canRedo: boolean;
}

/** Index of a stroke event, or CLEAR for a clear. */
type Action = number;
const CLEAR = -1;

/** The state after all events. */
export function replay(events: readonly DrawingEvent[]): ReplayState {
  return replayUntil(events, Number.POSITIVE_INFINITY);
}

/** Strokes visible after all events (see `replay`). */
export function visibleStrokes(events: readonly DrawingEvent[]): Stroke[] {
  return replay(events).strokes;
}

/**
 * The state at `tMs` on the drawing clock, for replay: every event that started at or before
 * `tMs` is applied, and a stroke still being drawn at `tMs` shows only its points up to `tMs`.
 */
export function stateAt(events: readonly DrawingEvent[], tMs: number): ReplayState {
  return replayUntil(events, tMs);
}

function replayUntil(events: readonly DrawingEvent[], tMs: number): ReplayState {
  const done: Action[] = [];
  const undone: Action[] = [];
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    // Events are ordered by start time (timeline.ts), so the first later one ends the replay.
    if (eventStart(event) > tMs) break;
    switch (event.kind) {
      case 'stroke':
        done.push(i);
        undone.length = 0;
        break;
      case 'clear':
        done.push(CLEAR);
        undone.length = 0;
        break;
      case 'undo': {
        const action = done.pop();
        if (action !== undefined) undone.push(action);
        break;
      }
      case 'redo': {
        const action = undone.pop();
        if (action !== undefined) done.push(action);
        break;
      }
      case 'gap':
        break;
    }
  }
  const lastClear = done.lastIndexOf(CLEAR);
  const eventIndices = done.slice(lastClear + 1);
  const strokes = eventIndices.map((index) => strokeUpTo(events[index] as Stroke, tMs));
  return { strokes, eventIndices, canUndo: done.length > 0, canRedo: undone.length > 0 };
}

/** The stroke as drawn by `tMs`: itself when finished, else a copy with the points so far. */
function strokeUpTo(stroke: Stroke, tMs: number): Stroke {
  const points = stroke.points;
  if (points[points.length - 1]!.t <= tMs) return stroke;
  let count = 0;
  while (count < points.length && points[count]!.t <= tMs) count++;
  return { ...stroke, points: points.slice(0, count) };
}
