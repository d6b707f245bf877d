/**
 * How a stroke looks, in one place, so live ink, finished ink and replay paint the same pixels.
 * Draws in page units on any 2D context whose transform maps page units to pixels.
 *
 * - Pencil, coloured pencil and marker are opaque round-capped lines; with a pen, the width
 *   follows pressure by the rule in assessments/drawing/inkStyle.ts, which the PDF's SVG also uses.
 * - The eraser paints with `destination-out`: it removes ink from the ink surface (the paper is
 *   a separate layer underneath), yet it is recorded as a stroke like any other.
 * - Mouse and touch report no pressure, so their lines keep the chosen width.
 */
import { pressureFactor, WIDTH_TOLERANCE } from '../../../../assessments/drawing/inkStyle';
import type { Stroke } from '../../../../assessments/drawing/model';

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
 */
export function paintStroke(ctx: PaintTarget, stroke: Stroke, from = 0, to = stroke.points.length): void {
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
