import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { type Backend, type BackendOptions, openBackend } from '../../electron/backend/openBackend';
import { APP_ORIGIN, serveAppFile } from '../../electron/backend/shell/appProtocol';
import type { ScryptCost } from '../../electron/backend/vault/kdf';
import type { BackendEvent } from '../../electron/contract/schemas';

/**
 * The end-to-end harness: the built renderer, served by the same app:// file server with the
 * same CSP header as the Electron main process, with window.api routed to a real backend in
 * this process. Only the transport differs from the app: Playwright's binding instead of IPC.
 */
const RENDERER_DIR = process.env.KENES_RENDERER_DIR ?? resolve(import.meta.dirname, '../../out/renderer');

/** Chromium does not load custom schemes from the network stack, so the app origin is an http one routed in-process. */
export const HARNESS_ORIGIN = 'http://kenes.invalid';

export type OpenedApp = {
  backend: Backend;
  /** The test's clock, the one the backend and the page both read (see openApp). */
  now(): number;
  close(): Promise<void>;
};

/**
 * Where every test's clock starts unless the test picks its own: Wednesday 18 March 2026, in the
 * middle of a month (12:30 in Almaty and Qyzylorda, 07:30 UTC; 18 March from UTC−7 to UTC+16), so
 * "today", "tomorrow", this month and the month before are the same days whatever the machine's
 * date and time zone.
 */
export const TEST_START = Date.parse('2026-03-18T07:30:00.000Z');

/** A clock that reads `start` now and runs on at the real pace from there. */
export function clockFrom(start: number): () => number {
  const started = performance.now();
  return () => start + Math.floor(performance.now() - started);
}

/**
 * Launch options for specs that need a secure context (`test.use({ launchOptions: SECURE_ORIGIN_LAUNCH })`):
 * the app runs from app://, a secure context; the harness's http origin is not, and Chromium offers
 * PointerEvent.getCoalescedEvents() only in secure contexts, so the harness origin is treated as the
 * app's is. The other flags are playwright.config.ts's.
 */
export const SECURE_ORIGIN_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--unsafely-treat-insecure-origin-as-secure=${HARNESS_ORIGIN}`,
  ],
};

export async function openApp(
  page: Page,
  options: {
    dataDir: string;
    kdfCost?: ScryptCost;
    /**
     * The backend's clock; the page's starts at its reading when the page loads. Without it, both
     * start at TEST_START and run on at the real pace (sign-in delays and autosave still elapse).
     */
    now?: () => number;
    saveFile?: BackendOptions['saveFile'];
    renderPdf?: BackendOptions['renderPdf'];
    /** Stands in for shell.openPath: tests see which folder the person asked to be shown. */
    openFolder?: BackendOptions['openFolder'];
    /** Stand in for the folder and backup-file pickers of electron/main.ts (backups, issue 16). */
    pickFolder?: BackendOptions['pickFolder'];
    pickBackupFile?: BackendOptions['pickBackupFile'];
    pickFiles?: BackendOptions['pickFiles'];
    /** The built renderer to serve (default out/renderer): the first-screen bench serves two builds side by side. */
    rendererDir?: string;
  },
): Promise<OpenedApp> {
  // saveFile stands in for the system save dialog of electron/main.ts: tests collect what was saved.
  // renderPdf stands in for printToPDF in electron/main.ts's hidden window: the same Chromium prints
  // the report in a context of its own, JavaScript off, every request refused.
  const renderPdf: BackendOptions['renderPdf'] =
    options.renderPdf ??
    (async (html) => {
      const browser = page.context().browser();
      if (!browser) throw new Error('no browser to print with');
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        await context.route('**/*', (route) => route.abort('blockedbyclient'));
        const printer = await context.newPage();
        await printer.setContent(html, { waitUntil: 'load' });
        return await printer.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      } finally {
        await context.close();
      }
    });
  // Never the machine's date: the backend reads the test's clock, and the page's Date (and timers,
  // which Playwright's clock keeps running at the real pace) starts at the same instant.
  const now = options.now ?? clockFrom(TEST_START);
  await page.clock.install({ time: now() });
  const backend = openBackend({
    dataDir: options.dataDir,
    kdfCost: options.kdfCost,
    now,
    idleCheckMs: 0,
    saveFile: options.saveFile,
    renderPdf,
    openFolder: options.openFolder,
    pickFolder: options.pickFolder,
    pickBackupFile: options.pickBackupFile,
    pickFiles: options.pickFiles,
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (!url.startsWith(`${HARNESS_ORIGIN}/`)) return route.abort('blockedbyclient');
    const file = serveAppFile(options.rendererDir ?? RENDERER_DIR, url.replace(HARNESS_ORIGIN, APP_ORIGIN));
    return route.fulfill({ status: file.status, headers: file.headers, body: file.body });
  });
  await page.exposeBinding('__kenesInvoke', (_source, channel: unknown, input: unknown) => backend.invokeRaw(channel, input));
  await page.addInitScript(() => {
    type Listener = (event: unknown) => void;
    const listeners = new Set<Listener>();
    const w = globalThis as unknown as {
      __kenesInvoke(channel: unknown, input: unknown): Promise<unknown>;
      __kenesEmit(event: unknown): void;
      api: unknown;
    };
    w.__kenesEmit = (event) => listeners.forEach((l) => l(event));
    w.api = Object.freeze({
      invoke: (channel: unknown, input: unknown) => w.__kenesInvoke(channel, input),
      onEvent(listener: Listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    });
  });
  const unsubscribe = backend.onEvent((event: BackendEvent) => {
    void page
      .evaluate((e) => (globalThis as unknown as { __kenesEmit(e: unknown): void }).__kenesEmit(e), event)
      .catch(() => undefined);
  });
  await page.goto(`${HARNESS_ORIGIN}/index.html`);
  return {
    backend,
    now,
    async close() {
      unsubscribe();
      await backend.close();
    },
  };
}

const SHOTS_DIR = resolve(import.meta.dirname, '../../test-results/screenshots');

/** Saves a full-page screenshot as a test artifact. */
export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const path = join(SHOTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Where a named screenshot goes: test-results/screenshots/<name>.png, beside shot()'s, the folder
 * made if missing. Every run writes every screen in every language there to be looked at; the few
 * the README shows are copied to docs/screenshots by hand, so a test run never changes the repository.
 */
export function docShotPath(name: string): string {
  mkdirSync(SHOTS_DIR, { recursive: true });
  return join(SHOTS_DIR, `${name}.png`);
}

/** A named screenshot (test-results/screenshots/<name>.png), full page unless `fullPage` is false. */
export async function docShot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await page.screenshot({ path: docShotPath(name), fullPage: options.fullPage ?? true });
}
