import { type Page, expect, test } from '@playwright/test';
import type { Stroke } from '../../assessments/drawing/model';
import { type PenPoint, inkAt, mouseStroke, penStroke, storedDrawing } from './drawingSteps';
import { SECURE_ORIGIN_LAUNCH, shot } from './harness';
import { appPerTest, watchConsole } from './setup';
import { type Language, PSYCHOLOGIST, startsWith, text } from './steps';

/**
 * Issue 3's client drawing, clicked and drawn as people do: the psychologist starts a drawing,
 * the client draws with a mouse and with a pen (synthetic Pointer Events carrying pressure and
 * coalesced samples), erases, undoes and redoes, clears, and finishes; leaving client mode needs
 * the password; the psychologist replays the process at 8× and scrubs. Screenshots go to
 * test-results/screenshots/drawing-*.png.
 */

// Pen strokes need PointerEvent.getCoalescedEvents(), which Chromium offers only in secure contexts.
test.use({ launchOptions: SECURE_ORIGIN_LAUNCH });

const apps = appPerTest('drawing');

/** Device pixels across the ink bitmap (the first canvas of the page). */
function inkBitmapWidth(page: Page): Promise<number> {
  return page
    .getByTestId('drawing-paper')
    .locator('canvas')
    .first()
    .evaluate((canvas) => (canvas as HTMLCanvasElement).width);
}

/** CSS pixels across the page on screen. */
function paperWidth(page: Page): Promise<number> {
  return page.getByTestId('drawing-paper').evaluate((paper) => paper.getBoundingClientRect().width);
}

/** A curve across the page with rising then falling pen pressure. */
function penCurve(x0: number, y0: number, x1: number, y1: number, n: number): PenPoint[] {
  return Array.from({ length: n }, (_, i) => {
    const f = i / (n - 1);
    return {
      x: x0 + (x1 - x0) * f,
      y: y0 + (y1 - y0) * f + Math.sin(f * Math.PI) * 0.05,
      pressure: 0.2 + 0.7 * Math.sin(f * Math.PI),
    };
  });
}

const strokesOf = (events: { kind: string }[]) => events.filter((e): e is Stroke => e.kind === 'stroke');

async function openDrawings(page: Page, ui: Language): Promise<void> {
  await page
    .getByRole('navigation', { name: text(ui, 'nav.label') })
    .getByRole('button', { name: text(ui, 'drawing.nav') })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: text(ui, 'drawing.list.title') })).toBeVisible();
}

/** react-aria hides the real input of a radio visually; a radio with a description has it in its name too. */
async function choose(page: Page, role: 'radio', name: string): Promise<void> {
  await page
    .getByRole(role, { name: startsWith(name) })
    .first()
    .check({ force: true });
}

