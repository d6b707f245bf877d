import { describe, expect, it } from 'vitest';
import { OPEN_POLICY, firstBreach } from '../../../assessments/drawing/toolPolicy';
import { getInstrument, InstrumentDefinitionError, loadInstrument } from '../../../assessments/instruments';
import { ppat } from '../../../assessments/instruments/definitions/ppat';
import { clear, gap, line, redo, undo } from './builders';

const policyOf = (instrumentId: string, pageId: string) => {
  const page = getInstrument(instrumentId)!.pages.find((p) => p.id === pageId)!;
  return { tools: page.tools, actions: page.actions };
};

describe('tools per protocol (issue 13 §5)', () => {
  it('gives PPAT markers only: no eraser, no undo, redo or clear', () => {
    expect(policyOf('ppat', 'apple')).toEqual({ tools: ['marker'], actions: [] });
  });

  it('gives the classic Non-existent Animal a pencil and nothing to take back', () => {
    expect(policyOf('nonExistentAnimal', 'animal')).toEqual({ tools: ['pencil'], actions: [] });
  });

  it('keeps eraser, undo, redo and clear where the protocol allows them (HTP house, KFD)', () => {
    expect(policyOf('htp', 'house')).toEqual({ tools: ['pencil', 'eraser'], actions: ['undo', 'redo', 'clear'] });
    expect(policyOf('kfd', 'family').actions).toEqual(['undo', 'redo', 'clear']);
  });

  it('finds the first event the policy refuses', () => {
    const ppat = policyOf('ppat', 'apple');
    const marker = line(0, 0, 100, 100, { tool: 'marker', colour: '#e00000' });
    expect(firstBreach([marker], ppat)).toBeNull();
    expect(firstBreach([marker, line(0, 0, 9, 9, { tool: 'eraser', t0: 2000 })], ppat)).toEqual({
      index: 1,
      kind: 'tool',
      tool: 'eraser',
    });
    expect(firstBreach([marker, undo(2000)], ppat)).toEqual({ index: 1, kind: 'undo' });
    expect(firstBreach([redo(0)], ppat)).toEqual({ index: 0, kind: 'redo' });
    expect(firstBreach([clear(0)], ppat)).toEqual({ index: 0, kind: 'clear' });
    // Gaps are recorded by the backend on resume, whatever the protocol.
    expect(firstBreach([gap(0, 10)], ppat)).toBeNull();
  });

  it('allows everything outside a protocol', () => {
    expect(firstBreach([line(0, 0, 1, 1, { tool: 'eraser' }), undo(2000), redo(2001), clear(2002)], OPEN_POLICY)).toBeNull();
  });
});

describe('a definition’s actions', () => {
  const problems = (actions: string[]) => {
    const def = structuredClone(ppat);
    def.pages![0]!.actions = actions as never;
    try {
      loadInstrument(def);
      return [];
    } catch (e) {
      if (e instanceof InstrumentDefinitionError) return e.problems;
      throw e;
    }
  };

  it('refuses redo without undo, and an action listed twice', () => {
    expect(problems(['redo'])).toEqual(['page "apple": redo without undo']);
    expect(problems(['undo', 'undo'])).toEqual(['page "apple": action "undo" listed twice']);
    expect(problems(['undo', 'redo'])).toEqual([]);
  });
});
