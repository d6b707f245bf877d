import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeDrawing } from '../../assessments/drawing/encoding';
import { PAPER_MAX_BYTES } from '../../assessments/drawing/paper';
import type { ChannelInput } from '../../electron/contract/channels';
import { fixturePicture, jpegSegment, makePng, pngChunk, withJpegSize, withSegmentsAfterSoi } from '../fixtures/images/pictures';
import { SCREEN, b64, setUpWithPsychologist, signInAs } from './fixtures/drawingSetup';
import { drawingTablesState, drawingTablesText, openRawDb } from './fixtures/rawDb';
import { snapshot } from './fsSnapshot';
import { ADMIN, type TestVault, fails, newVault, ok } from './helpers';

let tv: TestVault;
let recoveryKey: string;
beforeEach(async () => {
  tv = newVault();
  ({ recoveryKey } = await setUpWithPsychologist(tv.backend));
});
afterEach(async () => tv?.dispose());

/** A4 portrait at 2 px/mm, as the renderer would crop a small scan. */
const PORTRAIT = { width: 420, height: 594 };
const jpeg = fixturePicture('page-portrait.jpg');
const png = makePng({ ...PORTRAIT, colourType: 2 });

type ImportInput = ChannelInput<'drawings:importPaper'>;
const importOf = (bytes: Buffer, over: Partial<ImportInput> = {}): ImportInput => ({
  orientation: 'portrait',
  mime: 'image/png',
  image: b64(bytes),
  ...PORTRAIT,
  ...over,
});

async function withRawDb<T>(read: (db: Awaited<ReturnType<typeof openRawDb>>) => T): Promise<T> {
  const db = await openRawDb(tv.dir, recoveryKey);
  try {
    return read(db);
  } finally {
    db.close();
  }
}

