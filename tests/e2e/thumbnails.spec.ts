import { resolve } from 'node:path';
import { type Locator, type Page, expect, test } from '@playwright/test';
import type { Backend } from '../../electron/backend/openBackend';
import { thumbnailPixelSize } from '../../electron/contract/thumbnailChannels';
import { addClient } from '../integration/fixtures/clientSetup';
import { finishedAfterLastStroke, signedHtp } from '../integration/fixtures/assessmentSetup';
import { ok } from '../integration/helpers';
import { leaveClientMode } from './assessmentSteps';
import { openClientByCode, registerClient } from './clientSteps';
import { mouseStroke } from './drawingSteps';
import { appPerTest } from './setup';
import { ADMIN, type Language, PEOPLE, PSYCHOLOGIST, text } from './steps';

/**
 * Issue 18 §4: thumbnails as small cached images. A client's timeline with three House-Tree-Person
 * assessments (nine drawings) drawn before thumbnails existed: the first visit renders each
 * thumbnail once from its drawing (an audited drawings:get each) and stores it; every later visit
 * is one drawings:thumbnails call and one audit row naming the nine drawings (only the comparison
 * of two trees below the list still opens its two drawings).
 * Screenshots of the timeline's thumbnails go to docs/screenshots/thumbnails-timeline-<language>.png.
 */

const apps = appPerTest('thumbnails', { failOnConsoleProblems: true });
const DOC_SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const DAY = 24 * 3600 * 1000;

type AuditRow = { action: string; details: Record<string, unknown> };

/** The drawing rows of the audit log, oldest first, read as the admin; the psychologist is signed in again after. */
async function drawingAudit(backend: Backend): Promise<AuditRow[]> {
  ok(await backend.invoke('auth:signOut', {}));
  ok(await backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
  const { entries } = ok(await backend.invoke('audit:list', { limit: 500, offset: 0 }));
  ok(await backend.invoke('auth:signOut', {}));
  return entries.filter((e) => e.action === 'drawing.viewed' || e.action === 'drawing.thumbnailsViewed').reverse();
}

/** Pixels of a shown picture that are neither transparent nor white: something was painted. */
async function paintedPixels(img: Locator): Promise<number> {
  return img.evaluate((el) => {
    const image = el as HTMLImageElement;
    const c = document.createElement('canvas');
    c.width = image.naturalWidth;
    c.height = image.naturalHeight;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i + 3]! > 0 && (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200)) n++;
    return n;
  });
}

async function showTimeline(page: Page, language: Language, code: string): Promise<Locator> {
  await openClientByCode(page, language, code);
  const timeline = page.getByRole('region', { name: text(language, 'timeline.title') });
  // The three assessments' rows first: `all()` does not wait, and thumbnails load only when scrolled
  // near, so scrolling before the list has loaded left them all unseen (an intermittent failure).
  const rows = timeline.locator('.timeline-entry__drawings');
  await expect(rows).toHaveCount(3);
  for (const row of await rows.all()) await row.scrollIntoViewIfNeeded();
  const thumbs = timeline.locator('img[data-testid="timeline-thumbnail"]');
  await expect(thumbs).toHaveCount(9);
  // Each of its page's shape: the house is drawn on a landscape sheet, the tree and the person on portrait ones.
  const sizes = [thumbnailPixelSize('portrait'), thumbnailPixelSize('landscape')].map(
    ({ width, height }) => `${width}×${height}`,
  );
  for (const thumb of await thumbs.all()) {
    const size = () =>
      thumb.evaluate((img) => `${(img as HTMLImageElement).naturalWidth}×${(img as HTMLImageElement).naturalHeight}`);
    await expect.poll(size).toMatch(new RegExp(`^(${sizes.join('|')})$`));
    expect(await paintedPixels(thumb)).toBeGreaterThan(20);
  }
  return timeline;
}

