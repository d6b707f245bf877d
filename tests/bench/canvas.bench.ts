/**
 * Issue 3's canvas benchmarks (npm run bench; never timed tests):
 * - frame time, p50 and p95, while a long pen stroke is drawn over 0, 5,000 and 20,000 strokes
 *   already on the page, in the real client mode of the built renderer, side by side with a plain
 *   HTML canvas drawing the same samples in the same run, and the ratio of the two;
 * - the frame that repaints the whole page after an undo, over the same pages;
 * - stored bytes per point against the same drawing as JSON, and encode/decode time for 1 million
 *   points (assessments/drawing).
 * Chromium is Debian's, headless, with the e2e harness's serving (same file server and CSP, the
 * backend in this process); nothing touches the network.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { decodeDrawing, encodeDrawing, encodeEvents } from '../../assessments/drawing';
import type { DrawingEvent, Point, Stroke } from '../../assessments/drawing/model';
import type { Backend } from '../../electron/backend/openBackend';
import type { Result } from '../../electron/contract/errors';
import { HARNESS_ORIGIN, openApp } from '../e2e/harness';
import { CANVAS_DRIVER } from './canvasDriver';
import type { BenchRow } from './run';

const FRAMES = 300;
const SAMPLES_PER_FRAME = 4;
const EXISTING = [0, 5_000, 20_000];
const PASSWORD = 'Bench-Steppe-Evening-2026';

type Dict = { [key: string]: string | Dict };
const en = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../renderer/i18n/en.json'), 'utf8')) as Dict;
/** The English UI text for a key, to click what a person clicks. */
function label(key: string): string {
  let node: string | Dict | undefined = en;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no text for ${key}`);
  return node;
}

function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const percentile = (xs: number[], p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

/** Deterministic pseudo-random numbers (mulberry32), so every run draws the same pages. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Realistic pen strokes on an A4 portrait page: short smooth curves of `points` samples at
 * 240 Hz, 100–300 ms apart, with slowly drifting pressure and 0.05 mm jitter.
 */
function strokes(count: number, points: number, seed: number): Stroke[] {
  const rnd = random(seed);
  const out: Stroke[] = [];
  let t = 0;
  for (let s = 0; s < count; s++) {
    const x0 = 100 + rnd() * 1900;
    const y0 = 100 + rnd() * 2770;
    const heading = rnd() * Math.PI * 2;
    const turn = (rnd() - 0.5) * 0.08;
    const speed = 4 + rnd() * 6;
    const pts: Point[] = [];
    let x = x0;
    let y = y0;
    let a = heading;
    let p = 0.3 + rnd() * 0.4;
    for (let i = 0; i < points; i++) {
      pts.push({
        x: Math.round(x + (rnd() - 0.5)),
        y: Math.round(y + (rnd() - 0.5)),
        pressure: Math.round(p * 255) / 255,
        t: Math.round(t),
      });
      x += Math.cos(a) * speed;
      y += Math.sin(a) * speed;
      a += turn;
      p = Math.min(1, Math.max(0.05, p + (rnd() - 0.5) * 0.03));
      t += 1000 / 240;
    }
    out.push({ kind: 'stroke', tool: 'pencil', colour: '#3b3b3b', width: 7, pointerType: 'pen', points: pts });
    t += 100 + rnd() * 200;
  }
  return out;
}

/** Vault, admin, and a psychologist signed in with their own password. */
async function signInPsychologist(backend: Backend): Promise<void> {
  ok(
    await backend.invoke('vault:setup', {
      language: 'en',
      facilityName: 'Bench',
      admin: { fullName: 'Admin', username: 'admin.b', password: 'Admin-Steppe-Evening-2026' },
    }),
  );
  const temporaryPassword = 'Temporary-Steppe-2026';
  ok(
    await backend.invoke('accounts:create', {
      fullName: 'Bench Psychologist',
      username: 'psy.b',
      roles: ['psychologist'],
      language: 'en',
      temporaryPassword,
    }),
  );
  ok(await backend.invoke('auth:signOut', {}));
  ok(await backend.invoke('auth:signIn', { username: 'psy.b', password: temporaryPassword }));
  ok(await backend.invoke('account:changePassword', { currentPassword: temporaryPassword, newPassword: PASSWORD }));
}

/** An unfinished drawing holding `existing` strokes, appended in chunks as the canvas would. */
async function drawingWith(backend: Backend, existing: number): Promise<void> {
  const { id } = ok(
    await backend.invoke('drawings:create', {
      orientation: 'portrait',
      screen: { width: 1280, height: 860, devicePixelRatio: 1 },
      practice: true,
    }),
  );
  const all = strokes(existing, 24, existing + 1);
  for (let i = 0; i < all.length; i += 2000) {
    const chunk = Buffer.from(encodeEvents(all.slice(i, i + 2000))).toString('base64');
    ok(await backend.invoke('drawings:append', { id, chunk, pendingTail: null }));
  }
}

type Page = Awaited<ReturnType<Awaited<ReturnType<typeof chromium.launch>>['newPage']>>;

async function frameTimes(page: Page, selector: string): Promise<number[]> {
  const run = (await page.evaluate(
    `window.__canvasBench.stroke(${JSON.stringify(selector)}, ${FRAMES}, ${SAMPLES_PER_FRAME})`,
  )) as { times: number[]; coalesced: boolean };
  if (!run.coalesced) throw new Error('getCoalescedEvents is not available: the page is not a secure context');
  return run.times;
}

async function canvasFrames(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // The harness origin stands in for app://, which is a secure context (getCoalescedEvents needs one).
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--unsafely-treat-insecure-origin-as-secure=${HARNESS_ORIGIN}`,
    ],
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'kenes-bench-canvas-'));
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  // tsx (esbuild, keepNames) wraps functions in __name(...); the harness's init script is sent to
  // the page as source, where __name does not exist. Playwright's own test runner does not do this.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  const app = await openApp(page, { dataDir, kdfCost: { N: 2 ** 14, r: 8, p: 1 } });
  try {
    await signInPsychologist(app.backend);
    for (const existing of EXISTING) {
      await drawingWith(app.backend, existing);
      await page.reload();
      await page
        .getByRole('navigation')
        .getByRole('button', { name: label('drawing.nav') })
        .click();
      await page
        .getByRole('button', { name: new RegExp(`^${label('drawing.list.resume')}`) })
        .first()
        .click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: label('drawing.resume.start') })
        .click();
      await page.getByTestId('drawing-paper').locator('canvas').first().waitFor();
      await page.evaluate(CANVAS_DRIVER);
      await page.waitForTimeout(500);

      const konva = await frameTimes(page, '[data-testid="drawing-paper"]');
      const undo = (await page.evaluate('window.__canvasBench.undoFrame()')) as number;
      // A resize repaints every stroke: the worst case, also met after undoing a clear.
      const recording = page.evaluate('window.__canvasBench.longestFrame(20)') as Promise<number>;
      await page.setViewportSize({ width: 1200, height: 820 });
      const repaint = await recording;
      await page.setViewportSize({ width: 1280, height: 860 });
      const plainSelector = (await page.evaluate(`window.__canvasBench.plainCanvas('[data-testid="drawing-paper"]')`)) as string;
      const plain = await frameTimes(page, plainSelector);

      const note = `${FRAMES} frames, ${SAMPLES_PER_FRAME} coalesced pen samples per frame`;
      const k50 = percentile(konva, 50);
      const p50 = percentile(plain, 50);
      rows.push({ suite: 'canvas', case: `frame p50, ${existing} strokes: Konva canvas`, value: k50, unit: 'ms', note });
      rows.push({
        suite: 'canvas',
        case: `frame p95, ${existing} strokes: Konva canvas`,
        value: percentile(konva, 95),
        unit: 'ms',
        note,
      });
      rows.push({ suite: 'canvas', case: `frame p50, ${existing} strokes: plain canvas`, value: p50, unit: 'ms', note });
      rows.push({
        suite: 'canvas',
        case: `frame p95, ${existing} strokes: plain canvas`,
        value: percentile(plain, 95),
        unit: 'ms',
        note,
      });
      rows.push({ suite: 'canvas', case: `frame p50 ratio Konva/plain, ${existing} strokes`, value: k50 / p50, unit: '×' });
      rows.push({
        suite: 'canvas',
        case: `frame p95 ratio Konva/plain, ${existing} strokes`,
        value: percentile(konva, 95) / percentile(plain, 95),
        unit: '×',
      });
      rows.push({
        suite: 'canvas',
        case: `undo of the last stroke over ${existing} strokes (longest frame)`,
        value: undo,
        unit: 'ms',
      });
      rows.push({
        suite: 'canvas',
        case: `resize: full repaint of ${existing} strokes (longest frame)`,
        value: repaint,
        unit: 'ms',
      });

      // Back to the records for the next page: the psychologist's password ends client mode.
      await page.evaluate(`document.getElementById('plain-canvas')?.remove()`);
      await page.getByRole('button', { name: label('drawing.exit.open') }).click();
      await page.getByRole('dialog').getByLabel(label('fields.password'), { exact: true }).fill(PASSWORD);
      await page
        .getByRole('dialog')
        .getByRole('button', { name: label('drawing.exit.submit') })
        .click();
      await page.getByRole('navigation').waitFor();
    }
  } finally {
    await app.close();
    await browser.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
}

