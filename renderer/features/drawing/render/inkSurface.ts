/**
 * An ink bitmap (inkBitmap.ts) shown as a Konva layer that keeps its pixels: Konva never clears
 * it (`clearBeforeDraw: false`), and each draw runs only the operations queued since the last.
 * The layer's canvas is the cached bitmap, at device resolution; spare bitmaps are plain canvases.
 */
import Konva from 'konva';
import { type BitmapEnv, InkBitmap, type SpareBitmap } from './inkBitmap';
import { type RasterContext, SLICE_MS } from './inkRaster';

/** Milliseconds of each frame, from its start, that a rebuild may paint in. */
const WORK_PER_FRAME_MS = 10;

/**
 * Runs the slices of a rebuild as tasks of their own after a frame is rendered, while less than
 * WORK_PER_FRAME_MS has passed since that frame began, then waits for the next frame: the page
 * keeps its frame rate and input, and the rebuild uses most of each frame. (A plain message loop
 * starves rendering; idle callbacks get no time at all while something animates.)
 */
class FrameSlices {
  private frameStart = -Infinity;
  private readonly waiting = new Map<number, (budgetMs: number) => void>();
  private nextId = 1;
  private readonly channel = new MessageChannel();

  constructor() {
    this.channel.port1.onmessage = (event: MessageEvent<number>) => {
      const callback = this.waiting.get(event.data);
      this.waiting.delete(event.data);
      callback?.(Math.min(SLICE_MS, Math.max(1, this.frameStart + WORK_PER_FRAME_MS - performance.now())));
    };
  }

  request(callback: (budgetMs: number) => void): number {
    const id = this.nextId++;
    this.waiting.set(id, callback);
    if (performance.now() < this.frameStart + WORK_PER_FRAME_MS - 1) {
      this.channel.port2.postMessage(id);
    } else {
      requestAnimationFrame((frameStart) => {
        this.frameStart = frameStart;
        this.channel.port2.postMessage(id);
      });
    }
    return id;
  }

  cancel(id: number): void {
    this.waiting.delete(id);
  }
}

function canvasBitmap(width: number, height: number): SpareBitmap | null {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  return {
    ctx: ctx as unknown as RasterContext,
    image: canvas,
    // Reading a pixel makes Chromium paint the recorded drawing now.
    rasterize: () => void ctx.getImageData(0, 0, 1, 1),
    release: () => {
      canvas.width = 0;
    },
  };
}

export class InkSurface extends InkBitmap {
  readonly layer: Konva.Layer;

  constructor(name: string) {
    const layer = new Konva.Layer({ name, listening: false, clearBeforeDraw: false });
    const display = (): HTMLCanvasElement => layer.getCanvas()._canvas;
    const slices = new FrameSlices();
    const env: BitmapEnv = {
      size: () => ({ width: display().width, height: display().height }),
      pixelRatio: () => layer.getCanvas().getPixelRatio(),
      draw: () => layer.draw(),
      createBitmap: canvasBitmap,
      copy: () => {
        const source = display();
        if (source.width === 0 || source.height === 0) return null;
        const copy = canvasBitmap(source.width, source.height);
        copy?.ctx.drawImage(source as never, 0, 0, source.width, source.height);
        return copy;
      },
      requestFrame: (callback) => slices.request(callback),
      cancelFrame: (id) => slices.cancel(id),
      now: () => performance.now(),
    };
    super(env);
    this.layer = layer;
    layer.add(
      new Konva.Shape({
        listening: false,
        perfectDrawEnabled: false,
        sceneFunc: (context) => this.run(context._context as unknown as RasterContext),
      }),
    );
  }
}
