import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addClient } from './fixtures/clientSetup';
import { createDraft, drawPage } from './fixtures/assessmentSetup';
import { PSYCHOLOGIST_PASSWORD, SCREEN, setUpWithPsychologist } from './fixtures/drawingSetup';
import { openRawDb } from './fixtures/rawDb';
import { type TestVault, fails, newVault, ok } from './helpers';

/**
 * Issue 12, item 7: a drawing belongs to a client or is explicitly a practice drawing; the Drawings
 * list says whose each drawing is (by code), and reading that list is audited.
 */
let tv: TestVault;
let recoveryKey: string;
beforeEach(async () => {
  tv = newVault();
  ({ recoveryKey } = await setUpWithPsychologist(tv.backend));
});
afterEach(async () => tv?.dispose());

const invoke: TestVault['backend']['invoke'] = (...args) => tv.backend.invoke(...args);

async function auditRows(action: string): Promise<Record<string, unknown>[]> {
  const db = await openRawDb(tv.dir, recoveryKey);
  try {
    const rows = db.prepare('SELECT details FROM audit_log WHERE action = ? ORDER BY id').all(action) as { details: string }[];
    return rows.map((r) => JSON.parse(r.details) as Record<string, unknown>);
  } finally {
    db.close();
  }
}

describe('whose drawing it is', () => {
  it('refuses a drawing that is neither a client’s nor a practice drawing, or both', async () => {
    const client = await addClient(invoke);
    fails(await invoke('drawings:create', { orientation: 'portrait', screen: SCREEN }), 'VALIDATION');
    fails(
      await invoke('drawings:create', { orientation: 'portrait', screen: SCREEN, clientId: client.id, practice: true }),
      'VALIDATION',
    );
    // A well-formed id that is no client's (a practice drawing's own id).
    const practice = ok(await invoke('drawings:create', { orientation: 'portrait', screen: SCREEN, practice: true })).id;
    fails(await invoke('drawings:create', { orientation: 'portrait', screen: SCREEN, clientId: practice }), 'NOT_FOUND');
    expect(ok(await invoke('drawings:list', {})).map((d) => d.id)).toEqual([practice]);
  });

  it('lists each drawing with its client’s code: its own, its assessment’s; practice drawings as practice', async () => {
    const mine = await addClient(invoke);
    const other = await addClient(invoke, { fullName: 'Алёна Ким', language: 'ru' });
    const forClient = ok(await invoke('drawings:create', { orientation: 'portrait', screen: SCREEN, clientId: mine.id })).id;
    const practice = ok(await invoke('drawings:create', { orientation: 'landscape', screen: SCREEN, practice: true })).id;
    const draft = await createDraft(invoke, other.id, 'htp');
    await drawPage(invoke, draft.id, 'house', PSYCHOLOGIST_PASSWORD);

    const list = ok(await invoke('drawings:list', {}));
    const byId = new Map(list.map((d) => [d.id, d]));
    expect(byId.get(forClient)).toMatchObject({ clientCode: mine.code, practice: false });
    expect(byId.get(practice)).toMatchObject({ clientCode: null, practice: true });
    const assessmentDrawing = list.find((d) => d.id !== forClient && d.id !== practice);
    expect(assessmentDrawing).toMatchObject({ clientCode: other.code, practice: false });
    // The list carries codes, never names.
    expect(JSON.stringify(list)).not.toContain('Сейітов');
    expect(JSON.stringify(list)).not.toContain('Алёна');

    // Reading the list is audited with counts only; the drawing's creation names its client by id.
    expect(await auditRows('drawing.listed')).toEqual([{ count: 3, withClient: 2 }]);
    const created = await auditRows('drawing.created');
    expect(created).toContainEqual(expect.objectContaining({ clientId: mine.id }));
    expect(created).toContainEqual(expect.objectContaining({ practice: true }));
  });

  it('keeps a drawing with its client: the link cannot be changed afterwards', async () => {
    const mine = await addClient(invoke);
    const id = ok(await invoke('drawings:create', { orientation: 'portrait', screen: SCREEN, clientId: mine.id })).id;
    const db = await openRawDb(tv.dir, recoveryKey);
    try {
      expect(() => db.prepare('UPDATE drawings SET practice = 1, client_id = NULL WHERE id = ?').run(id)).toThrow(
        /keeps its client/,
      );
    } finally {
      db.close();
    }
  });
});