describe('paper drawings: import', () => {
  it('stores a PNG built from the specification as a finished paper drawing with no strokes', async () => {
    const { id } = ok(await tv.backend.invoke('drawings:importPaper', importOf(png, { instrumentId: 'htp', pageId: 'house' })));
    const got = ok(await tv.backend.invoke('drawings:get', { id }));
    expect(got).toMatchObject({
      id,
      medium: 'paper',
      status: 'finished',
      orientation: 'portrait',
      eventCount: 0,
      instrumentId: 'htp',
      pageId: 'house',
    });
    expect(got).toMatchObject({
      processMetricsAvailable: false,
      screen: null,
      pointerTypes: [],
      hasPendingTail: false,
      finishedT: 0,
    });
    expect(got.image).toEqual({ mime: 'image/png', ...PORTRAIT, data: b64(png) });
    // The stroke stream is empty and finished, so code that decodes every drawing keeps working.
    expect(decodeDrawing(Buffer.from(got.bytes, 'base64'))).toEqual({
      page: { orientation: 'portrait' },
      events: [],
      finishedT: 0,
    });
    const sha = await withRawDb((db) => db.prepare('SELECT sha256 FROM drawing_images WHERE drawing_id = ?').get(id));
    expect(sha).toEqual({ sha256: createHash('sha256').update(png).digest('hex') });
  });

  it('stores a real Chromium-encoded PNG and JPEG, landscape too', async () => {
    const realPng = fixturePicture('page-portrait.png');
    const a = ok(await tv.backend.invoke('drawings:importPaper', importOf(realPng)));
    expect(ok(await tv.backend.invoke('drawings:get', { id: a.id })).image?.data).toBe(b64(realPng));
    const b = ok(await tv.backend.invoke('drawings:importPaper', importOf(jpeg, { mime: 'image/jpeg' })));
    const gotJpeg = ok(await tv.backend.invoke('drawings:get', { id: b.id })).image;
    expect(gotJpeg).toMatchObject({ mime: 'image/jpeg', ...PORTRAIT });
    // Stored without the JFIF APP0 segment (18 bytes): see backend/images/jpegStructure.ts.
    expect(Buffer.from(gotJpeg!.data, 'base64')).toEqual(Buffer.concat([jpeg.subarray(0, 2), jpeg.subarray(20)]));
    const landscape = makePng({ width: 594, height: 420 });
    const c = ok(
      await tv.backend.invoke('drawings:importPaper', importOf(landscape, { orientation: 'landscape', width: 594, height: 420 })),
    );
    expect(ok(await tv.backend.invoke('drawings:get', { id: c.id }))).toMatchObject({
      orientation: 'landscape',
      image: { width: 594, height: 420 },
    });
  });

  it('drops the file name and the picture’s metadata, and audits the import without either', async () => {
    const exif = jpegSegment(0xe1, Buffer.from('Exif\0\0MM\0*GPS Kyzylorda colony 42; Canon serial 0451'));
    const comment = jpegSegment(0xfe, Buffer.from('Scan: Bekturganov A., cell 12'));
    const dirtyJpeg = withSegmentsAfterSoi(jpeg, exif, comment);
    const dirtyPng = makePng({ ...PORTRAIT, extra: [pngChunk('tEXt', Buffer.from('Author\0Bekturganov A.'))] });
    const fileName = 'Bekturganov_Aidos_house_2026-11-25.jpg';
    const a = ok(
      await tv.backend.invoke('drawings:importPaper', importOf(dirtyJpeg, { mime: 'image/jpeg', originalFileName: fileName })),
    );
    const b = ok(await tv.backend.invoke('drawings:importPaper', importOf(dirtyPng, { originalFileName: fileName })));
    const stored = await withRawDb((db) => drawingTablesText(db));
    for (const text of ['Bekturganov', 'Kyzylorda', 'serial', 'Aidos', 'cell 12'])
      expect(stored.includes(text), text).toBe(false);
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    const { entries } = ok(await tv.backend.invoke('audit:list', { limit: 50, offset: 0, action: 'drawing.imported' }));
    expect(entries.map((e) => [e.targetId, e.details])).toEqual([
      [b.id, { orientation: 'portrait', mime: 'image/png' }],
      [a.id, { orientation: 'portrait', mime: 'image/jpeg' }],
    ]);
  });

  it('refuses what is not a whole, page-shaped PNG or JPEG, with a reason, storing and auditing nothing', async () => {
    ok(await tv.backend.invoke('drawings:importPaper', importOf(png)));
    const before = await withRawDb((db) => drawingTablesState(db));
    const files = () => {
      const { 'vault.db': db, 'vault.db-wal': wal } = snapshot(tv.dir);
      return { db, wal };
    };
    const filesBefore = files();

    const hugeSide = makePng({ width: 8487, height: 12_001, raw: Buffer.alloc(8) });
    const padded = Buffer.concat([png, Buffer.alloc(PAPER_MAX_BYTES + 1 - png.length)]);
    const cases: [string, ImportInput, string, string][] = [
      ['a text file', importOf(Buffer.from('Dear colleague, the drawing is attached.')), 'INVALID_IMAGE', 'notAnImage'],
      ['a GIF', importOf(Buffer.from('GIF89a\x01\0\x01\0\0\0\0;')), 'INVALID_IMAGE', 'notAnImage'],
      ['a PNG cut inside IDAT', importOf(png.subarray(0, Math.floor(png.length / 2))), 'INVALID_IMAGE', 'truncated'],
      ['a PNG without IEND', importOf(png.subarray(0, png.length - 12)), 'INVALID_IMAGE', 'truncated'],
      [
        'a JPEG cut in the scan',
        importOf(jpeg.subarray(0, jpeg.length - 300), { mime: 'image/jpeg' }),
        'INVALID_IMAGE',
        'truncated',
      ],
      ['a JPEG without EOI', importOf(jpeg.subarray(0, jpeg.length - 2), { mime: 'image/jpeg' }), 'INVALID_IMAGE', 'truncated'],
      ['a PNG with a damaged byte', importOf(Buffer.from(png).fill(0x55, 60, 61)), 'INVALID_IMAGE', 'checksum'],
      ['a JPEG declared as PNG', importOf(jpeg), 'INVALID_IMAGE', 'mimeMismatch'],
      ['a PNG declared as JPEG', importOf(png, { mime: 'image/jpeg' }), 'INVALID_IMAGE', 'mimeMismatch'],
      ['more than 25 MiB', importOf(padded), 'IMAGE_TOO_LARGE', 'bytes'],
      ['a side over 12,000 px', importOf(hugeSide, { width: 8487, height: 12_001 }), 'IMAGE_TOO_LARGE', 'dimensions'],
      [
        'a side under 200 px',
        importOf(withJpegSize(jpeg, 150, 212), { mime: 'image/jpeg', width: 150, height: 212 }),
        'INVALID_IMAGE',
        'tooSmall',
      ],
      ['other dimensions than declared', importOf(png, { width: 421 }), 'INVALID_IMAGE', 'dimensionsMismatch'],
      [
        'a square photo, not cropped to the page',
        importOf(makePng({ width: 600, height: 600 }), { width: 600, height: 600 }),
        'INVALID_IMAGE',
        'notPageShaped',
      ],
      ['a portrait picture for a landscape page', importOf(png, { orientation: 'landscape' }), 'INVALID_IMAGE', 'notPageShaped'],
    ];
    for (const [what, input, code, reason] of cases) {
      const error = fails(await tv.backend.invoke('drawings:importPaper', input), code);
      expect(error.details?.reasons, what).toEqual([reason]);
    }
    // Beyond twice the limit the boundary refuses before decoding anything.
    const enormous = Buffer.alloc(2 * PAPER_MAX_BYTES + 3);
    fails(await tv.backend.invoke('drawings:importPaper', importOf(enormous)), 'VALIDATION');
    fails(await tv.backend.invoke('drawings:importPaper', { ...importOf(png), image: 'not base64!' }), 'VALIDATION');

    expect(files()).toEqual(filesBefore);
    expect(await withRawDb((db) => drawingTablesState(db))).toEqual(before);
  });

  it('is finished and has no strokes: append, resume and client mode are refused', async () => {
    const { id } = ok(await tv.backend.invoke('drawings:importPaper', importOf(png)));
    fails(
      await tv.backend.invoke('drawings:append', { id, chunk: b64(Buffer.from([0])), pendingTail: null }),
      'DRAWING_FINISHED',
    );
    fails(await tv.backend.invoke('drawings:resume', { id }), 'DRAWING_FINISHED');
    fails(await tv.backend.invoke('clientMode:enter', { kind: 'drawing', drawingId: id }), 'DRAWING_FINISHED');
    // Annotations work on it like on a digital drawing.
    const pin = ok(await tv.backend.invoke('annotations:add', { drawingId: id, kind: 'pin', x: 1050, y: 1485, text: 'sun' }));
    expect(ok(await tv.backend.invoke('annotations:list', { drawingId: id }))).toEqual([pin]);
  });

  it('is refused in client mode', async () => {
    const { id } = ok(await tv.backend.invoke('drawings:create', { orientation: 'portrait', screen: SCREEN, practice: true }));
    ok(await tv.backend.invoke('clientMode:enter', { kind: 'drawing', drawingId: id }));
    const error = fails(await tv.backend.invoke('drawings:importPaper', importOf(png)), 'FORBIDDEN');
    expect(error.details?.reasons).toEqual(['clientMode']);
  });
});
