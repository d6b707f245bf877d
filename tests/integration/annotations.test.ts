import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeEvents } from '../../assessments/drawing/encoding';
import { line } from '../unit/drawing/builders';
import { PSYCHOLOGIST_PASSWORD, SCREEN, addAccount, b64, setUpWithPsychologist, signInAs } from './fixtures/drawingSetup';
import { openRawDb } from './fixtures/rawDb';
import { ADMIN, PSYCHOLOGIST, type TestVault, fails, newVault, ok } from './helpers';

let tv: TestVault;
let recoveryKey: string;
let drawingId: string;
const NOTE = 'Дом без окон, дверь очень маленькая — спросить про семью';

/** A drawing the client drew and finished: annotations come after. */
async function finishedDrawing(orientation: 'portrait' | 'landscape' = 'portrait'): Promise<string> {
  const { id } = ok(await tv.backend.invoke('drawings:create', { orientation, screen: SCREEN, practice: true }));
  const stroke = line(100, 100, 900, 400, { t0: 500, durationMs: 300, points: 20 });
  ok(await tv.backend.invoke('drawings:append', { id, chunk: b64(encodeEvents([stroke])), pendingTail: null }));
  ok(await tv.backend.invoke('drawings:finish', { id, finishedT: 1000 }));
  return id;
}

async function auditRows(): Promise<
  { action: string; targetId: string | null; actor: string | null; details: Record<string, unknown> }[]
> {
  const { entries } = ok(await tv.backend.invoke('audit:list', { limit: 200, offset: 0 }));
  return entries
    .filter((e) => e.action.startsWith('annotation.') || e.action === 'drawing.annotationsViewed')
    .reverse()
    .map((e) => ({ action: e.action, targetId: e.targetId, actor: e.actorUsername, details: e.details }));
}

beforeEach(async () => {
  tv = newVault();
  ({ recoveryKey } = await setUpWithPsychologist(tv.backend));
  drawingId = await finishedDrawing();
});
afterEach(async () => tv?.dispose());

