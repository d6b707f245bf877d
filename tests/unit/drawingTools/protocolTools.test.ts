import { describe, expect, it } from 'vitest';
import { getInstrument } from '../../../assessments/instruments';
import { toolkitForPage } from '../../../renderer/features/drawing/drawingSetup';
import { DrawingEditor } from '../../../renderer/features/drawing/tools/drawingEditor';
import { allows } from '../../../renderer/features/drawing/tools/toolkit';

const page = (instrumentId: string, pageId: string) => getInstrument(instrumentId)!.pages.find((p) => p.id === pageId)!;

function editorFor(instrumentId: string, pageId: string) {
  return new DrawingEditor({ page: { orientation: 'landscape' }, toolkit: toolkitForPage(page(instrumentId, pageId)) });
}

function drawOneStroke(editor: DrawingEditor) {
  editor.pointerDown({ pointerId: 1, pointerType: 'mouse', x: 100, y: 100, pressure: 0.5, t: 0 });
  editor.pointerMove({ pointerId: 1, pointerType: 'mouse', x: 200, y: 200, pressure: 0.5, t: 10 });
  editor.tick();
  editor.pointerUp({ pointerId: 1, pointerType: 'mouse', x: 200, y: 200, pressure: 0.5, t: 20 });
}

describe('the client’s tools follow the protocol (issue 13 §5)', () => {
  it('offers PPAT markers only, with no eraser, undo, redo or clear', () => {
    const toolkit = toolkitForPage(page('ppat', 'apple'));
    expect(toolkit.tools).toEqual(['marker']);
    expect((['undo', 'redo', 'clear'] as const).map((a) => allows(toolkit, a))).toEqual([false, false, false]);
  });

  it('records no undo, redo or clear where the protocol offers none, even from the keyboard shortcuts', () => {
    const editor = editorFor('nonExistentAnimal', 'animal');
    drawOneStroke(editor);
    // useUndoShortcuts calls these directly on Ctrl+Z / Ctrl+Y.
    expect([editor.undo(100), editor.redo(200), editor.clear(300)]).toEqual([false, false, false]);
    expect(editor.events.map((e) => e.kind)).toEqual(['stroke']);
    expect(editor.canUndo).toBe(false);
  });

  it('keeps undo, redo and clear where the protocol allows them (HTP house)', () => {
    const editor = editorFor('htp', 'house');
    drawOneStroke(editor);
    expect(editor.canUndo).toBe(true);
    expect([editor.undo(100), editor.redo(200), editor.clear(300)]).toEqual([true, true, true]);
    expect(editor.events.map((e) => e.kind)).toEqual(['stroke', 'undo', 'redo', 'clear']);
  });
});
