/**
 * The replay's painting, without the DOM: which strokes to paint onto which surface, when, and in
 * what slices, so that any seek costs about the same at 20 strokes or at 20,000.
 *
 * - Playing forward paints onto the visible surface only what was added since the last frame
 *   (up to `spacing` points; a longer jump forward is a seek).
 * - Any other change (a seek, going back, an undo or clear taking strokes away) renders the state
 *   on a work surface, starting from the nearest keyframe (keyframes.ts) and painting the strokes
 *   after it, then puts the work surface on screen in place of the visible one (no copy), which
 *   becomes the next work surface. Within `seekMs` that happens at once; if more is left (no
 *   keyframe near yet), the rest is painted in slices while the previous picture stays on screen
 *   (on opening, with nothing on screen yet, the page shows as far as it is painted, four times a
 *   second).
 * - Painting per frame is bounded (frameBudget.ts): `seekMs` shared by the frame's own slice and
 *   seeks done at once, less in a frame that started late, none in a frame that lays the page
 *   out (on opening, or at a new size or density).
 * - In the frames left idle, a builder renders the states at the planned moments
 *   (keyframePlan.ts) in slices of `sliceMs`, keeping a keyframe every `spacing` points.
 * - Taking a keyframe copies the work surface into a picture of its own. A new picture is fresh
 *   memory, which can cost tens of milliseconds to touch for the first time, so keyframes are
 *   taken in animation frames only, at the start of a slice when the last one took longer than
 *   the slice has left, and a full store gives its least recently used picture to the new one.
 *   A seek answered at once takes none.
 * - A new size or pixel density (`setGeometry`) stretches the picture on screen at once (one
 *   cheap, slightly blurred frame), drops every keyframe, and renders again in slices.
 *
 * Painting a stroke in pieces gives the same pixels as painting it whole (strokePainter.ts), so
 * the picture equals painting the state's strokes from a blank page; the unit tests check that
 * against `stateAt` for random drawings and seeks.
 */
import { type ReplayState, stateAt } from '../../../../assessments/drawing/replay';
import { eventEnd } from '../../../../assessments/drawing/timeline';
import type { TypedEvent, TypedStroke } from '../../../../assessments/drawing/typed';
import {
  KEYFRAME_BUDGET,
  type KeyframeBudget,
  keyframeCapacity,
  keyframeMoments,
  keyframeSpacing,
  totalPoints,
} from './keyframePlan';
import { FrameBudget } from './frameBudget';
import { KeyframeStore } from './keyframes';

/** Size of the page in device pixels, and device pixels per page unit. */
export interface Geometry {
  width: number;
  height: number;
  scale: number;
}

/** A picture of the ink (a canvas; tests pass a recorder). */
export interface ReplaySurface {
  /** Transparent, all over. */
  clear(): void;
  /** The pixels of `source`, which has the same size. */
  copyFrom(source: ReplaySurface): void;
  /** Points [from, to) of the stroke, in page units (strokePainter.ts). */
  paint(stroke: TypedStroke, from: number, to: number): void;
  /** A new size; with `keep`, the current pixels show stretched to it until the next picture, else it is cleared. */
  resize(geometry: Geometry, keep: boolean): void;
  /**
   * Finishes the painting asked for so far. A canvas records drawing calls and rasterises them
   * later (at the end of the frame, or when its pixels are read or copied), so without this the
   * time of a slice would count the recording and the rasterising would land in one long frame.
   */
  flush(): void;
  /** Frees the pixels now. */
  release(): void;
}

export interface ReplayEnvironment {
  /** The surface on screen at first. */
  visible: ReplaySurface;
  /** Puts `surface` on screen in place of the one there, and gives that one back. */
  present(surface: ReplaySurface): ReplaySurface;
  createSurface(geometry: Geometry): ReplaySurface;
  now(): number;
  /** Runs `callback` in the next animation frame, with the frame's start time (on the `now` clock). */
  requestFrame(callback: (frameStart: number) => void): number;
  /** The start time of the animation frame running now, or of the last one (the document timeline's time). */
  frameTime(): number;
  cancelFrame(handle: number): void;
  /** Called when the picture on screen stops or starts matching the moment asked for. */
  onBusy?(busy: boolean): void;
}

export interface ReplayTuning {
  budget: KeyframeBudget;
  /**
   * Painting per animation frame while someone waits for the picture, a seek's first slice (done
   * at once) included: frames stay under 50 ms (RAIL's "response" budget) with the browser's own
   * work in them.
   */
  seekMs: number;
  /** Painting per animation frame for the rest, and for the builder. */
  sliceMs: number;
  /** The longest frame wanted while painting in slices (frameBudget.ts). */
  frameTargetMs: number;
}

