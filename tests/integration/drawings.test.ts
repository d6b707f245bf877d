import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeDrawing, encodeEvents } from '../../assessments/drawing/encoding';
import type { DrawingEvent } from '../../assessments/drawing/model';
import { quantizeDrawing } from '../../assessments/drawing/quantize';
import { openEncryptedDatabase } from '../../electron/backend/db/connection';
import { recoverRawKeyHex } from '../../electron/backend/vault/rawKey';
import { MAX_CHUNK_BYTES } from '../../electron/contract/drawingChannels';
import { line, undo } from '../unit/drawing/builders';
import {
  PSYCHOLOGIST_PASSWORD,
  SCREEN,
  addAccount,
  b64,
  fromB64,
  setUpWithPsychologist,
  signInAs,
} from './fixtures/drawingSetup';
import { ADMIN, PSYCHOLOGIST, type TestVault, fails, newVault, ok } from './helpers';

let tv: TestVault;
let recoveryKey: string;
beforeEach(async () => {
  tv = newVault();
  ({ recoveryKey } = await setUpWithPsychologist(tv.backend));
});
afterEach(async () => tv?.dispose());

const first = line(100, 100, 900, 400, { t0: 500, durationMs: 300, points: 40, pointerType: 'pen' });
const second = line(900, 400, 200, 1500, {
  t0: 1000,
  durationMs: 400,
  points: 50,
  colour: '#d7263d',
  tool: 'marker',
  pointerType: 'mouse',
});
const third = line(200, 1500, 1800, 2600, {
  t0: 2000,
  durationMs: 250,
  points: 30,
  tool: 'colouredPencil',
  pointerType: 'touch',
});

async function create(): Promise<string> {
  return ok(
    await tv.backend.invoke('drawings:create', {
      orientation: 'portrait',
      // The free-drawing page allows every tool and action (issue 13 §5), so the storage tests may use them all.
      instrumentId: 'freeDrawing',
      pageId: 'free',
      screen: SCREEN,
      practice: true,
    }),
  ).id;
}

async function append(id: string, events: DrawingEvent[], tail: DrawingEvent | null = null) {
  return tv.backend.invoke('drawings:append', {
    id,
    chunk: b64(encodeEvents(events)),
    pendingTail: tail ? b64(encodeEvents([tail])) : null,
  });
}

async function storedBytes(id: string): Promise<string> {
  return ok(await tv.backend.invoke('drawings:get', { id })).bytes;
}

