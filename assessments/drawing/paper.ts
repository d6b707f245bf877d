/**
 * Paper drawings and PNG export: the page-shaped picture rules both sides need (pure; no I/O).
 *
 * The renderer crops and rotates a scan or photo to the page before upload, and renders exports
 * from page units; the backend checks the result against the same numbers, so the two can never
 * disagree about what "the page" is.
 */
import { type Orientation, UNITS_PER_MM, pageSize } from './page';

/** Export resolution (issue 3, item 10): 300 dpi, the usual print resolution for A4. */
const EXPORT_DPI = 300;
const MM_PER_INCH = 25.4;

/** Pixel size of an export: A4 at 300 dpi, 2480 × 3508 in portrait and 3508 × 2480 in landscape. */
export function exportPixelSize(orientation: Orientation): { width: number; height: number } {
  const page = pageSize({ orientation });
  const px = (units: number) => Math.round((units / UNITS_PER_MM / MM_PER_INCH) * EXPORT_DPI);
  return { width: px(page.width), height: px(page.height) };
}

/** Smallest side of an imported picture: below ~24 dpi on A4 a drawing's lines are no longer legible. */
export const PAPER_MIN_SIDE_PX = 200;
/** Largest side: 12,000 px is A4 at ~1000 dpi, beyond any office scanner's optical resolution. */
export const PAPER_MAX_SIDE_PX = 12_000;
/** Largest stored picture: a 600 dpi colour scan saved as JPEG stays well under this. */
export const PAPER_MAX_BYTES = 25 * 1024 * 1024;
/**
 * How far width/height may stray from the page's: 2 %. Cropping to the page in whole pixels is off
 * by at most one pixel per side (0.5 % at the 200 px minimum); a larger difference means the picture
 * was not cropped to the page, and annotations (in page units) would land in the wrong place.
 */
const PAPER_ASPECT_TOLERANCE = 0.02;

/** The picture types a paper drawing may be stored as. */
export const PAPER_MIME_TYPES = ['image/png', 'image/jpeg'] as const;
export type PaperMimeType = (typeof PAPER_MIME_TYPES)[number];

/** True when a width × height picture has the page's shape in this orientation (within the tolerance). */
export function hasPageShape(orientation: Orientation, width: number, height: number): boolean {
  const page = pageSize({ orientation });
  const ratio = width / height / (page.width / page.height);
  return Math.abs(ratio - 1) <= PAPER_ASPECT_TOLERANCE;
}

/**
 * The largest page-shaped rectangle inside a width × height picture, centred: where the renderer's
 * crop frame starts before the psychologist adjusts it. A picture that already has the page's shape
 * is taken whole, so a cropped scan is not shaved by a pixel of rounding.
 */
export function pageCropOf(
  orientation: Orientation,
  width: number,
  height: number,
): { x: number; y: number; width: number; height: number } {
  if (hasPageShape(orientation, width, height)) return { x: 0, y: 0, width, height };
  const page = pageSize({ orientation });
  const scale = Math.min(width / page.width, height / page.height);
  const w = Math.min(width, Math.round(page.width * scale));
  const h = Math.min(height, Math.round(page.height * scale));
  return { x: Math.floor((width - w) / 2), y: Math.floor((height - h) / 2), width: w, height: h };
}
