/**
 * Where a stroke's ink can lie, in page units: the box around its points grown by half its widest
 * line (pressure included) and a unit for antialiasing. Undo and redo repaint only this box
 * (inkRaster.ts `region`), and only the strokes whose boxes meet it. Finished strokes never change,
 * so each box is computed once and kept beside the stroke object.
 */
import { pressureFactor } from '../../../../assessments/drawing/inkStyle';
import type { TypedStroke } from '../../../../assessments/drawing/typed';

export interface Bounds {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

const known = new WeakMap<TypedStroke, Bounds>();

/** The box of a stroke (cached for the stroke object, so pass finished strokes, not live views). */
export function strokeBounds(stroke: TypedStroke): Bounds {
  let bounds = known.get(stroke);
  if (!bounds) {
    bounds = measure(stroke);
    known.set(stroke, bounds);
  }
  return bounds;
}

function measure(stroke: TypedStroke): Bounds {
  const { x, y, pressure, count } = stroke.points;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  let widest = 0;
  for (let i = 0; i < count; i++) {
    const px = x[i]!;
    const py = y[i]!;
    if (px < x0) x0 = px;
    if (px > x1) x1 = px;
    if (py < y0) y0 = py;
    if (py > y1) y1 = py;
    if (pressure[i]! > widest) widest = pressure[i]!;
  }
  if (count === 0) return { x0: 0, y0: 0, x1: 0, y1: 0 };
  // pressureFactor grows with pressure, so the highest pressure gives the widest line.
  const half = (stroke.width * Math.max(pressureFactor(stroke, widest), pressureFactor(stroke, 0))) / 2 + 1;
  return { x0: x0 - half, y0: y0 - half, x1: x1 + half, y1: y1 + half };
}

export function intersects(a: Bounds, b: Bounds): boolean {
  return a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1;
}
