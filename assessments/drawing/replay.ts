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
 *
 * It works on the typed form (typed.ts): a stroke still being drawn at a moment is a `slicePoints`
 * view of the recorded one, so replaying a million points copies none of them.
 */
import { eventStart } from './timeline';
import { type TypedEvent, type TypedStroke, slicePoints } from './typed';

export interface ReplayState {
  /** Strokes in effect, oldest first, eraser strokes included (they erase what is beneath them). */
  strokes: TypedStroke[];
  /** Index in the event list of each entry of `strokes`. */
  eventIndices: number[];
  canUndo: boolean;
  canRedo: boolean;
}

/** Index of a stroke event, or CLEAR for a clear. */
type Action = number;
const CLEAR = -1;

/** The state after all events. */
export function replay(events: readonly TypedEvent[]): ReplayState {
  return replayUntil(events, Number.POSITIVE_INFINITY);
}

/** Strokes visible after all events (see `replay`). */
export function visibleStrokes(events: readonly TypedEvent[]): TypedStroke[] {
  return replay(events).strokes;
}

/**
 * The state at `tMs` on the drawing clock, for replay: every event that started at or before
 * `tMs` is applied, and a stroke still being drawn at `tMs` shows only its points up to `tMs`.
 */
export function stateAt(events: readonly TypedEvent[], tMs: number): ReplayState {
  return replayUntil(events, tMs);
}

function replayUntil(events: readonly TypedEvent[], tMs: number): ReplayState {
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
  const strokes = eventIndices.map((index) => strokeUpTo(events[index] as TypedStroke, tMs));
  return { strokes, eventIndices, canUndo: done.length > 0, canRedo: undone.length > 0 };
}

/** The stroke as drawn by `tMs`: itself when finished, else a copy showing views of the points so far. */
function strokeUpTo(stroke: TypedStroke, tMs: number): TypedStroke {
  const { count, t } = stroke.points;
  if (t[count - 1]! <= tMs) return stroke;
  // Times never decrease along a stroke (timeline.ts), so the points drawn by tMs are a prefix:
  // binary search for its length.
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t[mid]! <= tMs) lo = mid + 1;
    else hi = mid;
  }
  return { ...stroke, points: slicePoints(stroke.points, lo) };
}
