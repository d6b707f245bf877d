import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Locator, type Page, expect, test } from '@playwright/test';
import type { DrawingEvent } from '../../assessments/drawing/model';
import { type Orientation, pageSize } from '../../assessments/drawing/page';
import { type FormState, enterAnswer, getInstrument } from '../../assessments/instruments';
import type { Backend } from '../../electron/backend/openBackend';
import { thumbnailPixelSize } from '../../electron/contract/thumbnailChannels';
import { addClient } from '../integration/fixtures/clientSetup';
import { createDraft, finishedAfterLastStroke, signedHtp, signedPhq9 } from '../integration/fixtures/assessmentSetup';
import { b64 } from '../integration/fixtures/drawingSetup';
import { ok } from '../integration/helpers';
import { line } from '../unit/drawing/builders';
import { openClientByCode } from './clientSteps';
import { docShot, docShotPath } from './harness';
import { appPerTest } from './setup';
import { type Language, PEOPLE, PSYCHOLOGIST, text } from './steps';

/**
 * Issue 5, item 3: a client's history. The psychologist has seen the client four times since
 * January: PHQ-9 each time, GAD-7 twice, House-Tree-Person in January and in April, and a PHQ-9
 * draft is open. The client page lists them newest first with drawings as thumbnails, charts the
 * PHQ-9 and GAD-7 totals over their bands, and shows the two trees side by side. Screenshots go
 * to test-results/screenshots/timeline-<language>.png.
 */

const apps = appPerTest('timeline');

type Invoke = Backend['invoke'];

/** April's tree: taller, with a wide crown drawn in several strokes and one stroke erased. */
function treeEvents(orientation: Orientation): DrawingEvent[] {
  const { width: w, height: h } = pageSize({ orientation });
  const cx = w * 0.5;
  const crown = Array.from({ length: 6 }, (_, i) => {
    const a0 = (i / 6) * Math.PI * 2;
    const a1 = ((i + 1) / 6) * Math.PI * 2;
    return line(
      cx + Math.cos(a0) * w * 0.3,
      h * 0.33 + Math.sin(a0) * h * 0.2,
      cx + Math.cos(a1) * w * 0.3,
      h * 0.33 + Math.sin(a1) * h * 0.2,
      {
        t0: 6000 + i * 900,
        durationMs: 600,
        points: 16,
        colour: '#2e7d32',
        width: 8,
      },
    );
  });
  return [
    line(cx - w * 0.05, h * 0.9, cx - w * 0.04, h * 0.5, { t0: 1500, durationMs: 900, points: 30, width: 6 }),
    line(cx + w * 0.05, h * 0.9, cx + w * 0.04, h * 0.5, { t0: 2800, durationMs: 900, points: 30, width: 6 }),
    line(cx - w * 0.2, h * 0.9, cx + w * 0.2, h * 0.9, { t0: 4200, durationMs: 700, points: 20 }),
    ...crown,
    line(cx - w * 0.1, h * 0.85, cx + w * 0.1, h * 0.85, {
      t0: 12_500,
      durationMs: 500,
      points: 12,
      tool: 'eraser',
      width: 30,
      colour: '#ffffff',
    }),
  ];
}

/** GAD-7 entered by the psychologist from a paper form: items 1–7 as given. */
async function signedGad7(invoke: Invoke, clientId: string, answers: number[]): Promise<void> {
  const draft = await createDraft(invoke, clientId, 'gad7');
  const items = getInstrument('gad7')!.sections.flatMap((s) => s.items);
  let i = 0;
  const form = items.reduce<FormState>((f, item) => {
    if (item.kind === 'response') return enterAnswer(f, item.id, answers[i++]!);
    if (item.kind === 'singleChoice') return enterAnswer(f, item.id, item.options[0]!.value);
    return f;
  }, draft.form);
  ok(await invoke('assessments:saveDraft', { id: draft.id, form, conclusion: 'Anxiety symptoms reviewed with the client.' }));
  ok(await invoke('assessments:sign', { id: draft.id, password: PSYCHOLOGIST.own }));
}

const PHQ9_VISITS: Array<[date: string, answers: number[], total: number]> = [
  ['2026-01-15', [3, 2, 2, 2, 2, 2, 2, 2, 0], 17],
  ['2026-02-12', [2, 2, 2, 1, 1, 1, 1, 1, 0], 11],
  ['2026-03-12', [1, 1, 1, 1, 1, 1, 1, 0, 0], 7],
  ['2026-04-16', [1, 1, 0, 1, 0, 0, 0, 0, 0], 3],
];

