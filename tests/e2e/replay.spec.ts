import { type Page, expect, test } from '@playwright/test';
import { encodeEvents } from '../../assessments/drawing/encoding';
import type { DrawingEvent } from '../../assessments/drawing/model';
import type { Backend } from '../../electron/backend/openBackend';
import { line } from '../unit/drawing/builders';
import { b64 } from '../integration/fixtures/drawingSetup';
import { ok } from '../integration/helpers';
import { inkAt } from './drawingSteps';
import { shot } from './harness';
import { appPerTest } from './setup';
import { type Language, text } from './steps';

/**
 * Issue 18: the replay of a long drawing seeks from keyframes and follows the screen's pixel
 * density. A finished drawing of 1,202 strokes: a wide line first, 1,200 small strokes in the
 * lower half, a second wide line last. The psychologist scrubs with the keyboard and sees each
 * moment; then the window moves to a 2× screen (DevTools emulation) and the page is painted again
 * at twice the pixels, sharp, and still seeks. Screenshots: test-results/screenshots/replay-middle-*.png.
 */

const apps = appPerTest('replay', { failOnConsoleProblems: true });

const FIRST = { x: 0.5, y: 600 / 2970 };
const LAST = { x: 0.5, y: 1200 / 2970 };

async function longDrawing(backend: Backend): Promise<void> {
  const { id } = ok(
    await backend.invoke('drawings:create', {
      orientation: 'portrait',
      screen: { width: 1280, height: 860, devicePixelRatio: 1 },
      practice: true,
    }),
  );
  const events: DrawingEvent[] = [line(300, 600, 1800, 600, { t0: 0, durationMs: 1000, points: 40, width: 24 })];
  for (let i = 0; i < 1200; i++) {
    const x = 150 + (i % 40) * 45;
    const y = 1700 + Math.floor(i / 40) * 35;
    events.push(line(x, y, x + 30, y + 20, { t0: 1500 + i * 150, durationMs: 100, points: 24 }));
  }
  events.push(line(300, 1200, 1800, 1200, { t0: 185_000, durationMs: 1000, points: 40, width: 24 }));
  for (let i = 0; i < events.length; i += 400) {
    ok(await backend.invoke('drawings:append', { id, chunk: b64(encodeEvents(events.slice(i, i + 400))), pendingTail: null }));
  }
  ok(await backend.invoke('drawings:finish', { id, finishedT: 187_000 }));
}

/** The page is painted for the moment asked for (the replay says aria-busy while catching up). */
async function settled(page: Page): Promise<void> {
  await expect(page.getByTestId('replay-paper')).toHaveAttribute('aria-busy', 'false');
}

/** Device pixels of the replay canvas per CSS pixel of the page. */
async function density(page: Page): Promise<number> {
  return page.getByTestId('replay-paper').evaluate((paper) => {
    const canvas = paper.querySelector('canvas');
    return canvas ? canvas.width / paper.getBoundingClientRect().width : 0;
  });
}

for (const ui of ['kk', 'ru'] as const satisfies Language[]) {
  test(`a long drawing replays at any moment, and sharp after a move to a 2× screen (${ui})`, async ({ page }) => {
    const t = (key: string, params?: Record<string, string | number>) => text(ui, key, params);
    const app = await apps.openAsPsychologist(page, ui);
    await longDrawing(app.backend);

    await page
      .getByRole('navigation', { name: t('nav.label') })
      .getByRole('button', { name: t('drawing.nav') })
      .click();
    await page
      .getByRole('button', { name: new RegExp(`^${t('drawing.list.replay')}`) })
      .first()
      .click();
    await expect(page.getByRole('button', { name: t('drawing.replay.play') })).toBeVisible();

    // It opens at the end: both lines are there.
    await settled(page);
    expect(await density(page)).toBeCloseTo(1, 2);
    await expect.poll(() => inkAt(page, FIRST.x, FIRST.y)).toBeGreaterThan(100);
    await expect.poll(() => inkAt(page, LAST.x, LAST.y)).toBeGreaterThan(100);

    // Scrubbing: the start is blank, the middle has the first line only, the end both.
    const slider = page.getByRole('slider', { name: t('drawing.replay.position') });
    await slider.focus();
    await page.keyboard.press('Home');
    await settled(page);
    await expect.poll(() => inkAt(page, FIRST.x, FIRST.y)).toBeLessThan(10);
    for (let i = 0; i < 5; i++) await page.keyboard.press('PageUp');
    await settled(page);
    await expect.poll(() => inkAt(page, FIRST.x, FIRST.y)).toBeGreaterThan(100);
    await expect.poll(() => inkAt(page, LAST.x, LAST.y)).toBeLessThan(10);
    // Taken before the density change: a full-page screenshot resets DevTools' device metrics.
    await shot(page, `replay-middle-${ui}`);
    await page.keyboard.press('End');
    await settled(page);
    await expect.poll(() => inkAt(page, LAST.x, LAST.y)).toBeGreaterThan(100);

    // Moved to a 2× screen. Chromium's emulation reports the new density to media queries only
    // with a viewport change, so the window also grows by one pixel (the page's size does not change).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1281, height: 860, deviceScaleFactor: 2, mobile: false });
    await expect.poll(() => density(page)).toBeCloseTo(2, 2);
    await settled(page);
    await expect.poll(() => inkAt(page, FIRST.x, FIRST.y)).toBeGreaterThan(100);
    await expect.poll(() => inkAt(page, LAST.x, LAST.y)).toBeGreaterThan(100);
    await page.keyboard.press('Home');
    for (let i = 0; i < 5; i++) await page.keyboard.press('PageUp');
    await settled(page);
    await expect.poll(() => inkAt(page, FIRST.x, FIRST.y)).toBeGreaterThan(100);
    await expect.poll(() => inkAt(page, LAST.x, LAST.y)).toBeLessThan(10);
    await cdp.detach();
  });
}