describe('annotations', () => {
  it('adds, lists, moves, rewrites and deletes pins and notes on a finished drawing, auditing each without the text', async () => {
    const strokesBefore = ok(await tv.backend.invoke('drawings:get', { id: drawingId })).bytes;
    const pin = ok(await tv.backend.invoke('annotations:add', { drawingId, kind: 'pin', x: 350.5, y: 1200, text: '' }));
    tv.clock.t += 1000;
    const note = ok(
      await tv.backend.invoke('annotations:add', { drawingId, kind: 'note', x: 2100, y: 2970, text: `  ${NOTE}\n` }),
    );
    expect(note).toMatchObject({
      drawingId,
      kind: 'note',
      x: 2100,
      y: 2970,
      text: NOTE,
      createdAt: new Date(tv.clock.t).toISOString(),
    });
    expect(ok(await tv.backend.invoke('annotations:list', { drawingId }))).toEqual([pin, note]);

    tv.clock.t += 1000;
    const moved = ok(await tv.backend.invoke('annotations:update', { id: note.id, text: `${NOTE}; отец?`, x: 10, y: 20 }));
    expect(moved).toMatchObject({
      id: note.id,
      x: 10,
      y: 20,
      text: `${NOTE}; отец?`,
      createdAt: note.createdAt,
      updatedAt: new Date(tv.clock.t).toISOString(),
    });
    const relabelled = ok(await tv.backend.invoke('annotations:update', { id: pin.id, text: 'окно' }));
    expect(relabelled).toMatchObject({ x: 350.5, y: 1200, text: 'окно' });
    // The same text and place again changes nothing and is not audited.
    ok(await tv.backend.invoke('annotations:update', { id: pin.id, text: 'окно', x: 350.5, y: 1200 }));

    expect(ok(await tv.backend.invoke('annotations:delete', { id: pin.id }))).toBeNull();
    expect(ok(await tv.backend.invoke('annotations:list', { drawingId }))).toEqual([moved]);
    fails(await tv.backend.invoke('annotations:update', { id: pin.id, text: 'again' }), 'NOT_FOUND');
    fails(await tv.backend.invoke('annotations:delete', { id: pin.id }), 'NOT_FOUND');

    // The client's strokes are untouched: annotations live in their own table.
    expect(ok(await tv.backend.invoke('drawings:get', { id: drawingId })).bytes).toBe(strokesBefore);

    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    const rows = await auditRows();
    expect(rows.map((r) => [r.action, r.targetId, r.actor])).toEqual([
      ['annotation.added', drawingId, PSYCHOLOGIST.username],
      ['annotation.added', drawingId, PSYCHOLOGIST.username],
      ['drawing.annotationsViewed', drawingId, PSYCHOLOGIST.username],
      ['annotation.updated', drawingId, PSYCHOLOGIST.username],
      ['annotation.updated', drawingId, PSYCHOLOGIST.username],
      ['annotation.deleted', drawingId, PSYCHOLOGIST.username],
      ['drawing.annotationsViewed', drawingId, PSYCHOLOGIST.username],
    ]);
    expect(rows.map((r) => r.details)).toEqual([
      { annotationId: pin.id, kind: 'pin' },
      { annotationId: note.id, kind: 'note' },
      {},
      { annotationId: note.id, fields: ['text', 'position'] },
      { annotationId: pin.id, fields: ['text'] },
      { annotationId: pin.id },
      {},
    ]);
    const { entries } = ok(await tv.backend.invoke('audit:list', { limit: 200, offset: 0 }));
    expect(JSON.stringify(entries)).not.toMatch(/окно|Дом|семью/);
    expect(ok(await tv.backend.invoke('audit:verify', {})).firstBrokenId).toBeNull();

    // Deleting keeps the row, marked: what informed a conclusion can be shown to have existed.
    const raw = await openRawDb(tv.dir, recoveryKey);
    try {
      const stored = raw.prepare('SELECT id, text, deleted_at FROM drawing_annotations ORDER BY created_at').all();
      expect(stored).toEqual([
        { id: pin.id, text: 'окно', deleted_at: new Date(tv.clock.t).toISOString() },
        { id: note.id, text: `${NOTE}; отец?`, deleted_at: null },
      ]);
    } finally {
      raw.close();
    }
  });

  it('keeps marks on the page: the orientation decides which coordinates fit', async () => {
    const landscape = await finishedDrawing('landscape');
    ok(await tv.backend.invoke('annotations:add', { drawingId: landscape, kind: 'pin', x: 2970, y: 2100, text: '' }));
    const offPage = fails(
      await tv.backend.invoke('annotations:add', { drawingId: landscape, kind: 'pin', x: 10, y: 2101, text: '' }),
      'VALIDATION',
    );
    expect(offPage.details?.issues?.map((i) => i.path)).toEqual(['y']);
    const portrait = fails(
      await tv.backend.invoke('annotations:add', { drawingId, kind: 'pin', x: 2101, y: 10, text: '' }),
      'VALIDATION',
    );
    expect(portrait.details?.issues?.map((i) => i.path)).toEqual(['x']);
    fails(await tv.backend.invoke('annotations:add', { drawingId, kind: 'pin', x: -1, y: 10, text: '' }), 'VALIDATION');
    fails(await tv.backend.invoke('annotations:add', { drawingId, kind: 'pin', x: Number.NaN, y: 10, text: '' }), 'VALIDATION');
    const note = ok(await tv.backend.invoke('annotations:add', { drawingId, kind: 'note', x: 1, y: 1, text: 'n' }));
    fails(await tv.backend.invoke('annotations:update', { id: note.id, text: 'n', x: 2101, y: 5 }), 'VALIDATION');
    fails(await tv.backend.invoke('annotations:update', { id: note.id, text: 'n', x: 5 } as never), 'VALIDATION');
  });

  it('needs text for a note, at most 500 characters, without control characters', async () => {
    const empty = fails(
      await tv.backend.invoke('annotations:add', { drawingId, kind: 'note', x: 1, y: 1, text: '   ' }),
      'VALIDATION',
    );
    expect(empty.details?.issues?.map((i) => i.path)).toEqual(['text']);
    fails(
      await tv.backend.invoke('annotations:add', { drawingId, kind: 'note', x: 1, y: 1, text: 'ә'.repeat(501) }),
      'VALIDATION',
    );
    ok(await tv.backend.invoke('annotations:add', { drawingId, kind: 'note', x: 1, y: 1, text: 'ә'.repeat(500) }));
    fails(await tv.backend.invoke('annotations:add', { drawingId, kind: 'note', x: 1, y: 1, text: 'bell\u0007' }), 'VALIDATION');
    const note = ok(
      await tv.backend.invoke('annotations:add', { drawingId, kind: 'note', x: 1, y: 1, text: 'line one\nline two\ttab' }),
    );
    const cleared = fails(await tv.backend.invoke('annotations:update', { id: note.id, text: '' }), 'VALIDATION');
    expect(cleared.details?.issues?.map((i) => i.path)).toEqual(['text']);
    fails(await tv.backend.invoke('annotations:list', { drawingId: 'f'.repeat(32) }), 'NOT_FOUND');
    fails(
      await tv.backend.invoke('annotations:add', { drawingId: 'f'.repeat(32), kind: 'pin', x: 1, y: 1, text: '' }),
      'NOT_FOUND',
    );
  });

  it('lets another psychologist read the marks but change or delete only their own', async () => {
    const mine = ok(await tv.backend.invoke('annotations:add', { drawingId, kind: 'note', x: 5, y: 5, text: 'mine' }));
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    await addAccount(tv.backend, 'zhanar', ['psychologist'], 'Second-Psychologist-Pass-9');
    expect(ok(await tv.backend.invoke('annotations:list', { drawingId })).map((a) => a.id)).toEqual([mine.id]);
    const theirs = ok(await tv.backend.invoke('annotations:add', { drawingId, kind: 'pin', x: 6, y: 6, text: '' }));
    const refused = fails(await tv.backend.invoke('annotations:update', { id: mine.id, text: 'rewritten' }), 'FORBIDDEN');
    expect(refused.details?.reasons).toEqual(['notAuthor']);
    fails(await tv.backend.invoke('annotations:delete', { id: mine.id }), 'FORBIDDEN');
    await signInAs(tv.backend, PSYCHOLOGIST.username, PSYCHOLOGIST_PASSWORD);
    fails(await tv.backend.invoke('annotations:delete', { id: theirs.id }), 'FORBIDDEN');
    expect(ok(await tv.backend.invoke('annotations:list', { drawingId })).map((a) => a.text)).toEqual(['mine', '']);
  });

  it('is closed in client mode, even for the client’s own drawing, and drawings:get never carries annotations', async () => {
    ok(await tv.backend.invoke('annotations:add', { drawingId, kind: 'note', x: 5, y: 5, text: 'not for the client' }));
    const { id: clientDrawing } = ok(
      await tv.backend.invoke('drawings:create', { orientation: 'portrait', screen: SCREEN, practice: true }),
    );
    const existing = ok(
      await tv.backend.invoke('annotations:add', { drawingId: clientDrawing, kind: 'note', x: 5, y: 5, text: 'hidden' }),
    );
    ok(await tv.backend.invoke('clientMode:enter', { kind: 'drawing', drawingId: clientDrawing }));
    const attempts = [
      await tv.backend.invoke('annotations:list', { drawingId: clientDrawing }),
      await tv.backend.invoke('annotations:list', { drawingId }),
      await tv.backend.invoke('annotations:add', { drawingId: clientDrawing, kind: 'pin', x: 1, y: 1, text: '' }),
      await tv.backend.invoke('annotations:update', { id: existing.id, text: 'changed' }),
      await tv.backend.invoke('annotations:delete', { id: existing.id }),
      await tv.backend.invokeRaw('annotations:update', { id: clientDrawing, text: 'id of the client drawing' }),
    ];
    for (const result of attempts) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect([result.error.code, result.error.details?.reasons]).toEqual(['FORBIDDEN', ['clientMode']]);
    }
    const got = ok(await tv.backend.invoke('drawings:get', { id: clientDrawing }));
    expect(JSON.stringify(got)).not.toContain('hidden');
    expect(Object.keys(got)).not.toContain('annotations');
  });

  it('works on a drawing left unfinished, which a crash or a lock can leave behind', async () => {
    const { id } = ok(await tv.backend.invoke('drawings:create', { orientation: 'portrait', screen: SCREEN, practice: true }));
    await tv.restart();
    await signInAs(tv.backend, PSYCHOLOGIST.username, PSYCHOLOGIST_PASSWORD);
    ok(await tv.backend.invoke('annotations:add', { drawingId: id, kind: 'note', x: 5, y: 5, text: 'client left the room' }));
    expect(ok(await tv.backend.invoke('annotations:list', { drawingId: id }))).toHaveLength(1);
  });
});
