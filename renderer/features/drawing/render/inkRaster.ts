/**
 * What happens to an ink bitmap, as a list of operations run on a 2D context, apart from Konva and
 * the DOM so that tests can run them on a model context:
 *
 *   clear   the whole bitmap transparent
 *   paint   points [from, to) of a stroke (strokePainter)
 *   region  repaint one box: clip to it (whole device pixels), clear it, paint the given strokes
 *           that meet it, in order — undo and redo of one stroke repaint only where it lay
 *   image   the whole bitmap replaced by a picture stretched over it: the old bitmap scaled on a
 *           resize (one cheap frame), or a finished rebuild swapped in
 *
 * `SlicedRebuild` paints a list of strokes onto a spare bitmap a few milliseconds at a time, so a
 * full repaint of 20,000 strokes never holds a frame; operations that arrive meanwhile are kept and
 * run after the strokes, so the spare bitmap ends equal to the one on screen.
 */
import type { TypedStroke } from '../../../../assessments/drawing/typed';
import { type Bounds, intersects, strokeBounds } from './strokeBounds';
import { type PaintTarget, paintStroke } from './strokePainter';

/** The 2D context calls the raster makes (declared here so the module type-checks without DOM types). */
export interface RasterContext extends PaintTarget {
  save(): void;
  restore(): void;
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  clearRect(x: number, y: number, width: number, height: number): void;
  rect(x: number, y: number, width: number, height: number): void;
  clip(): void;
  drawImage(image: never, dx: number, dy: number, dw: number, dh: number): void;
  readonly canvas: { width: number; height: number };
}

export type InkOp =
  | { kind: 'clear' }
  | { kind: 'paint'; stroke: TypedStroke; from: number; to: number }
  | { kind: 'region'; area: Bounds; strokes: readonly TypedStroke[] }
  | { kind: 'image'; source: unknown };

/** Runs the operations in order; `pixelsPerUnit` maps page units to the bitmap's pixels. */
export function runOps(ctx: RasterContext, ops: readonly InkOp[], pixelsPerUnit: number): void {
  for (const op of ops) {
    switch (op.kind) {
      case 'clear':
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
        break;
      case 'paint':
        ctx.setTransform(pixelsPerUnit, 0, 0, pixelsPerUnit, 0, 0);
        paintStroke(ctx, op.stroke, op.from, op.to);
        break;
      case 'region':
        paintRegion(ctx, op.area, op.strokes, pixelsPerUnit);
        break;
      case 'image':
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
        ctx.drawImage(op.source as never, 0, 0, ctx.canvas.width, ctx.canvas.height);
        break;
    }
  }
}

/** The box in whole device pixels, inside the bitmap; null when it misses the bitmap. */
export function pixelBox(area: Bounds, pixelsPerUnit: number, size: { width: number; height: number }) {
  const x0 = Math.max(0, Math.floor(area.x0 * pixelsPerUnit));
  const y0 = Math.max(0, Math.floor(area.y0 * pixelsPerUnit));
  const x1 = Math.min(size.width, Math.ceil(area.x1 * pixelsPerUnit));
  const y1 = Math.min(size.height, Math.ceil(area.y1 * pixelsPerUnit));
  return x1 > x0 && y1 > y0 ? { x0, y0, x1, y1 } : null;
}

function paintRegion(ctx: RasterContext, area: Bounds, strokes: readonly TypedStroke[], pixelsPerUnit: number): void {
  const box = pixelBox(area, pixelsPerUnit, ctx.canvas);
  if (!box) return;
  // Strokes are chosen against the clipped box in page units: whatever could put ink in it.
  const clipped: Bounds = {
    x0: box.x0 / pixelsPerUnit,
    y0: box.y0 / pixelsPerUnit,
    x1: box.x1 / pixelsPerUnit,
    y1: box.y1 / pixelsPerUnit,
  };
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.beginPath();
  ctx.rect(box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0);
  ctx.clip();
  ctx.clearRect(box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0);
  ctx.setTransform(pixelsPerUnit, 0, 0, pixelsPerUnit, 0, 0);
  for (const stroke of strokes) if (intersects(strokeBounds(stroke), clipped)) paintStroke(ctx, stroke);
  ctx.restore();
}

/** Longest stretch of painting in one slice: a third of a 60 Hz frame, leaving time for input and drawing. */
export const SLICE_MS = 6;

export class SlicedRebuild {
  private next = 0;
  private started = false;
  /** Strokes per slice, adapted to how long the last slice took (painting included). */
  private batch = 20;
  /** Operations that arrived while the rebuild ran, to run on the rebuilt bitmap after its strokes. */
  private readonly tail: InkOp[] = [];

  constructor(
    readonly target: RasterContext,
    private readonly strokes: readonly TypedStroke[],
    private readonly pixelsPerUnit: number,
    /**
     * Makes the target rasterize what was drawn so far. Chromium records 2D drawing and paints it
     * later, so without this a slice's cost would land all at once on the frame that shows it.
     */
    private readonly rasterize: () => void = () => undefined,
  ) {}

  /** Also runs `op` on the rebuilt bitmap once its strokes are painted. */
  follow(op: InkOp): void {
    this.tail.push(op);
  }

  /** Paints for about `budgetMs`; true when the bitmap is complete. */
  step(now: () => number, budgetMs = SLICE_MS): boolean {
    const ctx = this.target;
    const start = now();
    if (!this.started) {
      this.started = true;
      runOps(ctx, [{ kind: 'clear' }], this.pixelsPerUnit);
    }
    ctx.setTransform(this.pixelsPerUnit, 0, 0, this.pixelsPerUnit, 0, 0);
    let painted = 0;
    while (this.next < this.strokes.length && painted < this.batch) {
      paintStroke(ctx, this.strokes[this.next++]!);
      painted++;
      if (now() - start >= budgetMs) break;
    }
    this.rasterize();
    const took = now() - start;
    // Aim the next slice at the budget: painting time grows about linearly with strokes.
    if (painted > 0) this.batch = Math.max(1, Math.min(5000, Math.round((painted * budgetMs) / Math.max(took, 0.1))));
    if (this.next < this.strokes.length) return false;
    runOps(ctx, this.tail, this.pixelsPerUnit);
    this.tail.length = 0;
    return true;
  }
}
