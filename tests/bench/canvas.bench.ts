/**
 * Issue 3's canvas benchmarks (npm run bench; never timed tests):
 * - frame time, p50 and p95, while a long pen stroke is drawn over 0, 5,000 and 20,000 strokes
 *   already on the page, in the real client mode of the built renderer, side by side with a plain
 *   HTML canvas drawing the same samples in the same run, and the ratio of the two;
 * - the longest frame after an undo of the last stroke, over the same pages;
 * - a window made smaller than its screen: the first frame, the longest frame until the ink is
 *   complete, and the time to complete (the ink is held at the screen's size and only scaled, so
 *   nothing is repainted), beside the same resize of an empty window (the browser's own frame);
 * - a move to a 2× screen, which repaints every stroke (the old bitmap scaled at once, then
 *   rebuilt in slices): the same three figures, beside the naive full redraw (every stroke in one
 *   frame) in the same run;
 * The codec's rows (bytes per point, encode and decode of a million points) are codec.bench.ts's.
 * Chromium is Debian's, headless, with the e2e harness's serving (same file server and CSP, the
 * backend in this process); nothing touches the network. Frames are the browser's own, not the
 * harness clock's (`REAL_FRAMES` below).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { encodeEvents } from '../../assessments/drawing';
import type { Stroke } from '../../assessments/drawing/model';
import type { Backend } from '../../electron/backend/openBackend';
import type { Result } from '../../electron/contract/errors';
import { HARNESS_ORIGIN, openApp } from '../e2e/harness';
import { CANVAS_DRIVER } from './canvasDriver';
import { penStrokes } from './drawingFixtures';
import type { BenchRow } from './run';

const FRAMES = 300;
/** Undos measured per page: the long stroke, then short ones drawn and undone. */
const UNDOS = 9;
const SAMPLES_PER_FRAME = 4;
/** Strokes already on the page; CANVAS_BENCH_PAGES="20000" runs one page while developing. */
const EXISTING = (process.env.CANVAS_BENCH_PAGES ?? '0,5000,20000').split(',').map(Number);
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
  const all = penStrokes(existing, 24, existing + 1);
  for (let i = 0; i < all.length; i += 2000) {
    const chunk = Buffer.from(encodeEvents(all.slice(i, i + 2000))).toString('base64');
    ok(await backend.invoke('drawings:append', { id, chunk, pendingTail: null }));
  }
}

type Browser = Awaited<ReturnType<typeof chromium.launch>>;
type Page = Awaited<ReturnType<Browser['newPage']>>;

async function frameTimes(page: Page, selector: string): Promise<number[]> {
  const run = (await page.evaluate(
    `window.__canvasBench.stroke(${JSON.stringify(selector)}, ${FRAMES}, ${SAMPLES_PER_FRAME})`,
  )) as { times: number[]; coalesced: boolean };
  if (!run.coalesced) throw new Error('getCoalescedEvents is not available: the page is not a secure context');
  return run.times;
}

interface Repaint {
  /** The frame that follows the resize (the old bitmap scaled). */
  first: number;
  longest: number;
  /** From the resize to the rebuilt bitmap swapped in. */
  complete: number;
  frames: number;
}

const PAPER = '[data-testid="drawing-paper"]';

/** The screen the window is on; the window fills it, as in client mode, until `resized`. */
const SCREEN = { width: 1280, height: 860 };

type Cdp = Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>>;

/**
 * Sets the window's size and pixel ratio on SCREEN, through DevTools (Playwright's setViewportSize
 * would make the screen as small as the window), and records the frames until the ink is complete.
 * One DevTools session per page: detaching it would undo what it set.
 */
