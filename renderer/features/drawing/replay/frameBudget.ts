/**
 * Painting time per animation frame for the replay, so that no frame runs over 50 ms (RAIL's
 * "response" budget) while a picture is painted in slices.
 *
 * - The frame's own slice and slices done at once share one budget: a seek from the slider is
 *   handled in the same frame before the animation-frame callbacks (or comes from another
 *   callback after ours), and without sharing both would take a whole budget in one frame.
 * - A frame that starts late (the browser was still busy with the last one) paints less: the
 *   frame's time gone by counts, and some is kept for the browser's own rendering after us.
 * - A frame whose own work is heavy (the page laid out on opening, or anew at another size or
 *   density) is given a smaller budget, or none (`limitFrame`): the frame whose callbacks have
 *   not run yet when it is said (a new density is reported before them), else the next one.
 *
 * A frame is known by its start time (the animation-frame timestamp, which is also the document
 * timeline's time while the frame runs): painting since then counts. A slice done at once while
 * our callback's frame still runs belongs to it; any other counts against the painting of the
 * last 60 Hz interval.
 */

/** One frame at 60 Hz, ms. */
const FRAME_MS = 1000 / 60;

/** Kept for the browser's rendering after the callbacks (style, layout, paint, compositing), ms. */
const RENDER_RESERVE_MS = 15;

/** How long slices are remembered: longer than any frame. */
const KEEP_MS = 200;

export class FrameBudget {
  private frameStart = Number.NEGATIVE_INFINITY;
  /** Recent slices, [start, end] pairs. */
  private slices: number[] = [];
  /** A frame whose own work is heavy: when it was said, and the painting it may take. */
  private limit = { at: Number.NEGATIVE_INFINITY, ms: 0 };
  /** Whether no frame of ours has begun since the limit was said. */
  private limitWaiting = false;

  constructor(
    private readonly perFrame: number,
    /** The longest frame wanted, ms. */
    private readonly frameTarget: number,
  ) {}

  /** Our animation-frame callback starts, in the frame that started at `frameStart`. */
  beginFrame(frameStart: number): void {
    this.frameStart = Math.max(this.frameStart, frameStart);
    // Said between frames (opening, a resize seen after the callbacks): it holds for this frame,
    // which lays the page out.
    if (this.limitWaiting && frameStart > this.limit.at) this.limit = { at: frameStart, ms: this.limit.ms };
    this.limitWaiting = false;
  }

  /** Milliseconds of painting left in our animation-frame callback. */
  inFrame(now: number): number {
    return this.left(this.frameStart, now, true);
  }

  /**
   * Milliseconds of painting left for a slice done at once, outside our callback, while the frame
   * that started at `frameTime` runs (or last ran).
   */
  atOnce(now: number, frameTime: number): number {
    return Number.isFinite(frameTime) && frameTime === this.frameStart
      ? this.inFrame(now)
      : this.left(now - FRAME_MS, now, false);
  }

  /** Records a slice painted from `start` to `end`. */
  spent(start: number, end: number): void {
    const kept: number[] = [];
    for (let i = 0; i < this.slices.length; i += 2) {
      if (this.slices[i + 1]! > end - KEEP_MS) kept.push(this.slices[i]!, this.slices[i + 1]!);
    }
    kept.push(start, end);
    this.slices = kept;
  }

  /** At most `ms` of painting in the frame running at `now` (the browser's own work in it is heavy). */
  limitFrame(now: number, ms: number): void {
    this.limit = { at: now, ms };
    this.limitWaiting = true;
  }

  /** The budget less the painting since `since`; in a frame, also less the frame's time gone by. */
  private left(since: number, now: number, frame: boolean): number {
    let budget = this.limit.at >= since ? Math.min(this.perFrame, this.limit.ms) : this.perFrame;
    for (let i = 0; i < this.slices.length; i += 2) {
      budget -= Math.max(0, this.slices[i + 1]! - Math.max(since, this.slices[i]!));
    }
    if (frame) budget = Math.min(budget, this.frameTarget - RENDER_RESERVE_MS - (now - since));
    return Math.max(0, budget);
  }
}
