/**
 * The drawing canvas, imperatively: a Konva stage with two layers over a white page element.
 *
 *   ink   finished strokes, accumulated in cached bitmaps at device resolution (InkLayers):
 *         undo and redo repaint one box or the few recent strokes; a resize or a
 *         device-pixel-ratio change shows the old bitmap scaled, then rebuilds it in slices;
 *         the eraser paints here directly (destination-out), so erasing shows as it happens
 *   live  the stroke being drawn, painted piece by piece; on pointer up it moves to `ink`
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
import { type PageFit, fitPage } from './pageFit';

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
  private readonly ink = new InkLayers((name) => new InkSurface(name));
  private readonly live = new InkSurface('live');
  private readonly unsubscribe: () => void;
  private readonly resizeObserver: ResizeObserver;
  private readonly removeListeners: () => void;
  private fit: PageFit = { width: 1, height: 1, scale: 1 };
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
    this.watchPixelRatio();
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

  /** Fits the page to the frame and repaints everything (resize clears the canvases). */
  resize(): void {
    const { frame, paper, editor } = this.options;
    const style = getComputedStyle(frame);
    const box = {
      width: frame.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
      height: frame.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom),
    };
    const fit = fitPage(box, pageSize(editor.page));
    if (fit.width === this.fit.width && fit.height === this.fit.height && this.stage.width() === fit.width) return;
    this.fit = fit;
    // Taken before the canvases are resized, which clears them.
    const preview = this.ink.snapshotBase();
    paper.style.width = `${fit.width}px`;
    paper.style.height = `${fit.height}px`;
    this.stage.size({ width: fit.width, height: fit.height });
    this.repaintAll(preview);
  }

  /** Everything at the current size: the base over `preview` (its old pixels) while it rebuilds. */
  private repaintAll(preview: SpareBitmap | null): void {
    this.ink.setScale(this.fit.scale);
    this.live.setScale(this.fit.scale);
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
    this.dprQuery = window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    this.dprQuery.addEventListener('change', this.onPixelRatio);
  }

  private readonly onPixelRatio = (): void => {
    if (this.destroyed) return;
    const ratio = window.devicePixelRatio || 1;
    const preview = this.ink.snapshotBase();
    Konva.pixelRatio = ratio;
    for (const layer of [...this.ink.layers, this.live.layer]) layer.getCanvas().setPixelRatio(ratio);
    this.watchPixelRatio();
    this.repaintAll(preview);
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
