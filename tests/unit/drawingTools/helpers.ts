/** A headless driver for the drawing tools, in the spirit of tldraw's test editor: pointerDown(50, 50), expect state. */
import { drawingSchema, toObjectDrawing } from '../../../assessments/drawing';
import type { PointerType } from '../../../assessments/drawing/model';
import type { TypedEvent } from '../../../assessments/drawing/typed';
import { DrawingEditor } from '../../../renderer/features/drawing/tools/drawingEditor';
import { type Swatch, type Tool, makeToolkit } from '../../../renderer/features/drawing/tools/toolkit';

export const PALETTE: Swatch[] = [
  { id: 'red', hex: '#e00000' },
  { id: 'blue', hex: '#0047ab' },
];

export class TestEditor {
  readonly editor: DrawingEditor;
  /** The drawing clock; every call advances it unless given a time. */
  now = 0;
  pointerType: PointerType = 'mouse';
  pointerId = 1;
  pressure = 0.5;

  constructor(
    tools: Tool[] = ['pencil', 'colouredPencil', 'marker', 'eraser'],
    options: { palmWindowMs?: number; events?: readonly TypedEvent[] } = {},
  ) {
    this.editor = new DrawingEditor({ page: { orientation: 'portrait' }, toolkit: makeToolkit(tools, PALETTE), ...options });
  }

  private sample(x: number, y: number) {
    return { pointerId: this.pointerId, pointerType: this.pointerType, x, y, pressure: this.pressure, t: this.now };
  }

  as(pointerType: PointerType, pointerId = pointerType === 'mouse' ? 1 : pointerType === 'pen' ? 2 : 10): this {
    this.pointerType = pointerType;
    this.pointerId = pointerId;
    return this;
  }

  wait(ms: number): this {
    this.now += ms;
    return this;
  }

  pointerDown(x: number, y: number): this {
    this.editor.pointerDown(this.sample(x, y));
    return this;
  }

  pointerMove(x: number, y: number): this {
    this.now += 8;
    this.editor.pointerMove(this.sample(x, y));
    return this;
  }

  pointerUp(x: number, y: number): this {
    this.now += 8;
    this.editor.pointerUp(this.sample(x, y));
    return this;
  }

  /** A whole stroke through the points, one tick per move. */
  stroke(...points: [number, number][]): this {
    const [first, ...rest] = points;
    this.pointerDown(...first!);
    for (const p of rest) {
      this.pointerMove(...p);
      this.editor.tick();
    }
    const last = points[points.length - 1]!;
    return this.pointerUp(...last);
  }

  /** The events form a valid drawing (the model's ordering rules). */
  isValid(): boolean {
    const drawing = toObjectDrawing({ page: this.editor.page, events: this.editor.events });
    return drawingSchema.safeParse({ ...drawing, finishedT: this.editor.finishedT }).success;
  }
}
