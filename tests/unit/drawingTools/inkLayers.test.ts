import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replay } from '../../../assessments/drawing';
import { type TypedEvent, type TypedStroke, toTypedStroke } from '../../../assessments/drawing/typed';
import { InkBitmap } from '../../../renderer/features/drawing/render/inkBitmap';
import { InkLayers, type Surface } from '../../../renderer/features/drawing/render/inkLayers';
import { runOps } from '../../../renderer/features/drawing/render/inkRaster';
import { line, undo } from '../drawing/builders';
import { ModelEnv, ModelRaster } from './modelRaster';

/** A4 portrait at 1 model pixel per 50 page units. */
const WIDTH = 42;
const HEIGHT = 60;
const SCALE = 1 / 50;

/** An ink bitmap on a model display that counts the strokes it paints. */
class ModelSurface extends InkBitmap {
  readonly layer = null as never;
  painted = 0;
  constructor(env: ModelEnv) {
    super(env, 0);
    env.run = (ctx) => this.run(ctx);
    const count = (ctx: ModelRaster) => {
      const stroke = ctx.stroke.bind(ctx);
      ctx.stroke = () => {
        this.painted++;
        stroke();
      };
    };
    count(env.display);
  }
}

function setUp() {
  const envs: ModelEnv[] = [];
  const layers = new InkLayers(() => {
    const env = new ModelEnv(WIDTH, HEIGHT);
    envs.push(env);
    const surface = new ModelSurface(env);
    surface.setScale(SCALE);
    return surface as unknown as Surface;
  });
  const [base, recent] = envs as [ModelEnv, ModelEnv];
  /** What the screen shows: the recent layer over the base. */
  const screen = () => {
    layers.flush();
    return base.display.cells.map((b, i) => recent.display.cells[i] ?? b);
  };
  const frames = () => {
    while (base.runFrames() || recent.runFrames()) layers.flush();
  };
  return { layers, base, recent, screen, frames };
}

/** The visible strokes painted in order on one clean model bitmap: the plain, slow repaint. */
function plainRepaint(events: readonly TypedEvent[]): (string | null)[] {
  const raster = new ModelRaster(WIDTH, HEIGHT);
  runOps(
    raster,
    replay(events).strokes.map((stroke) => ({ kind: 'paint' as const, stroke, from: 0, to: stroke.points.count })),
    SCALE,
  );
  return raster.cells;
}

const typedLine = (...args: Parameters<typeof line>) => toTypedStroke(line(...args));

type Action =
  | { kind: 'stroke'; eraser: boolean; x0: number; y0: number; x1: number; y1: number }
  | { kind: 'undo' | 'redo' | 'clear' | 'resize' | 'frame' };

/** Strokes crowd one corner (16 × 16 model pixels) so that they overlap, as on a busy page. */
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('stroke' as const),
      eraser: fc.integer({ min: 0, max: 9 }).map((n) => n < 3),
      x0: fc.integer({ min: 0, max: 799 }),
      y0: fc.integer({ min: 0, max: 799 }),
      x1: fc.integer({ min: 0, max: 799 }),
      y1: fc.integer({ min: 0, max: 799 }),
    }),
  },
  { weight: 3, arbitrary: fc.constantFrom<Action>({ kind: 'undo' }, { kind: 'redo' }) },
  { weight: 2, arbitrary: fc.constantFrom<Action>({ kind: 'resize' }, { kind: 'frame' }) },
  { weight: 1, arbitrary: fc.constant<Action>({ kind: 'clear' }) },
);

/**
 * Drives the layers as the canvas controller does, from the undo/redo semantics of replay.ts:
 * the events are the truth, the layers are told what changed.
 */
function drive(actions: Action[]) {
  const { layers, base, screen, frames } = setUp();
  const events: TypedEvent[] = [];
  const done: number[] = [];
  const undone: number[] = [];
  let t = 0;
  for (const action of actions) {
    t += 1000;
    if (action.kind === 'stroke') {
      const stroke = typedLine(action.x0, action.y0, action.x1, action.y1, {
        t0: t,
        durationMs: 100,
        points: 24,
        colour: `#${(events.length + 1).toString(16).padStart(6, '0')}`,
        tool: action.eraser ? 'eraser' : 'pencil',
      });
      const index = events.push(stroke) - 1;
      if (action.eraser) {
        layers.foldAll();
        layers.commitEraser(stroke, index, 0);
      } else {
        layers.commit(stroke, index);
      }
      done.push(index);
      undone.length = 0;
    } else if (action.kind === 'undo' || action.kind === 'redo' || action.kind === 'clear') {
      events.push({ kind: action.kind, t });
      const from = action.kind === 'undo' ? done : undone;
      let changed: number | undefined;
      if (action.kind === 'clear') {
        done.push(-1);
        undone.length = 0;
      } else {
        const moved = from.pop();
        if (moved === undefined) continue;
        (action.kind === 'undo' ? undone : done).push(moved);
        changed = moved >= 0 ? moved : undefined;
      }
      const stroke = changed === undefined ? undefined : (events[changed] as TypedStroke);
      layers.show(replay(events), stroke && changed !== undefined ? { index: changed, stroke } : undefined);
    } else if (action.kind === 'resize') {
      layers.repaintAll(replay(events), layers.snapshotBase());
    } else {
      base.runFrames();
    }
    if (!layers.base.rebuilding) expect(screen()).toEqual(plainRepaint(events));
  }
  frames();
  expect(screen()).toEqual(plainRepaint(events));
}

