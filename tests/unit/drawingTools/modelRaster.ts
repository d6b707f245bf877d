/**
 * A model of a 2D canvas for the ink bitmap tests: one cell per device pixel, holding the colour
 * of the last stroke painted there or null. A stroke marks the cells of its points (not the lines
 * between them), an eraser (destination-out) empties them; clipping, clearRect and drawImage act
 * on cells as a canvas acts on pixels. Fast paths (dirty boxes, sliced rebuilds, pictures of the
 * page) must leave the same cells as painting the visible strokes in order on a clean model.
 */
import type { RasterContext } from '../../../renderer/features/drawing/render/inkRaster';
import type { BitmapEnv, SpareBitmap } from '../../../renderer/features/drawing/render/inkBitmap';

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export class ModelRaster implements RasterContext {
  readonly canvas: { width: number; height: number };
  cells: (string | null)[];
  lineWidth = 1;
  lineCap: 'butt' | 'round' | 'square' = 'butt';
  lineJoin: 'bevel' | 'miter' | 'round' = 'miter';
  strokeStyle: unknown = '#000';
  fillStyle: unknown = '#000';
  globalCompositeOperation = 'source-over';
  private scale = 1;
  private clipBox: Box | null = null;
  private pendingRect: Box | null = null;
  private path: [number, number][] = [];
  private saved: Array<{ scale: number; clipBox: Box | null; composite: string }> = [];

  constructor(width: number, height: number) {
    this.canvas = { width, height };
    this.cells = new Array<string | null>(width * height).fill(null);
  }

  save(): void {
    this.saved.push({ scale: this.scale, clipBox: this.clipBox, composite: this.globalCompositeOperation });
  }

  restore(): void {
    const s = this.saved.pop();
    if (!s) return;
    this.scale = s.scale;
    this.clipBox = s.clipBox;
    this.globalCompositeOperation = s.composite;
  }

  setTransform(a: number): void {
    this.scale = a;
  }

  private inside(cx: number, cy: number): boolean {
    const c = this.clipBox;
    return (
      cx >= 0 &&
      cy >= 0 &&
      cx < this.canvas.width &&
      cy < this.canvas.height &&
      (!c || (cx >= c.x0 && cx < c.x1 && cy >= c.y0 && cy < c.y1))
    );
  }

  clearRect(x: number, y: number, w: number, h: number): void {
    const s = this.scale;
    for (let cy = Math.floor(y * s); cy < Math.ceil((y + h) * s); cy++)
      for (let cx = Math.floor(x * s); cx < Math.ceil((x + w) * s); cx++)
        if (this.inside(cx, cy)) this.cells[cy * this.canvas.width + cx] = null;
  }

  rect(x: number, y: number, w: number, h: number): void {
    const s = this.scale;
    this.pendingRect = { x0: x * s, y0: y * s, x1: (x + w) * s, y1: (y + h) * s };
  }

  clip(): void {
    const r = this.pendingRect!;
    const c = this.clipBox;
    this.clipBox = c
      ? { x0: Math.max(c.x0, r.x0), y0: Math.max(c.y0, r.y0), x1: Math.min(c.x1, r.x1), y1: Math.min(c.y1, r.y1) }
      : r;
  }

  beginPath(): void {
    this.path = [];
    this.pendingRect = null;
  }

  moveTo(x: number, y: number): void {
    this.path.push([x * this.scale, y * this.scale]);
  }

  lineTo(x: number, y: number): void {
    this.path.push([x * this.scale, y * this.scale]);
  }

  arc(x: number, y: number): void {
    this.path.push([x * this.scale, y * this.scale]);
  }

  stroke(): void {
    const value = this.globalCompositeOperation === 'destination-out' ? null : String(this.strokeStyle);
    for (const [px, py] of this.path) {
      const cx = Math.floor(px);
      const cy = Math.floor(py);
      if (this.inside(cx, cy)) this.cells[cy * this.canvas.width + cx] = value;
    }
  }

  fill(): void {
    this.stroke();
  }

  drawImage(image: never, _dx: number, _dy: number, dw: number, dh: number): void {
    const source = image as ModelRaster;
    for (let cy = 0; cy < dh; cy++)
      for (let cx = 0; cx < dw; cx++) {
        if (!this.inside(cx, cy)) continue;
        const sx = Math.floor((cx * source.canvas.width) / dw);
        const sy = Math.floor((cy * source.canvas.height) / dh);
        const v = source.cells[sy * source.canvas.width + sx] ?? null;
        if (v !== null) this.cells[cy * this.canvas.width + cx] = v;
      }
  }

  copy(): ModelRaster {
    const m = new ModelRaster(this.canvas.width, this.canvas.height);
    m.cells = this.cells.slice();
    return m;
  }
}

function spare(raster: ModelRaster): SpareBitmap {
  return { ctx: raster, image: raster, rasterize: () => undefined, release: () => undefined };
}

/** An environment for InkBitmap over a model display; frames run when the test says so. */
export class ModelEnv implements BitmapEnv {
  readonly display: ModelRaster;
  private frames = new Map<number, (budgetMs: number) => void>();
  private nextId = 1;
  private clock = 0;
  run: (ctx: RasterContext) => void = () => undefined;

  constructor(width: number, height: number) {
    this.display = new ModelRaster(width, height);
  }

  size() {
    return this.display.canvas;
  }

  pixelRatio() {
    return 1;
  }

  draw() {
    this.run(this.display);
  }

  createBitmap(width: number, height: number) {
    return spare(new ModelRaster(width, height));
  }

  copy() {
    return spare(this.display.copy());
  }

  requestFrame(callback: (budgetMs: number) => void) {
    const id = this.nextId++;
    this.frames.set(id, callback);
    return id;
  }

  cancelFrame(id: number) {
    this.frames.delete(id);
  }

  /** Every call is a millisecond later, so a slice paints a few strokes. */
  now = () => this.clock++;

  /** Runs the frames requested so far; true if there were any. */
  runFrames(): boolean {
    const due = [...this.frames.values()];
    this.frames.clear();
    for (const f of due) f(6);
    return due.length > 0;
  }
}
