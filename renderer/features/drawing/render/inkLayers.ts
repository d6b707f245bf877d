/**
 * Finished ink on two accumulating surfaces, so that undo and redo of recent strokes repaint a
 * few strokes, not the whole page:
 *
 *   base    every visible stroke but the most recent ones; painted once, kept
 *   recent  the last RECENT_MAX strokes at most, repainted whole when undo/redo changes them
 *
 * An eraser must erase what lies under it on both, so before an eraser stroke starts the recent
 * strokes are folded into the base, and the eraser (live and finished) paints on the base. The
 * base is repainted from the events only when the strokes under it change (undoing past the
 * recent ones, clear and its undo, redo of an eraser stroke), on resize and on a pixel-ratio change.
 */
import type Konva from 'konva';
import type { Stroke } from '../../../../assessments/drawing/model';
import { InkSurface } from './inkSurface';

/** Recent strokes kept apart before folding into the base; undo within them is cheap. */
const RECENT_KEEP = 32;
const RECENT_MAX = 2 * RECENT_KEEP;

export interface Visible {
  strokes: readonly Stroke[];
  /** Event index of each stroke (assessments/drawing/replay.ts `eventIndices`). */
  eventIndices: readonly number[];
}

/** What the layers need of a surface (InkSurface; tests pass a recorder). */
export type Surface = Pick<InkSurface, 'layer' | 'setScale' | 'paint' | 'repaint' | 'flush'>;

export class InkLayers {
  readonly base: Surface;
  readonly recent: Surface;
  /** Event indices of the strokes painted on the base, in order. */
  private baseIndices: number[] = [];
  private recentStrokes: Stroke[] = [];
  private recentIndices: number[] = [];

  constructor(makeSurface: (name: string) => Surface = (name) => new InkSurface(name)) {
    this.base = makeSurface('ink-base');
    this.recent = makeSurface('ink-recent');
  }

  get layers(): Konva.Layer[] {
    return [this.base.layer, this.recent.layer];
  }

  setScale(scale: number): void {
    this.base.setScale(scale);
    this.recent.setScale(scale);
  }

  /** A finished ink stroke (not an eraser: its pixels are on the base already). */
  commit(stroke: Stroke, eventIndex: number): void {
    this.recentStrokes.push(stroke);
    this.recentIndices.push(eventIndex);
    this.recent.paint(stroke);
    if (this.recentStrokes.length > RECENT_MAX) this.fold(this.recentStrokes.length - RECENT_KEEP);
  }

  /** A finished eraser stroke: its last points on the base, and it joins what the base holds. */
  commitEraser(stroke: Stroke, eventIndex: number, paintedPoints: number): void {
    this.foldAll();
    this.base.paint(stroke, paintedPoints);
    this.baseIndices.push(eventIndex);
  }

  /** Before an eraser stroke: everything goes to the base, where the eraser will paint. */
  foldAll(): void {
    if (this.recentStrokes.length > 0) this.fold(this.recentStrokes.length);
  }

  /** After undo, redo or clear: repaints as little as keeps the layers equal to `visible`. */
  show(visible: Visible): void {
    const n = this.baseIndices.length;
    const keepsBase = visible.eventIndices.length >= n && this.baseIndices.every((index, i) => visible.eventIndices[i] === index);
    const rest = visible.strokes.slice(n);
    if (keepsBase && rest.length <= RECENT_MAX && rest.every((s) => s.tool !== 'eraser')) {
      this.recentStrokes = [...rest];
      this.recentIndices = visible.eventIndices.slice(n);
      this.recent.repaint(this.recentStrokes);
      return;
    }
    this.repaintAll(visible);
  }

  /** Both layers from scratch: the last strokes (up to an eraser) recent, the rest on the base. */
  repaintAll(visible: Visible): void {
    let split = Math.max(0, visible.strokes.length - RECENT_KEEP);
    for (let i = visible.strokes.length - 1; i >= split; i--) {
      if (visible.strokes[i]!.tool === 'eraser') {
        split = i + 1;
        break;
      }
    }
    this.base.repaint(visible.strokes.slice(0, split));
    this.baseIndices = visible.eventIndices.slice(0, split);
    this.recentStrokes = visible.strokes.slice(split);
    this.recentIndices = visible.eventIndices.slice(split);
    this.recent.repaint(this.recentStrokes);
  }

  flush(): void {
    this.base.flush();
    this.recent.flush();
  }

  /** Moves the oldest `count` recent strokes onto the base and repaints the recent layer. */
  private fold(count: number): void {
    for (let i = 0; i < count; i++) this.base.paint(this.recentStrokes[i]!);
    this.baseIndices.push(...this.recentIndices.slice(0, count));
    this.recentStrokes = this.recentStrokes.slice(count);
    this.recentIndices = this.recentIndices.slice(count);
    this.recent.repaint(this.recentStrokes);
  }
}
