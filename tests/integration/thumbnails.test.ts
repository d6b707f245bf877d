import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeEvents } from '../../assessments/drawing/encoding';
import { MAX_THUMBNAIL_BYTES, thumbnailPixelSize } from '../../electron/contract/thumbnailChannels';
import { makePng, pngChunk } from '../fixtures/images/pictures';
import { line } from '../unit/drawing/builders';
import { SCREEN, addAccount, b64, setUpWithPsychologist, signInAs } from './fixtures/drawingSetup';
import { openRawDb } from './fixtures/rawDb';
import { ADMIN, PSYCHOLOGIST, type TestVault, fails, newVault, ok } from './helpers';

let tv: TestVault;
let recoveryKey: string;
beforeEach(async () => {
  tv = newVault();
  ({ recoveryKey } = await setUpWithPsychologist(tv.backend));
});
afterEach(async () => tv?.dispose());

const PORTRAIT = thumbnailPixelSize('portrait');
const LANDSCAPE = thumbnailPixelSize('landscape');
/** A valid PNG of the portrait thumbnail's size, different per `seed` so pictures can be told apart. */
const thumbnailPng = (size = PORTRAIT, seed = 0) =>
  makePng({ ...size, colourType: 2, extra: seed ? [pngChunk('tEXt', Buffer.from(`k\0${seed}`))] : [] });
/** makePng without a text chunk is already what the backend stores (nothing to strip). */
const stored = (size = PORTRAIT) => b64(thumbnailPng(size));

const stroke = (t0: number) => line(100, 100, 900, 400 + t0 / 10, { t0, durationMs: 300, points: 40 });

async function drawing(orientation: 'portrait' | 'landscape' = 'portrait', finished = true): Promise<string> {
  const { id } = ok(await tv.backend.invoke('drawings:create', { orientation, screen: SCREEN, practice: true }));
  ok(await tv.backend.invoke('drawings:append', { id, chunk: b64(encodeEvents([stroke(100)])), pendingTail: null }));
  if (finished) ok(await tv.backend.invoke('drawings:finish', { id, finishedT: 900 }));
  return id;
}

async function auditRows(): Promise<{ action: string; targetId: string | null; details: Record<string, unknown> }[]> {
  const me = PSYCHOLOGIST;
  await signInAs(tv.backend, ADMIN.username, ADMIN.password);
  const { entries } = ok(await tv.backend.invoke('audit:list', { limit: 500, offset: 0 }));
  await signInAs(tv.backend, me.username, 'Steppe-Own-Password-2026');
  return entries.filter((e) => e.action.startsWith('drawing.') && e.action !== 'drawing.created').reverse();
}

