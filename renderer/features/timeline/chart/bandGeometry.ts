/**
 * Where band boxes go on the chart, in canvas pixels: pure arithmetic over the chart area and the
 * value axis, kept apart from the Chart.js plugin so it is tested without a canvas.
 */

export interface Area {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface BandSpan {
  from: number;
  to: number;
  label: string;
}

export interface BandRect {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  /** Whether the label fits inside the box at the given line height. */
  labelFits: boolean;
  /** Pixel y of the box's lower edge: where a threshold line is drawn (none for the lowest box). */
  thresholdY: number | null;
}

/**
 * Boxes clipped to the chart area. `toPixel` maps a scale value to a y pixel (Chart.js
 * `scale.getPixelForValue`); y grows downwards, so a higher value has a smaller y.
 */
export function bandRects(
  bands: readonly BandSpan[],
  area: Area,
  toPixel: (value: number) => number,
  lineHeight: number,
): BandRect[] {
  const lowest = Math.min(...bands.map((b) => b.from));
  return bands.map((band) => {
    const top = Math.max(area.top, Math.min(toPixel(band.from), toPixel(band.to)));
    const bottom = Math.min(area.bottom, Math.max(toPixel(band.from), toPixel(band.to)));
    const height = Math.max(0, bottom - top);
    return {
      x: area.left,
      y: top,
      width: area.right - area.left,
      height,
      label: band.label,
      labelFits: height >= lineHeight + 4,
      thresholdY: band.from > lowest && bottom <= area.bottom ? bottom : null,
    };
  });
}
