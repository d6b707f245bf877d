/**
 * A headless stand-in for the replay's canvases and animation frames: a surface records which
 * points of which stroke it holds, painting advances a virtual clock by a fixed cost per point,
 * and frames run when the test says so. Enough to check what the replay renderer paints and in
 * what slices, against `stateAt`, without a browser.
 */
import { stateAt } from '../../../assessments/drawing/replay';
import type { TypedEvent, TypedStroke } from '../../../assessments/drawing/typed';
import type { Geometry, ReplayEnvironment, ReplaySurface } from '../../../renderer/features/drawing/replay/replayRenderer';

export interface Segment {
  event: number;
  from: number;
  to: number;
}

export class World {
  time = 0;
  /** When the last animation frame started. */
  frameStart = Number.NEGATIVE_INFINITY;
  painted = 0;
  live = 0;
  private frames = new Map<number, (frameStart: number) => void>();
  private handles = 0;
  private readonly strokes = new Map<ArrayBufferLike, number>();

  constructor(
    events: readonly TypedEvent[],
    /** Virtual milliseconds per point painted. */
    readonly msPerPoint = 0.01,
  ) {
    events.forEach((event, i) => {
      if (event.kind === 'stroke') this.strokes.set(event.points.x.buffer, i);
    });
  }

  eventOf(stroke: TypedStroke): number {
    const index = this.strokes.get(stroke.points.x.buffer);
    if (index === undefined) throw new Error('painted a stroke that is not in the drawing');
    return index;
  }

  /** The surface on screen (the renderer's surfaces take turns there). */
  screen!: FakeSurface;

  environment(visible: FakeSurface, busy: boolean[] = []): ReplayEnvironment {
    this.screen = visible;
    return {
      visible,
      present: (surface) => {
        const shown = this.screen;
        if (!(surface instanceof FakeSurface) || surface.released) throw new Error('showed a surface that is not live');
        this.screen = surface;
        return shown;
      },
      createSurface: (geometry) => new FakeSurface(this, geometry),
      now: () => this.time,
      requestFrame: (callback) => {
        const handle = ++this.handles;
        this.frames.set(handle, callback);
        return handle;
      },
      cancelFrame: (handle) => void this.frames.delete(handle),
      frameTime: () => this.frameStart,
      onBusy: (value) => busy.push(value),
    };
  }

  get framesWaiting(): number {
    return this.frames.size;
  }

  /** A frame passes with none of our callbacks in it (the document timeline moves on). */
  frameWithout(): void {
    this.time += 16.7;
    this.frameStart = this.time;
  }

  /** Runs animation frames (each a few virtual ms apart) until none is asked for, or `limit`. */
  runFrames(limit = 100_000): number {
    let count = 0;
    while (this.frames.size > 0 && count < limit) {
      const frames = [...this.frames.values()];
      this.frames.clear();
      this.time += 16.7;
      this.frameStart = this.time;
      for (const frame of frames) frame(this.frameStart);
      count++;
    }
    return count;
  }
}

export class FakeSurface implements ReplaySurface {
  segments: Segment[] = [];
  /** Holds a stretched copy of an earlier size's picture. */
  stretched = false;
  released = false;

  constructor(
    private readonly world: World,
    public geometry: Geometry,
  ) {
    world.live++;
  }

  clear(): void {
    this.segments = [];
    this.stretched = false;
  }

  copyFrom(source: ReplaySurface): void {
    const from = source as FakeSurface;
    if (from.released) throw new Error('copied from a released surface');
    this.segments = [...from.segments];
    this.stretched = from.stretched;
  }

  paint(stroke: TypedStroke, from: number, to: number): void {
    if (this.released) throw new Error('painted on a released surface');
    if (to <= from) return;
    this.world.painted += to - from;
    this.world.time += (to - from) * this.world.msPerPoint;
    this.segments.push({ event: this.world.eventOf(stroke), from, to });
  }

  resize(geometry: Geometry, keep: boolean): void {
    this.geometry = geometry;
    if (keep) this.stretched = this.segments.length > 0;
    else this.clear();
  }

  flush(): void {}

  release(): void {
    if (!this.released) this.world.live--;
    this.released = true;
  }
}

/**
 * What the surface shows, stroke by stroke in the order first painted, each with the points it
 * covers; painting a stroke in pieces covers the same points as whole (strokePainter.ts).
 */
export function picture(surface: FakeSurface): string[] {
  const covered = new Map<number, Array<[number, number]>>();
  for (const s of surface.segments) {
    const ranges = covered.get(s.event) ?? [];
    ranges.push([s.from, s.to]);
    covered.set(s.event, ranges);
  }
  return [...covered].map(([event, ranges]) => {
    ranges.sort((a, b) => a[0] - b[0]);
    let end = 0;
    for (const [from, to] of ranges) {
      if (from > end) return `${event}: hole at ${end}`;
      end = Math.max(end, to);
    }
    return `${event}: 0–${end}`;
  });
}

/** The picture of the state at `t` painted from a blank page: the simple, slow path. */
export function expectedPicture(events: readonly TypedEvent[], t: number): string[] {
  const state = stateAt(events, t);
  return state.eventIndices.map((event, i) => `${event}: 0–${state.strokes[i]!.points.count}`);
}