async function thumbnailRows(): Promise<number> {
  const db = await openRawDb(tv.dir, recoveryKey);
  try {
    return (db.prepare('SELECT count(*) AS n FROM drawing_thumbnails').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('thumbnails: one call for a screen', () => {
  it('says "missing" for a drawing without one, then gives back the stored picture, rendered once', async () => {
    const id = await drawing();
    expect(ok(await tv.backend.invoke('drawings:thumbnails', { ids: [id] }))).toEqual([
      { id, status: 'missing', orientation: 'portrait', medium: 'digital', updatedAt: expect.any(String) },
    ]);
    expect(ok(await tv.backend.invoke('drawings:storeThumbnail', { id, image: stored() }))).toEqual({ stored: true });
    expect(ok(await tv.backend.invoke('drawings:thumbnails', { ids: [id] }))).toEqual([
      { id, status: 'ready', image: { mime: 'image/png', ...PORTRAIT, data: stored() } },
    ]);
    // A second rendering of the same finished drawing is not stored: the first stays.
    expect(ok(await tv.backend.invoke('drawings:storeThumbnail', { id, image: b64(thumbnailPng(PORTRAIT, 7)) }))).toEqual({
      stored: false,
    });
    expect(ok(await tv.backend.invoke('drawings:thumbnails', { ids: [id] }))[0]).toMatchObject({ image: { data: stored() } });
  });

  it('answers a screen of 50 drawings with one audit row naming the drawings shown, and no drawings:get', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) ids.push(await drawing(i % 2 ? 'landscape' : 'portrait'));
    for (const [i, id] of ids.entries())
      ok(await tv.backend.invoke('drawings:storeThumbnail', { id, image: stored(i % 2 ? LANDSCAPE : PORTRAIT) }));
    const before = (await auditRows()).length;
    const answer = ok(await tv.backend.invoke('drawings:thumbnails', { ids }));
    expect(answer.map((e) => [e.id, e.status])).toEqual(ids.map((id) => [id, 'ready']));
    expect(answer[1]).toMatchObject({ image: LANDSCAPE });
    const rows = (await auditRows()).slice(before);
    expect(rows.map((r) => [r.action, r.targetId, r.details])).toEqual([
      ['drawing.thumbnailsViewed', null, { count: 50, drawingIds: ids }],
    ]);
  });

  it('writes no audit row when no picture was sent, and answers unknown drawings as NOT_FOUND in place', async () => {
    const id = await drawing();
    const unknown = 'f'.repeat(32);
    const before = (await auditRows()).length;
    expect(ok(await tv.backend.invoke('drawings:thumbnails', { ids: [unknown, id] })).map((e) => e.status)).toEqual([
      'unavailable',
      'missing',
    ]);
    expect(ok(await tv.backend.invoke('drawings:thumbnails', { ids: [unknown] }))).toEqual([
      { id: unknown, status: 'unavailable', code: 'NOT_FOUND' },
    ]);
    expect((await auditRows()).length).toBe(before);
    fails(await tv.backend.invoke('drawings:thumbnails', { ids: [id, id] }), 'VALIDATION');
    fails(await tv.backend.invoke('drawings:thumbnails', { ids: [] }), 'VALIDATION');
    fails(await tv.backend.invoke('drawings:storeThumbnail', { id: unknown, image: stored() }), 'NOT_FOUND');
  });
});

describe('thumbnails: an unfinished drawing', () => {
  it('is stored only for the version it was rendered from, and is missing again once the drawing changes', async () => {
    const id = await drawing('portrait', false);
    const { updatedAt } = ok(await tv.backend.invoke('drawings:get', { id }));
    // Without its version an unfinished drawing's picture could already be stale: not stored.
    expect(ok(await tv.backend.invoke('drawings:storeThumbnail', { id, image: stored() }))).toEqual({ stored: false });
    expect(ok(await tv.backend.invoke('drawings:storeThumbnail', { id, drawingUpdatedAt: updatedAt, image: stored() }))).toEqual({
      stored: true,
    });
    expect(ok(await tv.backend.invoke('drawings:thumbnails', { ids: [id] }))[0]?.status).toBe('ready');

    tv.clock.t += 60_000;
    ok(await tv.backend.invoke('drawings:append', { id, chunk: b64(encodeEvents([stroke(2000)])), pendingTail: null }));
    const now = ok(await tv.backend.invoke('drawings:thumbnails', { ids: [id] }))[0];
    expect(now).toMatchObject({ status: 'missing' });
    // A picture of the old version is refused as stale; one of the new version replaces it.
    expect(ok(await tv.backend.invoke('drawings:storeThumbnail', { id, drawingUpdatedAt: updatedAt, image: stored() }))).toEqual({
      stored: false,
    });
    const newer = now?.status === 'missing' ? now.updatedAt : '';
    expect(ok(await tv.backend.invoke('drawings:storeThumbnail', { id, drawingUpdatedAt: newer, image: stored() }))).toEqual({
      stored: true,
    });
    expect(await thumbnailRows()).toBe(1);
  });
});

describe('thumbnails: what is refused before anything is stored', () => {
  it('refuses a PNG that is not whole or not of exactly the page’s thumbnail size, anything else, and too large a file', async () => {
    const id = await drawing();
    const landscapeId = await drawing('landscape');
    const reason = (r: Awaited<ReturnType<typeof tv.backend.invoke<'drawings:storeThumbnail'>>>) =>
      fails(r, 'INVALID_IMAGE').details?.reasons;
    const store = (png: Buffer, on = id) => tv.backend.invoke('drawings:storeThumbnail', { id: on, image: b64(png) });
    expect(reason(await store(thumbnailPng(LANDSCAPE)))).toEqual(['dimensionsMismatch']);
    expect(reason(await store(thumbnailPng(PORTRAIT), landscapeId))).toEqual(['dimensionsMismatch']);
    expect(reason(await store(thumbnailPng({ width: 1000, height: 1414 })))).toEqual(['dimensionsMismatch']);
    expect(reason(await store(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')))).toEqual(['notAnImage']);
    const jpegHeader = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
    // A JPEG is a picture, but not a thumbnail's type.
    expect(reason(await store(Buffer.concat([jpegHeader, Buffer.alloc(64)])))).toEqual(['notAnImage']);
    // One flipped bit inside the pixel data: the chunk's CRC no longer matches.
    const tampered = thumbnailPng();
    tampered[tampered.length - 30] = (tampered[tampered.length - 30] ?? 0) ^ 0x01;
    expect(reason(await store(tampered))).toEqual(['checksum']);
    expect(reason(await store(thumbnailPng().subarray(0, 200)))).toEqual(['truncated']);
    // Larger than the cap: refused before it is decoded (by the service, or at the boundary when far larger).
    fails(await store(Buffer.alloc(MAX_THUMBNAIL_BYTES + 1, 1)), 'IMAGE_TOO_LARGE');
    fails(await store(Buffer.alloc(2 * MAX_THUMBNAIL_BYTES, 1)), 'VALIDATION');
    expect(await thumbnailRows()).toBe(0);
  });

  it('stores the picture without its metadata', async () => {
    const id = await drawing();
    ok(await tv.backend.invoke('drawings:storeThumbnail', { id, image: b64(thumbnailPng(PORTRAIT, 42)) }));
    const ready = ok(await tv.backend.invoke('drawings:thumbnails', { ids: [id] }))[0];
    expect(ready?.status === 'ready' ? ready.image.data : null).toBe(stored());
  });

  it('takes a still WebP as Chromium writes it, and refuses one that is cut, padded, animated or of another size', async () => {
    const id = await drawing();
    const landscapeId = await drawing('landscape');
    const webp = readFileSync(join(import.meta.dirname, '../fixtures/images/thumbnail-portrait.webp'));
    const store = (bytes: Buffer, on = id) => tv.backend.invoke('drawings:storeThumbnail', { id: on, image: b64(bytes) });
    const reason = async (bytes: Buffer, on = id) => fails(await store(bytes, on), 'INVALID_IMAGE').details?.reasons;
    expect(await reason(webp, landscapeId)).toEqual(['dimensionsMismatch']);
    expect(await reason(webp.subarray(0, webp.length - 10))).toEqual(['truncated']);
    expect(await reason(Buffer.concat([webp, Buffer.from([0, 0])]))).toEqual(['corrupt']);
    const animated = Buffer.from(webp);
    animated[20] = (animated[20] ?? 0) | 0x02;
    expect(await reason(animated)).toEqual(['unsupported']);
    const wider = Buffer.from(webp);
    wider.writeUIntLE(226, 24, 3);
    expect(await reason(wider)).toEqual(['dimensionsMismatch']);
    const notWebp = Buffer.from(webp);
    notWebp.write('WAVE', 8, 'latin1');
    expect(await reason(notWebp)).toEqual(['notAnImage']);
    expect(await thumbnailRows()).toBe(0);

    expect(ok(await store(webp))).toEqual({ stored: true });
    expect(ok(await tv.backend.invoke('drawings:thumbnails', { ids: [id] }))).toEqual([
      { id, status: 'ready', image: { mime: 'image/webp', ...PORTRAIT, data: b64(webp) } },
    ]);
  });

  it('keeps the picture only inside the encrypted database', async () => {
    const id = await drawing();
    ok(await tv.backend.invoke('drawings:storeThumbnail', { id, image: stored() }));
    // The deflated pixel data, 64 bytes of it: found in no file of the vault's folder, WAL included.
    const png = thumbnailPng();
    const start = png.indexOf('IDAT') + 4;
    const pixels = png.subarray(start, start + 64);
    ok(await tv.backend.invoke('auth:lock', {}));
    const files = filesUnder(tv.dir);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(readFileSync(file).includes(pixels), file).toBe(false);
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('thumbnails: who may see them', () => {
  it('follows drawings:get: no other role, a facilitator only for their groups’ drawings, nothing in client mode but storing', async () => {
    const id = await drawing();
    const other = await drawing('landscape', false);
    ok(await tv.backend.invoke('drawings:storeThumbnail', { id, image: stored() }));

    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    fails(await tv.backend.invoke('drawings:thumbnails', { ids: [id] }), 'FORBIDDEN');
    fails(await tv.backend.invoke('drawings:storeThumbnail', { id, image: stored() }), 'FORBIDDEN');
    await addAccount(tv.backend, 'facilitator1', ['facilitator'], 'Facilitator-Own-Password-31');
    // A practice drawing is no group's: a facilitator who is not a psychologist gets what drawings:get gives.
    expect(fails(await tv.backend.invoke('drawings:get', { id }), 'FORBIDDEN').details?.reasons).toEqual(['notYourGroup']);
    expect(ok(await tv.backend.invoke('drawings:thumbnails', { ids: [id] }))).toEqual([
      { id, status: 'unavailable', code: 'FORBIDDEN' },
    ]);
    fails(await tv.backend.invoke('drawings:storeThumbnail', { id, image: stored() }), 'FORBIDDEN');

    await signInAs(tv.backend, PSYCHOLOGIST.username, 'Steppe-Own-Password-2026');
    const { updatedAt } = ok(await tv.backend.invoke('drawings:resume', { id: other }));
    ok(await tv.backend.invoke('clientMode:enter', { kind: 'drawing', drawingId: other }));
    const clientMode = (r: { ok: boolean; error?: { code: string; details?: { reasons?: string[] } } }) => {
      expect(r.error?.code).toBe('FORBIDDEN');
      expect(r.error?.details?.reasons).toEqual(['clientMode']);
    };
    clientMode(await tv.backend.invoke('drawings:thumbnails', { ids: [other] }));
    clientMode(await tv.backend.invoke('drawings:storeThumbnail', { id, image: stored() }));
    ok(await tv.backend.invoke('drawings:finish', { id: other, finishedT: 5000 }));
    expect(updatedAt).toEqual(expect.any(String));
    expect(ok(await tv.backend.invoke('drawings:storeThumbnail', { id: other, image: stored(LANDSCAPE) }))).toEqual({
      stored: true,
    });
  });
});
