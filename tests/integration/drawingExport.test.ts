import { afterEach, describe, expect, it } from 'vitest';
import { exportPixelSize } from '../../assessments/drawing/paper';
import type { SaveFilePort } from '../../electron/backend/services/context';
import { fixturePicture, makePng, pngChunk } from '../fixtures/images/pictures';
import { SCREEN, b64, setUpWithPsychologist, signInAs } from './fixtures/drawingSetup';
import { ADMIN, PSYCHOLOGIST, type TestVault, fails, newVault, ok } from './helpers';

/** A save port that answers as told and remembers what it was given. */
function fakePort(answer: () => Promise<{ saved: boolean; location?: string }>) {
  const calls: { name: string; bytes: Buffer }[] = [];
  const port: SaveFilePort = async (name, bytes) => {
    calls.push({ name, bytes });
    return answer();
  };
  return { port, calls };
}

/** The page as the renderer would render it at 300 dpi: 1-bit grey keeps the test fast, the size is what matters. */
const pageOf = (orientation: 'portrait' | 'landscape') =>
  makePng({ ...exportPixelSize(orientation), colourType: 0, bitDepth: 1 });

let tv: TestVault;
afterEach(async () => tv?.dispose());

async function vaultWith(port?: SaveFilePort): Promise<string> {
  tv = newVault(undefined, port ? { saveFile: port } : {});
  await setUpWithPsychologist(tv.backend);
  return ok(await tv.backend.invoke('drawings:create', { orientation: 'portrait', screen: SCREEN, practice: true })).id;
}

async function exportAudit(): Promise<[string, string | null, string | null, Record<string, unknown>][]> {
  await signInAs(tv.backend, ADMIN.username, ADMIN.password);
  const { entries } = ok(await tv.backend.invoke('audit:list', { limit: 100, offset: 0 }));
  return entries
    .filter((e) => e.action.startsWith('drawing.export'))
    .reverse()
    .map((e) => [e.action, e.targetId, e.actorUsername, e.details]);
}

