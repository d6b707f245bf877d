/** Small builders for hand-made drawings in tests. */
import type {
  ClearEvent,
  Drawing,
  DrawingEvent,
  GapEvent,
  Point,
  PointerType,
  RedoEvent,
  Stroke,
  Tool,
  UndoEvent,
} from '../../../assessments/drawing/model';

export interface LineOptions {
  t0?: number;
  /** Duration from first to last point, ms. */
  durationMs?: number;
  /** Number of points (≥ 1), evenly spaced in space and time. */
  points?: number;
  tool?: Tool;
  colour?: string;
  width?: number;
  pointerType?: PointerType;
  /** One pressure for every point, or a function of the point index. */
  pressure?: number | ((i: number) => number);
}

/** A straight stroke from (x0, y0) to (x1, y1). */
export function line(x0: number, y0: number, x1: number, y1: number, options: LineOptions = {}): Stroke {
  const n = options.points ?? 2;
  const t0 = options.t0 ?? 0;
  const duration = options.durationMs ?? 1000;
  const pressure = options.pressure ?? 0.5;
  const points: Point[] = [];
  for (let i = 0; i < n; i++) {
    const f = n === 1 ? 0 : i / (n - 1);
    points.push({
      x: x0 + (x1 - x0) * f,
      y: y0 + (y1 - y0) * f,
      pressure: typeof pressure === 'number' ? pressure : pressure(i),
      t: t0 + duration * f,
    });
  }
  return {
    kind: 'stroke',
    tool: options.tool ?? 'pencil',
    colour: options.colour ?? '#000000',
    width: options.width ?? 4,
    pointerType: options.pointerType ?? 'pen',
    points,
  };
}

/** A stroke through the given corners, `msPerSide` per side. */
export function polyline(corners: [number, number][], t0: number, msPerSide: number, options: LineOptions = {}): Stroke {
  const base = line(0, 0, 0, 0, options);
  const points: Point[] = corners.map(([x, y], i) => ({ x, y, pressure: 0.5, t: t0 + i * msPerSide }));
  return { ...base, points };
}

// Their own event types, so they fit both an object (DrawingEvent) and a typed (TypedEvent) list.
export const undo = (t: number): UndoEvent => ({ kind: 'undo', t });
export const redo = (t: number): RedoEvent => ({ kind: 'redo', t });
export const clear = (t: number): ClearEvent => ({ kind: 'clear', t });
export const gap = (t: number, durationMs: number): GapEvent => ({ kind: 'gap', t, durationMs });

export function portrait(events: DrawingEvent[], finishedT?: number): Drawing {
  return finishedT === undefined
    ? { page: { orientation: 'portrait' }, events }
    : { page: { orientation: 'portrait' }, events, finishedT };
}

export function landscape(events: DrawingEvent[], finishedT?: number): Drawing {
  return finishedT === undefined
    ? { page: { orientation: 'landscape' }, events }
    : { page: { orientation: 'landscape' }, events, finishedT };
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