for (const language of ['kk', 'ru'] as const) {
  test(`a screen of thumbnails: rendered once, then one call and one audit row (${language})`, async ({ page }) => {
    test.setTimeout(240_000);
    const clock = { t: Date.parse('2026-03-02T09:00:00.000Z') };
    const app = await apps.openAsPsychologist(page, language, { now: () => clock.t });
    const invoke = app.backend.invoke;
    const client = await addClient(invoke, { fullName: null, birthDate: null, language: null });
    for (let i = 0; i < 3; i++) {
      clock.t += 7 * DAY;
      await signedHtp(invoke, client.id, PSYCHOLOGIST.own, { finishedT: finishedAfterLastStroke(1500), plan: {} });
    }
    await page.clock.setSystemTime(clock.t);
    await page.reload();
    const home = text(language, 'home.title', { name: PEOPLE[language].psychologist });
    await expect(page.getByRole('heading', { level: 1, name: home })).toBeVisible();
    const before = (await drawingAuditAndBack(page, app.backend, language)).length;

    // First visit: nothing stored yet; each drawing is opened once, painted and stored.
    await showTimeline(page, language, client.code);
    const first = (await drawingAuditAndBack(page, app.backend, language)).slice(before);
    expect(first.map((r) => r.action)).toEqual(Array(9).fill('drawing.viewed'));

    // Second visit: the stored pictures, in one call.
    const timeline = await showTimeline(page, language, client.code);
    await timeline.locator('.timeline-entry__drawings').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: resolve(DOC_SHOTS, `thumbnails-timeline-${language}.png`) });
    const second = (await drawingAuditAndBack(page, app.backend, language)).slice(before + first.length);
    // One row for the nine pictures; the two drawings:get left are the comparison below the list, which
    // shows two whole drawings with their metrics (the first visit opened them once for both).
    const shown = second.filter((r) => r.action === 'drawing.thumbnailsViewed');
    expect(shown).toHaveLength(1);
    expect(shown[0]?.details).toMatchObject({ count: 9 });
    expect(new Set(shown[0]?.details.drawingIds as string[]).size).toBe(9);
    expect(second.filter((r) => r.action === 'drawing.viewed')).toHaveLength(2);
  });
}

/** Reads the audit rows, then signs the psychologist in again in the page, back where it was (home). */
async function drawingAuditAndBack(page: Page, backend: Backend, language: Language): Promise<AuditRow[]> {
  const rows = await drawingAudit(backend);
  ok(await backend.invoke('auth:signIn', { username: PSYCHOLOGIST.username, password: PSYCHOLOGIST.own }));
  await page.reload();
  const home = text(language, 'home.title', { name: PEOPLE[language].psychologist });
  await expect(page.getByRole('heading', { level: 1, name: home })).toBeVisible();
  return rows;
}

test('"Finished" stores the drawing’s thumbnail at once, from the client’s screen (kk)', async ({ page }) => {
  test.setTimeout(180_000);
  const ui = 'kk';
  await page.setViewportSize({ width: 1366, height: 768 });
  const app = await apps.openAsPsychologist(page, ui);
  await registerClient(page, ui, { fullName: 'Ержан Омаров', consent: { scopes: ['assessment', 'data-storage'] } });
  await page.getByRole('button', { name: text(ui, 'drawing.fromClient.newDrawing') }).click();
  await page.getByRole('button', { name: text(ui, 'drawing.new.start') }).click();
  await expect(page.getByTestId('client-mode')).toBeVisible();
  await mouseStroke(page, [
    [0.3, 0.3],
    [0.6, 0.5],
    [0.4, 0.7],
  ]);
  await page.getByRole('button', { name: text(ui, 'drawing.client.finished') }).click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: text(ui, 'drawing.finish.confirm') })
    .click();
  await expect(page.getByRole('heading', { name: text(ui, 'drawing.client.thanks') })).toBeVisible();
  await leaveClientMode(page, ui);
  // Nobody has shown the drawing anywhere yet, and its picture is already stored.
  const [drawing] = ok(await app.backend.invoke('drawings:list', {}));
  await expect
    .poll(async () => ok(await app.backend.invoke('drawings:thumbnails', { ids: [drawing!.id] }))[0]?.status)
    .toBe('ready');
  const [entry] = ok(await app.backend.invoke('drawings:thumbnails', { ids: [drawing!.id] }));
  expect(entry?.status === 'ready' ? [entry.image.mime, entry.image.width, entry.image.height] : null).toEqual([
    'image/webp',
    ...Object.values(thumbnailPixelSize(drawing!.orientation)),
  ]);
});