export const REPLAY_TUNING: ReplayTuning = { budget: KEYFRAME_BUDGET, seekMs: 25, sliceMs: 8, frameTargetMs: 45 };

/** Points painted between looks at the clock (each look first flushes the painting: a few ms). */
const FLUSH_POINTS = 600;

/** Pictures freed per frame (about 2 ms each in Chromium). */
const RELEASE_PER_FRAME = 4;

/** A slice shorter than this is not worth starting (each one ends with a flush of a few ms). */
const MIN_SLICE_MS = 2;

/** While opening, how often the page shows how far it is painted, ms. */
const PREVIEW_MS = 250;

/** What the visible surface shows. */
interface Shown {
  t: number;
  indices: readonly number[];
  /** Position in `indices` → points painted, for strokes not yet complete at `t`. */
  partial: Map<number, number>;
}

/** A state being rendered on the work surface. */
interface Job {
  target: ReplayState;
  t: number;
  /** Whether the work surface has been set to the starting keyframe (or cleared). */
  started: boolean;
  /** Strokes [0, pos) of the target are on the work surface, each complete. */
  pos: number;
  /** Latest end of those strokes. */
  completeAt: number;
  /** Points painted since the last keyframe. */
  sinceKeyframe: number;
  keyframeDue: boolean;
  /** A seek (swaps onto the screen when done) or the builder's. */
  visible: boolean;
}

export class ReplayRenderer {
  private readonly frameBudget: FrameBudget;
  private readonly ends: Float64Array;
  private readonly points: number;
  private geometry: Geometry | null = null;
  private keyframes: KeyframeStore<ReplaySurface> = new KeyframeStore(0, (picture) => this.retire(picture));
  /** Pictures to free, a few per frame: freeing 120 canvases at once takes a quarter of a second. */
  private retired: ReplaySurface[] = [];
  private spacing = 1;
  private moments: number[] = [];
  private nextMoment = 0;
  /** The surface on screen. */
  private visible: ReplaySurface;
  private work: ReplaySurface | null = null;
  private job: Job | null = null;
  private shown: Shown | null = null;
  private t = 0;
  private frame = 0;
  private busy = false;
  /** Whether a whole picture has been on screen (until then, a partial one beats a blank page). */
  private everShown = false;
  private lastPreview = Number.NEGATIVE_INFINITY;
  /** How long the last keyframe took to take, ms. */
  private captureMs = 0;
  private destroyed = false;

  constructor(
    private readonly events: readonly TypedEvent[],
    private readonly env: ReplayEnvironment,
    private readonly tuning: ReplayTuning = REPLAY_TUNING,
  ) {
    this.frameBudget = new FrameBudget(tuning.seekMs, tuning.frameTargetMs);
    this.visible = env.visible;
    this.ends = Float64Array.from(events, (event) => eventEnd(event));
    this.points = totalPoints(events);
  }

  /** Keyframes held now (for tests and the benchmark). */
  get keyframeCount(): number {
    return this.keyframes.size;
  }

  /** Whether the builder still has keyframes to take. */
  get building(): boolean {
    return this.nextMoment < this.moments.length || (this.job !== null && !this.job.visible);
  }

  /** Whether the screen is still catching up with the moment asked for. */
  get pending(): boolean {
    return this.job?.visible === true;
  }

  setGeometry(geometry: Geometry): void {
    const old = this.geometry;
    if (old && old.width === geometry.width && old.height === geometry.height && old.scale === geometry.scale) return;
    this.geometry = geometry;
    // The browser lays the page out (on opening) or lays it out and rasterises it anew (at a new
    // size or density) in this frame: nothing is painted in it.
    this.frameBudget.limitFrame(this.env.now(), 0);
    this.visible.resize(geometry, this.everShown);
    this.keyframes.clear();
    const capacity = keyframeCapacity(geometry.width, geometry.height, this.tuning.budget);
    this.keyframes = new KeyframeStore(capacity, (picture) => this.retire(picture));
    this.spacing = keyframeSpacing(this.points, capacity, this.tuning.budget);
    this.moments = keyframeMoments(this.events, this.spacing);
    this.nextMoment = 0;
    if (this.work) this.retire(this.work);
    this.work = null;
    this.job = null;
    this.shown = null;
    // The stretched picture stands for this frame; the exact one follows in the next frames.
    this.render(this.t, false);
  }

  /** Shows the page at `t` ms on the drawing clock. */
  show(t: number): void {
    this.t = t;
    if (this.geometry) this.render(t, true);
  }

  /** Stops painting; the pictures are freed over the next frames. */
  destroy(): void {
    this.destroyed = true;
    this.keyframes.clear();
    if (this.work) this.retire(this.work);
    this.work = null;
    this.job = null;
    this.schedule();
  }

