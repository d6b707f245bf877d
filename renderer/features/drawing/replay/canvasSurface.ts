/**
 * A replay surface on a 2D canvas: the one on screen, the work surface and each keyframe.
 * Sized in device pixels, painting in page units through the canvas's own painter.
 */
import { paintStroke } from '../render/strokePainter';
import type { TypedStroke } from '../../../../assessments/drawing/typed';
import type { Geometry, ReplaySurface } from './replayRenderer';

export class CanvasSurface implements ReplaySurface {
  private readonly ctx: CanvasRenderingContext2D;
  private scale = 1;

  /**
   * `offscreen` surfaces (the work surface and keyframes) are flushed and copied, never shown:
   * they are made for reading (`willReadFrequently`), which keeps them in memory the CPU
   * rasterises into, so a flush reads one pixel back without a GPU round trip.
   */
  constructor(
    geometry: Geometry,
    readonly canvas: HTMLCanvasElement = document.createElement('canvas'),
    offscreen = true,
  ) {
    const ctx = canvas.getContext('2d', { willReadFrequently: offscreen });
    if (!ctx) throw new Error('no 2D context');
    this.ctx = ctx;
    this.resize(geometry, false);
  }

  clear(): void {
    this.reset();
    this.ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
  }

  copyFrom(source: ReplaySurface): void {
    if (!(source instanceof CanvasSurface)) throw new Error('a canvas surface copies only another canvas surface');
    this.clear();
    this.ctx.drawImage(source.canvas, 0, 0);
  }

  paint(stroke: TypedStroke, from: number, to: number): void {
    this.ctx.setTransform(this.scale, 0, 0, this.scale, 0, 0);
    paintStroke(this.ctx, stroke, from, to);
  }

  resize(geometry: Geometry, keep: boolean): void {
    this.scale = geometry.scale;
    const { canvas } = this;
    if (!keep || canvas.width === 0 || canvas.height === 0) {
      canvas.width = geometry.width;
      canvas.height = geometry.height;
      return;
    }
    // Setting the size clears the canvas, so the old picture is kept aside to be stretched back.
    const old = document.createElement('canvas');
    old.width = canvas.width;
    old.height = canvas.height;
    old.getContext('2d')?.drawImage(canvas, 0, 0);
    canvas.width = geometry.width;
    canvas.height = geometry.height;
    this.reset();
    this.ctx.drawImage(old, 0, 0, geometry.width, geometry.height);
    old.width = 0;
  }

  flush(): void {
    // Reading a pixel makes the canvas rasterise what it has recorded.
    this.ctx.getImageData(0, 0, 1, 1);
  }

  release(): void {
    this.canvas.width = 0;
    this.canvas.height = 0;
  }

  /** The painter leaves the eraser's `destination-out` behind; copies and clears need plain pixels. */
  private reset(): void {
    this.ctx.setTransform(1, 0, 0, 1, 0, 0);
    this.ctx.globalCompositeOperation = 'source-over';
  }
}
