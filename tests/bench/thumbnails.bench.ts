/**
 * Issue 18 §4's benchmark (npm run bench; never timed tests): a screen of 50 drawing thumbnails,
 * in Chromium against the real backend through the e2e harness (same IPC contract, encrypted
 * database), three ways in the same run:
 * - before: 50 `drawings:get`, each decoded and painted at thumbnail size (what LazyDrawingThumbnail
 *   did): time to all painted, and the audit rows written;
 * - after: one `drawings:thumbnails` call and 50 stored PNGs decoded: time and audit rows;
 * - the one-time backfill of 50 drawings stored before migration 0020 (open, paint at 320 px, encode,
 *   store), paid once per drawing by the first screen that shows it.
 * The end-to-end figures go through the test harness's IPC (Playwright's exposeBinding, a JSON round
 * trip through the DevTools protocol, far slower per megabyte than Electron's IPC), so the backend's
 * and the renderer's shares are also given alone, with the bytes each way moves. Decoding a picture
 * runs off the main thread (an <img>, createImageBitmap); painting a drawing blocks it.
 * Each drawing: 500 pen strokes of 24 points (12,000 points), a busy child's drawing. The in-page
 * half is the renderer's own code (decodeTypedDrawing, paintFinishedPage, renderThumbnail), bundled
 * here with esbuild and evaluated in the page, so the figures are the app's code paths.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { encodeEvents } from '../../assessments/drawing';
import type { Point, Stroke } from '../../assessments/drawing/model';
import type { Backend } from '../../electron/backend/openBackend';
import type { Result } from '../../electron/contract/errors';
import { openApp } from '../e2e/harness';
import { random } from './drawingFixtures';
import type { BenchRow } from './run';

const SCREEN_OF = 50;
const STROKES = 500;
const POINTS = 24;
const RUNS = 3;
const ADMIN = { fullName: 'Admin', username: 'admin.t', password: 'Admin-Steppe-Evening-2026' };
const PSY = { username: 'psy.t', password: 'Bench-Steppe-Evening-2026' };

function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Short smooth pen curves over an A4 portrait page, 240 Hz samples. */
function strokes(seed: number): Stroke[] {
  const rnd = random(seed);
  const out: Stroke[] = [];
  let t = 0;
  for (let s = 0; s < STROKES; s++) {
    let x = 100 + rnd() * 1900;
    let y = 100 + rnd() * 2770;
    let a = rnd() * Math.PI * 2;
    const turn = (rnd() - 0.5) * 0.08;
    const points: Point[] = [];
    for (let i = 0; i < POINTS; i++) {
      points.push({ x: Math.min(2099, Math.max(0, x)), y: Math.min(2969, Math.max(0, y)), pressure: 0.5, t: Math.round(t) });
      x += Math.cos(a) * 6;
      y += Math.sin(a) * 6;
      a += turn;
      t += 1000 / 240;
    }
    out.push({ kind: 'stroke', tool: 'pencil', colour: '#3b3b3b', width: 7, pointerType: 'pen', points });
    t += 100 + rnd() * 200;
  }
  return out;
}

async function setUp(backend: Backend): Promise<string[]> {
  ok(await backend.invoke('vault:setup', { language: 'en', facilityName: 'Bench', admin: ADMIN }));
  const temporaryPassword = 'Temporary-Steppe-2026';
  ok(
    await backend.invoke('accounts:create', {
      fullName: 'Bench Psychologist',
      username: PSY.username,
      roles: ['psychologist'],
      language: 'en',
      temporaryPassword,
    }),
  );
  ok(await backend.invoke('auth:signOut', {}));
  ok(await backend.invoke('auth:signIn', { username: PSY.username, password: temporaryPassword }));
  ok(await backend.invoke('account:changePassword', { currentPassword: temporaryPassword, newPassword: PSY.password }));
  const ids: string[] = [];
  for (let d = 0; d < SCREEN_OF; d++) {
    const { id } = ok(
      await backend.invoke('drawings:create', {
        orientation: 'portrait',
        screen: { width: 1280, height: 860, devicePixelRatio: 1 },
        practice: true,
      }),
    );
    const chunk = Buffer.from(encodeEvents(strokes(d + 1))).toString('base64');
    ok(await backend.invoke('drawings:append', { id, chunk, pendingTail: null }));
    ok(await backend.invoke('drawings:finish', { id, finishedT: 200_000 }));
    ids.push(id);
  }
  return ids;
}

