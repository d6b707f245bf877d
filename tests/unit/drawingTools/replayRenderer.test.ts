import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventEnd, eventStart } from '../../../assessments/drawing/timeline';
import { type TypedEvent, toTypedDrawing } from '../../../assessments/drawing/typed';
import type { DrawingEvent } from '../../../assessments/drawing/model';
import { keyframeMoments, keyframeSpacing } from '../../../renderer/features/drawing/replay/keyframePlan';
import { KeyframeStore } from '../../../renderer/features/drawing/replay/keyframes';
import { type Geometry, ReplayRenderer, type ReplayTuning } from '../../../renderer/features/drawing/replay/replayRenderer';
import { watchPixelRatio } from '../../../renderer/features/drawing/replay/pixelRatio';
import { drawingArb } from '../drawing/arbitraries';
import { clear, line, portrait, undo } from '../drawing/builders';
import { FakeSurface, World, expectedPicture, picture } from './replayFakes';

const PAGE: Geometry = { width: 420, height: 594, scale: 0.2 };
/** Keyframes every 40 points, at most 6 of them: small enough that random drawings exercise both. */
const TUNING: ReplayTuning = { budget: { bytes: 6 * 420 * 594 * 4, minSpacing: 40 }, seekMs: 5, sliceMs: 2, frameTargetMs: 50 };

function typed(events: DrawingEvent[]): readonly TypedEvent[] {
  return toTypedDrawing(portrait(events)).events;
}

function open(events: readonly TypedEvent[], tuning = TUNING, msPerPoint = 0.01) {
  const world = new World(events, msPerPoint);
  const busy: boolean[] = [];
  const visible = new FakeSurface(world, { width: 1, height: 1, scale: 1 });
  const renderer = new ReplayRenderer(events, world.environment(visible, busy), tuning);
  renderer.setGeometry(PAGE);
  return { world, renderer, busy };
}

/** `count` strokes of `points` points one after another, 100 ms apart. */
function strokes(count: number, points: number): DrawingEvent[] {
  return Array.from({ length: count }, (_, i) =>
    line(10 + (i % 50) * 40, 10 + i, 60 + (i % 50) * 40, 40 + i, { t0: i * 100, durationMs: 50, points }),
  );
}

