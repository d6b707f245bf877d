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
import type { TypedStroke } from './typed';

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

function strokeSegments(stroke: TypedStroke): InkSegment[] {
  const { count, x, y } = stroke.points;
  const radius = stroke.width / 2;
  const colour = stroke.colour.toLowerCase();
  if (count === 1) return [{ ax: x[0]!, ay: y[0]!, bx: x[0]!, by: y[0]!, radius, colour, length: 0 }];
  const segments: InkSegment[] = [];
  for (let i = 1; i < count; i++) {
    const ax = x[i - 1]!;
    const ay = y[i - 1]!;
    const bx = x[i]!;
    const by = y[i]!;
    segments.push({ ax, ay, bx, by, radius, colour, length: Math.hypot(bx - ax, by - ay) });
  }
  return segments;
}

/** Ink segments still visible after erasing, from the strokes in effect (oldest first). */
export function visibleInk(strokes: readonly TypedStroke[]): InkSegment[] {
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
