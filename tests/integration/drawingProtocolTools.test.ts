/**
 * Issue 13 §5: the backend refuses an append holding a tool or an undo/redo/clear the page's
 * protocol does not allow, before a byte is written; what the protocol allows is stored.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeEvents } from '../../assessments/drawing/encoding';
import type { DrawingEvent } from '../../assessments/drawing/model';
import { clear, line, redo, undo } from '../unit/drawing/builders';
import { addClient } from './fixtures/clientSetup';
import { createDraft } from './fixtures/assessmentSetup';
import { SCREEN, b64, setUpWithPsychologist } from './fixtures/drawingSetup';
import { type TestVault, fails, newVault, ok } from './helpers';

let tv: TestVault;
let clientId: string;
const invoke: TestVault['backend']['invoke'] = (channel, input) => tv.backend.invoke(channel, input);

beforeEach(async () => {
  tv = newVault();
  await setUpWithPsychologist(tv.backend);
  clientId = (await addClient(invoke)).id;
});
afterEach(async () => tv?.dispose());

async function startPage(instrumentId: string, pageId: string, orientation?: 'portrait' | 'landscape'): Promise<string> {
  const draft = await createDraft(invoke, clientId, instrumentId);
  const started = ok(
    await invoke('assessments:startDrawing', { id: draft.id, pageId, screen: SCREEN, ...(orientation ? { orientation } : {}) }),
  );
  return started.drawingId;
}

const append = (id: string, events: DrawingEvent[]) =>
  invoke('drawings:append', { id, chunk: b64(encodeEvents(events)), pendingTail: null });

const marker = line(100, 100, 900, 900, { tool: 'marker', colour: '#000000', width: 35 });
const later = (t0: number, tool: 'eraser' | 'pencil' | 'marker' = 'pencil') =>
  line(200, 200, 300, 300, { t0, tool, colour: tool === 'eraser' ? '#ffffff' : '#000000', width: 40 });

describe('tools per protocol in the backend', () => {
  it('refuses an eraser stroke, undo, redo or clear on a PPAT page and stores nothing of the refused chunk', async () => {
    const id = await startPage('ppat', 'apple', 'portrait');
    expect(ok(await append(id, [marker])).eventCount).toBe(1);
    for (const refused of [[later(2000, 'eraser')], [undo(2000)], [redo(2000)], [clear(2000)]]) {
      const error = fails(await append(id, refused), 'INVALID_DRAWING');
      expect(error.details?.reasons?.[0]).toBe('notAllowed');
    }
    // A pencil is not a PPAT tool either.
    fails(await append(id, [later(2000, 'pencil')]), 'INVALID_DRAWING');
    const drawing = ok(await invoke('drawings:get', { id }));
    expect(drawing.eventCount).toBe(1);
  });

  it('records the orientation the client chose for the PPAT sheet', async () => {
    const id = await startPage('ppat', 'apple', 'portrait');
    expect(ok(await invoke('drawings:get', { id })).orientation).toBe('portrait');
  });

  it('refuses undo and clear on the classic Non-existent Animal', async () => {
    const id = await startPage('nonExistentAnimal', 'animal');
    ok(await append(id, [later(0)]));
    expect(fails(await append(id, [undo(2000)]), 'INVALID_DRAWING').details?.reasons).toEqual(['notAllowed', 'undo']);
    expect(fails(await append(id, [later(2000, 'eraser')]), 'INVALID_DRAWING').details?.reasons).toEqual([
      'notAllowed',
      'eraser',
    ]);
  });

  it('stores eraser strokes, undo, redo and clear where the protocol allows them (HTP house)', async () => {
    const id = await startPage('htp', 'house');
    expect(ok(await append(id, [later(0), later(2000, 'eraser'), undo(4000), redo(4100), clear(4200)])).eventCount).toBe(5);
  });
});
