/**
 * The drawing canvas, imperatively: a Konva stage with two layers over a white page element.
 *
 *   ink   finished strokes, accumulated in cached bitmaps at device resolution (InkLayers):
 *         undo and redo repaint one box or the few recent strokes; a device-pixel-ratio change
 *         shows the old bitmap scaled, then rebuilds it in slices; the eraser paints here
 *         directly (destination-out), so erasing shows as it happens
 *   live  the stroke being drawn, painted piece by piece; on pointer up it moves to `ink`
 *
 * The stage is held at the page's size in a window as large as the screen (pageFit.ts `heldFit`)
 * and scaled down by CSS to the page on screen: resizing the window repaints nothing. In client
 * mode the window fills the screen, so the scale is 1 there.
 *
 * Pointer Events are read with getCoalescedEvents() so a fast stroke keeps every sample the
 * device reported, not one per frame (W3C Pointer Events 3, §"Coalesced events"). Samples are
 * buffered by the editor and committed once per animation frame, then painted in that same
 * frame. The editor's event list is the truth; this class only renders it and feeds it input.
 */
import Konva from 'konva';
import type { TypedStroke } from '../../../../assessments/drawing/typed';
import { pageSize } from '../../../../assessments/drawing/page';
import type { DrawingEditor, EditorChange } from '../tools/drawingEditor';
import type { DrawingClock } from '../tools/drawingClock';
import { type PointerSample, toPointerType } from '../tools/pointerSample';
import type { SpareBitmap } from './inkBitmap';
import { InkLayers } from './inkLayers';
import { InkSurface } from './inkSurface';
import { type PageFit, fitPage, heldFit } from './pageFit';

export interface CanvasControllerOptions {
  /** The element the page is fitted into (its content box). */
  frame: HTMLElement;
  /** The page element: white paper, sized here, holding the Konva stage. */
  paper: HTMLElement;
  editor: DrawingEditor;
  clock: DrawingClock;
}

export class CanvasController {
  private readonly stage: Konva.Stage;
  private readonly stageElement: HTMLElement;
  private readonly ink = new InkLayers((name) => new InkSurface(name));
  private readonly live = new InkSurface('live');
  private readonly unsubscribe: () => void;
  private readonly resizeObserver: ResizeObserver;
  private readonly removeListeners: () => void;
  /** The page on screen, in CSS pixels. */
  private fit: PageFit = { width: 1, height: 1, scale: 1 };
  /** The page as the stage holds it (heldFit), shown scaled to `fit`. */
  private held: PageFit | null = null;
  /** Device pixels per CSS pixel the layers are painted at (0 until the first resize). */
  private ratio = 0;
  private rect: DOMRect | null = null;
  private frameRequest = 0;
  /** Points of the live stroke already painted. */
  private painted = 0;
  private dprQuery: MediaQueryList | null = null;
  private destroyed = false;

  constructor(private readonly options: CanvasControllerOptions) {
    const { paper, frame, editor } = options;
    const container = document.createElement('div');
    container.className = 'drawing-paper__stage';
    paper.append(container);
    this.stageElement = container;
    this.stage = new Konva.Stage({ container, width: 1, height: 1, listening: false });
    this.ink.setScale(this.fit.scale);
    for (const layer of [...this.ink.layers, this.live.layer]) this.stage.add(layer);
    // `data-ink` says whether the page is being rebuilt after a resize (the benchmark waits on it).
    this.ink.base.onRebuilt = () => {
      paper.dataset.ink = 'ready';
    };
    this.unsubscribe = editor.subscribe((change) => this.onChange(change));
    this.removeListeners = this.listen(paper);
    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(frame);
    this.resize();
  }

  destroy(): void {
    this.destroyed = true;
    cancelAnimationFrame(this.frameRequest);
    this.unsubscribe();
    this.removeListeners();
    this.resizeObserver.disconnect();
    this.dprQuery?.removeEventListener('change', this.onPixelRatio);
    this.ink.destroy();
    this.live.destroy();
    this.stage.destroy();
    this.options.paper.querySelector('.drawing-paper__stage')?.remove();
  }