/** The client's four visits, each on its own day of the backend's clock; returns the client's code. */
async function buildHistory(backend: Backend, clock: { t: number }): Promise<string> {
  const invoke = backend.invoke;
  const at = (day: string, hour = 10) => {
    clock.t = Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00.000Z`);
  };
  at('2026-01-12');
  const client = await addClient(invoke, { fullName: null, birthDate: null, language: null });
  for (const [day, answers] of PHQ9_VISITS) {
    at(day);
    await signedPhq9(invoke, client.id, PSYCHOLOGIST.own, answers);
  }
  at('2026-01-15', 11);
  await signedGad7(invoke, client.id, [2, 2, 2, 2, 2, 2, 2]);
  at('2026-04-16', 11);
  await signedGad7(invoke, client.id, [1, 1, 1, 1, 1, 1, 2]);
  // The HTPs carry a conclusion only; each page finished 1.5 s after its last stroke.
  const htp = { finishedT: finishedAfterLastStroke(1500), plan: {} };
  at('2026-01-20');
  await signedHtp(invoke, client.id, PSYCHOLOGIST.own, htp);
  at('2026-04-20');
  await signedHtp(invoke, client.id, PSYCHOLOGIST.own, { ...htp, strokes: { tree: treeEvents } });
  at('2026-04-24');
  // A Non-existent Animal drawn on paper and scanned: the timeline shows the picture.
  const animal = await createDraft(invoke, client.id, 'nonExistentAnimal');
  const scan = readFileSync(resolve(import.meta.dirname, '../fixtures/images/page-portrait.png'));
  const paper = ok(
    await invoke('drawings:importPaper', {
      orientation: 'portrait',
      mime: 'image/png',
      image: b64(scan),
      width: 420,
      height: 594,
    }),
  );
  ok(await invoke('assessments:attachPaper', { id: animal.id, pageId: 'animal', drawingId: paper.id }));
  at('2026-04-27');
  await createDraft(invoke, client.id, 'phq9');
  at('2026-04-28');
  return client.code;
}

/** Pixels of a shown picture that are neither transparent nor white: something was painted. */
async function paintedImagePixels(img: Locator): Promise<number> {
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

/** Pixels of a canvas that are neither transparent nor white: something was painted. */
async function paintedPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i + 3]! > 0 && (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200)) n++;
    return n;
  });
}

/** Formats a day as the app does (renderer/i18n/format.ts): 15.01.2026 in kk and ru, 15/01/2026 in en. */
const shownDate = (language: Language, day: string) => {
  const [y, m, d] = day.split('-');
  return language === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
};

async function checkTimeline(page: Page, language: Language): Promise<void> {
  const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);
  const timeline = page.getByRole('region', { name: t('timeline.title') });
  await expect(timeline).toBeVisible();

  // Newest first: the PHQ-9 draft, the animal on paper, then the April HTP; the January visits last.
  const entries = timeline.getByTestId('timeline-entry');
  await expect(entries).toHaveCount(10);
  await expect(entries.first()).toContainText(t('timeline.status.draft'));
  await expect(entries.first()).toContainText(shownDate(language, '2026-04-27'));
  await expect(entries.nth(1)).toContainText(shownDate(language, '2026-04-24'));
  await expect(entries.nth(2)).toContainText(shownDate(language, '2026-04-20'));
  await expect(entries.nth(2)).toContainText(t('timeline.status.signed'));
  const phqName = getInstrument('phq9')!.name[language].text;
  const januaryPhq = entries.filter({ hasText: shownDate(language, '2026-01-15') }).filter({ hasText: phqName });
  await expect(januaryPhq).toContainText(getInstrument('phq9')!.scales[0]!.bands[3]!.label[language].text);

  // Two HTP assessments, three pages each, and the scanned animal: each a stored thumbnail of the
  // page's shape (rendered the first time it is shown, issue 18 §4), loaded as it comes into view.
  for (const row of await timeline.locator('.timeline-entry__drawings').all()) await row.scrollIntoViewIfNeeded();
  const thumbs = timeline.locator('img[data-testid="timeline-thumbnail"]');
  await expect(thumbs).toHaveCount(7);
  const sizes = [thumbnailPixelSize('portrait'), thumbnailPixelSize('landscape')].map(
    ({ width, height }) => `${width}×${height}`,
  );
  for (const thumb of await thumbs.all()) {
    const size = () =>
      thumb.evaluate((img) => `${(img as HTMLImageElement).naturalWidth}×${(img as HTMLImageElement).naturalHeight}`);
    await expect.poll(size).toMatch(new RegExp(`^(${sizes.join('|')})$`));
    expect(await paintedImagePixels(thumb)).toBeGreaterThan(20);
  }

  // PHQ-9 and GAD-7 charts; RSES and K10 were never given, so no chart for them.
  const charts = timeline.getByTestId('totals-chart');
  await expect(charts).toHaveCount(2);
  const phq = timeline.locator('[data-testid="totals-chart"][data-instrument="phq9"]');
  const phqTitle = t('timeline.chart.title', {
    instrument: 'PHQ-9',
    scale: getInstrument('phq9')!.scales[0]!.name[language].text,
  });
  const canvas = phq.getByRole('img', { name: phqTitle });
  await expect(canvas).toBeVisible();
  await expect.poll(() => paintedPixels(canvas)).toBeGreaterThan(500);
  // The values behind the line, in the table screen readers read: oldest first, drafts left out.
  const table = phq.getByRole('table', { name: phqTitle });
  await expect(table.getByRole('row')).toHaveCount(PHQ9_VISITS.length + 1);
  const rows = table.getByRole('row');
  for (const [i, [day, , total]] of PHQ9_VISITS.entries()) {
    await expect(rows.nth(i + 1).getByRole('rowheader')).toHaveText(shownDate(language, day));
    await expect(
      rows
        .nth(i + 1)
        .getByRole('cell')
        .first(),
    ).toHaveText(String(total));
  }
  await expect(phq).toContainText(
    t('timeline.chart.summary', {
      count: 4,
      first: shownDate(language, '2026-01-15'),
      last: shownDate(language, '2026-04-16'),
      value: 3,
      band: getInstrument('phq9')!.scales[0]!.bands[0]!.label[language].text,
    }),
  );

  // The trees of January and April side by side, each with its date and metrics.
  const compare = timeline.getByTestId('drawing-compare');
  await expect(compare).toBeVisible();
  const htp = getInstrument('htp')!;
  const pageName = (id: string) =>
    t('timeline.compare.pageOption', { instrument: 'HTP', page: htp.pages.find((p) => p.id === id)!.title[language].text });
  await compare.getByRole('button', { name: new RegExp(t('timeline.compare.page')) }).click();
  // Only pages drawn twice are offered: the house, the tree and the person of both HTPs.
  await expect(page.getByRole('option')).toHaveText(['house', 'tree', 'person'].map(pageName));
  await page.getByRole('option', { name: pageName('tree') }).click();
  await expect(
    compare.getByRole('img', {
      name: t('timeline.compare.pictureLabel', {
        page: htp.pages.find((p) => p.id === 'tree')!.title[language].text,
        date: shownDate(language, '2026-04-20'),
      }),
    }),
  ).toBeVisible();
  const sides = compare.getByTestId('compare-side');
  await expect(sides).toHaveCount(2);
  await expect(sides.nth(0).getByRole('heading')).toHaveText(shownDate(language, '2026-01-20'));
  await expect(sides.nth(1).getByRole('heading')).toHaveText(shownDate(language, '2026-04-20'));
  const pictures = compare.getByTestId('compare-picture');
  await expect(pictures).toHaveCount(2);
  const [a, b] = [await pictures.nth(0).boundingBox(), await pictures.nth(1).boundingBox()];
  // Same size, side by side, tops aligned.
  expect(a!.width).toBeCloseTo(b!.width, 0);
  expect(a!.height).toBeCloseTo(b!.height, 0);
  expect(b!.x).toBeGreaterThanOrEqual(a!.x + a!.width);
  expect(b!.y).toBeCloseTo(a!.y, 0);
  for (const picture of await pictures.all()) expect(await paintedPixels(picture)).toBeGreaterThan(200);
  for (const side of await sides.all()) await expect(side).toContainText(t('drawing.metrics.totalTime'));
}

for (const language of ['kk', 'ru', 'en'] as const) {
  test(`a client's history: assessments over time, totals over their bands, two trees compared (${language})`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const clock = { t: Date.parse('2026-01-12T08:00:00.000Z') };
    const app = await apps.openAsPsychologist(page, language, { now: () => clock.t });
    const code = await buildHistory(app.backend, clock);
    // Client mode came and went while the history was built: start from a fresh screen.
    // The page's clock joins the backend's, which moved on while it was built.
    await page.clock.setSystemTime(clock.t);
    await page.reload();
    await expect(
      page.getByRole('heading', { level: 1, name: text(language, 'home.title', { name: PEOPLE[language].psychologist }) }),
    ).toBeVisible();
    await openClientByCode(page, language, code);
    await checkTimeline(page, language);

    await docShot(page, `timeline-${language}`);
    const timeline = page.getByRole('region', { name: text(language, 'timeline.title') });
    await timeline.getByTestId('timeline-entry').first().scrollIntoViewIfNeeded();
    await page.locator('.timeline__charts').screenshot({ path: docShotPath(`timeline-charts-${language}`) });
    await page.locator('.timeline__compare').screenshot({ path: docShotPath(`timeline-compare-${language}`) });

    // The keyboard reaches an entry and Enter opens the assessment.
    const first = page.getByTestId('timeline-entry').nth(2);
    await first.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: text(language, 'timeline.title') })).toBeHidden();
  });
}