describe('ink layers', () => {
  it('show exactly what a plain repaint shows, after any strokes, erasers, undo, redo, clear and resize', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 160 }), (actions) => drive(actions)),
      { numRuns: 120 },
    );
  });

  it('undoing the last stroke of thousands repaints only the recent strokes', () => {
    const { layers, base, screen } = setUp();
    const events: TypedEvent[] = [];
    for (let i = 0; i < 3000; i++) {
      const stroke = typedLine(i % 2000, 100, (i % 2000) + 10, 200, { t0: i * 100, durationMs: 50, points: 3 });
      layers.commit(stroke, events.push(stroke) - 1);
    }
    screen();
    const before = base.display.cells.slice();
    events.push(undo(600_000));
    const [baseCount, recentCount] = counting(layers);
    layers.show(replay(events), { index: 2999, stroke: events[2999] as TypedStroke });
    screen();
    expect(baseCount()).toBe(0);
    expect(recentCount()).toBeLessThanOrEqual(64);
    expect(base.display.cells).toEqual(before);
    expect(screen()).toEqual(plainRepaint(events));
  });

  it('undoing a stroke on the base repaints only the strokes where it lay', () => {
    const { layers, screen } = setUp();
    const events: TypedEvent[] = [];
    for (let i = 0; i < 500; i++) {
      const x = (i * 97) % 2000;
      const y = (i * 389) % 2900;
      const stroke = typedLine(x, y, x + 40, y + 40, { t0: i * 100, durationMs: 50, points: 3 });
      layers.commit(stroke, events.push(stroke) - 1);
    }
    // An eraser folds everything onto the base; undoing it then undoes base strokes one by one.
    const eraser = typedLine(100, 100, 400, 400, { t0: 60_000, durationMs: 50, points: 10, tool: 'eraser', width: 30 });
    layers.foldAll();
    layers.commitEraser(eraser, events.push(eraser) - 1, 0);
    screen();
    const [baseCount] = counting(layers);
    events.push(undo(70_000));
    layers.show(replay(events), { index: 500, stroke: eraser });
    expect(screen()).toEqual(plainRepaint(events));
    const afterEraser = baseCount();
    expect(afterEraser).toBeLessThan(100);
    events.push(undo(71_000));
    layers.show(replay(events), { index: 499, stroke: events[499] as TypedStroke });
    expect(screen()).toEqual(plainRepaint(events));
    expect(baseCount() - afterEraser).toBeLessThan(20);
  });

  it('shows the page again from its picture when a clear is undone', () => {
    const { layers, screen } = setUp();
    const events: TypedEvent[] = [];
    for (let i = 0; i < 400; i++) {
      const stroke = typedLine(i * 5, 100, i * 5 + 10, 2000, { t0: i * 100, durationMs: 50, points: 4 });
      layers.commit(stroke, events.push(stroke) - 1);
    }
    screen();
    events.push({ kind: 'clear', t: 50_000 });
    layers.show(replay(events));
    expect(screen().every((c) => c === null)).toBe(true);
    const [baseCount, recentCount] = counting(layers);
    events.push(undo(51_000));
    layers.show(replay(events));
    expect(screen()).toEqual(plainRepaint(events));
    expect(baseCount() + recentCount()).toBe(0);
  });

  it('keeps the old pixels on screen while a resize rebuilds, and swaps in the rebuilt page', () => {
    const { layers, base, screen, frames } = setUp();
    const events: TypedEvent[] = [];
    for (let i = 0; i < 600; i++) {
      const stroke = typedLine((i * 37) % 2000, (i * 91) % 2900, 100, 100, { t0: i * 100, durationMs: 50, points: 4 });
      layers.commit(stroke, events.push(stroke) - 1);
    }
    const shown = screen();
    layers.repaintAll(replay(events), layers.snapshotBase());
    expect(screen()).toEqual(shown);
    base.runFrames();
    expect(layers.base.rebuilding).toBe(true);
    // A stroke drawn while the page rebuilds shows at once and survives the swap.
    const late = typedLine(5, 5, 2000, 2900, { t0: 100_000, durationMs: 50, points: 20, colour: '#abcdef' });
    layers.commit(late, events.push(late) - 1);
    expect(screen().filter((c) => c === '#abcdef').length).toBeGreaterThan(0);
    frames();
    expect(layers.base.rebuilding).toBe(false);
    expect(screen()).toEqual(plainRepaint(events));
  });
});

/** Counters of the stroke() calls each layer's display receives from now on. */
function counting(layers: InkLayers): [() => number, () => number] {
  const make = (surface: Surface) => {
    const s = surface as unknown as ModelSurface;
    const start = s.painted;
    return () => s.painted - start;
  };
  return [make(layers.base), make(layers.recent)];
}
