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
