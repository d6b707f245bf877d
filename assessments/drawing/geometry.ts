/** Plane geometry for the metrics, in page units. */

export function distance(ax: number, ay: number, bx: number, by: number): number {
  return Math.hypot(bx - ax, by - ay);
}

/** Distance from point p to the segment a–b (a point when a = b). */
export function pointSegmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  if (lengthSquared === 0) return distance(px, py, ax, ay);
  const s = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return distance(px, py, ax + s * dx, ay + s * dy);
}

/** Axis-aligned rectangle [x0, x1] × [y0, y1]. */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function pointRectDistance(px: number, py: number, r: Rect): number {
  return Math.hypot(Math.max(r.x0 - px, 0, px - r.x1), Math.max(r.y0 - py, 0, py - r.y1));
}

/** Whether segment a–b meets the rectangle (Liang–Barsky clipping). */
function segmentMeetsRect(ax: number, ay: number, bx: number, by: number, r: Rect): boolean {
  let low = 0;
  let high = 1;
  const dx = bx - ax;
  const dy = by - ay;
  const edges: [number, number][] = [
    [-dx, ax - r.x0],
    [dx, r.x1 - ax],
    [-dy, ay - r.y0],
    [dy, r.y1 - ay],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const s = q / p;
      if (p < 0) low = Math.max(low, s);
      else high = Math.min(high, s);
      if (low > high) return false;
    }
  }
  return true;
}

/**
 * Shortest distance between segment a–b and a rectangle: 0 if they meet; otherwise, both being
 * convex, it is attained at an endpoint of the segment or at a corner of the rectangle.
 */
export function segmentRectDistance(ax: number, ay: number, bx: number, by: number, r: Rect): number {
  if (segmentMeetsRect(ax, ay, bx, by, r)) return 0;
  return Math.min(
    pointRectDistance(ax, ay, r),
    pointRectDistance(bx, by, r),
    pointSegmentDistance(r.x0, r.y0, ax, ay, bx, by),
    pointSegmentDistance(r.x1, r.y0, ax, ay, bx, by),
    pointSegmentDistance(r.x0, r.y1, ax, ay, bx, by),
    pointSegmentDistance(r.x1, r.y1, ax, ay, bx, by),
  );
}
