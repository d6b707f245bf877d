/**
 * The undo and redo stacks, kept up to date event by event with the semantics of
 * assessments/drawing/replay.ts (a stroke or a clear is an action; undo takes back the last
 * action in effect; redo re-applies the last undone one; a new action empties the redo stack),
 * so the toolbar knows at once whether Undo and Redo do anything.
 */
import type { TypedEvent } from '../../../../assessments/drawing/typed';

const CLEAR = -1;

export class UndoStacks {
  private done: number[] = [];
  private undone: number[] = [];
  /** Grows whenever the strokes in effect change. */
  version = 0;
  /**
   * Event index of the stroke the last undo or redo took back or re-applied; undefined when it
   * was a clear (or the last change was a new action).
   */
  lastChanged: number | undefined;

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  apply(event: TypedEvent, index: number): void {
    switch (event.kind) {
      case 'stroke':
      case 'clear':
        this.done.push(event.kind === 'clear' ? CLEAR : index);
        this.undone.length = 0;
        this.version++;
        this.lastChanged = undefined;
        break;
      case 'undo': {
        const action = this.done.pop();
        if (action !== undefined) {
          this.undone.push(action);
          this.version++;
          this.lastChanged = action === CLEAR ? undefined : action;
        }
        break;
      }
      case 'redo': {
        const action = this.undone.pop();
        if (action !== undefined) {
          this.done.push(action);
          this.version++;
          this.lastChanged = action === CLEAR ? undefined : action;
        }
        break;
      }
      case 'gap':
        break;
    }
  }
}
