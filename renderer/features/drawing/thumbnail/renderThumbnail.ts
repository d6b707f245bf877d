/**
 * A drawing's thumbnail as the backend stores it (contract/thumbnailChannels.ts): a small WebP of
 * exactly thumbnailPixelSize(orientation), painted once by the drawing feature's own painter (finishedPage),
 * so a thumbnail looks like the drawing on the canvas. The backend has no canvas; it checks and stores.
 */
import type { Orientation } from '../../../../assessments/drawing/page';
import type { TypedDrawing } from '../../../../assessments/drawing/typed';
import { thumbnailPixelSize } from '../../../../electron/contract/thumbnailChannels';
import { paintFinishedPage } from '../render/finishedPage';

/**
 * Thinnest line on a stored thumbnail, in its pixels. Thumbnails are shown at 66–226 CSS px on the
 * long side, so a 320 px picture is shown at down to a third of its size: 2.5 px keeps a pencil line
 * at about one screen pixel there, where a 0.4 mm line would otherwise vanish.
 */
const MIN_LINE_PX = 2.5;

function canvasOf(orientation: Orientation): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const { width, height } = thumbnailPixelSize(orientation);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D context');
  return { canvas, ctx };
}

/**
 * Lossy WebP at this quality keeps pencil lines clean at thumbnail size in 5–30 KB, where a PNG of a
 * busy drawing is ~60 KB (a screen of 50 is then ~1 MB instead of ~3 MB through IPC).
 */
const WEBP_QUALITY = 0.85;

/** WebP, or PNG where the browser cannot encode WebP (toBlob falls back to PNG; the backend takes both). */
function encode(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => {
        // Frees the pixels now rather than when the canvas is collected.
        canvas.width = 0;
        if (blob) resolve(blob);
        else reject(new Error('the thumbnail could not be encoded'));
      },
      'image/webp',
      WEBP_QUALITY,
    );
  });
}

/** The thumbnail of a digital drawing (its strokes as left on the page), or of a paper drawing (its picture). */
export async function renderThumbnail(drawing: TypedDrawing, paper?: CanvasImageSource): Promise<Blob> {
  const { canvas, ctx } = canvasOf(drawing.page.orientation);
  paintFinishedPage(ctx, drawing, { minLinePx: MIN_LINE_PX, ...(paper ? { paper } : {}) });
  return encode(canvas);
}

/** A paper drawing's picture (already a blob of PNG or JPEG bytes) as a thumbnail. */
export async function renderPaperThumbnail(orientation: Orientation, picture: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(picture);
  try {
    return await renderThumbnail({ page: { orientation }, events: [] }, bitmap);
  } finally {
    bitmap.close();
  }
}
