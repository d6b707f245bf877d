import type { PageSize } from '../../../../assessments/drawing/page';

/** Page units of a click: the overlay covers the page exactly, so its box is the page on screen. */
export function pagePointOf(
  event: { clientX: number; clientY: number },
  box: { left: number; top: number; width: number; height: number },
  page: PageSize,
): { x: number; y: number } {
  const clamp = (v: number, max: number) => Math.round(Math.min(max, Math.max(0, v)) * 10) / 10;
  return {
    x: clamp(((event.clientX - box.left) / Math.max(1, box.width)) * page.width, page.width),
    y: clamp(((event.clientY - box.top) / Math.max(1, box.height)) * page.height, page.height),
  };
}