async function resized(
  page: Page,
  cdp: Cdp,
  size: { width: number; height: number },
  ratio = 1,
  selector = PAPER,
): Promise<Repaint> {
  await page.evaluate(`window.__canvasBench.armRepaint(${JSON.stringify(selector)}, 20000)`);
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    ...size,
    deviceScaleFactor: ratio,
    mobile: false,
    screenWidth: SCREEN.width,
    screenHeight: SCREEN.height,
  });
  const recorded = (await page.evaluate('window.__canvasBench.repaintResult()')) as Repaint;
  if (recorded.frames === 0) throw new Error(`no resize came within 20 s (${JSON.stringify(size)} at ${ratio}×)`);
  return recorded;
}

const SMALLER = { width: 1200, height: 820 };
/**
 * The window on a 2× screen. Headless Chromium tells the page of an emulated pixel ratio by no
 * event, so the window is also a pixel wider, which fires a resize (as in replay.bench.ts); a
 * real move to another screen fires both.
 */
const MOVED = { width: SCREEN.width + 1, height: SCREEN.height };

/** The same resize and move to a 2× screen of a window holding nothing: what Chromium itself spends. */
async function emptyWindow(browser: Browser): Promise<{ resize: Repaint; density: Repaint }> {
  const page = await browser.newPage({ viewport: SCREEN, screen: SCREEN });
  try {
    await page.setContent('<div id="empty" data-ink="ready"></div>');
    await page.evaluate(CANVAS_DRIVER);
    await page.waitForTimeout(300);
    const cdp = await page.context().newCDPSession(page);
    const resize = await resized(page, cdp, SMALLER, 1, '#empty');
    await resized(page, cdp, SCREEN, 1, '#empty');
    const density = await resized(page, cdp, MOVED, 2, '#empty');
    await cdp.detach();
    return { resize, density };
  } finally {
    await page.close();
  }
}

/** The baseline of a full repaint: the same strokes painted in one frame, the simple way. */
async function naiveRepaint(page: Page, all: Stroke[]): Promise<number> {
  const flat = {
    counts: all.map((s) => s.points.length),
    width: all[0]?.width ?? 7,
    x: all.flatMap((s) => s.points.map((p) => p.x)),
    y: all.flatMap((s) => s.points.map((p) => p.y)),
    p: all.flatMap((s) => s.points.map((p) => p.pressure)),
  };
  return page.evaluate(
    ([selector, data]) =>
      (
        globalThis as unknown as {
          __canvasBench: { naiveRepaint(selector: string, data: unknown): Promise<number> };
        }
      ).__canvasBench.naiveRepaint(selector as string, data),
    [PAPER, flat] as const,
  );
}

/**
 * The harness installs Playwright's clock, which replaces requestAnimationFrame with a timer every
 * 16 ms of its own (not the browser's rendering) and performance.now with whole milliseconds: frame
 * times measured that way leave out style, layout and painting. This script runs before the clock's
 * (init scripts run in order) and keeps the browser's own; `useRealFrames` puts them back before the
 * drawing area (and Konva, which keeps its own reference) loads. Date stays the test's.
 */
const REAL_FRAMES = String.raw`
  globalThis.__realFrames = {
    native: String(window.requestAnimationFrame).includes('[native code]') && String(performance.now).includes('[native code]'),
    request: window.requestAnimationFrame.bind(window),
    cancel: window.cancelAnimationFrame.bind(window),
    now: performance.now.bind(performance),
  };
`;

