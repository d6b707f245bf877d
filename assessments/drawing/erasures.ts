/**
 * Erasures: everything the client did to take ink off the page (issue 13 §4, "number of erasures
 * counts eraser strokes, undo and clear"). Each kind is counted on its own, so a protocol that
 * allows only some of them (instruments/schema.ts, page `tools` and `actions`) still reads its own.
 *
 * - eraserStrokes: recorded eraser strokes (undone ones included, as `erasureCount`).
 * - undos: undo presses that took back an ink stroke. An undo with nothing to take back, or one
 *   that takes back an eraser stroke or a clear, brings ink back or does nothing: not an erasure.
 * - clears: clear presses while ink was in effect on the page (replay.ts). A clear of an empty
 *   page removes nothing.
 * Redo is never counted: redoing an eraser stroke or a clear repeats an erasure already counted,
 * and redoing an ink stroke puts ink back.
 */
import type { DrawingEvent } from './model';
import type { TypedEvent } from './typed';

export interface Erasures {
  eraserStrokes: number;
  undos: number;
  clears: number;
  /** eraserStrokes + undos + clears. */
  total: number;
}

const CLEAR = -1;

export function erasureCounts(events: readonly (DrawingEvent | TypedEvent)[]): Erasures {
  // The same done/undone stacks as replay.ts: indices of stroke events, or CLEAR.
  const done: number[] = [];
  const undone: number[] = [];
  const isInk = (index: number) => {
    const event = events[index];
    return event?.kind === 'stroke' && event.tool !== 'eraser';
  };
  let eraserStrokes = 0;
  let undos = 0;
  let clears = 0;
  events.forEach((event, i) => {
    switch (event.kind) {
      case 'stroke':
        if (event.tool === 'eraser') eraserStrokes++;
        done.push(i);
        undone.length = 0;
        break;
      case 'clear': {
        const afterLastClear = done.slice(done.lastIndexOf(CLEAR) + 1);
        if (afterLastClear.some(isInk)) clears++;
        done.push(CLEAR);
        undone.length = 0;
        break;
      }
      case 'undo': {
        const action = done.pop();
        if (action === undefined) break;
        if (action !== CLEAR && isInk(action)) undos++;
        undone.push(action);
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
  });
  return { eraserStrokes, undos, clears, total: eraserStrokes + undos + clears };
}