test('a client draws in Kazakh with mouse and pen, erases, undoes, clears and finishes; the psychologist replays it', async ({
  page,
}) => {
  const ui: Language = 'ru';
  const client: Language = 'kk';
  const t = (key: string, params?: Record<string, string | number>) => text(ui, key, params);
  const c = (key: string, params?: Record<string, string | number>) => text(client, key, params);
  const app = await apps.openAsPsychologist(page, ui);

  // The psychologist sets up a free drawing with all tools, the task written in Kazakh.
  await openDrawings(page, ui);
  await expect(page.getByText(t('drawing.list.empty'))).toBeVisible();
  await page.getByRole('button', { name: t('drawing.list.new') }).click();
  await choose(page, 'radio', t('drawing.orientation.landscape'));
  await choose(page, 'radio', t('drawing.toolSets.all'));
  await choose(page, 'radio', text(ui, 'languages.kk'));
  const task = 'Өзіңіз қалаған нәрсені салыңыз: үй, ағаш, адам немесе басқа да нәрсе.';
  await page.getByLabel(t('drawing.new.instruction')).fill(task);
  await shot(page, 'drawing-01-new-drawing-ru');
  await page.getByRole('button', { name: t('drawing.new.start') }).click();

  // Client mode: the task in Kazakh, the tools in Kazakh, nothing of the records behind it.
  const clientMode = page.getByTestId('client-mode');
  await expect(clientMode).toBeVisible();
  await expect(clientMode.getByText(task)).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('radio', { name: c('drawing.tools.marker') })).toBeVisible();

  // Mouse: a wavy line in graphite.
  await mouseStroke(page, [
    [0.1, 0.2],
    [0.3, 0.25],
    [0.5, 0.2],
    [0.7, 0.25],
  ]);
  await expect.poll(() => inkAt(page, 0.3, 0.25)).toBeGreaterThan(100);

  // Pen with pressure and coalesced samples, in red coloured pencil, thick.
  await choose(page, 'radio', c('drawing.tools.colouredPencil'));
  await page.getByRole('radio', { name: 'қызыл', exact: true }).check({ force: true });
  await choose(page, 'radio', c('drawing.widths.thick'));
  const coalescedKept = await penStroke(page, penCurve(0.15, 0.6, 0.85, 0.6, 61));
  await expect.poll(() => inkAt(page, 0.5, 0.65)).toBeGreaterThan(100);

  // A blue marker line, then the eraser across the middle of the red line.
  await choose(page, 'radio', c('drawing.tools.marker'));
  await page.getByRole('radio', { name: 'көк', exact: true }).check({ force: true });
  await mouseStroke(page, [
    [0.2, 0.8],
    [0.8, 0.85],
  ]);
  await shot(page, 'drawing-02a-client-mode-colours-kk');
  await choose(page, 'radio', c('drawing.tools.eraser'));
  await mouseStroke(page, [
    [0.5, 0.45],
    [0.5, 0.75],
  ]);
  await expect.poll(() => inkAt(page, 0.5, 0.65)).toBeLessThan(10);
  await shot(page, 'drawing-02-client-mode-kk');

  // Undo the eraser (Ctrl+Z), redo it (Ctrl+Y), undo it with the button, redo with Ctrl+Shift+Z.
  await page.keyboard.press('Control+z');
  await expect.poll(() => inkAt(page, 0.5, 0.65)).toBeGreaterThan(100);
  await page.keyboard.press('Control+y');
  await expect.poll(() => inkAt(page, 0.5, 0.65)).toBeLessThan(10);
  await page.getByRole('button', { name: c('drawing.tools.undo') }).click();
  await expect.poll(() => inkAt(page, 0.5, 0.65)).toBeGreaterThan(100);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => inkAt(page, 0.5, 0.65)).toBeLessThan(10);

  // Clear asks first; cancelling keeps the page; confirming clears it; undo brings it back.
  await page.getByRole('button', { name: c('drawing.tools.clear') }).click();
  const clearDialog = page.getByRole('alertdialog', { name: c('drawing.clear.title') });
  await expect(clearDialog).toBeVisible();
  await shot(page, 'drawing-03-clear-confirmation-kk');
  await clearDialog.getByRole('button', { name: c('drawing.clear.cancel') }).click();
  await expect(clearDialog).toBeHidden();
  await expect.poll(() => inkAt(page, 0.3, 0.25)).toBeGreaterThan(100);
  await page.getByRole('button', { name: c('drawing.tools.clear') }).click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: c('drawing.clear.confirm'), exact: true })
    .click();
  await expect.poll(() => inkAt(page, 0.3, 0.25)).toBeLessThan(10);
  await page.getByRole('button', { name: c('drawing.tools.undo') }).click();
  await expect.poll(() => inkAt(page, 0.3, 0.25)).toBeGreaterThan(100);

  // A smaller window: the page keeps its proportions and page units. The ink is held at the size
  // the page had (the window filled its screen) and only scaled, so nothing is repainted; the
  // eraser still meets the line where it is seen.
  const heldBefore = await inkBitmapWidth(page);
  await page.setViewportSize({ width: 1024, height: 640 });
  await expect.poll(() => paperWidth(page)).toBeLessThan(heldBefore);
  expect(await inkBitmapWidth(page)).toBe(heldBefore);
  await expect.poll(() => inkAt(page, 0.3, 0.25)).toBeGreaterThan(100);
  await expect.poll(() => inkAt(page, 0.5, 0.65)).toBeLessThan(10);
  await shot(page, 'drawing-03b-client-mode-small-screen-kk');
  await choose(page, 'radio', c('drawing.tools.eraser'));
  await mouseStroke(page, [
    [0.1, 0.1],
    [0.1, 0.35],
  ]);
  await expect.poll(() => inkAt(page, 0.1, 0.2)).toBeLessThan(10);
  expect(await inkAt(page, 0.3, 0.25)).toBeGreaterThan(100);
  await page.keyboard.press('Control+z');
  await expect.poll(() => inkAt(page, 0.1, 0.2)).toBeGreaterThan(100);
  await page.setViewportSize({ width: 1280, height: 860 });
  await expect.poll(() => paperWidth(page)).toBe(heldBefore);
  expect(await inkBitmapWidth(page)).toBe(heldBefore);

  // Moved to a 2× screen (DevTools emulation; the window a pixel wider, as headless Chromium
  // tells the page of the new ratio only by a resize): the ink is painted again, sharp.
  const cdp = await page.context().newCDPSession(page);
  const emulate = (width: number, deviceScaleFactor: number) =>
    cdp.send('Emulation.setDeviceMetricsOverride', { width, height: 860, deviceScaleFactor, mobile: false });
  await emulate(1281, 2);
  // The page may be a pixel wider in the wider window: twice that in device pixels.
  await expect.poll(() => inkBitmapWidth(page)).toBeGreaterThanOrEqual(2 * heldBefore);
  await expect(page.getByTestId('drawing-paper')).toHaveAttribute('data-ink', 'ready');
  await expect.poll(() => inkAt(page, 0.3, 0.25)).toBeGreaterThan(100);
  await expect.poll(() => inkAt(page, 0.5, 0.65)).toBeLessThan(10);
  await emulate(1280, 1);
  await expect.poll(() => inkBitmapWidth(page)).toBe(heldBefore);
  await cdp.detach();

  // Finished, confirmed.
  await page.getByRole('button', { name: c('drawing.client.finished') }).click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: c('drawing.finish.confirm') })
    .click();
  await expect(page.getByRole('heading', { name: c('drawing.client.thanks') })).toBeVisible();
  await shot(page, 'drawing-04-finished-kk');

  // Leaving: an empty password is not sent, a wrong one is refused with a pause, the right one works.
  await page.getByRole('button', { name: t('drawing.exit.open') }).click();
  const exit = page.getByRole('dialog', { name: t('drawing.exit.title') });
  await exit.getByRole('button', { name: t('drawing.exit.submit') }).click();
  await expect(exit).toBeVisible();
  await exit.getByLabel(t('fields.password'), { exact: true }).fill('Wrong-password-123');
  await exit.getByRole('button', { name: t('drawing.exit.submit') }).click();
  await expect(exit.getByRole('alert').getByText(t('drawing.exit.wrongPassword'))).toBeVisible();
  await expect(exit.getByTestId('password-countdown')).toBeVisible();
  await expect(exit.getByRole('button', { name: t('drawing.exit.submit') })).toBeDisabled();
  await shot(page, 'drawing-05-exit-wrong-password-ru');
  await expect(exit.getByTestId('password-countdown')).toBeHidden({ timeout: 10_000 });
  await exit.getByLabel(t('fields.password'), { exact: true }).fill(PSYCHOLOGIST.own);
  await exit.getByRole('button', { name: t('drawing.exit.submit') }).click();

  // Back in the records: the finished drawing opens in replay.
  await expect(page.getByRole('navigation', { name: t('nav.label') })).toBeVisible();
  await expect(page.getByRole('button', { name: t('drawing.replay.play') })).toBeVisible();

  // What was stored: every stroke with its tool and pointer, pen pressure kept, undo/redo/clear recorded.
  const list = await app.backend.invoke('drawings:listUnfinished', {});
  expect(list.ok && list.value).toEqual([]);
  const id = await page.evaluate(() => document.querySelector('[data-drawing-id]')?.getAttribute('data-drawing-id') ?? '');
  const drawing = await storedDrawing(app.backend, id);
  const strokes = strokesOf(drawing.events);
  expect(drawing.page.orientation).toBe('landscape');
  expect(strokes.map((s) => `${s.tool}/${s.pointerType}`)).toEqual([
    'pencil/mouse',
    'colouredPencil/pen',
    'marker/mouse',
    'eraser/mouse',
    'eraser/mouse',
  ]);
  expect(strokes[1]!.colour).toBe('#e00000');
  // Every pen sample was kept: 60 moves arrived as 15 events of 4 coalesced samples, plus the
  // down point and the lift (a later time at the same place).
  expect(coalescedKept).toBe(60);
  expect(strokes[1]!.points.length).toBe(62);
  const pressures = strokes[1]!.points.map((p) => p.pressure);
  expect(Math.max(...pressures)).toBeGreaterThan(0.85);
  expect(Math.min(...pressures)).toBeLessThan(0.25);
  expect(strokes[0]!.points.every((p) => Math.abs(p.pressure - 0.5) < 0.01)).toBe(true);
  expect(drawing.events.filter((e) => e.kind !== 'stroke').map((e) => e.kind)).toEqual([
    'undo',
    'redo',
    'undo',
    'redo',
    'clear',
    'undo',
    'undo',
  ]);
  expect(drawing.finishedT).toBeGreaterThan(0);

  // Replay at 8×, then scrub with the keyboard; the metrics say why pressure is or is not available.
  await choose(page, 'radio', t('drawing.replay.speedValue', { speed: 8 }));
  await page.getByRole('button', { name: t('drawing.replay.play') }).click();
  await expect(page.getByRole('button', { name: t('drawing.replay.play') })).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => inkAt(page, 0.3, 0.25)).toBeGreaterThan(100);
  const slider = page.getByRole('slider', { name: t('drawing.replay.position') });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect.poll(() => inkAt(page, 0.3, 0.25)).toBeLessThan(10);
  await page.keyboard.press('End');
  await expect.poll(() => inkAt(page, 0.3, 0.25)).toBeGreaterThan(100);
  // At the end the eraser has taken the middle of the red line, as the client left it.
  await expect.poll(() => inkAt(page, 0.5, 0.65)).toBeLessThan(10);
  await expect.poll(() => inkAt(page, 0.25, 0.63)).toBeGreaterThan(100);
  await expect(page.getByText(t('drawing.metrics.pressure'))).toBeVisible();
  await shot(page, 'drawing-06-replay-ru');
});

