import type { PageSize } from '../../../../assessments/drawing/page';

export interface PageFit {
  /** CSS pixels of the page on screen. */
  width: number;
  height: number;
  /** CSS pixels per page unit. */
  scale: number;
}

/**
 * The largest page rectangle with the page's proportions that fits the box, in whole CSS
 * pixels (so the canvas bitmap maps to device pixels without blurring). Page units stay the
 * same whatever the screen: only the scale changes.
 */
export function fitPage(box: { width: number; height: number }, page: PageSize): PageFit {
  const scale = Math.max(0, Math.min(box.width / page.width, box.height / page.height));
  const width = Math.max(1, Math.floor(page.width * scale));
  const height = Math.max(1, Math.floor(page.height * scale));
  return { width, height, scale: width / page.width };
}

/**
 * The size the ink is held at, in CSS pixels: the page as large as it would be in a window as large
 * as the screen (client mode fills it), or `fit` if that is larger. The page on screen is this
 * bitmap scaled down, so a window made smaller, or larger again up to the screen, repaints no
 * stroke. `held` (what is held now) is kept while it still covers `fit`; `room` is how much larger
 * the window could still grow (the screen less the window).
 */
export function heldFit(
  fit: PageFit,
  box: { width: number; height: number },
  page: PageSize,
  room: { width: number; height: number },
  held: PageFit | null,
): PageFit {
  if (held && held.width >= fit.width && held.height >= fit.height) return held;
  const screenFit = fitPage({ width: box.width + Math.max(0, room.width), height: box.height + Math.max(0, room.height) }, page);
  return screenFit.width >= fit.width && screenFit.height >= fit.height ? screenFit : fit;
}
