import { describe, expect, it } from 'vitest';
import { replay } from '../../../assessments/drawing';
import type { DrawingEvent, Stroke } from '../../../assessments/drawing/model';
import { InkLayers, type Surface } from '../../../renderer/features/drawing/render/inkLayers';
import { line, undo } from '../drawing/builders';

/** A surface that counts the strokes it is asked to paint, and what it holds. */
class CountingSurface {
  layer = null as never;
  painted = 0;
  holds: Stroke[] = [];
  setScale(): void {}
  paint(stroke: Stroke): void {
    this.painted++;
    if (!this.holds.includes(stroke)) this.holds.push(stroke);
  }
  repaint(strokes: readonly Stroke[]): void {
    this.holds = [];
    for (const s of strokes) this.paint(s);
  }
  flush(): void {}
}

function setUp(count: number) {
  const surfaces: CountingSurface[] = [];
  const layers = new InkLayers(() => {
    const s = new CountingSurface();
    surfaces.push(s);
    return s as unknown as Surface;
  });
  const [base, recent] = surfaces as [CountingSurface, CountingSurface];
  const events: DrawingEvent[] = [];
  for (let i = 0; i < count; i++) {
    const stroke = line(i, 0, i, 10, { t0: i * 100, durationMs: 50 });
    events.push(stroke);
    layers.commit(stroke, i);
  }
  const reset = () => {
    base.painted = 0;
    recent.painted = 0;
  };
  return { layers, base, recent, events, reset };
}

const shown = (base: CountingSurface, recent: CountingSurface) => [...base.holds, ...recent.holds];

describe('ink layers', () => {
  it('undoing the last stroke of thousands repaints only the recent strokes', () => {
    const { layers, base, recent, events, reset } = setUp(5000);
    reset();
    events.push(undo(600_000));
    layers.show(replay(events));
    expect(base.painted).toBe(0);
    expect(recent.painted).toBeLessThanOrEqual(64);
    expect(shown(base, recent)).toEqual(replay(events).strokes);
  });

  it('undoing past the recent strokes repaints the page once', () => {
    const { layers, base, recent, events, reset } = setUp(200);
    for (let i = 0; i < 100; i++) events.push(undo(600_000 + i));
    reset();
    layers.show(replay(events));
    expect(base.painted + recent.painted).toBe(100);
    expect(shown(base, recent)).toEqual(replay(events).strokes);
  });

  it('keeps an eraser stroke on the base, over everything before it', () => {
    const { layers, base, recent, events } = setUp(10);
    layers.foldAll();
    expect(recent.holds).toEqual([]);
    const eraser = line(0, 5, 10, 5, { t0: 5000, tool: 'eraser' });
    events.push(eraser);
    layers.commitEraser(eraser, 10, 2);
    const next = line(0, 0, 1, 1, { t0: 6000 });
    events.push(next);
    layers.commit(next, 11);
    events.push(undo(7000));
    layers.show(replay(events));
    expect(base.holds.at(-1)).toBe(eraser);
    expect(shown(base, recent)).toEqual(replay(events).strokes);
  });
});