  private retire(picture: ReplaySurface): void {
    this.retired.push(picture);
  }

  private render(t: number, now: boolean): void {
    const target = stateAt(this.events, t);
    const shown = this.shown;
    const job = this.job;
    if (
      job?.visible !== true &&
      shown !== null &&
      t >= shown.t &&
      startsWith(target.eventIndices, shown.indices) &&
      added(shown, target) <= this.spacing
    ) {
      this.continueShown(shown, target, t);
    } else if (
      job?.visible === true &&
      t >= job.completeAt &&
      startsWith(target.eventIndices, job.target.eventIndices, job.pos)
    ) {
      // Still catching up: the strokes already on the work surface stay, the target moves on.
      job.target = target;
      job.t = t;
    } else {
      // A builder's job gives way; its moment is taken again later (from the keyframes it left).
      if (job && !job.visible) this.nextMoment--;
      this.job = newJob(target, t, true);
    }
    if (now && this.job?.visible) {
      const start = this.env.now();
      const left = this.frameBudget.atOnce(start, this.env.frameTime());
      if (left >= MIN_SLICE_MS) {
        this.step(this.job, start + left, false);
        this.frameBudget.spent(start, this.env.now());
      }
    }
    this.schedule();
  }

  /** Playing forward: the rest of the strokes that were still being drawn, then the new ones. */
  private continueShown(shown: Shown, target: ReplayState, t: number): void {
    const visible = this.visible;
    const partial = new Map<number, number>();
    for (const [position, painted] of shown.partial) {
      const stroke = target.strokes[position]!;
      visible.paint(stroke, painted, stroke.points.count);
      this.notePartial(partial, target, position);
    }
    for (let position = shown.indices.length; position < target.strokes.length; position++) {
      visible.paint(target.strokes[position]!, 0, target.strokes[position]!.points.count);
      this.notePartial(partial, target, position);
    }
    this.shown = { t, indices: target.eventIndices, partial };
  }

  private notePartial(partial: Map<number, number>, target: ReplayState, position: number): void {
    if (!this.isComplete(target, position)) partial.set(position, target.strokes[position]!.points.count);
  }

  private isComplete(target: ReplayState, position: number): boolean {
    const event = this.events[target.eventIndices[position]!] as TypedStroke;
    return target.strokes[position]!.points.count === event.points.count;
  }

  /** Sets the work surface to the nearest keyframe of the job's target, or clears it. */
  private begin(job: Job): void {
    const work = (this.work ??= this.env.createSurface(this.geometry!));
    const keyframe = this.keyframes.best(job.target, job.t);
    if (keyframe) work.copyFrom(keyframe.picture);
    else work.clear();
    job.started = true;
    job.pos = keyframe ? keyframe.indices.length : 0;
    job.completeAt = keyframe ? keyframe.completeAt : Number.NEGATIVE_INFINITY;
  }

  /** Works on the job (and the builder's next ones) until `deadline`. */
  private run(deadline: number): void {
    while (!this.destroyed) {
      if (!this.job && !this.startBuilderJob(deadline)) return;
      if (!this.step(this.job!, deadline, true)) return;
    }
  }

  /**
   * Paints complete strokes until the deadline (at least one batch, so every slice gets on), then
   * finishes the job; false when time ran out first. `mayCapture`: keyframes may be taken.
   */
  private step(job: Job, deadline: number, mayCapture: boolean): boolean {
    if (!job.started) this.begin(job);
    const { target } = job;
    const work = this.work!;
    let unflushed = 0;
    let fresh = true;
    for (;;) {
      if (job.keyframeDue && mayCapture) {
        if (!fresh && this.env.now() + this.captureMs >= deadline) {
          work.flush();
          return false;
        }
        this.takeKeyframe(job);
        fresh = false;
      }
      if (job.pos >= target.strokes.length || !this.isComplete(target, job.pos)) {
        // The builder's state is complete: it ends with a keyframe (taken at the top of the loop).
        if (!job.visible && job.pos === target.strokes.length && job.sinceKeyframe > 0 && mayCapture) {
          job.keyframeDue = true;
          continue;
        }
        break;
      }
      if (unflushed >= FLUSH_POINTS) {
        work.flush();
        unflushed = 0;
      }
      if (unflushed === 0 && !fresh && this.env.now() >= deadline) return false;
      const stroke = target.strokes[job.pos]!;
      work.paint(stroke, 0, stroke.points.count);
      unflushed += stroke.points.count;
      fresh = false;
      job.completeAt = Math.max(job.completeAt, this.ends[target.eventIndices[job.pos]!]!);
      job.pos++;
      job.sinceKeyframe += stroke.points.count;
      if (job.sinceKeyframe >= this.spacing) job.keyframeDue = true;
    }
    this.finish(job);
    return true;
  }

