/** Metrics of the visible ink: bounding box, centroid, placement, figure size, colours. */
import type { Rect } from './geometry';
import type { InkSegment } from './inkSegments';
import type { ColourShare, FigureSize, HorizontalThird, Metric, Placement, VerticalThird } from './metricTypes';
import type { PageSize } from './page';

/** Box of the painted area (centre line ± half width) of the visible ink, clipped to the page. */
export function boundingBox(segments: readonly InkSegment[], size: PageSize): Metric<Rect> {
  if (segments.length === 0) return { value: null, reason: 'noVisibleInk' };
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const s of segments) {
    x0 = Math.min(x0, s.ax - s.radius, s.bx - s.radius);
    y0 = Math.min(y0, s.ay - s.radius, s.by - s.radius);
    x1 = Math.max(x1, s.ax + s.radius, s.bx + s.radius);
    y1 = Math.max(y1, s.ay + s.radius, s.by + s.radius);
  }
  const clipped = { x0: Math.max(0, x0), y0: Math.max(0, y0), x1: Math.min(size.width, x1), y1: Math.min(size.height, y1) };
  if (clipped.x0 >= clipped.x1 || clipped.y0 >= clipped.y1) return { value: null, reason: 'noInkOnPage' };
  return { value: clipped };
}

/** Mean of segment midpoints weighted by segment length. */
export function centroid(segments: readonly InkSegment[]): Metric<{ x: number; y: number }> {
  if (segments.length === 0) return { value: null, reason: 'noVisibleInk' };
  let total = 0;
  let sx = 0;
  let sy = 0;
  for (const s of segments) {
    total += s.length;
    sx += (s.length * (s.ax + s.bx)) / 2;
    sy += (s.length * (s.ay + s.by)) / 2;
  }
  if (total === 0) return { value: null, reason: 'noVisibleInkLength' };
  return { value: { x: sx / total, y: sy / total } };
}

/**
 * Thirds: below 1/3 of the page dimension is upper/left, below 2/3 middle/centre, else
 * lower/right. Quadrant: below half is upper/left, at or past half lower/right.
 */
export function placement(centre: Metric<{ x: number; y: number }>, size: PageSize): Metric<Placement> {
  if (centre.value === null) return centre;
  const { x, y } = centre.value;
  const vertical: VerticalThird = y < size.height / 3 ? 'upper' : y < (2 * size.height) / 3 ? 'middle' : 'lower';
  const horizontal: HorizontalThird = x < size.width / 3 ? 'left' : x < (2 * size.width) / 3 ? 'centre' : 'right';
  const top = y < size.height / 2;
  const left = x < size.width / 2;
  const quadrant = top ? (left ? 'upperLeft' : 'upperRight') : left ? 'lowerLeft' : 'lowerRight';
  return { value: { vertical, horizontal, quadrant } };
}

export function figureSize(box: Metric<Rect>, size: PageSize): Metric<FigureSize> {
  if (box.value === null) return box;
  const width = box.value.x1 - box.value.x0;
  const height = box.value.y1 - box.value.y0;
  return {
    value: {
      areaShare: (width * height) / (size.width * size.height),
      widthShare: width / size.width,
      heightShare: height / size.height,
    },
  };
}

/** Visible ink length per colour, largest share first (ties by colour code, for stable output). */
export function colourShares(segments: readonly InkSegment[]): Metric<ColourShare[]> {
  if (segments.length === 0) return { value: null, reason: 'noVisibleInk' };
  const lengths = new Map<string, number>();
  let total = 0;
  for (const s of segments) {
    lengths.set(s.colour, (lengths.get(s.colour) ?? 0) + s.length);
    total += s.length;
  }
  if (total === 0) return { value: null, reason: 'noVisibleInkLength' };
  const shares = [...lengths].map(([colour, inkLength]) => ({ colour, inkLength, share: inkLength / total }));
  shares.sort((a, b) => b.inkLength - a.inkLength || (a.colour < b.colour ? -1 : 1));
  return { value: shares };
}
