/**
 * The replay page: the drawing as it stood at a moment, from `stateAt` (assessments/drawing).
 * Moving forward paints only what was added since the last frame; going back, or an undo or
 * clear taking strokes away, repaints the page once.
 */
import Konva from 'konva';
import type { Drawing } from '../../../../assessments/drawing/model';
import { pageSize } from '../../../../assessments/drawing/page';
import { stateAt } from '../../../../assessments/drawing';
import { InkSurface } from './inkSurface';
import { type PageFit, fitPage } from './pageFit';

interface Shown {
  t: number;
  eventIndices: number[];
  /** Points painted of the last stroke in `eventIndices`. */
  lastCount: number;
}

export class ReplayController {
  private readonly stage: Konva.Stage;
  private readonly ink = new InkSurface('replay');
  private readonly resizeObserver: ResizeObserver;
  private fit: PageFit = { width: 1, height: 1, scale: 1 };
  private shown: Shown | null = null;
  private t = 0;

  constructor(
    private readonly frame: HTMLElement,
    private readonly paper: HTMLElement,
    private readonly drawing: Drawing,
  ) {
    const container = document.createElement('div');
    container.className = 'drawing-paper__stage';
    paper.append(container);
    this.stage = new Konva.Stage({ container, width: 1, height: 1, listening: false });
    this.stage.add(this.ink.layer);
    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(frame);
    this.resize();
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.stage.destroy();
    this.paper.querySelector('.drawing-paper__stage')?.remove();
  }

  private resize(): void {
    const style = getComputedStyle(this.frame);
    const box = {
      width: this.frame.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
      height: this.frame.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom),
    };
    const fit = fitPage(box, pageSize(this.drawing.page));
    if (fit.width === this.fit.width && fit.height === this.fit.height) return;
    this.fit = fit;
    this.paper.style.width = `${fit.width}px`;
    this.paper.style.height = `${fit.height}px`;
    this.stage.size({ width: fit.width, height: fit.height });
    this.ink.setScale(fit.scale);
    this.shown = null;
    this.show(this.t);
  }

  /** Shows the page at `t` ms on the drawing clock. */
  show(t: number): void {
    this.t = t;
    const { events } = this.drawing;
    const state = stateAt(events, t);
    const shown = this.shown;
    const indices = state.eventIndices;
    const continues =
      shown !== null &&
      t >= shown.t &&
      shown.eventIndices.length <= indices.length &&
      shown.eventIndices.every((index, i) => indices[i] === index);
    if (!continues) {
      this.ink.repaint(state.strokes);
    } else {
      const previous = shown.eventIndices.length;
      if (previous > 0) this.ink.paint(state.strokes[previous - 1]!, shown.lastCount);
      for (let i = previous; i < state.strokes.length; i++) this.ink.paint(state.strokes[i]!);
    }
    const last = state.strokes[state.strokes.length - 1];
    this.shown = { t, eventIndices: indices, lastCount: last ? last.points.length : 0 };
    this.ink.flush();
  }
}
