/**
 * Keyframes of the replay: pictures of the page at moments already rendered, so a seek paints
 * the strokes after the nearest usable keyframe instead of every stroke from the first event.
 *
 * A keyframe is identified by what it shows, not by a time: the event indices of its strokes, all
 * complete. It can start the picture of a state (assessments/drawing/replay.ts `stateAt`) when
 * its strokes are the first strokes of that state and were finished by then. Undo, redo and clear
 * only ever take strokes off the end of the list or empty it, so a keyframe along the way of any
 * state is found this way, including after undoing a clear.
 *
 * Memory is bounded: the store holds at most `capacity` pictures (the controller derives it
 * from a byte budget and the page's size in device pixels) and gives back the least recently
 * used when full.
 */

/** What a keyframe shows: the strokes of a state, oldest first, all complete. */
export interface KeyframeContent {
  /** Event index of each stroke, as in `ReplayState.eventIndices`. */
  readonly indices: readonly number[];
  /** The latest end time of those strokes: the keyframe fits states at or after it. */
  readonly completeAt: number;
}

export interface Keyframe<Picture> extends KeyframeContent {
  readonly picture: Picture;
  lastUsed: number;
}

/** The part of a state a keyframe is matched against. */
export interface Target {
  readonly eventIndices: readonly number[];
}

export class KeyframeStore<Picture> {
  private frames: Keyframe<Picture>[] = [];
  private uses = 0;

  constructor(
    readonly capacity: number,
    private readonly release: (picture: Picture) => void,
  ) {}

  get size(): number {
    return this.frames.length;
  }

  /**
   * The keyframe with the most strokes that starts the picture of `target` at `t`: its strokes
   * are the first of the target's, and all of them had ended by `t` (so none is cut short in the
   * target). Null when none fits: the picture starts from a blank page.
   */
  best(target: Target, t: number): Keyframe<Picture> | null {
    const wanted = target.eventIndices;
    let best: Keyframe<Picture> | null = null;
    for (const frame of this.frames) {
      const n = frame.indices.length;
      if (n === 0 || n > wanted.length || frame.completeAt > t) continue;
      if (best !== null && n <= best.indices.length) continue;
      if (wanted[n - 1] !== frame.indices[n - 1] || !startsWith(wanted, frame.indices)) continue;
      best = frame;
    }
    if (best) best.lastUsed = ++this.uses;
    return best;
  }

  /** Whether a keyframe showing exactly these strokes is held already. */
  has(indices: readonly number[]): boolean {
    return this.frames.some((f) => f.indices.length === indices.length && startsWith(indices, f.indices));
  }

  /**
   * When the store is full, takes out the least recently used keyframe and hands its picture over
   * to be painted anew (fresh pictures are costly to allocate); otherwise null.
   */
  recycle(): Picture | null {
    if (this.frames.length === 0 || this.frames.length < this.capacity) return null;
    return this.frames.splice(this.leastRecentlyUsed(), 1)[0]!.picture;
  }

  /** Keeps a picture; the least recently used one is given back when the store is full. */
  add(content: KeyframeContent, picture: Picture): void {
    if (this.capacity <= 0) {
      this.release(picture);
      return;
    }
    while (this.frames.length >= this.capacity) {
      const oldest = this.leastRecentlyUsed();
      this.release(this.frames[oldest]!.picture);
      this.frames.splice(oldest, 1);
    }
    this.frames.push({ indices: content.indices, completeAt: content.completeAt, picture, lastUsed: ++this.uses });
  }

  private leastRecentlyUsed(): number {
    let oldest = 0;
    for (let i = 1; i < this.frames.length; i++) if (this.frames[i]!.lastUsed < this.frames[oldest]!.lastUsed) oldest = i;
    return oldest;
  }

  /** Gives back every picture (the page changed size or density, so they no longer fit). */
  clear(): void {
    for (const frame of this.frames) this.release(frame.picture);
    this.frames = [];
  }
}

function startsWith(list: readonly number[], prefix: readonly number[]): boolean {
  for (let i = prefix.length - 1; i >= 0; i--) if (list[i] !== prefix[i]) return false;
  return true;
}
