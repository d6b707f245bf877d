/**
 * How wide a stroke is drawn, as pure numbers, so every painter of strokes (the canvas in the
 * renderer's `strokePainter.ts`, the SVG of the PDF report in `svg.ts`) gives a line the same
 * width. Both import these; `tests/unit/report/strokeSvg.test.ts` checks they cut strokes alike.
 *
 * - With a pen, the width follows pressure: pencils a lot, markers a little (felt tips barely spread).
 * - Mouse and touch report no pressure, and the eraser keeps its width.
 */
import type { Stroke } from './model';

/** Width multiplier at pressure p (0..1); 1 at the Pointer Events default 0.5. */
export function pressureFactor(stroke: Pick<Stroke, 'tool' | 'pointerType'>, p: number): number {
  if (stroke.pointerType !== 'pen' || stroke.tool === 'eraser') return 1;
  return stroke.tool === 'marker' ? 0.75 + 0.5 * p : 0.3 + 1.4 * p;
}

/** Consecutive segments whose widths differ by less than this share are drawn as one path. */
export const WIDTH_TOLERANCE = 0.04;
