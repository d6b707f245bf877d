import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replay } from '../../../assessments/drawing';
import type { Stroke } from '../../../assessments/drawing/model';
import { type TypedStroke, toObjectStroke } from '../../../assessments/drawing/typed';
import type { EditorChange } from '../../../renderer/features/drawing/tools/drawingEditor';
import { GRAPHITE, TOOL_WIDTHS } from '../../../renderer/features/drawing/tools/toolkit';
import { TestEditor } from './helpers';

/** The recorded strokes, in object form to read points by name. */
const strokes = (t: TestEditor): Stroke[] =>
  t.editor.events.filter((e): e is TypedStroke => e.kind === 'stroke').map(toObjectStroke);

describe('drawing a stroke', () => {
  it('goes from idle to drawing on pointer down and back to idle on pointer up', () => {
    const t = new TestEditor();
    expect(t.editor.state).toBe('idle');
    t.pointerDown(50, 50);
    expect(t.editor.state).toBe('drawing');
    t.pointerMove(60, 60).pointerUp(70, 70);
    expect(t.editor.state).toBe('idle');
    expect(t.editor.events).toHaveLength(1);
    expect(strokes(t)[0]!.points.map((p) => [p.x, p.y])).toEqual([
      [50, 50],
      [60, 60],
      [70, 70],
    ]);
  });

  it('records the tool, graphite colour and width, pointer type and times in ms since the start', () => {
    const t = new TestEditor(['pencil', 'eraser']);
    t.wait(1200).stroke([10, 10], [20, 20]);
    const [stroke] = strokes(t);
    expect(stroke).toMatchObject({
      kind: 'stroke',
      tool: 'pencil',
      colour: GRAPHITE.hex,
      width: TOOL_WIDTHS.pencil.medium,
      pointerType: 'mouse',
    });
    expect(stroke!.points.map((p) => p.t)).toEqual([1200, 1208, 1216]);
  });

  it('buffers moves and hands them out once per frame, from the first new point', () => {
    const t = new TestEditor();
    t.pointerDown(0, 0);
    expect(t.editor.liveStroke!.points.count).toBe(0);
    expect(t.editor.tick()).toMatchObject({ from: 0 });
    t.pointerMove(1, 1).pointerMove(2, 2).pointerMove(3, 3);
    expect(t.editor.liveStroke!.points.count).toBe(1);
    const update = t.editor.tick()!;
    expect(update.from).toBe(1);
    expect(update.stroke.points.count).toBe(4);
    expect(t.editor.tick()).toBeNull();
  });

  it('keeps every buffered sample when the pointer lifts before the next frame', () => {
    const t = new TestEditor();
    t.pointerDown(0, 0).pointerMove(1, 0).pointerMove(2, 0).pointerUp(3, 0);
    expect(strokes(t)[0]!.points).toHaveLength(4);
  });

  it('records a tap as a dot, with the lift time when the pointer rested', () => {
    const t = new TestEditor();
    t.pointerDown(5, 5);
    t.editor.pointerUp({ pointerId: 1, pointerType: 'mouse', x: 5, y: 5, pressure: 0.5, t: t.now });
    expect(strokes(t)[0]!.points).toHaveLength(1);
    t.wait(1000).pointerDown(5, 5).wait(300).pointerUp(5, 5);
    expect(strokes(t)[1]!.points.map((p) => [p.x, p.y, p.t])).toEqual([
      [5, 5, 1000],
      [5, 5, 1308],
    ]);
  });

  it('keeps pen pressure, and records mouse and touch at the Pointer Events default', () => {
    const t = new TestEditor();
    t.as('pen');
    t.pressure = 0.83;
    t.stroke([0, 0], [10, 0]);
    t.as('mouse');
    t.pressure = 0;
    t.wait(1000).stroke([0, 10], [10, 10]);
    const [pen, mouse] = strokes(t);
    expect(pen!.pointerType).toBe('pen');
    // Pressure is kept at Float32 precision in the typed points.
    expect(pen!.points.every((p) => Math.abs(p.pressure - 0.83) < 1e-6)).toBe(true);
    expect(mouse!.pointerType).toBe('mouse');
    expect(mouse!.points.every((p) => p.pressure === 0.5)).toBe(true);
  });

  it('never lets time go backwards within a stroke (coalesced samples may arrive out of order)', () => {
    const t = new TestEditor();
    t.now = 100;
    t.pointerDown(0, 0);
    t.now = 90;
    t.editor.pointerMove({ pointerId: 1, pointerType: 'mouse', x: 1, y: 1, pressure: 0.5, t: 90 });
    t.editor.pointerUp({ pointerId: 1, pointerType: 'mouse', x: 2, y: 2, pressure: 0.5, t: 95 });
    expect(strokes(t)[0]!.points.map((p) => p.t)).toEqual([100, 100, 100]);
    expect(t.isValid()).toBe(true);
  });

  it('ignores a second pointer while one draws', () => {
    const t = new TestEditor();
    t.pointerDown(0, 0);
    expect(t.editor.pointerDown({ pointerId: 7, pointerType: 'mouse', x: 9, y: 9, pressure: 0.5, t: 5 })).toBe(false);
    t.editor.pointerMove({ pointerId: 7, pointerType: 'mouse', x: 10, y: 10, pressure: 0.5, t: 6 });
    t.pointerUp(1, 1);
    expect(strokes(t)).toHaveLength(1);
    expect(strokes(t)[0]!.points.map((p) => p.x)).toEqual([0, 1]);
  });

  it('keeps what was drawn when the system cancels the pointer', () => {
    const t = new TestEditor();
    t.pointerDown(0, 0).pointerMove(5, 5);
    t.editor.pointerCancel({ pointerId: 1, pointerType: 'mouse', t: t.now });
    expect(t.editor.state).toBe('idle');
    expect(strokes(t)[0]!.points).toHaveLength(2);
  });

  it('announces each change so the canvas repaints only that', () => {
    const t = new TestEditor();
    const seen: EditorChange['kind'][] = [];
    t.editor.subscribe((c) => seen.push(c.kind));
    t.stroke([0, 0], [1, 1]);
    t.editor.undo(t.wait(10).now);
    t.editor.chooseTool('marker');
    expect(seen).toEqual(['started', 'live', 'live', 'committed', 'recorded', 'visible', 'choice']);
  });
});

