/**
 * A drawing as it was finished, painted on a 2D canvas: white paper, a paper drawing's picture if
 * there is one, then the strokes left on the page, painted by the canvas's own painter
 * (strokePainter). The ink goes on its own surface first so the eraser removes ink and never the
 * paper. The export, the thumbnails and the timeline's comparison all paint through here.
 */
import { visibleStrokes } from '../../../../assessments/drawing';
import { pageSize } from '../../../../assessments/drawing/page';
import type { TypedDrawing } from '../../../../assessments/drawing/typed';
import { paintStroke } from './strokePainter';

export interface FinishedPageOptions {
  /** A picture stretched over the page under the ink (a paper drawing's scan, already cropped). */
  paper?: CanvasImageSource;
  /**
   * Thinnest line, in canvas pixels. A 0.4 mm pencil line is a tenth of a pixel on a thumbnail:
   * lines are drawn at least this wide to stay visible; the stored strokes are not changed.
   */
  minLinePx?: number;
}

/** Paints the page over the whole of `ctx.canvas`, which has the page's proportions. */
export function paintFinishedPage(ctx: CanvasRenderingContext2D, drawing: TypedDrawing, options: FinishedPageOptions = {}): void {
  const { width, height } = ctx.canvas;
  const scale = width / pageSize(drawing.page).width;
  const ink = document.createElement('canvas');
  ink.width = width;
  ink.height = height;
  const inkCtx = ink.getContext('2d');
  if (!inkCtx) throw new Error('no 2D context');
  inkCtx.setTransform(scale, 0, 0, scale, 0, 0);
  // Erasers are widened too, so they still cover the lines they erased.
  const minWidth = (options.minLinePx ?? 0) / scale;
  for (const stroke of visibleStrokes(drawing.events)) paintStroke(inkCtx, stroke, 0, stroke.points.count, minWidth);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  if (options.paper) ctx.drawImage(options.paper, 0, 0, width, height);
  ctx.drawImage(ink, 0, 0);
  // Frees the ink surface's pixels now rather than when it is collected.
  ink.width = 0;
}