/** Bytes per point and the codec's speed on one million points (assessments/drawing/ENCODING.md). */
function encodingRows(): BenchRow[] {
  const events: DrawingEvent[] = strokes(10_000, 100, 7);
  const drawing = { page: { orientation: 'portrait' as const }, events };
  const points = 1_000_000;
  const t0 = performance.now();
  const bytes = encodeDrawing(drawing);
  const t1 = performance.now();
  const decoded = decodeDrawing(bytes);
  const t2 = performance.now();
  if (decoded.events.length !== events.length) throw new Error('round trip lost events');
  const json = Buffer.byteLength(JSON.stringify(drawing));
  return [
    {
      suite: 'encoding',
      case: 'stored bytes per point (binary)',
      value: bytes.length / points,
      unit: 'B/point',
      note: '10,000 pen strokes × 100 points',
    },
    { suite: 'encoding', case: 'bytes per point as JSON', value: json / points, unit: 'B/point' },
    { suite: 'encoding', case: 'JSON / binary size', value: json / bytes.length, unit: '×' },
    { suite: 'encoding', case: 'encode 1,000,000 points', value: t1 - t0, unit: 'ms' },
    { suite: 'encoding', case: 'decode 1,000,000 points', value: t2 - t1, unit: 'ms' },
  ];
}

export async function canvasBenchmarks(): Promise<BenchRow[]> {
  return [...encodingRows(), ...(await canvasFrames())];
}
