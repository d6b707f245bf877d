/**
 * The typed form of a drawing: each stroke's points as parallel typed arrays (struct of arrays),
 * with no object per point. This is the form the codec reads and writes, and the form the canvas,
 * replay, metrics and SVG work on, because a 20,000-stroke drawing holds about a million points and
 * an object per point costs memory, allocation and garbage collection on every pass.
 *
 * `model.ts` (objects, zod-validated) stays the form that crosses boundaries and that tests write by
 * hand; `toTypedDrawing` and `toObjectDrawing` convert between the two without changing a value.
 */
import type { ClearEvent, Drawing, DrawingEvent, GapEvent, PointerType, RedoEvent, Stroke, Tool, UndoEvent } from './model';

/** The points of one stroke, index i across all four arrays. Arrays may be views into one buffer. */
export interface StrokePoints {
  readonly count: number;
  /** Page units. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Milliseconds on the drawing clock; never decreasing along the stroke. */
  readonly t: Float64Array;
  /** 0..1 as Pointer Events report it (meaningful for pens only). */
  readonly pressure: Float32Array;
}

export interface TypedStroke {
  readonly kind: 'stroke';
  readonly tool: Tool;
  readonly colour: string;
  readonly width: number;
  readonly pointerType: PointerType;
  readonly points: StrokePoints;
}

export type TypedEvent = TypedStroke | UndoEvent | RedoEvent | ClearEvent | GapEvent;

export interface TypedDrawing {
  readonly page: Drawing['page'];
  readonly events: readonly TypedEvent[];
  readonly finishedT?: number;
}

/** Points of `count` length in fresh arrays. */
export function allocatePoints(count: number): StrokePoints {
  return {
    count,
    x: new Float64Array(count),
    y: new Float64Array(count),
    t: new Float64Array(count),
    pressure: new Float32Array(count),
  };
}

/** The first `count` points, as views (no copy). */
export function slicePoints(points: StrokePoints, count: number): StrokePoints {
  const n = Math.max(0, Math.min(count, points.count));
  return {
    count: n,
    x: points.x.subarray(0, n),
    y: points.y.subarray(0, n),
    t: points.t.subarray(0, n),
    pressure: points.pressure.subarray(0, n),
  };
}

export function toTypedStroke(stroke: Stroke): TypedStroke {
  const n = stroke.points.length;
  const points = allocatePoints(n);
  for (let i = 0; i < n; i++) {
    const p = stroke.points[i]!;
    points.x[i] = p.x;
    points.y[i] = p.y;
    points.t[i] = p.t;
    points.pressure[i] = p.pressure;
  }
  return {
    kind: 'stroke',
    tool: stroke.tool,
    colour: stroke.colour,
    width: stroke.width,
    pointerType: stroke.pointerType,
    points,
  };
}

export function toObjectStroke(stroke: TypedStroke): Stroke {
  const { x, y, t, pressure, count } = stroke.points;
  const points = new Array<Stroke['points'][number]>(count);
  // Float32 pressure is widened back to the nearest double, so a stored level (k / 255) stays exact
  // only after rounding to the stored precision, which `pressureOf` does.
  for (let i = 0; i < count; i++) points[i] = { x: x[i]!, y: y[i]!, t: t[i]!, pressure: pressureOf(pressure[i]!) };
  return {
    kind: 'stroke',
    tool: stroke.tool,
    colour: stroke.colour,
    width: stroke.width,
    pointerType: stroke.pointerType,
    points,
  };
}

/**
 * The pressure as a double: Float32 cannot hold k / 255 exactly, so a value within Float32 error of
 * a stored level is returned as that level; anything else (live, unquantized input) is returned as is.
 */
export function pressureOf(stored: number): number {
  const level = Math.round(stored * 255);
  return Math.abs(stored - level / 255) < 1e-6 ? level / 255 : stored;
}

export function toTypedDrawing(drawing: Drawing): TypedDrawing {
  const events = drawing.events.map((event) => (event.kind === 'stroke' ? toTypedStroke(event) : event));
  return drawing.finishedT === undefined
    ? { page: drawing.page, events }
    : { page: drawing.page, events, finishedT: drawing.finishedT };
}

export function toObjectDrawing(drawing: TypedDrawing): Drawing {
  const events = drawing.events.map((event) => (event.kind === 'stroke' ? toObjectStroke(event) : event));
  const result: Drawing = { page: { orientation: drawing.page.orientation }, events };
  if (drawing.finishedT !== undefined) result.finishedT = drawing.finishedT;
  return result;
}

/** The typed form of a stroke of either form: a typed stroke as is, an object stroke converted. */
export function asTypedStroke(stroke: Stroke | TypedStroke): TypedStroke {
  return Array.isArray(stroke.points) ? toTypedStroke(stroke as Stroke) : (stroke as TypedStroke);
}

/**
 * The typed form of a drawing of either form, converting only object strokes: lets the pure
 * consumers (metrics, SVG) take what a caller holds — typed from the codec, objects from a test or
 * a zod-parsed input — without a conversion when it is typed already.
 */
export function asTypedDrawing(drawing: Drawing | TypedDrawing): TypedDrawing {
  const events = drawing.events as readonly (DrawingEvent | TypedEvent)[];
  if (events.every((event) => event.kind !== 'stroke' || !Array.isArray(event.points))) return drawing as TypedDrawing;
  const typed = events.map((event) => (event.kind === 'stroke' ? asTypedStroke(event) : event));
  return drawing.finishedT === undefined
    ? { page: drawing.page, events: typed }
    : { page: drawing.page, events: typed, finishedT: drawing.finishedT };
}