describe('drawings: PNG export', () => {
  it('hands a 300 dpi A4 PNG to the save port under a name without client data, and audits the saved export', async () => {
    const { port, calls } = fakePort(async () => ({ saved: true, location: '/home/psy/Ivanov.png' }));
    const drawingId = await vaultWith(port);
    const png = pageOf('portrait');
    expect(ok(await tv.backend.invoke('drawings:exportPng', { drawingId, withAnnotations: true, png: b64(png) }))).toEqual({
      saved: true,
    });
    expect(ok(await tv.backend.invoke('drawings:exportPng', { drawingId, withAnnotations: false, png: b64(png) }))).toEqual({
      saved: true,
    });
    const at = new Date(tv.clock.t);
    const day = `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
    expect(calls.map((c) => c.name)).toEqual([
      `drawing-${drawingId.slice(0, 8)}-${day}-annotated.png`,
      `drawing-${drawingId.slice(0, 8)}-${day}.png`,
    ]);
    expect(calls[0]!.bytes.equals(png)).toBe(true);
    expect(await exportAudit()).toEqual([
      ['drawing.exported', drawingId, PSYCHOLOGIST.username, { withAnnotations: true }],
      ['drawing.exported', drawingId, PSYCHOLOGIST.username, { withAnnotations: false }],
    ]);
    // The chosen location is the person's business, and may name the client: it is not kept.
    const { entries } = ok(await tv.backend.invoke('audit:list', { limit: 100, offset: 0 }));
    expect(JSON.stringify(entries)).not.toContain('Ivanov');
  });

  it('exports landscape drawings and paper drawings at their own orientation’s size, without the picture’s metadata', async () => {
    const { port, calls } = fakePort(async () => ({ saved: true }));
    await vaultWith(port);
    const landscape = ok(
      await tv.backend.invoke('drawings:create', { orientation: 'landscape', screen: SCREEN, practice: true }),
    ).id;
    ok(
      await tv.backend.invoke('drawings:exportPng', {
        drawingId: landscape,
        withAnnotations: false,
        png: b64(pageOf('landscape')),
      }),
    );
    const paper = ok(
      await tv.backend.invoke('drawings:importPaper', {
        orientation: 'portrait',
        mime: 'image/jpeg',
        image: b64(fixturePicture('page-portrait.jpg')),
        width: 420,
        height: 594,
      }),
    ).id;
    const tagged = makePng({
      ...exportPixelSize('portrait'),
      colourType: 0,
      bitDepth: 1,
      extra: [pngChunk('tEXt', Buffer.from('Software\0Kenes'))],
    });
    ok(await tv.backend.invoke('drawings:exportPng', { drawingId: paper, withAnnotations: true, png: b64(tagged) }));
    expect(calls).toHaveLength(2);
    expect(calls[1]!.bytes.includes('tEXt')).toBe(false);
  });

  it('refuses a page of the wrong size or kind before the save port is asked', async () => {
    const { port, calls } = fakePort(async () => ({ saved: true }));
    const drawingId = await vaultWith(port);
    const portrait = pageOf('portrait');
    const refusals: [string, string, string][] = [
      [b64(pageOf('landscape')), 'INVALID_IMAGE', 'exportSize'],
      [b64(makePng({ width: 1240, height: 1754, colourType: 0, bitDepth: 1 })), 'INVALID_IMAGE', 'exportSize'],
      [b64(portrait.subarray(0, portrait.length - 20)), 'INVALID_IMAGE', 'truncated'],
      [b64(fixturePicture('page-portrait.jpg')), 'INVALID_IMAGE', 'mimeMismatch'],
      [b64(Buffer.from('<svg/>')), 'INVALID_IMAGE', 'notAnImage'],
    ];
    for (const [png, code, reason] of refusals) {
      const error = fails(await tv.backend.invoke('drawings:exportPng', { drawingId, withAnnotations: false, png }), code);
      expect(error.details?.reasons).toEqual([reason]);
    }
    fails(
      await tv.backend.invoke('drawings:exportPng', { drawingId: 'a'.repeat(32), withAnnotations: false, png: b64(portrait) }),
      'NOT_FOUND',
    );
    expect(calls).toEqual([]);
    expect(await exportAudit()).toEqual([]);
  });

  it('records nothing when the person cancels, and records a failed save', async () => {
    let answer: () => Promise<{ saved: boolean }> = async () => ({ saved: false });
    const { port } = fakePort(() => answer());
    const drawingId = await vaultWith(port);
    const png = b64(pageOf('portrait'));
    expect(ok(await tv.backend.invoke('drawings:exportPng', { drawingId, withAnnotations: true, png }))).toEqual({
      saved: false,
    });
    answer = async () => {
      throw new Error('EACCES: permission denied, open /media/usb/Ivanov.png');
    };
    const error = fails(
      await tv.backend.invoke('drawings:exportPng', { drawingId, withAnnotations: false, png }),
      'EXPORT_FAILED',
    );
    expect(error.message).not.toContain('Ivanov');
    expect(await exportAudit()).toEqual([['drawing.exportFailed', drawingId, PSYCHOLOGIST.username, { withAnnotations: false }]]);
  });

  it('fails with EXPORT_UNAVAILABLE when no save port is configured', async () => {
    const drawingId = await vaultWith();
    fails(
      await tv.backend.invoke('drawings:exportPng', { drawingId, withAnnotations: false, png: b64(pageOf('portrait')) }),
      'EXPORT_UNAVAILABLE',
    );
  });

  it('is refused in client mode, even for the client’s own drawing', async () => {
    const { port, calls } = fakePort(async () => ({ saved: true }));
    const drawingId = await vaultWith(port);
    ok(await tv.backend.invoke('clientMode:enter', { kind: 'drawing', drawingId }));
    const error = fails(
      await tv.backend.invoke('drawings:exportPng', { drawingId, withAnnotations: false, png: b64(pageOf('portrait')) }),
      'FORBIDDEN',
    );
    expect(error.details?.reasons).toEqual(['clientMode']);
    expect(calls).toEqual([]);
  });
});
