/**
 * The replay as it was before issue 18, frozen as the benchmark's baseline (tests/bench/replay.bench.ts):
 * objects per point, a Konva layer that keeps its pixels, and on every seek that is not a
 * continuation, `stateAt` from the first event and a repaint of every stroke. Copied from
 * renderer/features/drawing/render/{replayController,inkSurface,strokePainter}.ts and
 * assessments/drawing/replay.ts as they stood; not used by the app.
 */
import Konva from 'konva';
import { pressureFactor, WIDTH_TOLERANCE } from '../../../assessments/drawing/inkStyle';
import type { Drawing, DrawingEvent, Stroke } from '../../../assessments/drawing/model';
import { pageSize } from '../../../assessments/drawing/page';
import { eventStart } from '../../../assessments/drawing/timeline';
import { type PageFit, fitPage } from '../../../renderer/features/drawing/render/pageFit';

interface State {
  strokes: Stroke[];
  eventIndices: number[];
}

function stateAt(events: readonly DrawingEvent[], tMs: number): State {
  const CLEAR = -1;
  const done: number[] = [];
  const undone: number[] = [];
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (eventStart(event) > tMs) break;
    if (event.kind === 'stroke') {
      done.push(i);
      undone.length = 0;
    } else if (event.kind === 'clear') {
      done.push(CLEAR);
      undone.length = 0;
    } else if (event.kind === 'undo') {
      const action = done.pop();
      if (action !== undefined) undone.push(action);
    } else if (event.kind === 'redo') {
      const action = undone.pop();
      if (action !== undefined) done.push(action);
    }
  }
  const eventIndices = done.slice(done.lastIndexOf(CLEAR) + 1);
  const strokes = eventIndices.map((index) => {
    const stroke = events[index] as Stroke;
    const points = stroke.points;
    if (points[points.length - 1]!.t <= tMs) return stroke;
    let count = 0;
    while (count < points.length && points[count]!.t <= tMs) count++;
    return { ...stroke, points: points.slice(0, count) };
  });
  return { strokes, eventIndices };
}

function paintStroke(ctx: CanvasRenderingContext2D, stroke: Stroke, from = 0, to = stroke.points.length): void {
  const points = stroke.points;
  const end = Math.min(to, points.length);
  if (end <= from) return;
  ctx.globalCompositeOperation = stroke.tool === 'eraser' ? 'destination-out' : 'source-over';
  ctx.strokeStyle = stroke.colour;
  ctx.fillStyle = stroke.colour;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  if (points.length === 1 || (from === 0 && end === 1)) {
    const p = points[0]!;
    ctx.beginPath();
    ctx.arc(p.x, p.y, (stroke.width * pressureFactor(stroke, p.pressure)) / 2, 0, Math.PI * 2);
    ctx.fill();
    return;
  }
  const start = Math.max(from, 1);
  let a = points[start - 1]!;
  let width = -1;
  for (let i = start; i < end; i++) {
    const b = points[i]!;
    const w = stroke.width * pressureFactor(stroke, (a.pressure + b.pressure) / 2);
    if (width < 0 || Math.abs(w - width) > width * WIDTH_TOLERANCE) {
      if (width >= 0) ctx.stroke();
      width = w;
      ctx.lineWidth = w;
      ctx.beginPath();
      ctx.moveTo(a.x, a.y);
    }
    ctx.lineTo(b.x, b.y);
    a = b;
  }
  if (width >= 0) ctx.stroke();
}

type Op = { kind: 'clear' } | { kind: 'paint'; stroke: Stroke; from: number; to: number };

class InkSurface {
  readonly layer = new Konva.Layer({ listening: false, clearBeforeDraw: false });
  private queue: Op[] = [];
  private scale = 1;

  constructor() {
    this.layer.add(
      new Konva.Shape({
        listening: false,
        perfectDrawEnabled: false,
        sceneFunc: (context) => this.run(context._context),
      }),
    );
  }

  setScale(scale: number): void {
    this.scale = scale;
  }

  paint(stroke: Stroke, from = 0, to = stroke.points.length): void {
    if (to > from) this.queue.push({ kind: 'paint', stroke, from, to });
  }

  repaint(strokes: readonly Stroke[]): void {
    this.queue = [{ kind: 'clear' }];
    for (const stroke of strokes) this.paint(stroke);
  }

  flush(): void {
    if (this.queue.length > 0) this.layer.draw();
  }

  private run(ctx: CanvasRenderingContext2D): void {
    const ops = this.queue;
    this.queue = [];
    ctx.save();
    for (const op of ops) {
      ctx.save();
      if (op.kind === 'clear') {
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
      } else {
        ctx.scale(this.scale, this.scale);
        paintStroke(ctx, op.stroke, op.from, op.to);
      }
      ctx.restore();
    }
    ctx.restore();
  }
}

export class BaselineReplay {
  private readonly stage: Konva.Stage;
  private readonly ink = new InkSurface();
  private fit: PageFit = { width: 1, height: 1, scale: 1 };
  private shown: { t: number; eventIndices: number[]; lastCount: number } | null = null;

  constructor(
    frame: HTMLElement,
    private readonly paper: HTMLElement,
    private readonly drawing: Drawing,
  ) {
    const container = document.createElement('div');
    container.className = 'drawing-paper__stage';
    paper.append(container);
    this.stage = new Konva.Stage({ container, width: 1, height: 1, listening: false });
    this.stage.add(this.ink.layer);
    const style = getComputedStyle(frame);
    const box = {
      width: frame.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
      height: frame.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom),
    };
    this.fit = fitPage(box, pageSize(drawing.page));
    paper.style.width = `${this.fit.width}px`;
    paper.style.height = `${this.fit.height}px`;
    this.stage.size({ width: this.fit.width, height: this.fit.height });
    this.ink.setScale(this.fit.scale);
  }

  destroy(): void {
    this.stage.destroy();
    this.paper.querySelector('.drawing-paper__stage')?.remove();
  }

  show(t: number): void {
    const state = stateAt(this.drawing.events, t);
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
