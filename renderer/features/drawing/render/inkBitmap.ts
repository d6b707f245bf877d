/**
 * A cached ink bitmap that keeps its pixels, at device resolution, as a queue of operations
 * (inkRaster.ts) run on it when it is drawn: a new stroke costs its own points, not the 20,000
 * strokes already on the page, and undo or redo repaints one box.
 *
 * A full repaint (resize, pixel-ratio change, undo of a clear without its picture) is a `rebuild`:
 * the old pixels are shown scaled at once, the strokes are painted on a spare bitmap in slices of a
 * few milliseconds between frames (inkSurface.ts `FrameSlices`), and the spare bitmap is swapped
 * in when done. Operations
 * queued meanwhile show on screen at once and are repeated on the spare bitmap after its strokes.
 *
 * Free of Konva and the DOM (they come in through `BitmapEnv`, see inkSurface.ts), so the unit
 * tests run it on a model raster and compare it with a plain repaint.
 */
import type { TypedStroke } from '../../../../assessments/drawing/typed';
import { type InkOp, type RasterContext, SlicedRebuild, runOps } from './inkRaster';
import type { Bounds } from './strokeBounds';

/** A bitmap besides the one on screen (a picture of it, or a rebuild's spare bitmap). */
export interface SpareBitmap {
  readonly ctx: RasterContext;
  /** Paints what was drawn on it so far now (see SlicedRebuild). */
  rasterize(): void;
  /** What `drawImage` takes. */
  readonly image: unknown;
  /** Frees its pixels now rather than at collection. */
  release(): void;
}

export interface BitmapEnv {
  /** Device pixels of the bitmap on screen. */
  size(): { width: number; height: number };
  /** Device pixels per CSS pixel. */
  pixelRatio(): number;
  /** Draws the bitmap on screen now: calls `run` with its context. */
  draw(): void;
  createBitmap(width: number, height: number): SpareBitmap | null;
  /** A copy of the pixels on screen, or null when there are none. */
  copy(): SpareBitmap | null;
  /** Runs the next slice of a rebuild soon, with the milliseconds it may take. */
  requestFrame(callback: (budgetMs: number) => void): number;
  cancelFrame(id: number): void;
  now(): number;
}

/** Below this many strokes a full repaint is quick enough to do in one frame. */
export const SLICED_ABOVE = 200;

interface Job {
  rebuild: SlicedRebuild;
  spare: SpareBitmap;
  frame: number;
}

export class InkBitmap {
  private queue: InkOp[] = [];
  private scale = 1;
  private job: Job | null = null;
  /** Called when a rebuild has swapped in its bitmap (the page is crisp again). */
  onRebuilt: () => void = () => undefined;

  constructor(
    private readonly env: BitmapEnv,
    /** Full repaints of more strokes than this are sliced (tests lower it to slice small pages). */
    private readonly slicedAbove = SLICED_ABOVE,
  ) {}

  /** CSS pixels per page unit. Resizing clears the bitmap, so callers repaint after it. */
  setScale(scale: number): void {
    this.scale = scale;
  }

  /** Device pixels per page unit. */
  private get pixelsPerUnit(): number {
    return this.scale * this.env.pixelRatio();
  }

  clear(): void {
    this.cancel();
    this.queue = [{ kind: 'clear' }];
  }

  /** Queues points [from, to) of a stroke. */
  paint(stroke: TypedStroke, from = 0, to = stroke.points.count): void {
    if (to > from) this.push({ kind: 'paint', stroke, from, to });
  }

  /** Queues a repaint of one box: of `strokes` (all the bitmap holds, in order), those that meet it. */
  paintRegion(area: Bounds, strokes: readonly TypedStroke[]): void {
    this.push({ kind: 'region', area, strokes });
  }

  /** Queues a clean page with these strokes painted in order, all in the next frame. */
  repaint(strokes: readonly TypedStroke[]): void {
    this.clear();
    for (const stroke of strokes) this.paint(stroke);
  }

  /** Queues the bitmap replaced by a picture (a `snapshot`), stretched over it. */
  show(picture: SpareBitmap): void {
    this.cancel();
    this.queue = [{ kind: 'image', source: picture.image }];
  }

  /**
   * Repaints these strokes without holding a frame: `preview` (the old pixels, see `snapshot`)
   * is shown scaled at once, and the strokes replace it when painted.
   */
  rebuild(strokes: readonly TypedStroke[], preview: SpareBitmap | null): void {
    const { width, height } = this.env.size();
    const spare = strokes.length > this.slicedAbove && width > 0 && height > 0 ? this.env.createBitmap(width, height) : null;
    if (!spare) {
      this.repaint(strokes);
      return;
    }
    this.cancel();
    this.queue = preview ? [{ kind: 'image', source: preview.image }] : [{ kind: 'clear' }];
    const job: Job = {
      rebuild: new SlicedRebuild(spare.ctx, strokes, this.pixelsPerUnit, () => spare.rasterize()),
      spare,
      frame: 0,
    };
    this.job = job;
    const slice = (budgetMs: number): void => {
      if (this.job !== job) return;
      if (!job.rebuild.step(this.env.now, budgetMs)) {
        job.frame = this.env.requestFrame(slice);
        return;
      }
      this.job = null;
      this.queue.push({ kind: 'image', source: spare.image });
      this.flush();
      spare.release();
      this.onRebuilt();
    };
    job.frame = this.env.requestFrame(slice);
  }

  /** Whether a rebuild is still painting. */
  get rebuilding(): boolean {
    return this.job !== null;
  }

  /** A copy of the pixels on screen after what is queued, or null when there are none. */
  snapshot(): SpareBitmap | null {
    this.flush();
    return this.env.copy();
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  /** Draws the queue now (call it from the animation frame, so ink shows in that frame). */
  flush(): void {
    if (this.queue.length > 0) this.env.draw();
  }

  destroy(): void {
    this.cancel();
  }

  /** Runs the queued operations on the bitmap on screen (from `env.draw`). */
  run(ctx: RasterContext): void {
    const ops = this.queue;
    this.queue = [];
    if (ops.length === 0) return;
    ctx.save();
    runOps(ctx, ops, this.pixelsPerUnit);
    ctx.restore();
  }

  private push(op: InkOp): void {
    this.queue.push(op);
    this.job?.rebuild.follow(op);
  }

  private cancel(): void {
    if (!this.job) return;
    this.env.cancelFrame(this.job.frame);
    this.job.spare.release();
    this.job = null;
  }
}