describe('drawings: storage', () => {
  it('gives back exactly the events that were appended, chunk by chunk', async () => {
    const id = await create();
    ok(await append(id, [first]));
    ok(await append(id, [second, undo(1500)]));
    expect(ok(await append(id, [third])).eventCount).toBe(4);
    const got = ok(await tv.backend.invoke('drawings:get', { id }));
    expect(got).toMatchObject({
      id,
      orientation: 'portrait',
      status: 'in-progress',
      medium: 'digital',
      instrumentId: 'freeDrawing',
      pageId: 'free',
    });
    expect(got).toMatchObject({ eventCount: 4, hasPendingTail: false, screen: SCREEN, pointerTypes: ['pen', 'touch', 'mouse'] });
    expect(fromB64(got.bytes)).toEqual(
      quantizeDrawing({ page: { orientation: 'portrait' }, events: [first, second, undo(1500), third] }),
    );
  });

  it('keeps the stroke in progress as a pending tail, replaced on each flush and included when read', async () => {
    const id = await create();
    const partial = { ...second, points: second.points.slice(0, 20) };
    ok(await append(id, [first], partial));
    let got = ok(await tv.backend.invoke('drawings:get', { id }));
    expect(got).toMatchObject({ eventCount: 1, hasPendingTail: true });
    expect(fromB64(got.bytes).events).toEqual(
      quantizeDrawing({ page: { orientation: 'portrait' }, events: [first, partial] }).events,
    );
    // The stroke ends: it arrives in the chunk, and the tail is cleared (no duplicate).
    ok(await append(id, [second], null));
    got = ok(await tv.backend.invoke('drawings:get', { id }));
    expect(got).toMatchObject({ eventCount: 2, hasPendingTail: false });
    expect(fromB64(got.bytes).events).toHaveLength(2);
  });

  it('refuses garbage, cut-off, out-of-order and smuggled records with INVALID_DRAWING and stores nothing', async () => {
    const id = await create();
    ok(await append(id, [second], line(0, 0, 5, 5, { t0: 1500, points: 3, durationMs: 20 })));
    const before = await storedBytes(id);
    const valid = encodeEvents([third]);
    const bad: [string, Uint8Array, string?][] = [
      ['garbage', Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 11) % 256)],
      ['cut off before its end', valid.subarray(0, valid.length - 1), 'truncated'],
      ['a whole stream instead of a chunk', encodeDrawing({ page: { orientation: 'portrait' }, events: [third] }), 'malformed'],
      ['a stroke starting before the previous stroke', encodeEvents([first]), 'invalidDrawing'],
      ['a finish record', encodeEvents([third], { finishedT: 5000 }), 'finish'],
      ['a gap', encodeEvents([{ kind: 'gap', t: 3000, durationMs: 10 }]), 'gap'],
    ];
    for (const [what, chunk, reason] of bad) {
      const error = fails(
        await tv.backend.invoke('drawings:append', { id, chunk: b64(chunk), pendingTail: null }),
        'INVALID_DRAWING',
      );
      if (reason) expect(error.details?.reasons, what).toEqual([reason]);
    }
    const twoStrokeTail = b64(encodeEvents([third, line(0, 0, 1, 1, { t0: 2600 })]));
    fails(
      await tv.backend.invoke('drawings:append', { id, chunk: b64(encodeEvents([])), pendingTail: twoStrokeTail }),
      'INVALID_DRAWING',
    );
    fails(
      await tv.backend.invoke('drawings:append', { id, chunk: b64(valid), pendingTail: b64(Uint8Array.of(2, 0)) }),
      'INVALID_DRAWING',
    );
    expect(await storedBytes(id)).toBe(before);
    expect(ok(await tv.backend.invoke('drawings:get', { id })).hasPendingTail).toBe(true);
  });

  it('refuses oversized and non-base64 chunks at the boundary', async () => {
    const id = await create();
    const before = await storedBytes(id);
    const huge = b64(new Uint8Array(MAX_CHUNK_BYTES + 3));
    const error = fails(await tv.backend.invoke('drawings:append', { id, chunk: huge, pendingTail: null }), 'VALIDATION');
    expect(error.details?.issues?.[0]?.path).toBe('chunk');
    fails(await tv.backend.invoke('drawings:append', { id, chunk: 'not base64!', pendingTail: null }), 'VALIDATION');
    fails(await tv.backend.invoke('drawings:append', { id, chunk: '', pendingTail: null }), 'VALIDATION');
    expect(await storedBytes(id)).toBe(before);
  });

  it('makes a finished drawing read-only through every channel, and keeps a stroke left in progress', async () => {
    const id = await create();
    ok(await append(id, [first], second));
    fails(await tv.backend.invoke('drawings:finish', { id, finishedT: 700 }), 'INVALID_DRAWING');
    const summary = ok(await tv.backend.invoke('drawings:finish', { id, finishedT: 2000.4 }));
    expect(summary).toMatchObject({ id, status: 'finished', finishedT: 2000, eventCount: 2, hasPendingTail: false });
    expect(summary.finishedAt).toBe(new Date(tv.clock.t).toISOString());
    fails(await append(id, [third]), 'DRAWING_FINISHED');
    fails(await tv.backend.invoke('drawings:finish', { id, finishedT: 9000 }), 'DRAWING_FINISHED');
    fails(await tv.backend.invoke('drawings:resume', { id }), 'DRAWING_FINISHED');
    fails(await tv.backend.invoke('clientMode:enter', { kind: 'drawing', drawingId: id }), 'DRAWING_FINISHED');
    const got = ok(await tv.backend.invoke('drawings:get', { id }));
    expect(fromB64(got.bytes)).toEqual(
      quantizeDrawing({ page: { orientation: 'portrait' }, events: [first, second], finishedT: 2000 }),
    );
    expect(ok(await tv.backend.invoke('drawings:listUnfinished', {}))).toEqual([]);
    expect(ok(await tv.backend.invoke('drawings:list', {})).map((d) => [d.id, d.status])).toEqual([[id, 'finished']]);
  });

  it('answers NOT_FOUND for a drawing that does not exist', async () => {
    const missing = '0'.repeat(32);
    fails(await tv.backend.invoke('drawings:get', { id: missing }), 'NOT_FOUND');
    fails(await append(missing, [first]), 'NOT_FOUND');
    fails(await tv.backend.invoke('drawings:resume', { id: missing }), 'NOT_FOUND');
  });

  it('refuses drawings to admins, facilitators and supervisors', async () => {
    const id = await create();
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    await addAccount(tv.backend, 'facilitator1', ['facilitator'], 'Facilitator-Own-Password-31');
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    await addAccount(tv.backend, 'supervisor1', ['supervisor'], 'Supervisor-Own-Password-31');
    const people: [string, string][] = [
      [ADMIN.username, ADMIN.password],
      ['facilitator1', 'Facilitator-Own-Password-31'],
      ['supervisor1', 'Supervisor-Own-Password-31'],
    ];
    for (const [username, password] of people) {
      await signInAs(tv.backend, username, password);
      fails(
        await tv.backend.invoke('drawings:create', { orientation: 'landscape', screen: SCREEN, practice: true }),
        'FORBIDDEN',
      );
      fails(await tv.backend.invoke('drawings:get', { id }), 'FORBIDDEN');
      fails(await tv.backend.invoke('drawings:listUnfinished', {}), 'FORBIDDEN');
      fails(await tv.backend.invoke('clientMode:enter', { kind: 'drawing', drawingId: id }), 'FORBIDDEN');
    }
  });

  it('audits creating, viewing and finishing a drawing: who and which drawing, never its content', async () => {
    const id = await create();
    ok(await append(id, [first]));
    ok(await tv.backend.invoke('drawings:get', { id }));
    ok(await tv.backend.invoke('drawings:finish', { id, finishedT: 900 }));
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    const { entries } = ok(await tv.backend.invoke('audit:list', { limit: 50, offset: 0 }));
    const drawingRows = entries.filter((e) => e.targetKind === 'drawing').reverse();
    expect(drawingRows.map((e) => [e.action, e.targetId, e.actorUsername])).toEqual([
      ['drawing.created', id, PSYCHOLOGIST.username],
      ['drawing.viewed', id, PSYCHOLOGIST.username],
      ['drawing.finished', id, PSYCHOLOGIST.username],
    ]);
    expect(drawingRows[0]?.details).toEqual({ orientation: 'portrait', instrumentId: 'freeDrawing', practice: true });
    expect(ok(await tv.backend.invoke('audit:verify', {})).firstBrokenId).toBeNull();
  });

  it('appends a row per flush instead of rewriting the drawing, and folds the rows into one blob at the end', async () => {
    const id = await create();
    ok(await append(id, [first]));
    ok(await append(id, [], second)); // only the tail moved on: no chunk row
    ok(await append(id, [second]));
    const db = async () =>
      openEncryptedDatabase(
        join(tv.dir, 'vault.db'),
        Buffer.from((await recoverRawKeyHex(join(tv.dir, 'vault.key'), recoveryKey)).slice(2, -1), 'hex'),
      );
    let raw = await db();
    expect(raw.prepare('SELECT seq FROM drawing_chunks WHERE drawing_id = ? ORDER BY seq').all(id)).toEqual([
      { seq: 1 },
      { seq: 2 },
    ]);
    raw.close();
    ok(await tv.backend.invoke('drawings:finish', { id, finishedT: 1400 }));
    raw = await db();
    expect(raw.prepare('SELECT count(*) AS n FROM drawing_chunks').get()).toEqual({ n: 0 });
    const { strokes } = raw.prepare('SELECT strokes FROM drawings WHERE id = ?').get(id) as { strokes: Buffer };
    expect(strokes.toString('base64')).toBe(await storedBytes(id));
    raw.close();
  });

  it('lets the psychologist who signs in next read and resume a drawing another one started', async () => {
    const id = await create();
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    await addAccount(tv.backend, 'zhanar', ['psychologist'], 'Second-Psychologist-Pass-9');
    expect(ok(await tv.backend.invoke('drawings:listUnfinished', {})).map((d) => d.id)).toEqual([id]);
    fails(await append(id, [first]), 'DRAWING_INTERRUPTED');
    ok(await tv.backend.invoke('drawings:resume', { id }));
    ok(await append(id, [first]));
    await signInAs(tv.backend, PSYCHOLOGIST.username, PSYCHOLOGIST_PASSWORD);
    expect(ok(await tv.backend.invoke('drawings:get', { id })).eventCount).toBe(2);
  });
});
