import { describe, expect, it } from 'vitest';
import { exportPixelSize, hasPageShape, pageCropOf } from '../../../assessments/drawing/paper';

describe('paper drawings and export sizes', () => {
  it('exports A4 at 300 dpi: 2480 × 3508 in portrait, 3508 × 2480 in landscape', () => {
    expect(exportPixelSize('portrait')).toEqual({ width: 2480, height: 3508 });
    expect(exportPixelSize('landscape')).toEqual({ width: 3508, height: 2480 });
  });

  it('accepts pictures cropped to the page within 2 %, in the right orientation only', () => {
    expect(hasPageShape('portrait', 2480, 3508)).toBe(true);
    expect(hasPageShape('portrait', 210, 297)).toBe(true);
    expect(hasPageShape('portrait', 200, 283)).toBe(true); // rounding at the smallest size
    expect(hasPageShape('landscape', 3508, 2480)).toBe(true);
    expect(hasPageShape('landscape', 2480, 3508)).toBe(false);
    expect(hasPageShape('portrait', 1000, 1000)).toBe(false);
    expect(hasPageShape('portrait', 2480, 3300)).toBe(false); // 6 % off: not cropped to the page
  });

  it('starts the crop frame at the largest centred page-shaped rectangle', () => {
    // A 4000 × 3000 landscape photo of a portrait sheet: full height, width 3000 × 210 / 297.
    expect(pageCropOf('portrait', 4000, 3000)).toEqual({ x: 939, y: 0, width: 2121, height: 3000 });
    // A tall phone photo of a landscape sheet: full width.
    expect(pageCropOf('landscape', 3000, 4000)).toEqual({ x: 0, y: 939, width: 3000, height: 2121 });
    const crop = pageCropOf('portrait', 2480, 3508);
    expect(crop).toEqual({ x: 0, y: 0, width: 2480, height: 3508 });
  });
});
