import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DrawingEvent } from '../../../assessments/drawing/model';
import { replay, stateAt, visibleStrokes } from '../../../assessments/drawing/replay';
import { eventEnd } from '../../../assessments/drawing/timeline';
import { drawingArb } from './arbitraries';
import { clear, gap, line, redo, undo } from './builders';

// Strokes a, b, c, one second each, a second apart; identified by their colour.
const a = line(0, 0, 100, 0, { t0: 0, colour: '#aa0000' });
const b = line(0, 100, 100, 100, { t0: 2000, colour: '#bb0000' });
const c = line(0, 200, 100, 200, { t0: 4000, colour: '#cc0000' });
const eraser = line(0, 0, 100, 0, { t0: 4000, tool: 'eraser', colour: '#ffffff' });

const colours = (events: DrawingEvent[]) => visibleStrokes(events).map((s) => s.colour);

describe('undo, redo and clear', () => {
  it('undo takes back the last stroke and redo brings it back', () => {
    expect(colours([a, b, undo(3500)])).toEqual(['#aa0000']);
    expect(colours([a, b, undo(3500), redo(3600)])).toEqual(['#aa0000', '#bb0000']);
  });

  it('undo after clear restores what was cleared; redo clears again', () => {
    expect(colours([a, b, clear(3500)])).toEqual([]);
    expect(colours([a, b, clear(3500), undo(3600)])).toEqual(['#aa0000', '#bb0000']);
    expect(colours([a, b, clear(3500), undo(3600), redo(3700)])).toEqual([]);
  });

  it('a new stroke empties the redo stack', () => {
    const state = replay([a, b, undo(3500), c, redo(5500)]);
    expect(state.strokes.map((s) => s.colour)).toEqual(['#aa0000', '#cc0000']);
    expect(state.canRedo).toBe(false);
  });

  it('a clear empties the redo stack too', () => {
    const state = replay([a, b, undo(3500), clear(3600), redo(3700)]);
    expect(state.strokes).toEqual([]);
    expect(state.canRedo).toBe(false);
    expect(state.canUndo).toBe(true);
  });

  it('undo and redo with nothing to act on are recorded but change nothing', () => {
    expect(replay([undo(10), redo(20)])).toEqual({ strokes: [], eventIndices: [], canUndo: false, canRedo: false });
    expect(colours([a, undo(1500), undo(1600), redo(1700)])).toEqual(['#aa0000']);
  });

  it('undo walks back through strokes drawn after a clear and then through the clear', () => {
    const events = [a, b, clear(3500), c, undo(5500), undo(5600)];
    expect(colours(events)).toEqual(['#aa0000', '#bb0000']);
    expect(replay(events).eventIndices).toEqual([0, 1]);
  });

  it('keeps eraser strokes in the visible list, and undo removes them like any stroke', () => {
    expect(visibleStrokes([a, eraser]).map((s) => s.tool)).toEqual(['pencil', 'eraser']);
    expect(visibleStrokes([a, eraser, undo(5500)]).map((s) => s.tool)).toEqual(['pencil']);
  });

  it('ignores gaps', () => {
    expect(colours([a, gap(1500, 60_000), line(0, 0, 1, 1, { t0: 62_000, colour: '#bb0000' })])).toEqual(['#aa0000', '#bb0000']);
  });
});

describe('stateAt', () => {
  const events = [a, b, undo(3500), c];

  it('shows nothing before the first stroke and everything at the end', () => {
    expect(stateAt([line(0, 0, 1, 1, { t0: 500 })], 499).strokes).toEqual([]);
    expect(stateAt(events, 5000)).toEqual(replay(events));
  });

  it('applies an undo from its time on', () => {
    expect(stateAt(events, 3499).strokes.map((s) => s.colour)).toEqual(['#aa0000', '#bb0000']);
    expect(stateAt(events, 3500).strokes.map((s) => s.colour)).toEqual(['#aa0000']);
  });

  it('shows a stroke in progress up to the current time', () => {
    const long = line(0, 0, 1000, 0, { t0: 0, durationMs: 1000, points: 11 });
    const at = stateAt([long], 450).strokes[0]!;
    // Points every 100 ms: t = 0, 100, 200, 300, 400 are drawn by 450 ms.
    expect(at.points.map((p) => p.t)).toEqual([0, 100, 200, 300, 400]);
    expect(long.points).toHaveLength(11);
  });

  it('agrees with replay once every event has ended', () => {
    fc.assert(
      fc.property(drawingArb(), (d) => {
        const end = d.events.reduce((max, e) => Math.max(max, eventEnd(e)), 0);
        expect(stateAt(d.events, end)).toEqual(replay(d.events));
      }),
    );
  });
});