describe('undo, redo and clear are recorded, never deletions', () => {
  it('undo hides the last stroke, redo brings it back, and both stay in the events', () => {
    const t = new TestEditor();
    t.stroke([0, 0], [1, 1]).wait(100).stroke([2, 2], [3, 3]);
    expect(t.editor.undo(t.wait(100).now)).toBe(true);
    expect(t.editor.visibleStrokes()).toHaveLength(1);
    expect(t.editor.canRedo).toBe(true);
    t.editor.redo(t.wait(100).now);
    expect(t.editor.visibleStrokes()).toHaveLength(2);
    expect(t.editor.events.map((e) => e.kind)).toEqual(['stroke', 'stroke', 'undo', 'redo']);
  });

  it('clear hides everything, and undo after clear brings it back', () => {
    const t = new TestEditor();
    t.stroke([0, 0], [1, 1]).wait(100).stroke([2, 2], [3, 3]);
    t.editor.clear(t.wait(100).now);
    expect(t.editor.visibleStrokes()).toEqual([]);
    expect(t.editor.events).toHaveLength(3);
    t.editor.undo(t.wait(100).now);
    expect(t.editor.visibleStrokes()).toHaveLength(2);
  });

  it('records an undo with nothing to undo, without announcing a visible change', () => {
    const t = new TestEditor();
    const seen: string[] = [];
    t.editor.subscribe((c) => seen.push(c.kind));
    expect(t.editor.canUndo).toBe(false);
    t.editor.undo(10);
    expect(t.editor.events).toEqual([{ kind: 'undo', t: 10 }]);
    expect(seen).toEqual(['recorded']);
  });

  it('refuses undo while a stroke is being drawn, so no button press falls inside a stroke', () => {
    const t = new TestEditor();
    t.pointerDown(0, 0).pointerMove(1, 1);
    expect(t.editor.undo(t.now)).toBe(false);
    t.pointerUp(2, 2);
    expect(t.editor.events.map((e) => e.kind)).toEqual(['stroke']);
  });

  it('records an eraser stroke as a stroke', () => {
    const t = new TestEditor(['pencil', 'eraser']);
    t.stroke([0, 0], [100, 0]);
    t.editor.chooseTool('eraser');
    t.wait(100).stroke([0, 0], [100, 0]);
    expect(strokes(t).map((s) => s.tool)).toEqual(['pencil', 'eraser']);
    expect(t.editor.visibleStrokes()).toHaveLength(2);
  });

  it('keeps its undo stacks equal to replaying the events, for any sequence of actions', () => {
    const action = fc.constantFrom('stroke', 'undo', 'redo', 'clear');
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        const t = new TestEditor();
        for (const a of actions) {
          t.wait(50);
          if (a === 'stroke') t.stroke([0, 0], [10, 10]);
          else t.editor[a](t.now);
        }
        const state = replay(t.editor.events);
        expect(t.editor.canUndo).toBe(state.canUndo);
        expect(t.editor.canRedo).toBe(state.canRedo);
        expect(t.isValid()).toBe(true);
      }),
    );
  });
});

describe('finishing and resuming', () => {
  it('finish ends a stroke in progress, records the finish time and stops input', () => {
    const t = new TestEditor();
    t.pointerDown(0, 0).pointerMove(5, 5);
    const finishedT = t.editor.finish(t.wait(3).now);
    expect(finishedT).toBe(t.now);
    expect(t.editor.state).toBe('finished');
    expect(t.editor.events).toHaveLength(1);
    expect(t.editor.pointerDown({ pointerId: 1, pointerType: 'mouse', x: 0, y: 0, pressure: 0.5, t: t.now + 10 })).toBe(false);
    expect(t.editor.undo(t.now + 20)).toBe(false);
    expect(t.isValid()).toBe(true);
  });

  it('continues a resumed drawing after its last event, with undo reaching back into it', () => {
    const first = new TestEditor();
    first.stroke([0, 0], [10, 10]);
    const resumed = new TestEditor(undefined, { events: [...first.editor.events, { kind: 'gap', t: 30, durationMs: 5000 }] });
    // A clock that restarted lower than the recorded events still yields a valid order.
    resumed.now = 10;
    resumed.stroke([20, 20], [30, 30]);
    expect(resumed.editor.events.map((e) => e.kind)).toEqual(['stroke', 'gap', 'stroke']);
    expect((resumed.editor.events[2] as TypedStroke).points.t[0]).toBe(5030);
    resumed.editor.undo(resumed.wait(10).now);
    resumed.editor.undo(resumed.wait(10).now);
    expect(resumed.editor.visibleStrokes()).toEqual([]);
    expect(resumed.isValid()).toBe(true);
  });
});
