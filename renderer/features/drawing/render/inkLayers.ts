/**
 * Finished ink on two accumulating surfaces (cached bitmaps, inkSurface.ts), so that undo and redo
 * repaint a few strokes, not the whole page:
 *
 *   base    every visible stroke but the most recent ones; painted once, kept
 *   recent  the last RECENT_MAX strokes at most, repainted whole when undo/redo changes them
 *
 * An eraser must erase what lies under it on both, so before an eraser stroke starts the recent
 * strokes are folded into the base, and the eraser (live and finished) paints on the base.
 * Undo or redo of a stroke on the base repaints only the box where it lies (strokeBounds.ts).
 * A clear keeps a picture of the page, so undoing it shows the picture instead of repainting.
 * The base is rebuilt from the strokes, in slices that never hold a frame, on resize, on a
 * pixel-ratio change, and when several strokes under it change at once.
 */
import type Konva from 'konva';
import type { TypedStroke } from '../../../../assessments/drawing/typed';
import type { InkBitmap, SpareBitmap } from './inkBitmap';
import { strokeBounds } from './strokeBounds';

/** Recent strokes kept apart before folding into the base; undo within them is cheap. */
const RECENT_KEEP = 32;
const RECENT_MAX = 2 * RECENT_KEEP;

export interface Visible {
  strokes: readonly TypedStroke[];
  /** Event index of each stroke (assessments/drawing/replay.ts `eventIndices`). */
  eventIndices: readonly number[];
}

/** The one stroke an undo or redo took back or brought back (EditorChange 'visible'). */
export interface Changed {
  index: number;
  stroke: TypedStroke;
}

/**
 * What the layers need of a surface: an InkBitmap shown on a Konva layer (InkSurface in the app; tests
 * pass a model). Spelled out over InkBitmap, which needs no DOM, so the unit tests type-check in Node.
 */
export type Surface = { readonly layer: Konva.Layer } & Pick<
  InkBitmap,
  | 'setScale'
  | 'paint'
  | 'paintRegion'
  | 'repaint'
  | 'rebuild'
  | 'rebuilding'
  | 'onRebuilt'
  | 'show'
  | 'snapshot'
  | 'flush'
  | 'destroy'
>;

/** The page as it was before a clear, to show again if the clear is undone. */
interface BeforeClear {
  picture: SpareBitmap;
  baseIndices: number[];
  baseStrokes: TypedStroke[];
}

export class InkLayers {
  readonly base: Surface;
  readonly recent: Surface;
  /**
   * Strokes painted on the base, in order, and their event indices. Replaced, never changed in
   * place: queued repaints and a running rebuild hold the array they were given.
   */
  private baseStrokes: TypedStroke[] = [];
  private baseIndices: number[] = [];
  private recentStrokes: TypedStroke[] = [];
  private recentIndices: number[] = [];
  private beforeClear: BeforeClear | null = null;

