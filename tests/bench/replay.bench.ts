/**
 * Issue 18's replay benchmarks (npm run bench; never timed tests), on a 20,000-stroke drawing
 * (480,000 pen samples) in Debian's headless Chromium:
 * - seeking to random moments with keyframes, beside the replay as it was (rebuilding the page
 *   from the first event on every seek that is not a continuation), in the same run;
 * - opening the replay: the first frame, when the page is exact, when the keyframes are built,
 *   and the longest frame meanwhile;
 * - a change of device pixel ratio (DevTools emulation of a move to a 2× screen): the longest
 *   frame, when the page is sharp again at the new density, and seeks at 2×.
 * The in-page half (tests/e2e/replayBench/page.ts) is bundled with Vite, with the product's
 * ReplayController and the frozen baseline; the page is blank (no app, no backend).
 */
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { random } from './drawingFixtures';
import type { BenchRow } from './run';

const STROKES = 20_000;
const SEEKS = 24;

const percentile = (xs: number[], p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

/** The in-page script, one IIFE. */
async function bundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: resolve(import.meta.dirname, '../e2e/replayBench/page.ts'), formats: ['iife'], name: 'replayBench' },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if ('output' in result) {
      const chunk = result.output.find((o) => o.type === 'chunk');
      if (chunk && 'code' in chunk) return chunk.code;
    }
  }
  throw new Error('the replay bench page did not bundle');
}

interface Settling {
  longest: number;
  sharpMs: number;
  settledMs: number;
}

type Seek = { frame: number; sharpMs: number };

/** Time until the page shows the moment (median, longest) and the longest frame meanwhile. */
function seekRows(how: string, seeks: Seek[], note: string): BenchRow[] {
  const waits = seeks.map((s) => s.sharpMs);
  return [
    { suite: 'replay', case: `seek, ${STROKES} strokes: ${how} (median)`, value: percentile(waits, 50), unit: 'ms', note },
    { suite: 'replay', case: `seek, ${STROKES} strokes: ${how} (longest)`, value: Math.max(...waits), unit: 'ms' },
    {
      suite: 'replay',
      case: `seek, ${STROKES} strokes: ${how} (longest frame)`,
      value: Math.max(...seeks.map((s) => s.frame)),
      unit: 'ms',
    },
  ];
}

export async function replayBenchmarks(): Promise<BenchRow[]> {
  const script = await bundle();
  const rnd = random(18);
  const fractions = Array.from({ length: SEEKS }, () => rnd());
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const rows: BenchRow[] = [];
  const note = `${STROKES} strokes × 24 pen samples, ${SEEKS} seeks to random moments`;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
    await page.evaluate(script);

    const baselineOpen = (await page.evaluate(`window.__replayBench.open('baseline', ${STROKES})`)) as Settling;
    const baseline = (await page.evaluate(`window.__replayBench.seeks(${JSON.stringify(fractions)})`)) as Seek[];

    // The same move to a 2× screen with the old replay, which did not react: what Chromium itself
    // spends re-rasterising the window at the new density, for comparison with the row below.
    const cdp = await page.context().newCDPSession(page);
    const emulate = (ratio: number, width: number) =>
      cdp.send('Emulation.setDeviceMetricsOverride', { width, height: 860, deviceScaleFactor: ratio, mobile: false });
    const baselineFrames = page.evaluate('window.__replayBench.framesAtRatio(2, 30)') as Promise<number>;
    await emulate(2, 1281);
    const baselineDensity = await baselineFrames;
    const back = page.evaluate('window.__replayBench.framesAtRatio(1, 10)');
    await emulate(1, 1280);
    await back;

    const open = (await page.evaluate(`window.__replayBench.open('keyframes', ${STROKES})`)) as Settling;
    const keyframes = (await page.evaluate('window.__replayBench.keyframes()')) as number;
    const fast = (await page.evaluate(`window.__replayBench.seeks(${JSON.stringify(fractions)})`)) as Seek[];

    rows.push(
      ...seekRows('keyframes', fast, note),
      ...seekRows('rebuild from the start', baseline, 'the replay before issue 18, same moments'),
    );
    rows.push(
      {
        suite: 'replay',
        case: `open at the end, ${STROKES} strokes: rebuild from the start (first frame)`,
        value: baselineOpen.longest,
        unit: 'ms',
      },
      {
        suite: 'replay',
        case: `open at the end, ${STROKES} strokes: keyframes (longest frame)`,
        value: open.longest,
        unit: 'ms',
        note: 'painted in slices, shown as it goes',
      },
      {
        suite: 'replay',
        case: `open at the end, ${STROKES} strokes: keyframes (page complete)`,
        value: open.sharpMs,
        unit: 'ms',
      },
      {
        suite: 'replay',
        case: `open at the end, ${STROKES} strokes: keyframes built`,
        value: open.settledMs,
        unit: 'ms',
        note: `${keyframes} keyframes, in idle slices`,
      },
    );

    // Moved to a 2× screen: the replay listens to the pixel ratio and paints sharp again. Chromium's
    // emulation re-evaluates media queries only when the viewport changes too, so the window grows
    // by one pixel in width; the replay's frame is a fixed 860 px wide, so its size does not change
    // and only the pixel-ratio listener can make the replay repaint (the canvas size check below).
    const densityChange = page.evaluate('window.__replayBench.afterDensityChange(2)') as Promise<
      Settling & { canvasWidth: number; pageWidth: number }
    >;
    await emulate(2, 1281);
    const density = await densityChange;
    if (Math.abs(density.canvasWidth - 2 * density.pageWidth) > 1) {
      throw new Error(`the replay canvas is ${density.canvasWidth} px for a ${density.pageWidth} px page at 2×`);
    }
    const keyframes2 = (await page.evaluate('window.__replayBench.keyframes()')) as number;
    const fast2 = (await page.evaluate(`window.__replayBench.seeks(${JSON.stringify(fractions)})`)) as Seek[];
    rows.push(
      {
        suite: 'replay',
        case: `pixel ratio 1× → 2×, ${STROKES} strokes (longest frame)`,
        value: density.longest,
        unit: 'ms',
        note: 'the stretched picture at once, then sharp in slices',
      },
      {
        suite: 'replay',
        case: `pixel ratio 1× → 2×, ${STROKES} strokes: replay before issue 18 (longest frame)`,
        value: baselineDensity,
        unit: 'ms',
        note: 'did not repaint (stayed blurred): Chromium re-rasterising the window only',
      },
      { suite: 'replay', case: `pixel ratio 1× → 2×, ${STROKES} strokes (page sharp)`, value: density.sharpMs, unit: 'ms' },
      {
        suite: 'replay',
        case: `pixel ratio 1× → 2×, ${STROKES} strokes (keyframes rebuilt)`,
        value: density.settledMs,
        unit: 'ms',
        note: `${keyframes2} keyframes at 2×`,
      },
      ...seekRows('keyframes at 2×', fast2, `${keyframes2} keyframes at 2× (memory budget)`),
    );
    await cdp.detach();
  } finally {
    await browser.close();
  }
  return rows;
}
