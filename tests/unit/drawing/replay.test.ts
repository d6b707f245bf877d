import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DrawingEvent, Stroke } from '../../../assessments/drawing/model';
import { replay, stateAt, visibleStrokes } from '../../../assessments/drawing/replay';
import { eventEnd, eventStart } from '../../../assessments/drawing/timeline';
import { type TypedEvent, type TypedStroke, toObjectStroke, toTypedStroke } from '../../../assessments/drawing/typed';
import { drawingArb } from './arbitraries';
import { clear, gap, line, redo, undo } from './builders';

const typed = (stroke: Stroke): TypedStroke => toTypedStroke(stroke);
const typedEvents = (events: readonly DrawingEvent[]): TypedEvent[] =>
  events.map((event) => (event.kind === 'stroke' ? toTypedStroke(event) : event));

// Strokes a, b, c, one second each, a second apart; identified by their colour.
const a = typed(line(0, 0, 100, 0, { t0: 0, colour: '#aa0000' }));
const b = typed(line(0, 100, 100, 100, { t0: 2000, colour: '#bb0000' }));
const c = typed(line(0, 200, 100, 200, { t0: 4000, colour: '#cc0000' }));
const eraser = typed(line(0, 0, 100, 0, { t0: 4000, tool: 'eraser', colour: '#ffffff' }));

const colours = (events: TypedEvent[]) => visibleStrokes(events).map((s) => s.colour);

/**
 * The replay as it was written on object strokes before the typed form (a linear scan that copies
 * the points drawn so far): the reference the typed replay must agree with.
 */
function referenceStateAt(events: readonly DrawingEvent[], tMs: number) {
  const done: number[] = [];
  const undone: number[] = [];
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (eventStart(event) > tMs) break;
    if (event.kind === 'stroke' || event.kind === 'clear') {
      done.push(event.kind === 'clear' ? -1 : i);
      undone.length = 0;
    } else if (event.kind === 'undo') {
      const action = done.pop();
      if (action !== undefined) undone.push(action);
    } else if (event.kind === 'redo') {
      const action = undone.pop();
      if (action !== undefined) done.push(action);
    }
  }
  const eventIndices = done.slice(done.lastIndexOf(-1) + 1);
  const strokes = eventIndices.map((index) => {
    const stroke = events[index] as Stroke;
    return { ...stroke, points: stroke.points.filter((p) => p.t <= tMs) };
  });
  return { strokes, eventIndices, canUndo: done.length > 0, canRedo: undone.length > 0 };
}

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
    expect(colours([a, gap(1500, 60_000), typed(line(0, 0, 1, 1, { t0: 62_000, colour: '#bb0000' }))])).toEqual([
      '#aa0000',
      '#bb0000',
    ]);
  });
});

describe('stateAt', () => {
  const events = [a, b, undo(3500), c];

  it('shows nothing before the first stroke and everything at the end', () => {
    expect(stateAt([typed(line(0, 0, 1, 1, { t0: 500 }))], 499).strokes).toEqual([]);
    expect(stateAt(events, 5000)).toEqual(replay(events));
  });

  it('applies an undo from its time on', () => {
    expect(stateAt(events, 3499).strokes.map((s) => s.colour)).toEqual(['#aa0000', '#bb0000']);
    expect(stateAt(events, 3500).strokes.map((s) => s.colour)).toEqual(['#aa0000']);
  });

  it('shows a stroke in progress up to the current time', () => {
    const long = typed(line(0, 0, 1000, 0, { t0: 0, durationMs: 1000, points: 11 }));
    const at = stateAt([long], 450).strokes[0]!;
    // Points every 100 ms: t = 0, 100, 200, 300, 400 are drawn by 450 ms.
    expect(Array.from(at.points.t)).toEqual([0, 100, 200, 300, 400]);
    expect(Array.from(at.points.x)).toEqual([0, 100, 200, 300, 400]);
    expect(long.points.count).toBe(11);
  });

  it('shows a finished stroke as the recorded one and one in progress without copying its points', () => {
    const long = typed(line(0, 0, 1000, 0, { t0: 0, durationMs: 1000, points: 11 }));
    expect(stateAt([long], 1000).strokes[0]).toBe(long);
    expect(stateAt([long], 450).strokes[0]!.points.x.buffer).toBe(long.points.x.buffer);
  });

  it('agrees with replay once every event has ended', () => {
    fc.assert(
      fc.property(drawingArb(), (d) => {
        const events = typedEvents(d.events);
        const end = events.reduce((max, e) => Math.max(max, eventEnd(e)), 0);
        expect(stateAt(events, end)).toEqual(replay(events));
      }),
    );
  });

  it('agrees with the object-form replay at every moment', () => {
    fc.assert(
      fc.property(drawingArb(), fc.double({ min: 0, max: 1, noNaN: true }), (d, share) => {
        const end = d.events.reduce((max, e) => Math.max(max, eventEnd(e)), 0);
        // A moment inside the drawing, and now and then exactly on a recorded point time.
        const times = d.events.flatMap((e) => (e.kind === 'stroke' ? e.points.map((p) => p.t) : [e.t]));
        const moments = [end * share, times[Math.floor(share * times.length)] ?? 0];
        for (const tMs of moments) {
          const got = stateAt(typedEvents(d.events), tMs);
          const expected = referenceStateAt(d.events, tMs);
          expect({ ...got, strokes: got.strokes.map(toObjectStroke) }).toEqual({
            ...expected,
            strokes: expected.strokes.map((s) => toObjectStroke(toTypedStroke(s))),
          });
        }
      }),
    );
  });
});
