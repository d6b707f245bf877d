/**
 * Page coverage: the share of a fixed grid over the page touched by visible ink.
 *
 * The grid is 100 × 141 cells in portrait (141 × 100 in landscape), so cells are nearly square,
 * about 2.1 mm a side (2100/100 = 21 by 2970/141 ≈ 21.06 page units). A cell is touched when
 * its closed rectangle lies within half the stroke width of a visible ink segment (the area a
 * round pen of that width paints), dots included. Ink off the page touches nothing. The grid is
 * coarse on purpose: the measure is about how much of the sheet the drawing occupies, and it must
 * not depend on screen resolution or line width beyond the line's real extent.
 */
import { segmentRectDistance } from './geometry';
import type { InkSegment } from './inkSegments';
import type { Page } from './page';
import { pageSize } from './page';

export const GRID_SHORT_SIDE_CELLS = 100;
export const GRID_LONG_SIDE_CELLS = 141;

export interface Coverage {
  /** Cells touched by visible ink. */
  touchedCells: number;
  totalCells: number;
  /** touchedCells / totalCells, 0..1. */
  share: number;
}

export function gridFor(page: Page): { columns: number; rows: number } {
  return page.orientation === 'portrait'
    ? { columns: GRID_SHORT_SIDE_CELLS, rows: GRID_LONG_SIDE_CELLS }
    : { columns: GRID_LONG_SIDE_CELLS, rows: GRID_SHORT_SIDE_CELLS };
}

export function pageCoverage(segments: readonly InkSegment[], page: Page): Coverage {
  const { width, height } = pageSize(page);
  const { columns, rows } = gridFor(page);
  const touched = paintedCells(segments, { columns, rows, cellWidth: width / columns, cellHeight: height / rows });
  const touchedCells = touched.reduce((sum, cell) => sum + cell, 0);
  const totalCells = columns * rows;
  return { touchedCells, totalCells, share: touchedCells / totalCells };
}

/** A grid over the page: `columns` × `rows` cells of the given size in page units, origin top-left. */
export interface CellGrid {
  columns: number;
  rows: number;
  cellWidth: number;
  cellHeight: number;
}

/**
 * Marks (1) every cell whose closed rectangle lies within half the stroke width of a segment: the
 * area a round pen of that width paints. Cells are row-major (`row * columns + column`).
 */
/**
 * The columns a segment's stroke (radius r) may reach within the band y0..y1 (the row widened by r):
 * a point within r of a cell in the row lies on the segment where its y is inside the band, and its
 * x is within r of the cell. Null when the segment never enters the band.
 */
function columnsNear(s: InkSegment, y0: number, y1: number, cellWidth: number): [number, number] | null {
  let t0 = 0;
  let t1 = 1;
  const dy = s.by - s.ay;
  if (dy === 0) {
    if (s.ay < y0 || s.ay > y1) return null;
  } else {
    const ta = (y0 - s.ay) / dy;
    const tb = (y1 - s.ay) / dy;
    t0 = Math.max(0, Math.min(ta, tb));
    t1 = Math.min(1, Math.max(ta, tb));
    if (t0 > t1) return null;
  }
  const xa = s.ax + (s.bx - s.ax) * t0;
  const xb = s.ax + (s.bx - s.ax) * t1;
  return [Math.floor((Math.min(xa, xb) - s.radius) / cellWidth), Math.floor((Math.max(xa, xb) + s.radius) / cellWidth)];
}

export function paintedCells(segments: readonly InkSegment[], grid: CellGrid): Uint8Array {
  const { columns, rows, cellWidth, cellHeight } = grid;
  const touched = new Uint8Array(columns * rows);
  for (const s of segments) {
    const r = s.radius;
    const c0 = Math.max(0, Math.floor((Math.min(s.ax, s.bx) - r) / cellWidth));
    const c1 = Math.min(columns - 1, Math.floor((Math.max(s.ax, s.bx) + r) / cellWidth));
    const r0 = Math.max(0, Math.floor((Math.min(s.ay, s.by) - r) / cellHeight));
    const r1 = Math.min(rows - 1, Math.floor((Math.max(s.ay, s.by) + r) / cellHeight));
    for (let row = r0; row <= r1; row++) {
      // Only the columns near the part of the segment that can reach this row: a long diagonal line
      // would otherwise test every cell of its bounding box (a whole page on the 1 mm colour grid).
      const near = columnsNear(s, row * cellHeight - r, (row + 1) * cellHeight + r, cellWidth);
      if (!near) continue;
      for (let column = Math.max(c0, near[0]); column <= Math.min(c1, near[1]); column++) {
        const index = row * columns + column;
        if (touched[index]) continue;
        const cell = { x0: column * cellWidth, y0: row * cellHeight, x1: (column + 1) * cellWidth, y1: (row + 1) * cellHeight };
        if (segmentRectDistance(s.ax, s.ay, s.bx, s.by, cell) <= r) touched[index] = 1;
      }
    }
  }
  return touched;
}
