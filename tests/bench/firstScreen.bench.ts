/**
 * Issue 18 §6, a light first screen (npm run bench; never timed tests):
 * - the JavaScript the sign-in screen loads (index.html's entry chunk and its static imports), raw and
 *   gzip, of the renderer as it ships (split by area) beside the same renderer built as one file, as it
 *   was before the split; both built in this run (tests/bench/rendererBuild.ts);
 * - the time from navigation to a usable sign-in screen (the username field enabled and focused) in
 *   Chromium, median over RUNS page loads of each build, loads alternating between the two.
 * Both builds are served by the app's own file server (serveAppFile: the app:// handler's files and CSP)
 * over a local HTTP port, with the e2e harness's real backend behind window.api. Not through the
 * harness's request routing: that adds a round trip through this process and Playwright's protocol per
 * file, which the app:// handler does not have. Chromium's cache is off, so every load fetches and
 * compiles its scripts afresh, as the first window after starting the app does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { Backend } from '../../electron/backend/openBackend';
import { APP_ORIGIN, serveAppFile } from '../../electron/backend/shell/appProtocol';
import type { Result } from '../../electron/contract/errors';
import { openApp } from '../e2e/harness';
import { buildRenderer, initialChunks, origin } from './rendererBuild';
import type { BenchRow } from './run';

const RUNS = Number(process.env.KENES_BENCH_FIRST_SCREEN_RUNS ?? 15);
/** Loads of each build before measuring: Chromium's own start-up, not the app's. */
const WARM_UP = 2;
/** Libraries that must not load with the sign-in screen (issue 18 §6). */
const LATER = ['konva', 'chart.js', '@zxcvbn-ts/core', '@zxcvbn-ts/language-common'];

/**
 * In the page, before the app's scripts: records the moment the username field is focused and
 * enabled (SignIn autofocuses it once the vault status has arrived), in ms since this navigation
 * started. The harness's clock replaces window.performance with its own; this script is added before
 * it, so it keeps the browser's.
 */
const MARK_USABLE = `(() => {
  const browserPerformance = performance;
  const usable = () => {
    const field = document.activeElement;
    return field instanceof HTMLInputElement && field.autocomplete === 'username' && !field.disabled;
  };
  const check = () => {
    if (window.__kenesSignInUsable === undefined && usable()) window.__kenesSignInUsable = browserPerformance.now();
  };
  document.addEventListener('focusin', check, true);
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

/** A set-up vault, signed out: the next load shows the sign-in screen. */
async function signedOutVault(backend: Backend): Promise<void> {
  ok(
    await backend.invoke('vault:setup', {
      language: 'kk',
      facilityName: 'Bench',
      admin: { fullName: 'Admin', username: 'admin.b', password: 'Admin-Steppe-Evening-2026' },
    }),
  );
  ok(await backend.invoke('auth:signOut', {}));
}

type Build = { name: string; dir: string };

/** The build's files as app:// serves them (same headers, CSP included), on a local port. */
async function serve(dir: string): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const file = serveAppFile(dir, `${APP_ORIGIN}${request.url ?? '/'}`);
    response.writeHead(file.status, file.headers);
    response.end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function sizeRows(build: Build): BenchRow[] {
  const chunks = initialChunks(build.dir);
  const kb = (n: number) => n / 1024;
  const bytes = chunks.reduce((sum, c) => sum + c.bytes, 0);
  const gzipBytes = chunks.reduce((sum, c) => sum + c.gzipBytes, 0);
  const loaded = new Set(chunks.flatMap((c) => c.sources.map(origin)));
  const early = LATER.filter((name) => loaded.has(name));
  const note = `${chunks.length} file(s); ${early.length > 0 ? `loads ${early.join(', ')}` : 'no Konva, Chart.js or zxcvbn'}`;
  return [
    { suite: 'firstScreen', case: `initial JS raw: ${build.name}`, value: kb(bytes), unit: 'KB', note },
    { suite: 'firstScreen', case: `initial JS gzip: ${build.name}`, value: kb(gzipBytes), unit: 'KB', note: 'target < 350 KB' },
  ];
}

type Page = Awaited<ReturnType<Awaited<ReturnType<typeof chromium.launch>>['newPage']>>;

async function usableTimes(builds: Build[]): Promise<Map<string, number[]>> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const times = new Map<string, number[]>(builds.map((b) => [b.name, []]));
  const opened: { build: Build; page: Page; url: string; close(): Promise<void>; dataDir: string }[] = [];
  try {
    for (const build of builds) {
      const dataDir = mkdtempSync(join(tmpdir(), 'kenes-bench-first-'));
      const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
      // tsx (esbuild, keepNames) wraps functions in __name(...); the harness's init script is sent as source.
      await page.addInitScript('globalThis.__name = (fn) => fn;');
      await page.addInitScript(MARK_USABLE);
      const app = await openApp(page, { dataDir, kdfCost: { N: 2 ** 14, r: 8, p: 1 }, rendererDir: build.dir });
      await signedOutVault(app.backend);
      // From here the page loads from the local server; window.api still reaches this backend.
      await page.unrouteAll();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      const server = await serve(build.dir);
      opened.push({
        build,
        page,
        url: `${server.origin}/index.html`,
        close: async () => {
          await app.close();
          await server.close();
        },
        dataDir,
      });
    }
    for (let run = 0; run < WARM_UP + RUNS; run++) {
      for (const { build, page, url } of opened) {
        await page.goto(url);
        const at = await page.waitForFunction(
          () => (globalThis as { __kenesSignInUsable?: number }).__kenesSignInUsable,
          undefined,
          { polling: 20 },
        );
        const ms = (await at.jsonValue()) as number;
        if (run >= WARM_UP) times.get(build.name)?.push(ms);
      }
    }
  } finally {
    for (const app of opened) {
      await app.close();
      rmSync(app.dataDir, { recursive: true, force: true });
    }
    await browser.close();
  }
  return times;
}

export async function firstScreenBenchmarks(): Promise<BenchRow[]> {
  const out = mkdtempSync(join(tmpdir(), 'kenes-bench-renderer-'));
  const split: Build = { name: 'split by area (as shipped)', dir: join(out, 'split') };
  const single: Build = { name: 'one chunk (before the split)', dir: join(out, 'single') };
  try {
    await buildRenderer(split.dir, { singleChunk: false });
    await buildRenderer(single.dir, { singleChunk: true });
    const rows = [...sizeRows(split), ...sizeRows(single)];
    const times = await usableTimes([split, single]);
    const load = loadavg()[0]?.toFixed(1);
    for (const build of [split, single]) {
      const usable = times.get(build.name) ?? [];
      rows.push({
        suite: 'firstScreen',
        case: `navigation → usable sign-in, median: ${build.name}`,
        value: median(usable),
        unit: 'ms',
        note: `${RUNS} loads, Chromium headless, target < 500 ms; slowest ${Math.max(...usable).toFixed(0)} ms; load average ${load}`,
      });
    }
    return rows;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
