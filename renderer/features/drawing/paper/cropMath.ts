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

/** The picture's size once rotated. */
export function rotatedSize(bitmap: { width: number; height: number }, rotation: Rotation): { width: number; height: number } {
  return rotation % 180 === 0 ? { width: bitmap.width, height: bitmap.height } : { width: bitmap.height, height: bitmap.width };
}

/** A crop of the page's shape moved and scaled, kept inside the picture. */
export function adjustCrop(crop: Crop, picture: { width: number; height: number }, change: { dx?: number; dy?: number; scale?: number }): Crop {
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