/** Audit rows of thumbnail kinds so far, read as the admin; the psychologist is signed in again. */
async function auditCounts(backend: Backend): Promise<{ viewed: number; thumbnails: number }> {
  ok(await backend.invoke('auth:signOut', {}));
  ok(await backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
  const count = async (action: 'drawing.viewed' | 'drawing.thumbnailsViewed') =>
    ok(await backend.invoke('audit:list', { action, limit: 1, offset: 0 })).total;
  const counts = { viewed: await count('drawing.viewed'), thumbnails: await count('drawing.thumbnailsViewed') };
  ok(await backend.invoke('auth:signOut', {}));
  ok(await backend.invoke('auth:signIn', { username: PSY.username, password: PSY.password }));
  return counts;
}

/** The in-page half: the renderer's own modules, bundled into one script that defines window.__thumbBench. */
const PAGE_ENTRY = `
import { decodeTypedDrawing } from './assessments/drawing';
import { paintFinishedPage } from './renderer/features/drawing/render/finishedPage';
import { fromBase64, toBase64 } from './renderer/features/drawing/storage/base64';
import { renderThumbnail } from './renderer/features/drawing/thumbnail/renderThumbnail';

const invoke = (channel, input) => window.api.invoke(channel, input);
const must = (r) => { if (!r.ok) throw new Error(r.error.code); return r.value; };

const paintOne = (bytes) => {
  const drawing = decodeTypedDrawing(fromBase64(bytes));
  const canvas = document.createElement('canvas');
  canvas.width = 160;
  canvas.height = 226;
  paintFinishedPage(canvas.getContext('2d'), drawing, { minLinePx: 1.5 });
};
const decodeOne = async (image) => {
  const bitmap = await createImageBitmap(new Blob([fromBase64(image.data)], { type: image.mime }));
  bitmap.close();
};
const held = { views: [], entries: [] };

window.__thumbBench = {
  /** Before, end to end: every thumbnail opened, decoded and painted at 160 CSS px wide (the group screen's size). */
  async naive(ids) {
    const start = performance.now();
    await Promise.all(ids.map(async (id) => paintOne(must(await invoke('drawings:get', { id })).bytes)));
    return performance.now() - start;
  },
  /** After, end to end: one call, and each stored picture decoded as the <img> does. */
  async cached(ids) {
    const start = performance.now();
    const entries = must(await invoke('drawings:thumbnails', { ids }));
    await Promise.all(entries.map((e) => decodeOne(e.image)));
    return performance.now() - start;
  },
  /** Fetches both forms once (outside any measurement), and returns the bytes each moves per screen. */
  async hold(ids) {
    held.views = [];
    for (const id of ids) held.views.push(must(await invoke('drawings:get', { id })).bytes);
    held.entries = must(await invoke('drawings:thumbnails', { ids }));
    if (held.entries.some((e) => e.status !== 'ready')) throw new Error('not all ready');
    const size = (b64) => (b64.length * 3) / 4;
    return { drawings: held.views.reduce((n, v) => n + size(v), 0), thumbnails: held.entries.reduce((n, e) => n + size(e.image.data), 0) };
  },
  /** The renderer's share alone, on data already in the page. */
  paintHeld() {
    const start = performance.now();
    for (const bytes of held.views) paintOne(bytes);
    return performance.now() - start;
  },
  async decodeHeld() {
    const start = performance.now();
    await Promise.all(held.entries.map((e) => decodeOne(e.image)));
    return performance.now() - start;
  },
  /** Once per drawing stored before 0020: open, paint at the stored size, encode, store. */
  async backfill(ids) {
    const start = performance.now();
    for (const id of ids) {
      const view = must(await invoke('drawings:get', { id }));
      const picture = await renderThumbnail(decodeTypedDrawing(fromBase64(view.bytes)));
      const stored = must(await invoke('drawings:storeThumbnail', {
        id, drawingUpdatedAt: view.updatedAt, image: toBase64(new Uint8Array(await picture.arrayBuffer())),
      }));
      if (!stored.stored) throw new Error('not stored');
    }
    return performance.now() - start;
  },
};
`;

async function pageScript(): Promise<string> {
  const out = await build({
    stdin: { contents: PAGE_ENTRY, resolveDir: resolve(import.meta.dirname, '../..'), loader: 'ts' },
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

export async function thumbnailBenchmarks(): Promise<BenchRow[]> {
  const script = await pageScript();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'kenes-bench-thumbnails-'));
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  // tsx (esbuild, keepNames) wraps functions in __name(...); the harness's init script runs in the page without it.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  const app = await openApp(page, { dataDir, kdfCost: { N: 2 ** 14, r: 8, p: 1 } });
  try {
    const ids = await setUp(app.backend);
    await page.evaluate(script);
    const run = (what: string) => page.evaluate(`window.__thumbBench.${what}(${JSON.stringify(ids)})`) as Promise<number>;

    const times = async (what: string): Promise<number[]> => {
      const out: number[] = [];
      for (let i = 0; i < RUNS; i++) out.push(await run(what));
      return out;
    };
    const inPage = async (expression: string): Promise<number[]> => {
      const out: number[] = [];
      for (let i = 0; i < RUNS; i++) out.push((await page.evaluate(expression)) as number);
      return out;
    };
    const inBackend = async (call: () => Promise<unknown>): Promise<number[]> => {
      const out: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        await call();
        out.push(performance.now() - t0);
      }
      return out;
    };

    // Before: no thumbnail stored. The first run's audit rows are the screen's.
    const a0 = await auditCounts(app.backend);
    const naive = [await run('naive')];
    const a1 = await auditCounts(app.backend);
    naive.push(...(await times('naive')).slice(1));
    const a2 = await auditCounts(app.backend);
    const backfill = await run('backfill');
    const a3 = await auditCounts(app.backend);
    const cached = [await run('cached')];
    const a4 = await auditCounts(app.backend);
    cached.push(...(await times('cached')).slice(1));

    const bytes = (await page.evaluate(`window.__thumbBench.hold(${JSON.stringify(ids)})`)) as {
      drawings: number;
      thumbnails: number;
    };
    const paint = await inPage('window.__thumbBench.paintHeld()');
    const decode = await inPage('window.__thumbBench.decodeHeld()');
    const gets = await inBackend(async () => {
      for (const id of ids) ok(await app.backend.invoke('drawings:get', { id }));
    });
    const one = await inBackend(async () => ok(await app.backend.invoke('drawings:thumbnails', { ids })));

    const rows = (x: { viewed: number; thumbnails: number }, y: typeof x) => y.viewed - x.viewed + (y.thumbnails - x.thumbnails);
    const screen = `screen of ${SCREEN_OF} thumbnails`;
    const note = `${SCREEN_OF} drawings of ${STROKES * POINTS} points; median of ${RUNS}`;
    const row = (c: string, value: number, unit: string, n?: string): BenchRow => ({
      suite: 'thumbnails',
      case: `${screen}: ${c}`,
      value,
      unit,
      ...(n ? { note: n } : {}),
    });
    return [
      row(
        'in Chromium, 50 × drawings:get + decode + paint (before)',
        median(naive),
        'ms',
        `${note}; through the test harness's IPC`,
      ),
      row(
        'in Chromium, one drawings:thumbnails + image decode (after)',
        median(cached),
        'ms',
        `${note}; through the test harness's IPC`,
      ),
      row('backend, 50 × drawings:get (before)', median(gets), 'ms', note),
      row('backend, one drawings:thumbnails (after)', median(one), 'ms', note),
      row('renderer, decode + paint 50 drawings (before)', median(paint), 'ms', note),
      row('renderer, decode 50 stored pictures (after)', median(decode), 'ms', note),
      row('bytes through IPC (before)', bytes.drawings / 1024, 'KiB'),
      row('bytes through IPC (after)', bytes.thumbnails / 1024, 'KiB', 'WebP, 226 × 320'),
      row('audit rows (before)', rows(a0, a1), 'rows'),
      row('audit rows (after)', rows(a3, a4), 'rows'),
      {
        suite: 'thumbnails',
        case: `backfill of ${SCREEN_OF} drawings stored before 0020 (once per drawing)`,
        value: backfill,
        unit: 'ms',
        note: `open, paint at 320 px, encode WebP, store; ${rows(a2, a3)} audit rows`,
      },
    ];
  } finally {
    await app.close();
    await browser.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
