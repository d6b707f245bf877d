/**
 * The fixed logical page every drawing is recorded on.
 *
 * One page unit is 0.1 mm, so an A4 sheet (210 × 297 mm) is 2100 × 2970 units in portrait and
 * 2970 × 2100 in landscape, whatever the screen. 0.1 mm is about one device pixel on the densest
 * tablets (a 264 ppi screen has 0.096 mm pixels) and finer than pen digitiser accuracy, so storing
 * coordinates as whole units loses nothing a person could see.
 *
 * Origin is the top-left corner of the page; x grows to the right, y grows downwards (as on screen).
 */

export const UNITS_PER_MM = 10;

export const ORIENTATIONS = ['portrait', 'landscape'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

/** Page a drawing was made on; the size is always A4 (docs/DESIGN.md, Drawings). */
export interface Page {
  orientation: Orientation;
}

export interface PageSize {
  /** Width in page units. */
  width: number;
  /** Height in page units. */
  height: number;
}

const A4_SHORT = 2100;
const A4_LONG = 2970;

/** Width and height of the page in page units. */
export function pageSize(page: Page): PageSize {
  return page.orientation === 'portrait' ? { width: A4_SHORT, height: A4_LONG } : { width: A4_LONG, height: A4_SHORT };
}
