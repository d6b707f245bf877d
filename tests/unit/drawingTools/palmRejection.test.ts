import { describe, expect, it } from 'vitest';
import { PALM_WINDOW_MS } from '../../../renderer/features/drawing/tools/palmRejection';
import { TestEditor } from './helpers';

describe('palm rejection', () => {
  it('draws with a finger when no pen is around', () => {
    const t = new TestEditor();
    t.as('touch').stroke([0, 0], [10, 10]);
    expect(t.editor.events).toHaveLength(1);
  });

  it('ignores touch while the pen is on the screen', () => {
    const t = new TestEditor();
    t.as('pen').pointerDown(0, 0).pointerMove(10, 10);
    t.editor.tick();
    const touch = { pointerId: 20, pointerType: 'touch' as const, x: 300, y: 300, pressure: 0.5, t: t.now };
    expect(t.editor.pointerDown(touch)).toBe(false);
    t.as('pen').pointerUp(20, 20);
    expect(t.editor.events).toHaveLength(1);
    expect(t.editor.events[0]).toMatchObject({ pointerType: 'pen' });
  });

  it(`ignores touch for ${PALM_WINDOW_MS} ms after the pen was last seen, hovering included`, () => {
    const t = new TestEditor();
    t.as('pen').stroke([0, 0], [10, 10]);
    t.as('touch').wait(100).pointerDown(50, 50);
    expect(t.editor.state).toBe('idle');
    // The pen hovers over the page (a move without contact): still near.
    t.as('pen').wait(300);
    t.editor.pointerMove({ pointerId: 2, pointerType: 'pen', x: 40, y: 40, pressure: 0, t: t.now });
    t.as('touch').wait(PALM_WINDOW_MS).pointerDown(50, 50);
    expect(t.editor.state).toBe('idle');
    t.wait(1).pointerDown(50, 50);
    expect(t.editor.state).toBe('drawing');
  });

  it('drops a touch stroke when the pen lands: it was the hand resting on the screen', () => {
    const t = new TestEditor();
    const kinds: string[] = [];
    t.editor.subscribe((c) => kinds.push(c.kind));
    t.as('touch').pointerDown(500, 500).pointerMove(510, 505);
    t.editor.tick();
    t.as('pen').pointerDown(100, 100).pointerMove(120, 120).pointerUp(130, 130);
    expect(t.editor.events).toHaveLength(1);
    expect(t.editor.events[0]).toMatchObject({ pointerType: 'pen' });
    expect(kinds).toContain('discarded');
  });

  it('does not let a pen interrupt a mouse stroke, nor a mouse a pen stroke', () => {
    const t = new TestEditor();
    t.as('mouse').pointerDown(0, 0);
    expect(t.editor.pointerDown({ pointerId: 2, pointerType: 'pen', x: 5, y: 5, pressure: 0.4, t: t.now })).toBe(false);
    t.as('mouse').pointerUp(1, 1);
    expect(t.editor.events).toHaveLength(1);
    expect(t.editor.events[0]).toMatchObject({ pointerType: 'mouse' });
  });
});
