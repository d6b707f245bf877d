/**
 * A replay surface on a 2D canvas: the one on screen, the work surface and each keyframe.
 * Sized in device pixels, painting in page units through the canvas's own painter.
 */
import { paintStroke } from '../render/strokePainter';
import type { TypedStroke } from '../../../../assessments/drawing/typed';
import type { Geometry, ReplaySurface } from './replayRenderer';

export class CanvasSurface implements ReplaySurface {
  private readonly ctx: CanvasRenderingContext2D;
  private geometry: Geometry;

  /**
   * Every surface is made for reading (`willReadFrequently`), which keeps it in memory the CPU
   * rasterises into, so a flush reads one pixel back without a GPU round trip; and all are alike,
   * because they take turns on screen (the work surface is shown when its picture is done).
   */
  constructor(
    geometry: Geometry,
    readonly canvas: HTMLCanvasElement = document.createElement('canvas'),
  ) {
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2D context');
    this.ctx = ctx;
    this.geometry = geometry;
    this.resize(geometry, false);
  }

  clear(): void {
    this.fit();
    this.reset();
    this.ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
  }

  copyFrom(source: ReplaySurface): void {
    if (!(source instanceof CanvasSurface)) throw new Error('a canvas surface copies only another canvas surface');
    this.clear();
    this.ctx.drawImage(source.canvas, 0, 0, this.canvas.width, this.canvas.height);
  }

  paint(stroke: TypedStroke, from: number, to: number): void {
    this.fit();
    this.ctx.setTransform(this.geometry.scale, 0, 0, this.geometry.scale, 0, 0);
    paintStroke(this.ctx, stroke, from, to);
  }

  /**
   * With `keep`, the pixels are left as they are until the next picture: the canvas is sized by
   * CSS, so the browser shows them stretched to the new size at no cost in this frame (copying
   * them to a canvas of the new size took about 20 ms at 2×, in the frame that also lays the
   * window out anew).
   */
  resize(geometry: Geometry, keep: boolean): void {
    this.geometry = geometry;
    if (keep && this.canvas.width > 0 && this.canvas.height > 0) return;
    // A canvas given a new size is transparent already, and its memory is touched first when
    // painted (in a slice that counts it), not here.
    if (!this.fit()) this.clear();
  }

  /** Gives the canvas the size of its geometry if it does not have it yet (which clears it); true if it did. */
  private fit(): boolean {
    const { canvas, geometry } = this;
    if (canvas.width === geometry.width && canvas.height === geometry.height) return false;
    canvas.width = geometry.width;
    canvas.height = geometry.height;
    return true;
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