describe('replay seeking with keyframes', () => {
  it('shows exactly the state at each moment, whatever the order of seeks, sizes and densities', () => {
    const op = fc.oneof(
      { arbitrary: fc.record({ kind: fc.constant('seek' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }), weight: 6 },
      { arbitrary: fc.record({ kind: fc.constant('event' as const), index: fc.nat(), end: fc.boolean() }), weight: 4 },
      { arbitrary: fc.record({ kind: fc.constant('frames' as const), count: fc.integer({ min: 1, max: 5 }) }), weight: 2 },
      { arbitrary: fc.record({ kind: fc.constant('density' as const), ratio: fc.constantFrom(1, 1.5, 2) }), weight: 1 },
    );
    fc.assert(
      fc.property(drawingArb({ maxEvents: 30, maxPoints: 30 }), fc.array(op, { maxLength: 25 }), (drawing, ops) => {
        const events = toTypedDrawing(drawing).events;
        const { world, renderer } = open(events);
        const end = events.reduce((m, e) => Math.max(m, eventEnd(e)), 0);
        let t = 0;
        for (const step of ops) {
          if (step.kind === 'seek') t = step.at * end;
          else if (step.kind === 'event' && events.length > 0) {
            const event = events[step.index % events.length]!;
            t = step.end ? eventEnd(event) : eventStart(event);
          }
          if (step.kind === 'frames') world.runFrames(step.count);
          else if (step.kind === 'density') {
            renderer.setGeometry({
              width: PAGE.width * step.ratio,
              height: PAGE.height * step.ratio,
              scale: PAGE.scale * step.ratio,
            });
          } else renderer.show(t);
          // Whenever the screen is not catching up, it shows the state exactly.
          if (!renderer.pending) {
            expect(world.screen.stretched).toBe(false);
            expect(picture(world.screen)).toEqual(expectedPicture(events, t));
          }
          expect(renderer.keyframeCount).toBeLessThanOrEqual(6);
        }
        world.runFrames();
        expect(renderer.pending).toBe(false);
        expect(picture(world.screen)).toEqual(expectedPicture(events, t));
        renderer.destroy();
        world.runFrames();
        expect(world.live).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it('paints at most about one keyframe spacing for any seek, once the keyframes are built', () => {
    const events = typed(strokes(2000, 20));
    const tuning: ReplayTuning = { budget: { bytes: 1e12, minSpacing: 400 }, seekMs: 1e9, sliceMs: 8, frameTargetMs: 1e9 };
    const { world, renderer } = open(events, tuning);
    renderer.show(eventEnd(events[events.length - 1]!));
    world.runFrames();
    expect(renderer.building).toBe(false);
    expect(renderer.keyframeCount).toBeGreaterThanOrEqual((2000 * 20) / 400 - 1);
    const seekTimes = [0, 150_000, 37_020, 199_950, 100_025, 5, 123_456, 60_000];
    for (const t of seekTimes) {
      const before = world.painted;
      renderer.show(t);
      expect(renderer.pending).toBe(false);
      // The nearest keyframe is at most 400 points back; the last stroke may be cut anywhere.
      expect(world.painted - before).toBeLessThanOrEqual(400 + 20);
    }
  });

  it('repaints from the start without keyframes, which is what every seek cost before', () => {
    const events = typed(strokes(2000, 20));
    const tuning: ReplayTuning = { budget: { bytes: 0, minSpacing: 1e9 }, seekMs: 1e9, sliceMs: 8, frameTargetMs: 1e9 };
    const { world, renderer } = open(events, tuning);
    renderer.show(199_950);
    world.runFrames();
    const before = world.painted;
    renderer.show(150_000);
    expect(renderer.pending).toBe(false);
    expect(world.painted - before).toBeGreaterThan(1400 * 20);
  });

  it('keeps every frame within its slice while a far seek catches up, and says it is busy meanwhile', () => {
    const events = typed(strokes(2000, 20));
    // 0.01 virtual ms per point: the whole page is 400 ms of painting. The clock is read every
    // 600 points (after a flush), so a slice may run over by that much: 6 ms.
    const over = 6.2;
    const { world, renderer, busy } = open(events);
    const start = world.time;
    renderer.show(199_950);
    expect(world.time - start).toBeLessThanOrEqual(TUNING.seekMs + over);
    expect(renderer.pending).toBe(true);
    expect(busy.at(-1)).toBe(true);
    let longest = 0;
    while (renderer.pending) {
      const before = world.time;
      world.runFrames(1);
      longest = Math.max(longest, world.time - before - 16.7);
    }
    expect(longest).toBeLessThanOrEqual(TUNING.seekMs + over);
    expect(busy.at(-1)).toBe(false);
    // Then the builder (for what the seek did not pass on its way), in smaller slices.
    while (renderer.building) {
      const before = world.time;
      world.runFrames(1);
      longest = Math.max(longest, world.time - before - 16.7);
    }
    expect(longest).toBeLessThanOrEqual(TUNING.seekMs + over);
  });

  it('shares one budget per frame between its own slice and a seek done at once in that frame', () => {
    const events = typed(strokes(2000, 20));
    // 0.001 virtual ms per point: the clock is read every 600 points, so a slice runs over by 0.6 ms at most.
    const tuning: ReplayTuning = { ...TUNING, seekMs: 25 };
    const { world, renderer } = open(events, tuning, 0.001);
    world.runFrames(1);
    renderer.show(199_950);
    world.runFrames(1);
    expect(renderer.pending).toBe(true);
    // Another callback of the same frame seeks elsewhere: the frame has spent its budget already.
    const frameStart = world.frameStart;
    renderer.show(100_000);
    expect(world.time - frameStart).toBeLessThanOrEqual(tuning.seekMs + 0.7);
    // In a later frame, a seek done at once paints at once again.
    world.frameWithout();
    const before = world.time;
    renderer.show(150_000);
    expect(world.time - before).toBeGreaterThan(1);
  });

  it('after undo and clear, starts from a keyframe showing the strokes still on the page', () => {
    const events = typed([...strokes(100, 20), undo(20_000), undo(20_001), clear(20_002), undo(20_003)]);
    const tuning: ReplayTuning = { budget: { bytes: 1e12, minSpacing: 200 }, seekMs: 1e9, sliceMs: 8, frameTargetMs: 1e9 };
    const { world, renderer } = open(events, tuning);
    renderer.show(20_010);
    world.runFrames();
    for (const t of [20_000, 20_001, 20_002, 20_003, 5_000]) {
      const before = world.painted;
      renderer.show(t);
      expect(picture(world.screen)).toEqual(expectedPicture(events, t));
      expect(world.painted - before).toBeLessThanOrEqual(200 + 20);
    }
  });

  it('on a new density, stretches the picture at once, drops the keyframes and paints it sharp again', () => {
    const events = typed(strokes(500, 20));
    const { world, renderer } = open(events);
    renderer.show(49_950);
    world.runFrames();
    expect(renderer.keyframeCount).toBeGreaterThan(0);
    const live = world.live;
    const before = world.time;
    renderer.setGeometry({ width: 840, height: 1188, scale: 0.4 });
    expect(world.time - before).toBeLessThanOrEqual(TUNING.sliceMs + 6.2);
    expect(world.screen.geometry.width).toBe(840);
    expect(world.screen.stretched).toBe(true);
    expect(renderer.keyframeCount).toBe(0);
    // The old pictures are freed over the next frames, a few at a time.
    world.runFrames(1);
    expect(world.live).toBeLessThan(live);
    world.runFrames();
    expect(world.screen.stretched).toBe(false);
    expect(picture(world.screen)).toEqual(expectedPicture(events, 49_950));
    expect(renderer.keyframeCount).toBeGreaterThan(0);
  });

  it('plays forward by painting only what was added since the last frame', () => {
    const events = typed(strokes(50, 20));
    const { world, renderer } = open(events);
    // The frame that lays the page out paints nothing; the page shows from the next one.
    renderer.show(0);
    expect(picture(world.screen)).toEqual([]);
    world.runFrames(2);
    expect(picture(world.screen)).toEqual(expectedPicture(events, 0));
    for (let t = 0; t <= 5000; t += 16) {
      renderer.show(t);
      expect(picture(world.screen)).toEqual(expectedPicture(events, t));
    }
    // Each point once on the page, from opening at 0 to the end.
    expect(world.screen.segments.reduce((sum, s) => sum + s.to - s.from, 0)).toBe(50 * 20);
  });
});

describe('keyframe plan and store', () => {
  it('spaces keyframes by points, wider when the memory budget holds fewer pictures', () => {
    expect(keyframeSpacing(1_000, 100, { bytes: 0, minSpacing: 4000 })).toBe(4000);
    expect(keyframeSpacing(480_000, 16, { bytes: 0, minSpacing: 4000 })).toBe(34_286);
    const events = typed(strokes(10, 10));
    expect(keyframeMoments(events, 30)).toEqual([250, 550, 850, 950]);
  });

  it('matches a keyframe only to states that begin with its strokes, all finished', () => {
    const released: string[] = [];
    const store = new KeyframeStore<string>(2, (p) => released.push(p));
    store.add({ indices: [0, 1], completeAt: 100 }, 'a');
    store.add({ indices: [0, 1, 2, 3], completeAt: 300 }, 'b');
    expect(store.best({ eventIndices: [0, 1, 2, 3, 4] }, 400)?.picture).toBe('b');
    expect(store.best({ eventIndices: [0, 1, 2, 3] }, 250)?.picture).toBe('a');
    expect(store.best({ eventIndices: [0, 1, 5] }, 400)?.picture).toBe('a');
    expect(store.best({ eventIndices: [6] }, 400)).toBeNull();
    store.add({ indices: [0, 1, 2], completeAt: 200 }, 'c');
    expect(released).toEqual(['b']);
    // Full: the least recently used picture is handed over to be painted anew, not freed.
    expect(store.best({ eventIndices: [0, 1, 2] }, 300)?.picture).toBe('c');
    expect(store.recycle()).toBe('a');
    expect(store.size).toBe(1);
    expect(store.recycle()).toBeNull();
    store.clear();
    expect(released.sort()).toEqual(['b', 'c']);
  });
});

describe('device pixel ratio', () => {
  it('reports each change of density and listens for the next one', () => {
    const queries: Array<{ media: string; listeners: Set<() => void> }> = [];
    const screen = {
      devicePixelRatio: 1,
      matchMedia(media: string) {
        const query = { media, listeners: new Set<() => void>() };
        queries.push(query);
        return {
          addEventListener: (_: 'change', l: () => void) => void query.listeners.add(l),
          removeEventListener: (_: 'change', l: () => void) => void query.listeners.delete(l),
        };
      },
    };
    const seen: number[] = [];
    const stop = watchPixelRatio(screen, (ratio) => seen.push(ratio));
    expect(queries.map((q) => q.media)).toEqual(['(resolution: 1dppx)']);
    screen.devicePixelRatio = 2;
    for (const l of [...queries[0]!.listeners]) l();
    expect(seen).toEqual([2]);
    expect(queries[0]!.listeners.size).toBe(0);
    expect(queries[1]!.media).toBe('(resolution: 2dppx)');
    stop();
    expect(queries[1]!.listeners.size).toBe(0);
  });
});