  /**
   * Fits the page to the frame. Repaints only at a new pixel ratio (a window moved to another
   * screen, which may also fire only a resize) or when the stage must hold a larger page.
   */
  resize(): void {
    const ratio = window.devicePixelRatio || 1;
    const newRatio = ratio !== this.ratio;
    const page = pageSize(this.options.editor.page);
    const box = this.frameBox();
    const fit = fitPage(box, page);
    // Another screen, perhaps of another size: the held page is chosen again.
    const held = heldFit(fit, box, page, this.room(), newRatio ? null : this.held);
    if (!newRatio && fit.width === this.fit.width && fit.height === this.fit.height && held === this.held) return;
    this.fit = fit;
    this.options.paper.style.width = `${fit.width}px`;
    this.options.paper.style.height = `${fit.height}px`;
    if (!newRatio && held === this.held) {
      this.showHeld();
      return;
    }
    // Taken before the canvases are resized, which clears them.
    const preview = this.ink.snapshotBase();
    if (newRatio) {
      this.ratio = ratio;
      Konva.pixelRatio = ratio;
      for (const layer of [...this.ink.layers, this.live.layer]) layer.getCanvas().setPixelRatio(ratio);
      this.watchPixelRatio();
    }
    this.hold(held);
    this.repaintAll(preview);
  }

