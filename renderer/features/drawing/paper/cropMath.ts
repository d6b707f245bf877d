/** The DOM-free half of paper import: file type, rotation and crop arithmetic. */
import type { PaperMimeType } from '../../../../assessments/drawing/paper';

export type Rotation = 0 | 90 | 180 | 270;
export type Crop = { x: number; y: number; width: number; height: number };
export type PaperFileProblem = 'notAnImage' | 'tooLarge' | 'unreadable';

/** The type by its first bytes, not by its name: a ".png" that is really text is not an image. */
export function sniffMime(head: Uint8Array): PaperMimeType | null {
  if (head.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => head[i] === b)) return 'image/png';
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  return null;
}

const PNG_IEND = [0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

/**
 * Whether the file ends as a complete image does: a PNG with its IEND chunk, a JPEG with its
 * end-of-image marker (cameras may pad after it with zero or 0xFF bytes). Chromium decodes a cut
 * file partially and the page would be re-encoded as if whole, so a truncated scan is refused here,
 * before the backend (which checks the same) ever sees the re-encoded copy.
 */
export function isCompleteImage(mime: PaperMimeType, tail: Uint8Array): boolean {
  if (mime === 'image/png') {
    return tail.length >= PNG_IEND.length && PNG_IEND.every((b, i) => tail[tail.length - PNG_IEND.length + i] === b);
  }
  let end = tail.length;
  while (end > 0 && (tail[end - 1] === 0x00 || tail[end - 1] === 0xff)) end -= 1;
  return end >= 2 && tail[end - 2] === 0xff && tail[end - 1] === 0xd9;
}

/** The picture's size once rotated. */
export function rotatedSize(bitmap: { width: number; height: number }, rotation: Rotation): { width: number; height: number } {
  return rotation % 180 === 0 ? { width: bitmap.width, height: bitmap.height } : { width: bitmap.height, height: bitmap.width };
}

/** A crop of the page's shape moved and scaled, kept inside the picture. */
export function adjustCrop(
  crop: Crop,
  picture: { width: number; height: number },
  change: { dx?: number; dy?: number; scale?: number },
): Crop {
  const ratio = crop.height / crop.width;
  let width = crop.width * (change.scale ?? 1);
  width = Math.max(50, Math.min(width, picture.width, picture.height / ratio));
  const height = width * ratio;
  const cx = crop.x + crop.width / 2 + (change.dx ?? 0);
  const cy = crop.y + crop.height / 2 + (change.dy ?? 0);
  const x = Math.min(picture.width - width, Math.max(0, cx - width / 2));
  const y = Math.min(picture.height - height, Math.max(0, cy - height / 2));
  return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
}
