/**
 * Reading, rotating and cropping a scan or photo in the renderer before it is sent to
 * drawings:importPaper. createImageBitmap applies the EXIF orientation; the result is drawn
 * afresh on a canvas, so nothing of the file but its pixels leaves this module.
 */
import type { Orientation } from '../../../../assessments/drawing/page';
import { PAPER_MAX_BYTES, type PaperMimeType, exportPixelSize } from '../../../../assessments/drawing/paper';
import { type Crop, type PaperFileProblem, type Rotation, isCompleteImage, rotatedSize, sniffMime } from './cropMath';

export * from './cropMath';

export interface LoadedPicture {
  bitmap: ImageBitmap;
  mime: PaperMimeType;
}

/** Checks size and type, then decodes; nothing is sent when this fails. */
export async function readPicture(
  file: File,
): Promise<{ ok: true; value: LoadedPicture } | { ok: false; problem: PaperFileProblem }> {
  if (file.size > PAPER_MAX_BYTES) return { ok: false, problem: 'tooLarge' };
  const mime = sniffMime(new Uint8Array(await file.slice(0, 8).arrayBuffer()));
  if (!mime) return { ok: false, problem: 'notAnImage' };
  if (!isCompleteImage(mime, new Uint8Array(await file.slice(Math.max(0, file.size - 4096)).arrayBuffer()))) {
    return { ok: false, problem: 'unreadable' };
  }
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    return { ok: true, value: { bitmap, mime } };
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
}

/** Draws the picture rotated, its rotated box starting at (0, 0) in the context's current units. */
export function drawRotated(ctx: CanvasRenderingContext2D, bitmap: ImageBitmap, rotation: Rotation): void {
  const size = rotatedSize(bitmap, rotation);
  ctx.save();
  ctx.translate(size.width / 2, size.height / 2);
  ctx.rotate((rotation * Math.PI) / 180);
  ctx.drawImage(bitmap, -bitmap.width / 2, -bitmap.height / 2);
  ctx.restore();
}

/** The crop as the file to upload: at most the 300 dpi page size, JPEG at 0.85 or PNG as it came. */
export async function encodeCrop(
  picture: LoadedPicture,
  rotation: Rotation,
  crop: Crop,
  orientation: Orientation,
): Promise<{ blob: Blob; width: number; height: number }> {
  const max = exportPixelSize(orientation);
  const k = Math.min(1, max.width / crop.width, max.height / crop.height);
  const width = Math.max(1, Math.round(crop.width * k));
  const height = Math.max(1, Math.round(crop.height * k));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D context');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.scale(width / crop.width, height / crop.height);
  ctx.translate(-crop.x, -crop.y);
  drawRotated(ctx, picture.bitmap, rotation);
  const blob = await new Promise<Blob | null>((resolve) =>
    canvas.toBlob(resolve, picture.mime, picture.mime === 'image/jpeg' ? 0.85 : undefined),
  );
  if (!blob) throw new Error('encoding failed');
  return { blob, width, height };
}
