/**
 * The replay page on screen: a canvas at device resolution over the white page element, fitted
 * to the frame, painted by the replay renderer (replay/replayRenderer.ts: keyframes, seeks in
 * bounded time, repainting in slices). It follows the frame's size and the device pixel ratio
 * (a window moved to another screen, or zoom): both change the canvas's pixels, so both scale
 * the picture at once and render it again exactly.
 *
 * While the picture on screen is not yet the moment asked for (after a resize, or a first seek
 * far from any keyframe), the page says so with `aria-busy`.
 */
import { pageSize } from '../../../../assessments/drawing/page';
import type { TypedDrawing } from '../../../../assessments/drawing/typed';
import { CanvasSurface } from '../replay/canvasSurface';
import { type RatioSource, watchPixelRatio } from '../replay/pixelRatio';
import { REPLAY_TUNING, ReplayRenderer, type ReplayTuning } from '../replay/replayRenderer';
import { fitPage } from './pageFit';

export class ReplayController {
  private readonly container: HTMLDivElement;
  private readonly renderer: ReplayRenderer;
  private readonly resizeObserver: ResizeObserver;
  private readonly stopWatchingRatio: () => void;
  /** The surface whose canvas is on screen. */
  private shown: CanvasSurface;

  constructor(
    private readonly frame: HTMLElement,
    private readonly paper: HTMLElement,
    private readonly drawing: TypedDrawing,
    private readonly screen: RatioSource = window,
    tuning: ReplayTuning = REPLAY_TUNING,
  ) {
    this.container = document.createElement('div');
    this.container.className = 'drawing-paper__stage';
    const visible = new CanvasSurface({ width: 1, height: 1, scale: 1 });
    this.shown = visible;
    this.container.append(onScreen(visible.canvas));
    paper.append(this.container);
    // Said from the start, so a page painted at once reads "not busy" like one that took slices.
    paper.setAttribute('aria-busy', 'false');
    this.renderer = new ReplayRenderer(
      drawing.events,
      {
        visible,
        // The renderer's surfaces take turns on screen: a finished picture is shown as it is.
        present: (surface) => {
          if (!(surface instanceof CanvasSurface)) throw new Error('the replay shows only its own canvases');
          const shown = this.shown;
          shown.canvas.replaceWith(onScreen(surface.canvas));
          this.shown = surface;
          return shown;
        },
        createSurface: (geometry) => new CanvasSurface(geometry),
        now: () => performance.now(),
        requestFrame: (callback) => requestAnimationFrame(callback),
        frameTime: () => {
          const time = document.timeline.currentTime;
          return typeof time === 'number' ? time : Number.NaN;
        },
        cancelFrame: (handle) => cancelAnimationFrame(handle),
        onBusy: (busy) => paper.setAttribute('aria-busy', String(busy)),
      },
      tuning,
    );
    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(frame);
    this.stopWatchingRatio = watchPixelRatio(screen, () => this.resize());
    this.resize();
  }

  /** The renderer, for the benchmark to see when keyframes are built. */
  get replay(): ReplayRenderer {
    return this.renderer;
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.stopWatchingRatio();
    this.renderer.destroy();
    this.container.remove();
    this.paper.removeAttribute('aria-busy');
  }

  /** Shows the page at `t` ms on the drawing clock. */
  show(t: number): void {
    this.renderer.show(t);
  }

  private resize(): void {
    const style = getComputedStyle(this.frame);
    const box = {
      width: this.frame.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
      height: this.frame.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom),
    };
    const fit = fitPage(box, pageSize(this.drawing.page));
    const ratio = this.screen.devicePixelRatio || 1;
    this.paper.style.width = `${fit.width}px`;
    this.paper.style.height = `${fit.height}px`;
    // Whole device pixels; the page's CSS size is whole CSS pixels (fitPage), so this is exact at
    // whole ratios and within a pixel at fractional ones (125 %, 150 %).
    this.renderer.setGeometry({
      width: Math.max(1, Math.round(fit.width * ratio)),
      height: Math.max(1, Math.round(fit.height * ratio)),
      scale: fit.scale * ratio,
    });
  }
}

/** A canvas as the page shows it: filling the page, whatever its size in device pixels. */
function onScreen(canvas: HTMLCanvasElement): HTMLCanvasElement {
  canvas.style.display = 'block';
  canvas.style.width = '100%';
  canvas.style.height = '100%';
  return canvas;
}
