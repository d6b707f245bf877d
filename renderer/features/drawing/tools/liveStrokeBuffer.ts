/**
 * The points of the stroke being drawn, growing in typed arrays (doubling), so a long stroke at
 * 240 Hz allocates a handful of buffers rather than an object per sample. `view(n)` hands out the
 * first n points as subarray views (no copy); `pack()` copies them into arrays of exact length when
 * the stroke ends, so a finished stroke holds no spare capacity.
 */
import { type StrokePoints, allocatePoints, slicePoints } from '../../../../assessments/drawing/typed';

const INITIAL_CAPACITY = 256;

export class LiveStrokeBuffer {
  private points: StrokePoints = allocatePoints(INITIAL_CAPACITY);
  private length = 0;

  get count(): number {
    return this.length;
  }

  /** Time of the last point (undefined when empty). */
  get lastT(): number | undefined {
    return this.length > 0 ? this.points.t[this.length - 1] : undefined;
  }

  lastIs(x: number, y: number): boolean {
    return this.length > 0 && this.points.x[this.length - 1] === x && this.points.y[this.length - 1] === y;
  }

  push(x: number, y: number, t: number, pressure: number): void {
    if (this.length === this.points.count) this.grow();
    const i = this.length++;
    this.points.x[i] = x;
    this.points.y[i] = y;
    this.points.t[i] = t;
    this.points.pressure[i] = pressure;
  }

  /** The first `count` points as views; valid until the next push that grows the buffer. */
  view(count: number): StrokePoints {
    return slicePoints(this.points, count);
  }

  /** All points, copied into arrays of exact length. */
  pack(): StrokePoints {
    const n = this.length;
    return {
      count: n,
      x: this.points.x.slice(0, n),
      y: this.points.y.slice(0, n),
      t: this.points.t.slice(0, n),
      pressure: this.points.pressure.slice(0, n),
    };
  }

  private grow(): void {
    const next = allocatePoints(this.points.count * 2);
    next.x.set(this.points.x);
    next.y.set(this.points.y);
    next.t.set(this.points.t);
    next.pressure.set(this.points.pressure);
    this.points = next;
  }
}