  private finish(job: Job): void {
    const { target } = job;
    const work = this.work!;
    this.job = null;
    if (!job.visible) return;
    // Strokes still being drawn at t, and anything after them, go on last.
    const partial = new Map<number, number>();
    for (let position = job.pos; position < target.strokes.length; position++) {
      const stroke = target.strokes[position]!;
      work.paint(stroke, 0, stroke.points.count);
      this.notePartial(partial, target, position);
    }
    // The finished picture goes on screen as it is; the one it replaces is painted on next.
    this.visible = work;
    this.work = this.env.present(work);
    this.work.resize(this.geometry!, false);
    this.shown = { t: job.t, indices: target.eventIndices, partial };
    this.everShown = true;
  }

  private takeKeyframe(job: Job): void {
    job.keyframeDue = false;
    job.sinceKeyframe = 0;
    const indices = job.target.eventIndices.slice(0, job.pos);
    if (indices.length === 0 || this.keyframes.has(indices)) return;
    const start = this.env.now();
    const picture = this.keyframes.recycle() ?? this.env.createSurface(this.geometry!);
    picture.copyFrom(this.work!);
    picture.flush();
    this.keyframes.add({ indices, completeAt: job.completeAt }, picture);
    this.captureMs = this.env.now() - start;
  }

  /**
   * The builder's next moment not yet within `spacing / 2` points of a keyframe. Each look costs
   * a `stateAt` (a few ms over 20,000 strokes), so it stops at the deadline too.
   */
  private startBuilderJob(deadline: number): boolean {
    while (this.nextMoment < this.moments.length && this.env.now() < deadline) {
      const t = this.moments[this.nextMoment++]!;
      const target = stateAt(this.events, t);
      const keyframe = this.keyframes.best(target, t);
      let left = 0;
      for (let i = keyframe ? keyframe.indices.length : 0; i < target.strokes.length; i++)
        left += target.strokes[i]!.points.count;
      if (left * 2 <= this.spacing) continue;
      this.job = newJob(target, t, false);
      return true;
    }
    return false;
  }

  private schedule(): void {
    const pending = this.job?.visible === true;
    if (pending !== this.busy) {
      this.busy = pending;
      this.env.onBusy?.(pending);
    }
    const painting = !this.destroyed && (this.job !== null || this.building);
    if (this.frame !== 0 || (!painting && this.retired.length === 0)) return;
    this.frame = this.env.requestFrame((frameStart) => {
      this.frame = 0;
      this.frameBudget.beginFrame(frameStart);
      for (const picture of this.retired.splice(0, RELEASE_PER_FRAME)) picture.release();
      if (this.destroyed) {
        this.schedule();
        return;
      }
      const start = this.env.now();
      // Someone is waiting for the picture: what is left of the frame's larger budget; the
      // builder works in the background with small slices.
      const left = this.frameBudget.inFrame(start);
      if (this.job?.visible && left >= MIN_SLICE_MS) {
        this.step(this.job, start + left, true);
        // Opening, nothing is on screen yet: show the page as far as it is painted, a few times a
        // second (each copy makes the canvas copy its pixels when painting goes on).
        if (this.job?.visible && !this.everShown && start - this.lastPreview >= PREVIEW_MS) {
          this.visible.copyFrom(this.work!);
          this.lastPreview = start;
        }
      }
      if (!this.job?.visible) this.run(start + Math.min(this.tuning.sliceMs, left));
      const end = this.env.now();
      this.frameBudget.spent(start, end);
      this.schedule();
    });
  }
}

function newJob(target: ReplayState, t: number, visible: boolean): Job {
  return {
    target,
    t,
    started: false,
    pos: 0,
    completeAt: Number.NEGATIVE_INFINITY,
    sinceKeyframe: 0,
    keyframeDue: false,
    visible,
  };
}

/** Points to paint to go from what is shown to `target`, which continues it. */
function added(shown: Shown, target: ReplayState): number {
  let points = 0;
  for (const [position, painted] of shown.partial) points += target.strokes[position]!.points.count - painted;
  for (let position = shown.indices.length; position < target.strokes.length; position++) {
    points += target.strokes[position]!.points.count;
  }
  return points;
}

/** Whether `list` starts with the first `count` entries of `prefix` (all of it by default). */
function startsWith(list: readonly number[], prefix: readonly number[], count = prefix.length): boolean {
  if (count > list.length || count > prefix.length) return false;
  for (let i = count - 1; i >= 0; i--) if (list[i] !== prefix[i]) return false;
  return true;
}
