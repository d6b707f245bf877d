import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../assessments/drawing/metrics';
import { landscape, line, polyline, portrait, undo } from './builders';

// Portrait page 2100 × 2970: thirds at x 700 / 1400, y 990 / 1980; centre (1050, 1485).
// Coverage grid 100 × 141: cells 21 wide, 2970/141 ≈ 21.064 high.

describe('placement, size and coverage', () => {
  // Square 200..600 × 200..600 in one stroke, width 4 (radius 2).
  const square = polyline(
    [
      [200, 200],
      [600, 200],
      [600, 600],
      [200, 600],
      [200, 200],
    ],
    0,
    500,
    { width: 4 },
  );
  const m = computeMetrics(portrait([square]));

  it('places a square in the upper-left', () => {
    // Four equal sides: the length-weighted centroid is the square's centre (400, 400).
    expect(m.centroid).toEqual({ value: { x: 400, y: 400 } });
    // 400 < 700 → left third; 400 < 990 → upper third; both below the half → upper-left.
    expect(m.placement).toEqual({ value: { vertical: 'upper', horizontal: 'left', quadrant: 'upperLeft' } });
  });

  it('measures the box of the painted ink and its size against the page', () => {
    // Centre line 200..600 plus half the width (2) on each side: 198..602, 404 units square.
    expect(m.boundingBox).toEqual({ value: { x0: 198, y0: 198, x1: 602, y1: 602 } });
    const size = m.figureSize.value!;
    expect(size.areaShare).toBeCloseTo((404 * 404) / (2100 * 2970), 12);
    expect(size.widthShare).toBeCloseTo(404 / 2100, 12);
    expect(size.heightShare).toBeCloseTo(404 / 2970, 12);
  });

  it('counts the grid cells the outline touches', () => {
    // x = 200 lies in column 9 (189–210), x = 600 in column 28 (588–609); neighbours are more
    // than 2 units away. y = 200 lies in row 9 (189.6–210.6), y = 600 in row 28 (589.8–610.9).
    // The outline touches the ring of a 20 × 20 block of cells: 4 × 20 − 4 = 76 cells.
    expect(m.coverage).toEqual({ touchedCells: 76, totalCells: 14_100, share: 76 / 14_100 });
  });

  it('places ink in the lower right of a landscape page', () => {
    // Landscape 2970 × 2100: thirds at x 990 / 1980, y 700 / 1400. Line centre (2500, 1800).
    const l = computeMetrics(landscape([line(2400, 1800, 2600, 1800)]));
    expect(l.placement).toEqual({ value: { vertical: 'lower', horizontal: 'right', quadrant: 'lowerRight' } });
    expect(l.coverage.totalCells).toBe(14_100);
  });

  it('has a box and coverage but no centroid for dots only', () => {
    // A dot of width 10 at (1000, 1000): box 995..1005; it sits inside column 47 (987–1008) and
    // row 47 (990.0–1011.1), so one cell.
    const d = computeMetrics(portrait([line(1000, 1000, 1000, 1000, { points: 1, width: 10 })]));
    expect(d.boundingBox).toEqual({ value: { x0: 995, y0: 995, x1: 1005, y1: 1005 } });
    expect(d.coverage.touchedCells).toBe(1);
    expect(d.centroid).toEqual({ value: null, reason: 'noVisibleInkLength' });
    expect(d.colours).toEqual({ value: null, reason: 'noVisibleInkLength' });
  });

  it('says when all ink is off the page', () => {
    const off = computeMetrics(portrait([line(-500, -500, -300, -300)]));
    expect(off.boundingBox).toEqual({ value: null, reason: 'noInkOnPage' });
    expect(off.figureSize).toEqual({ value: null, reason: 'noInkOnPage' });
    expect(off.coverage.touchedCells).toBe(0);
  });
});