  constructor(makeSurface: (name: string) => Surface) {
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
  commit(stroke: TypedStroke, eventIndex: number): void {
    this.forgetClear();
    this.recentStrokes.push(stroke);
    this.recentIndices.push(eventIndex);
    this.recent.paint(stroke);
    if (this.recentStrokes.length > RECENT_MAX) this.fold(this.recentStrokes.length - RECENT_KEEP);
  }

  /** A finished eraser stroke: its last points on the base, and it joins what the base holds. */
  commitEraser(stroke: TypedStroke, eventIndex: number, paintedPoints: number): void {
    this.forgetClear();
    this.foldAll();
    this.base.paint(stroke, paintedPoints);
    this.baseStrokes = [...this.baseStrokes, stroke];
    this.baseIndices = [...this.baseIndices, eventIndex];
  }

  /** An eraser stroke dropped before it ended (a palm): its marks on the base are repainted away. */
  discardEraser(stroke: TypedStroke): void {
    this.foldAll();
    this.base.paintRegion(strokeBounds(stroke), this.baseStrokes);
  }

  /** Before an eraser stroke: everything goes to the base, where the eraser will paint. */
  foldAll(): void {
    if (this.recentStrokes.length > 0) this.fold(this.recentStrokes.length);
  }

  /** After undo, redo or clear: repaints as little as keeps the layers equal to `visible`. */
  show(visible: Visible, changed?: Changed): void {
    const n = this.baseIndices.length;
    const shown = visible.eventIndices;
    if (shown.length === 0 && (n > 0 || this.recentStrokes.length > 0)) {
      this.clearPage();
      return;
    }
    if (this.beforeClear && this.showBeforeClear(visible)) return;
    this.forgetClear();
    const keepsBase = shown.length >= n && this.baseIndices.every((index, i) => shown[i] === index);
    const rest = visible.strokes.slice(n);
    if (keepsBase && rest.length <= RECENT_MAX && rest.every((s) => s.tool !== 'eraser')) {
      this.recentStrokes = [...rest];
      this.recentIndices = shown.slice(n);
      this.recent.repaint(this.recentStrokes);
      return;
    }
    if (changed && this.repaintOne(visible, changed)) return;
    this.repaintAll(visible);
  }

  /**
   * Both layers from scratch: the last strokes (up to an eraser) recent, the rest on the base,
   * rebuilt in slices over `preview` (the old base pixels) when there are many.
   */
  repaintAll(visible: Visible, preview: SpareBitmap | null = null): void {
    this.forgetClear();
    let split = Math.max(0, visible.strokes.length - RECENT_KEEP);
    for (let i = visible.strokes.length - 1; i >= split; i--) {
      if (visible.strokes[i]!.tool === 'eraser') {
        split = i + 1;
        break;
      }
    }
    // The preview shows the base as it is: the same strokes must stay on it, or those moved
    // between the layers would vanish (or show twice) until the rebuild is done.
    if (preview && this.holdsPrefixOf(visible)) split = this.baseIndices.length;
    this.baseStrokes = visible.strokes.slice(0, split);
    this.baseIndices = visible.eventIndices.slice(0, split);
    this.base.rebuild(this.baseStrokes, preview);
    this.recentStrokes = visible.strokes.slice(split);
    this.recentIndices = visible.eventIndices.slice(split);
    this.recent.repaint(this.recentStrokes);
  }

  /** Whether the base holds the first visible strokes and the recent layer the rest. */
  private holdsPrefixOf(visible: Visible): boolean {
    const shown = visible.eventIndices;
    const n = this.baseIndices.length;
    return (
      shown.length === n + this.recentIndices.length &&
      this.baseIndices.every((index, i) => shown[i] === index) &&
      this.recentIndices.every((index, i) => shown[n + i] === index)
    );
  }

  /** The base's pixels now, to show scaled while a resize rebuilds it. */
  snapshotBase(): SpareBitmap | null {
    return this.base.snapshot();
  }

  flush(): void {
    this.base.flush();
    this.recent.flush();
  }

  destroy(): void {
    this.forgetClear();
    this.base.destroy();
    this.recent.destroy();
  }

  /**
   * One stroke went from the base (undo) or came back onto it (redo of an eraser, which goes on
   * top): repaint its box on the base, and the recent layer if it changed. False when the change
   * is not of that shape.
   */
  private repaintOne(visible: Visible, changed: Changed): boolean {
    const shown = visible.eventIndices;
    const at = this.baseIndices.indexOf(changed.index);
    let baseIndices: number[];
    let baseStrokes: TypedStroke[];
    if (at >= 0) {
      baseIndices = [...this.baseIndices.slice(0, at), ...this.baseIndices.slice(at + 1)];
      baseStrokes = [...this.baseStrokes.slice(0, at), ...this.baseStrokes.slice(at + 1)];
    } else if (changed.stroke.tool === 'eraser' && shown[shown.length - 1] === changed.index) {
      // A redone eraser erases everything under it: all of it goes to the base.
      baseIndices = shown.slice();
      baseStrokes = visible.strokes.slice();
    } else {
      return false;
    }
    const n = baseIndices.length;
    if (shown.length < n || baseIndices.some((index, i) => shown[i] !== index)) return false;
    const rest = visible.strokes.slice(n);
    if (rest.length > RECENT_MAX || rest.some((s) => s.tool === 'eraser')) return false;
    this.baseIndices = baseIndices;
    this.baseStrokes = baseStrokes;
    this.base.paintRegion(strokeBounds(changed.stroke), baseStrokes);
    const restIndices = shown.slice(n);
    if (restIndices.length !== this.recentIndices.length || restIndices.some((index, i) => this.recentIndices[i] !== index)) {
      this.recentStrokes = rest;
      this.recentIndices = restIndices;
      this.recent.repaint(rest);
    }
    return true;
  }

  /** A clear: both layers emptied; the page's picture is kept for an undo of the clear. */
  private clearPage(): void {
    this.foldAll();
    // A picture taken while a rebuild paints would be the scaled preview: rebuild on undo instead.
    const picture = this.base.rebuilding ? null : this.base.snapshot();
    this.beforeClear = picture ? { picture, baseIndices: this.baseIndices, baseStrokes: this.baseStrokes } : null;
    this.baseStrokes = [];
    this.baseIndices = [];
    this.base.repaint([]);
  }

  /** Undo of the last clear: the kept picture, when the strokes are the ones it shows. */
  private showBeforeClear(visible: Visible): boolean {
    const kept = this.beforeClear!;
    const shown = visible.eventIndices;
    if (shown.length !== kept.baseIndices.length || kept.baseIndices.some((index, i) => shown[i] !== index)) return false;
    this.beforeClear = null;
    this.baseIndices = kept.baseIndices;
    this.baseStrokes = kept.baseStrokes;
    this.base.show(kept.picture);
    this.recentStrokes = [];
    this.recentIndices = [];
    this.recent.repaint([]);
    return true;
  }

  private forgetClear(): void {
    this.beforeClear?.picture.release();
    this.beforeClear = null;
  }

  /** Moves the oldest `count` recent strokes onto the base and repaints the recent layer. */
  private fold(count: number): void {
    for (let i = 0; i < count; i++) this.base.paint(this.recentStrokes[i]!);
    this.baseStrokes = this.baseStrokes.concat(this.recentStrokes.slice(0, count));
    this.baseIndices = this.baseIndices.concat(this.recentIndices.slice(0, count));
    this.recentStrokes = this.recentStrokes.slice(count);
    this.recentIndices = this.recentIndices.slice(count);
    this.recent.repaint(this.recentStrokes);
  }
}