test('a client draws in Russian on an HTP page; shortcuts cannot leave, and an interrupted drawing is resumed', async ({
  page,
}) => {
  const ui: Language = 'kk';
  const client: Language = 'ru';
  const t = (key: string, params?: Record<string, string | number>) => text(ui, key, params);
  const c = (key: string, params?: Record<string, string | number>) => text(client, key, params);
  const problems = watchConsole(page);
  const app = await apps.openAsPsychologist(page, ui);

  // HTP, the house: landscape, pencil and eraser only, the instruction from the definition in Russian.
  await openDrawings(page, ui);
  await page.getByRole('button', { name: t('drawing.list.new') }).click();
  await page.getByRole('button', { name: new RegExp(t('drawing.new.task')) }).click();
  await page.getByRole('option', { name: /^Үй, ағаш, адам.*: Үй$/ }).click();
  await expect(page.getByText(t('drawing.orientation.landscape'))).toBeVisible();
  await choose(page, 'radio', text(ui, 'languages.ru'));
  await expect(page.getByText('Нарисуйте дом так хорошо, как сможете.', { exact: false })).toBeVisible();
  await shot(page, 'drawing-07-new-drawing-htp-kk');
  await page.getByRole('button', { name: t('drawing.new.start') }).click();

  await expect(page.getByTestId('client-mode')).toBeVisible();
  await expect(page.getByText('Нарисуйте дом так хорошо, как сможете.', { exact: false })).toBeVisible();
  await expect(page.getByRole('radio', { name: c('drawing.tools.pencil') })).toBeVisible();
  await expect(page.getByRole('radio', { name: c('drawing.tools.marker') })).toHaveCount(0);
  await expect(page.getByRole('radio', { name: c('drawing.tools.colouredPencil') })).toHaveCount(0);
  await penStroke(page, penCurve(0.2, 0.5, 0.8, 0.5, 41));
  await penStroke(page, penCurve(0.3, 0.3, 0.7, 0.35, 25), 4, 8);
  await shot(page, 'drawing-08-client-mode-ru');

  // Keys that would reload, close, navigate or open tools do nothing; the page stays.
  await page.evaluate(() => ((window as unknown as { __stillHere: boolean }).__stillHere = true));
  for (const key of ['F5', 'Control+r', 'Control+w', 'Alt+ArrowLeft', 'Control+Shift+i', 'F12', 'Escape', 'Control+p'])
    await page.keyboard.press(key);
  expect(await page.evaluate(() => (window as unknown as { __stillHere?: boolean }).__stillHere)).toBe(true);
  await expect(page.getByTestId('client-mode')).toBeVisible();
  // Hiding the task leaves more room for the page.
  await page.getByRole('button', { name: c('drawing.client.hideTask') }).click();
  await expect(page.getByText('Нарисуйте дом так хорошо, как сможете.', { exact: false })).toBeHidden();
  await page.getByRole('button', { name: c('drawing.client.showTask') }).click();

  // The psychologist leaves without "Finished": the drawing waits, unfinished, in the list.
  await page.getByRole('button', { name: t('drawing.exit.open') }).click();
  const exit = page.getByRole('dialog', { name: t('drawing.exit.title') });
  await exit.getByLabel(t('fields.password'), { exact: true }).fill(PSYCHOLOGIST.own);
  await exit.getByRole('button', { name: t('drawing.exit.submit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('drawing.list.title') })).toBeVisible();
  const row = page.getByRole('row', { name: /Үй, ағаш, адам/ });
  await expect(row.getByText(t('drawing.list.inProgress'))).toBeVisible();
  await shot(page, 'drawing-09-list-unfinished-kk');

  // Resume: the strokes are back, the interruption is a gap; one more stroke; finish.
  await row.getByRole('button', { name: new RegExp(t('drawing.list.resume')) }).click();
  await choose(page, 'radio', text(ui, 'languages.ru'));
  await page
    .getByRole('dialog')
    .getByRole('button', { name: t('drawing.resume.start') })
    .click();
  await expect(page.getByTestId('client-mode')).toBeVisible();
  await expect.poll(() => inkAt(page, 0.5, 0.55)).toBeGreaterThan(100);
  await mouseStroke(page, [
    [0.2, 0.8],
    [0.8, 0.8],
  ]);
  await page.getByRole('button', { name: c('drawing.client.finished') }).click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: c('drawing.finish.confirm') })
    .click();
  await expect(page.getByRole('heading', { name: c('drawing.client.thanks') })).toBeVisible();
  await page.getByRole('button', { name: t('drawing.exit.open') }).click();
  await page.getByRole('dialog').getByLabel(t('fields.password'), { exact: true }).fill(PSYCHOLOGIST.own);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: t('drawing.exit.submit') })
    .click();
  await expect(page.getByRole('button', { name: t('drawing.replay.play') })).toBeVisible();
  const id = await page.evaluate(() => document.querySelector('[data-drawing-id]')?.getAttribute('data-drawing-id') ?? '');
  const drawing = await storedDrawing(app.backend, id);
  expect(drawing.events.map((e) => (e.kind === 'stroke' ? `${e.tool}/${e.pointerType}` : e.kind))).toEqual([
    'pencil/pen',
    'pencil/pen',
    'gap',
    'pencil/mouse',
  ]);
  await shot(page, 'drawing-10-replay-resumed-kk');
  expect(problems).toEqual([]);
});
