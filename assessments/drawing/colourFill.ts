/**
 * Colour fill: how much of the picture is painted in colour (issue 13 §4: FEATS Prominence of
 * Colour is about colour filling objects and space, not the share of line length in colour).
 *
 * On a 1 mm grid over the page (210 × 297 cells portrait, 297 × 210 landscape), a cell is painted
 * in colour when visible ink of a non-neutral colour reaches it at its width (as coverage.ts
 * paints). `share` = cells painted in colour ÷ cells of the picture's extent (the bounding box of
 * all visible ink, inkMetrics.ts). An outline paints a thin band of the extent; filled objects
 * paint more of it; colour over objects and background paints nearly all of it. The 1 mm grid is
 * finer than the coverage grid so that a thin outline is not counted as a filled band.
 */
import type { Rect } from './geometry';
import { paintedCells } from './coverage';
import type { InkSegment } from './inkSegments';
import type { Metric } from './metricValue';
import type { PageSize } from './page';

export interface ColourFill {
  /** Cells of the 1 mm grid painted by visible ink in a colour other than black, grey or white. */
  colouredCells: number;
  /** Cells of the 1 mm grid that the picture's extent (bounding box of all visible ink) overlaps. */
  extentCells: number;
  /** colouredCells / extentCells, 0..1. */
  share: number;
}

/** Page units per cell: 10 units = 1 mm. */
export const COLOUR_FILL_CELL = 10;

/**
 * Black, the graphite pencil (#3b3b3b), any grey and white are neutral: channels all equal. A grey
 * pencil line is not colour in the FEATS sense.
 */
export function isNeutralColour(hex: string): boolean {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((h) => h.toLowerCase());
  return r === g && g === b;
}

export function colourFill(segments: readonly InkSegment[], box: Metric<Rect>, size: PageSize): Metric<ColourFill> {
  if (box.value === null) return box;
  const columns = Math.round(size.width / COLOUR_FILL_CELL);
  const rows = Math.round(size.height / COLOUR_FILL_CELL);
  const grid = { columns, rows, cellWidth: size.width / columns, cellHeight: size.height / rows };
  const coloured = paintedCells(
    segments.filter((s) => !isNeutralColour(s.colour)),
    grid,
  );
  const { x0, y0, x1, y1 } = box.value;
  const c0 = Math.max(0, Math.floor(x0 / grid.cellWidth));
  const c1 = Math.min(columns - 1, Math.ceil(x1 / grid.cellWidth) - 1);
  const r0 = Math.max(0, Math.floor(y0 / grid.cellHeight));
  const r1 = Math.min(rows - 1, Math.ceil(y1 / grid.cellHeight) - 1);
  let colouredCells = 0;
  for (let row = r0; row <= r1; row++) {
    for (let column = c0; column <= c1; column++) colouredCells += coloured[row * columns + column]!;
  }
  const extentCells = Math.max(1, (c1 - c0 + 1) * (r1 - r0 + 1));
  return { value: { colouredCells, extentCells, share: colouredCells / extentCells } };
}