describe('erasing', () => {
  // Ink: horizontal line (100,1000)→(1100,1000), length 1000, points every 10 units, so segment
  // midpoints at x = 105, 115, …, 1095. Eraser: vertical (600,900)→(600,1150), length 250, width 40.
  const ink = line(100, 1000, 1100, 1000, { points: 101, t0: 0 });
  const eraser = line(600, 900, 600, 1150, { tool: 'eraser', width: 40, t0: 2000 });

  it('measures the erased-ink share as eraser length over all stroke length', () => {
    const m = computeMetrics(portrait([ink, eraser]));
    // 250 / (1000 + 250) = 0.2.
    expect(m.erasedInkShare.value).toBeCloseTo(0.2, 12);
    expect(m.erasureCount).toBe(1);
    expect(m.strokeCount).toBe(1);
  });

  it('removes the ink under the eraser from the visible ink', () => {
    const m = computeMetrics(portrait([ink, eraser]));
    // Midpoints within 20 of x = 600: 585, 595, 605, 615 → 4 segments (40 units) erased.
    expect(m.colours.value).toEqual([{ colour: '#000000', inkLength: expect.closeTo(960, 9), share: 1 }]);
    // What is left is symmetric about x = 600.
    expect(m.centroid.value!.x).toBeCloseTo(600, 9);
    expect(m.centroid.value!.y).toBeCloseTo(1000, 9);
  });

  it('shrinks the figure when a whole part is erased, and restores it when the erasing is undone', () => {
    // Two 100-unit strokes, far apart; a wide eraser wipes the right one.
    const left = line(100, 100, 200, 100, { points: 11, t0: 0 });
    const right = line(1800, 2800, 1900, 2800, { points: 11, t0: 2000 });
    const wipe = line(1790, 2800, 1910, 2800, { tool: 'eraser', width: 60, t0: 4000 });
    const erased = computeMetrics(portrait([left, right, wipe]));
    // Left stroke only: 98..202 × 98..102 (width 4).
    expect(erased.boundingBox).toEqual({ value: { x0: 98, y0: 98, x1: 202, y1: 102 } });
    const restored = computeMetrics(portrait([left, right, wipe, undo(6000)]));
    expect(restored.boundingBox).toEqual({ value: { x0: 98, y0: 98, x1: 1902, y1: 2802 } });
    // The undone eraser stroke still counts as an erasure: the process happened.
    expect(restored.erasureCount).toBe(1);
  });
});

describe('colours', () => {
  it('gives each visible colour its share of visible ink length', () => {
    // Red 300 units, blue 100 units, green 500 units but undone → red 0.75, blue 0.25.
    const m = computeMetrics(
      portrait([
        line(0, 0, 300, 0, { colour: '#FF0000', t0: 0 }),
        line(0, 50, 100, 50, { colour: '#0000ff', t0: 2000 }),
        line(0, 100, 500, 100, { colour: '#00ff00', t0: 4000 }),
        undo(6000),
      ]),
    );
    expect(m.colours).toEqual({
      value: [
        { colour: '#ff0000', inkLength: 300, share: 0.75 },
        { colour: '#0000ff', inkLength: 100, share: 0.25 },
      ],
    });
  });
});

describe('pressure and speed', () => {
  it('is not available for a mouse', () => {
    const m = computeMetrics(portrait([line(0, 0, 100, 0, { pointerType: 'mouse', pressure: 0.5 })]));
    expect(m.pressure).toEqual({ value: null, reason: 'noPenInput' });
  });

  it('is not available for a pen that reports only the default pressure', () => {
    const m = computeMetrics(portrait([line(0, 0, 100, 0, { points: 5, pressure: 0.5 })]));
    expect(m.pressure).toEqual({ value: null, reason: 'pressureNotReported' });
  });

  it('averages pen pressure over pen points only', () => {
    // Pen points 0.2, 0.4, 0.6 and 0.8 (the touch stroke is left out): mean 0.5; deviations
    // ±0.1, ±0.3 → variance (0.09 + 0.01 + 0.01 + 0.09) / 4 = 0.05, SD √0.05 ≈ 0.2236.
    const m = computeMetrics(
      portrait([
        line(0, 0, 100, 0, { points: 3, pressure: (i) => [0.2, 0.4, 0.6][i]!, t0: 0 }),
        line(0, 0, 100, 0, { points: 1, pressure: 0.8, t0: 2000 }),
        line(0, 0, 100, 0, { pointerType: 'touch', pressure: 1, t0: 3000 }),
      ]),
    );
    expect(m.pressure.value!.pointCount).toBe(4);
    expect(m.pressure.value!.mean).toBeCloseTo(0.5, 12);
    expect(m.pressure.value!.sd).toBeCloseTo(Math.sqrt(0.05), 12);
  });

  it('divides ink length by pen-down time for the mean speed', () => {
    // (0,0)→(300,400) is 500 units in 500 ms → 1000 units/s. The dot (no duration) and the
    // eraser stroke are left out.
    const m = computeMetrics(
      portrait([
        line(0, 0, 300, 400, { t0: 0, durationMs: 500 }),
        line(5, 5, 5, 5, { points: 1, t0: 1000 }),
        line(0, 0, 1000, 0, { tool: 'eraser', t0: 2000, durationMs: 100 }),
      ]),
    );
    expect(m.meanStrokeSpeed).toEqual({ value: 1000 });
  });
});
