/**
 * The visible ink as segments: what is on the page once undo/redo/clear (replay.ts) and the
 * eraser have done their work. The placement, size, coverage and colour metrics all start here,
 * so they agree on what "visible ink" means.
 *
 * Erasing is decided per segment: an ink segment is erased when its midpoint lies within half
 * the eraser's width of the path of a later eraser stroke that is itself still in effect (an
 * undone eraser stroke erases nothing). A single-point stroke is a zero-length segment (a dot).
 */
import { pointSegmentDistance } from './geometry';
import type { Stroke } from './model';

export interface InkSegment {
  ax: number;
  ay: number;
  bx: number;
  by: number;
  /** Half the stroke width. */
  radius: number;
  colour: string;
  length: number;
}

/** Spatial hash cell size in page units; about the length of a few pen samples. */
const BUCKET = 64;
const BUCKET_SPAN = 1 << 16;

function bucketKey(column: number, row: number): number {
  return (column + BUCKET_SPAN / 2) * BUCKET_SPAN + (row + BUCKET_SPAN / 2);
}

function strokeSegments(stroke: Stroke): InkSegment[] {
  const points = stroke.points;
  const radius = stroke.width / 2;
  const colour = stroke.colour.toLowerCase();
  if (points.length === 1) {
    const p = points[0]!;
    return [{ ax: p.x, ay: p.y, bx: p.x, by: p.y, radius, colour, length: 0 }];
  }
  const segments: InkSegment[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    segments.push({ ax: a.x, ay: a.y, bx: b.x, by: b.y, radius, colour, length: Math.hypot(b.x - a.x, b.y - a.y) });
  }
  return segments;
}

/** Ink segments still visible after erasing, from the strokes in effect (oldest first). */
export function visibleInk(strokes: readonly Stroke[]): InkSegment[] {
  const segments: InkSegment[] = [];
  const erased: boolean[] = [];
  const buckets = new Map<number, number[]>();
  for (const stroke of strokes) {
    if (stroke.tool !== 'eraser') {
      for (const segment of strokeSegments(stroke)) {
        const key = bucketKey(
          Math.floor((segment.ax + segment.bx) / 2 / BUCKET),
          Math.floor((segment.ay + segment.by) / 2 / BUCKET),
        );
        let bucket = buckets.get(key);
        if (!bucket) buckets.set(key, (bucket = []));
        bucket.push(segments.length);
        segments.push(segment);
        erased.push(false);
      }
      continue;
    }
    for (const eraser of strokeSegments(stroke)) {
      const r = eraser.radius;
      const c0 = Math.floor((Math.min(eraser.ax, eraser.bx) - r) / BUCKET);
      const c1 = Math.floor((Math.max(eraser.ax, eraser.bx) + r) / BUCKET);
      const r0 = Math.floor((Math.min(eraser.ay, eraser.by) - r) / BUCKET);
      const r1 = Math.floor((Math.max(eraser.ay, eraser.by) + r) / BUCKET);
      for (let column = c0; column <= c1; column++) {
        for (let row = r0; row <= r1; row++) {
          const bucket = buckets.get(bucketKey(column, row));
          if (!bucket) continue;
          // Erased entries leave the bucket, so scrubbing one place many times stays cheap.
          let kept = 0;
          for (const index of bucket) {
            const s = segments[index]!;
            const mx = (s.ax + s.bx) / 2;
            const my = (s.ay + s.by) / 2;
            if (pointSegmentDistance(mx, my, eraser.ax, eraser.ay, eraser.bx, eraser.by) <= r) erased[index] = true;
            else bucket[kept++] = index;
          }
          bucket.length = kept;
        }
      }
    }
  }
  return segments.filter((_, index) => !erased[index]);
}
