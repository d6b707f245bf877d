/**
 * A Konva layer that keeps its pixels: it is never cleared by Konva (`clearBeforeDraw: false`)
 * and paints only what was queued since the last draw. Finished ink accumulates on it stroke by
 * stroke, so a new stroke costs its own points, not the 20,000 strokes already on the page; the
 * whole page is repainted only on undo, redo, clear, resize or a device-pixel-ratio change.
 */
import Konva from 'konva';
import type { Stroke } from '../../../../assessments/drawing/model';
import { type PaintTarget, paintStroke } from './strokePainter';

/** The 2D context calls a surface makes (declared here so the module type-checks without DOM types). */
interface SurfaceContext extends PaintTarget {
  save(): void;
  restore(): void;
  scale(x: number, y: number): void;
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  clearRect(x: number, y: number, width: number, height: number): void;
  readonly canvas: { width: number; height: number };
}

type Op = { kind: 'clear' } | { kind: 'paint'; stroke: Stroke; from: number; to: number };

export class InkSurface {
  readonly layer: Konva.Layer;
  private readonly shape: Konva.Shape;
  private queue: Op[] = [];
  private scale = 1;

  constructor(name: string) {
    this.layer = new Konva.Layer({ name, listening: false, clearBeforeDraw: false });
    this.shape = new Konva.Shape({
      listening: false,
      perfectDrawEnabled: false,
      sceneFunc: (context) => this.run(context._context),
    });
    this.layer.add(this.shape);
  }

  /** CSS pixels per page unit. Resizing clears the layer canvas, so callers repaint after it. */
  setScale(scale: number): void {
    this.scale = scale;
  }

  clear(): void {
    this.queue = [{ kind: 'clear' }];
  }

  /** Queues points [from, to) of a stroke. */
  paint(stroke: Stroke, from = 0, to = stroke.points.length): void {
    if (to > from) this.queue.push({ kind: 'paint', stroke, from, to });
  }

  /** Queues a clean page with these strokes painted in order. */
  repaint(strokes: readonly Stroke[]): void {
    this.clear();
    for (const stroke of strokes) this.paint(stroke);
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  /** Draws the queue now (call it from the animation frame, so ink shows in that frame). */
  flush(): void {
    if (this.queue.length > 0) this.layer.draw();
  }

  private run(ctx: SurfaceContext): void {
    const ops = this.queue;
    this.queue = [];
    if (ops.length === 0) return;
    ctx.save();
    for (const op of ops) {
      if (op.kind === 'clear') {
        ctx.save();
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
        ctx.restore();
      } else {
        ctx.save();
        ctx.scale(this.scale, this.scale);
        paintStroke(ctx, op.stroke, op.from, op.to);
        ctx.restore();
      }
    }
    ctx.restore();
  }
}
