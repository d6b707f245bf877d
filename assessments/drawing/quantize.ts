/**
 * The precision drawings are stored at (ENCODING.md). `decodeDrawing(encodeDrawing(d))` equals
 * `quantizeDrawing(d)` exactly, so tests and callers can predict what storage gives back.
 *
 * - x, y: whole page units (0.1 mm);
 * - pressure: steps of 1/255 (8 bits; Pointer Events report pressure as a float, and tablets
 *   resolve at most 4096 levels, of which 256 are more than a drawing's line quality needs);
 * - t, finishedT: whole milliseconds; gaps are whole milliseconds already;
 * - width: steps of 0.1 page unit (0.01 mm), so thin lines never round to zero;
 * - colour: lower case.
 */
import { MAX_WIDTH, MIN_WIDTH } from './limits';
import type { Drawing, DrawingEvent, Point, Stroke } from './model';

/** Math.round without negative zero, so quantized values compare equal to decoded ones. */
export function roundInt(value: number): number {
  const rounded = Math.round(value);
  return rounded === 0 ? 0 : rounded;
}

export const PRESSURE_STEPS = 255;
export const WIDTH_STEPS_PER_UNIT = 10;
export const MIN_WIDTH_LEVEL = MIN_WIDTH * WIDTH_STEPS_PER_UNIT;
export const MAX_WIDTH_LEVEL = MAX_WIDTH * WIDTH_STEPS_PER_UNIT;

export function pressureLevel(pressure: number): number {
  return roundInt(pressure * PRESSURE_STEPS);
}

export function widthLevel(width: number): number {
  return roundInt(width * WIDTH_STEPS_PER_UNIT);
}

export function quantizePoint(point: Point): Point {
  return {
    x: roundInt(point.x),
    y: roundInt(point.y),
    pressure: pressureLevel(point.pressure) / PRESSURE_STEPS,
    t: roundInt(point.t),
  };
}

export function quantizeStroke(stroke: Stroke): Stroke {
  return {
    kind: 'stroke',
    tool: stroke.tool,
    colour: stroke.colour.toLowerCase(),
    width: widthLevel(stroke.width) / WIDTH_STEPS_PER_UNIT,
    pointerType: stroke.pointerType,
    points: stroke.points.map(quantizePoint),
  };
}

export function quantizeEvent(event: DrawingEvent): DrawingEvent {
  switch (event.kind) {
    case 'stroke':
      return quantizeStroke(event);
    case 'gap':
      return { kind: 'gap', t: event.t, durationMs: event.durationMs };
    default:
      return { kind: event.kind, t: roundInt(event.t) };
  }
}

/** The drawing as storage will give it back. */
export function quantizeDrawing(drawing: Drawing): Drawing {
  const quantized: Drawing = { page: { orientation: drawing.page.orientation }, events: drawing.events.map(quantizeEvent) };
  if (drawing.finishedT !== undefined) quantized.finishedT = roundInt(drawing.finishedT);
  return quantized;
}