  /** The frame's content box, in CSS pixels. */
  private frameBox(): { width: number; height: number } {
    const { frame } = this.options;
    const style = getComputedStyle(frame);
    return {
      width: frame.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
      height: frame.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom),
    };
  }

  /** How much larger the window could still grow: up to the screen. */
  private room(): { width: number; height: number } {
    return { width: window.screen.width - window.innerWidth, height: window.screen.height - window.innerHeight };
  }

  /** The stage at `held` (which clears its canvases), shown scaled to the page on screen. */
  private hold(held: PageFit): void {
    this.held = held;
    this.stage.size({ width: held.width, height: held.height });
    this.showHeld();
  }

  private showHeld(): void {
    const held = this.held ?? this.fit;
    this.stageElement.style.transform = `scale(${this.fit.width / held.width}, ${this.fit.height / held.height})`;
  }

  /** Everything at the current size: the base over `preview` (its old pixels) while it rebuilds. */
  private repaintAll(preview: SpareBitmap | null): void {
    const scale = (this.held ?? this.fit).scale;
    this.ink.setScale(scale);
    this.live.setScale(scale);
    const liveStroke = this.options.editor.liveStroke;
    this.ink.repaintAll(this.options.editor.visible(), preview);
    this.options.paper.dataset.ink = this.ink.base.rebuilding ? 'rebuilding' : 'ready';
    this.live.clear();
    this.painted = 0;
    if (liveStroke?.tool === 'eraser') this.ink.foldAll();
    if (liveStroke) this.paintLive(liveStroke);
    this.ink.flush();
    this.live.flush();
  }

  // ---- Device pixel ratio: a window moved to another screen, or zoom changed ---------------

  private watchPixelRatio(): void {
    this.dprQuery?.removeEventListener('change', this.onPixelRatio);
    this.dprQuery = window.matchMedia(`(resolution: ${this.ratio}dppx)`);
    this.dprQuery.addEventListener('change', this.onPixelRatio);
  }

  private readonly onPixelRatio = (): void => {
    if (!this.destroyed) this.resize();
  };

  // ---- Editor changes ---------------------------------------------------------------------

  private onChange(change: EditorChange): void {
    const { editor } = this.options;
    switch (change.kind) {
      case 'started':
        // The eraser paints on the base layer, which must then hold every stroke it may erase.
        if (editor.liveStroke?.tool === 'eraser') this.ink.foldAll();
        break;
      case 'committed': {
        // The last samples may not have been painted yet; the eraser's others are on the base already.
        const { stroke, index } = change;
        if (stroke.tool === 'eraser') {
          this.ink.commitEraser(stroke, index, this.painted);
        } else {
          this.live.clear();
          this.ink.commit(stroke, index);
        }
        this.painted = 0;
        this.requestFrame();
        break;
      }
      case 'discarded':
        this.live.clear();
        this.painted = 0;
        if (change.stroke.tool === 'eraser') this.ink.discardEraser(change.stroke);
        this.requestFrame();
        break;
      case 'visible': {
        const stroke = change.stroke === undefined ? undefined : editor.events[change.stroke];
        this.ink.show(
          editor.visible(),
          stroke?.kind === 'stroke' && change.stroke !== undefined ? { index: change.stroke, stroke } : undefined,
        );
        this.requestFrame();
        break;
      }
      default:
        break;
    }
  }

  private paintLive(stroke: TypedStroke): void {
    const surface = stroke.tool === 'eraser' ? this.ink.base : this.live;
    surface.paint(stroke, this.painted);
    this.painted = stroke.points.count;
  }

  // ---- Animation frame: commit buffered samples, paint, once per frame ------------------------

  private requestFrame(): void {
    if (this.frameRequest === 0 && !this.destroyed) this.frameRequest = requestAnimationFrame(this.frame);
  }

  private readonly frame = (): void => {
    this.frameRequest = 0;
    const { editor } = this.options;
    const update = editor.tick();
    if (update) this.paintLive(update.stroke);
    this.ink.flush();
    this.live.flush();
    if (editor.state === 'drawing') this.requestFrame();
  };

  // ---- Pointer input ----------------------------------------------------------------------

  private sample(event: PointerEvent): PointerSample {
    const rect = this.rect ?? this.options.paper.getBoundingClientRect();
    const scale = this.fit.scale || 1;
    return {
      pointerId: event.pointerId,
      pointerType: toPointerType(event.pointerType),
      x: (event.clientX - rect.left) / scale,
      y: (event.clientY - rect.top) / scale,
      pressure: event.pressure,
      t: this.options.clock.at(event.timeStamp),
    };
  }

  private listen(paper: HTMLElement): () => void {
    const { editor } = this.options;
    const down = (event: PointerEvent) => {
      // Only the primary button draws; a right click or a pen's barrel button does not.
      if (event.button !== 0) return;
      event.preventDefault();
      this.rect = paper.getBoundingClientRect();
      if (!editor.pointerDown(this.sample(event))) return;
      try {
        // Keeps the stroke going when the pointer slides off the page.
        paper.setPointerCapture(event.pointerId);
      } catch {
        // A synthetic event (tests) has no active pointer to capture.
      }
      this.requestFrame();
    };
    const move = (event: PointerEvent) => {
      const coalesced = typeof event.getCoalescedEvents === 'function' ? event.getCoalescedEvents() : [];
      for (const each of coalesced.length > 0 ? coalesced : [event]) editor.pointerMove(this.sample(each));
      if (editor.state === 'drawing') this.requestFrame();
    };
    const up = (event: PointerEvent) => {
      editor.pointerUp(this.sample(event));
      this.requestFrame();
    };
    const cancel = (event: PointerEvent) => {
      editor.pointerCancel({
        pointerId: event.pointerId,
        pointerType: toPointerType(event.pointerType),
        t: this.options.clock.at(event.timeStamp),
      });
      this.requestFrame();
    };
    const noMenu = (event: Event) => event.preventDefault();
    paper.addEventListener('pointerdown', down);
    paper.addEventListener('pointermove', move);
    paper.addEventListener('pointerup', up);
    paper.addEventListener('pointercancel', cancel);
    paper.addEventListener('lostpointercapture', cancel);
    paper.addEventListener('contextmenu', noMenu);
    return () => {
      paper.removeEventListener('pointerdown', down);
      paper.removeEventListener('pointermove', move);
      paper.removeEventListener('pointerup', up);
      paper.removeEventListener('pointercancel', cancel);
      paper.removeEventListener('lostpointercapture', cancel);
      paper.removeEventListener('contextmenu', noMenu);
    };
  }
}