async function useRealFrames(page: Page): Promise<void> {
  const native = await page.evaluate(String.raw`(() => {
    const real = globalThis.__realFrames;
    if (!real || !real.native) return false;
    window.requestAnimationFrame = real.request;
    window.cancelAnimationFrame = real.cancel;
    performance.now = real.now;
    return true;
  })()`);
  if (native !== true) throw new Error("the canvas bench could not use the browser's own animation frames");
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
  const page = await browser.newPage({ viewport: SCREEN, screen: SCREEN });
  // tsx (esbuild, keepNames) wraps functions in __name(...); the harness's init script is sent to
  // the page as source, where __name does not exist. Playwright's own test runner does not do this.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  await page.addInitScript(REAL_FRAMES);
  const app = await openApp(page, { dataDir, kdfCost: { N: 2 ** 14, r: 8, p: 1 } });
  try {
    await signInPsychologist(app.backend);
    for (const existing of EXISTING) {
      await drawingWith(app.backend, existing);
      await page.reload();
      await useRealFrames(page);
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

      const konva = await frameTimes(page, PAPER);
      const undo = (await page.evaluate('window.__canvasBench.undoFrame()')) as number;
      const undos = [
        undo,
        ...((await page.evaluate(`window.__canvasBench.undoRepeats(${JSON.stringify(PAPER)}, ${UNDOS - 1})`)) as number[]),
      ];
      const cdp = await page.context().newCDPSession(page);
      const shrink = await resized(page, cdp, SMALLER);
      const grow = await resized(page, cdp, SCREEN);
      // A move to a 2× screen repaints every stroke at the new density: the worst case.
      const density = await resized(page, cdp, MOVED, 2);
      await resized(page, cdp, SCREEN, 1);
      await cdp.detach();
      const naive = await naiveRepaint(page, penStrokes(existing, 24, existing + 1));
      const plainSelector = (await page.evaluate(`window.__canvasBench.plainCanvas(${JSON.stringify(PAPER)})`)) as string;
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
      const undoNote = `${UNDOS} undos of the stroke just drawn; baseline: the naive full redraw below`;
      rows.push({
        suite: 'canvas',
        case: `undo of the last stroke over ${existing} strokes: longest frame, median`,
        value: percentile(undos, 50),
        unit: 'ms',
        note: undoNote,
      });
      rows.push({
        suite: 'canvas',
        case: `undo of the last stroke over ${existing} strokes: longest frame, worst`,
        value: Math.max(...undos),
        unit: 'ms',
        note: undoNote,
      });
      const resizeNote = `window ${SMALLER.width} × ${SMALLER.height} on a ${SCREEN.width} × ${SCREEN.height} screen, and back`;
      const resize = `resize of the window, ${existing} strokes`;
      rows.push({
        suite: 'canvas',
        case: `${resize}: first frame`,
        value: Math.max(shrink.first, grow.first),
        unit: 'ms',
        note: resizeNote,
      });
      rows.push({
        suite: 'canvas',
        case: `${resize}: longest frame until complete`,
        value: Math.max(shrink.longest, grow.longest),
        unit: 'ms',
        note: `${shrink.frames} + ${grow.frames} frames; baseline: the empty window below`,
      });
      rows.push({ suite: 'canvas', case: `${resize}: complete`, value: Math.max(shrink.complete, grow.complete), unit: 'ms' });
      const what = `move to a 2× screen: full repaint of ${existing} strokes`;
      rows.push({ suite: 'canvas', case: `${what}, cached bitmap: first frame`, value: density.first, unit: 'ms' });
      rows.push({
        suite: 'canvas',
        case: `${what}, cached bitmap: longest frame until complete`,
        value: density.longest,
        unit: 'ms',
        note: `${density.frames} frames`,
      });
      rows.push({ suite: 'canvas', case: `${what}, cached bitmap: complete`, value: density.complete, unit: 'ms' });
      rows.push({
        suite: 'canvas',
        case: `full repaint of ${existing} strokes, naive redraw (one frame, 1×)`,
        value: naive,
        unit: 'ms',
        note: 'baseline: every stroke painted in one frame',
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
    const empty = await emptyWindow(browser);
    const own = "the browser's own frame, nothing painted by the app";
    rows.push({
      suite: 'canvas',
      case: 'resize of an empty window: first frame',
      value: empty.resize.first,
      unit: 'ms',
      note: own,
    });
    rows.push({
      suite: 'canvas',
      case: 'move of an empty window to a 2× screen: first frame',
      value: empty.density.first,
      unit: 'ms',
      note: own,
    });
  } finally {
    await app.close();
    await browser.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
}

export async function canvasBenchmarks(): Promise<BenchRow[]> {
  return canvasFrames();
}
