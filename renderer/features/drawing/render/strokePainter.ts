/**
 * How a stroke looks, in one place, so live ink, finished ink and replay paint the same pixels.
 * Draws in page units on any 2D context whose transform maps page units to pixels.
 *
 * - Pencil, coloured pencil and marker are opaque round-capped lines; with a pen, the width
 *   follows pressure by the rule in assessments/drawing/inkStyle.ts, which the PDF's SVG also uses.
 * - The eraser paints with `destination-out`: it removes ink from the ink surface (the paper is
 *   a separate layer underneath), yet it is recorded as a stroke like any other.
 * - Mouse and touch report no pressure, so their lines keep the chosen width.
 *
 * Strokes arrive typed (assessments/drawing/typed.ts): the loop reads the point columns directly,
 * with no object per point, because it runs for every point of a 20,000-stroke page on a repaint.
 */
import { pressureFactor, WIDTH_TOLERANCE } from '../../../../assessments/drawing/inkStyle';
import type { TypedStroke } from '../../../../assessments/drawing/typed';

/** The part of CanvasRenderingContext2D the painter uses (tests pass a recorder). */
export interface PaintTarget {
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number): void;
  fill(): void;
  stroke(): void;
  lineWidth: number;
  lineCap: 'butt' | 'round' | 'square';
  lineJoin: 'bevel' | 'miter' | 'round';
  strokeStyle: unknown;
  fillStyle: unknown;
  globalCompositeOperation: string;
}

/**
 * Paints the points [from, to) of the stroke, joined to point from − 1 so that painting a
 * stroke in pieces (one per frame) gives the same line as painting it whole.
 * `minWidth` (page units) widens thin lines for small pictures (thumbnails); strokes keep their data.
 */
export function paintStroke(ctx: PaintTarget, stroke: TypedStroke, from = 0, to = stroke.points.count, minWidth = 0): void {
  const { x, y, pressure, count } = stroke.points;
  const end = Math.min(to, count);
  if (end <= from) return;
  const width = Math.max(stroke.width, minWidth);
  ctx.globalCompositeOperation = stroke.tool === 'eraser' ? 'destination-out' : 'source-over';
  ctx.strokeStyle = stroke.colour;
  ctx.fillStyle = stroke.colour;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';

  if (count === 1 || (from === 0 && end === 1)) {
    ctx.beginPath();
    ctx.arc(x[0]!, y[0]!, (width * pressureFactor(stroke, pressure[0]!)) / 2, 0, Math.PI * 2);
    ctx.fill();
    return;
  }

  const start = Math.max(from, 1);
  // Without pressure the width is constant: one path, no per-segment width test.
  if (pressureFactor(stroke, 0) === pressureFactor(stroke, 1)) {
    ctx.lineWidth = width * pressureFactor(stroke, 0);
    ctx.beginPath();
    ctx.moveTo(x[start - 1]!, y[start - 1]!);
    for (let i = start; i < end; i++) ctx.lineTo(x[i]!, y[i]!);
    ctx.stroke();
    return;
  }

  let current = -1;
  for (let i = start; i < end; i++) {
    const w = width * pressureFactor(stroke, (pressure[i - 1]! + pressure[i]!) / 2);
    if (current < 0 || Math.abs(w - current) > current * WIDTH_TOLERANCE) {
      if (current >= 0) ctx.stroke();
      current = w;
      ctx.lineWidth = w;
      ctx.beginPath();
      ctx.moveTo(x[i - 1]!, y[i - 1]!);
    }
    ctx.lineTo(x[i]!, y[i]!);
  }
  if (current >= 0) ctx.stroke();
}
