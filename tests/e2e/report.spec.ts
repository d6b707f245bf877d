import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Page, expect, test } from '@playwright/test';
import { encodeEvents } from '../../assessments/drawing/encoding';
import type { DrawingEvent } from '../../assessments/drawing/model';
import { pageSize } from '../../assessments/drawing/page';
import { getInstrument } from '../../assessments/instruments';
import type { Backend } from '../../electron/backend/openBackend';
import { addClient } from '../integration/fixtures/clientSetup';
import { CONCLUSION, createDraft, figureEvents, formWithSuggestionsAccepted, inquiryFor } from '../integration/fixtures/assessmentSetup';
import { SCREEN, b64 } from '../integration/fixtures/drawingSetup';
import { ok } from '../integration/helpers';
import { pdfPages, pdfText } from '../integration/reportChromium';
import { line } from '../unit/drawing/builders';
import { openClientByCode } from './clientSteps';
import { type OpenedApp, openApp } from './harness';
import { KDF_COST, PSYCHOLOGIST, setUp, signInAsNewPsychologist, text } from './steps';

/**
 * Issue 5, item 4: the PDF report of a signed House-Tree-Person. The psychologist opens the signed
 * assessment from the client's timeline, presses "PDF report", keeps "code only" and creates the
 * PDF; the backend renders it with Chromium (the harness's renderPdf, standing in for Electron's
 * printToPDF) and saves it through the save port. The PDF is then turned into PNG with poppler's
 * pdftoppm, as a reader would see it, and the house, drawn in red, must be on its first page.
 */

let dataDir: string;
let app: OpenedApp | null = null;
const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
mkdirSync(SHOTS, { recursive: true });

test.beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kenes-e2e-report-'));
});
test.afterEach(async () => {
  await app?.close();
  app = null;
  rmSync(dataDir, { recursive: true, force: true });
});

type Invoke = Backend['invoke'];
/** The house's colour: a red no text of the report uses, so its pixels can only be the drawing. */
const HOUSE_RED = '#e02020';

/** A house: walls, a roof and a door, in red, with one stroke rubbed out and drawn again. */
function houseEvents(orientation: 'portrait' | 'landscape'): DrawingEvent[] {
  const { width: w, height: h } = pageSize({ orientation });
  const red = { colour: HOUSE_RED, width: 14, points: 24, pointerType: 'mouse' as const };
  return [
    line(w * 0.3, h * 0.45, w * 0.7, h * 0.45, { ...red, t0: 500, durationMs: 600 }),
    line(w * 0.7, h * 0.45, w * 0.7, h * 0.85, { ...red, t0: 1300, durationMs: 600 }),
    line(w * 0.7, h * 0.85, w * 0.3, h * 0.85, { ...red, t0: 2100, durationMs: 600 }),
    line(w * 0.3, h * 0.85, w * 0.3, h * 0.45, { ...red, t0: 2900, durationMs: 600 }),
    line(w * 0.25, h * 0.47, w * 0.5, h * 0.15, { ...red, t0: 4500, durationMs: 700 }),
    line(w * 0.5, h * 0.15, w * 0.75, h * 0.47, { ...red, t0: 5400, durationMs: 700 }),
    line(w * 0.45, h * 0.85, w * 0.45, h * 0.65, { ...red, t0: 7000, durationMs: 400 }),
    line(w * 0.44, h * 0.75, w * 0.46, h * 0.75, { t0: 8000, durationMs: 300, points: 8, tool: 'eraser', width: 60, colour: '#ffffff' }),
    line(w * 0.45, h * 0.65, w * 0.55, h * 0.65, { ...red, t0: 9000, durationMs: 400 }),
  ];
}

async function drawPage(invoke: Invoke, assessmentId: string, pageId: string, events: (o: 'portrait' | 'landscape') => DrawingEvent[]): Promise<void> {
  const { drawingId } = ok(await invoke('assessments:startDrawing', { id: assessmentId, pageId, screen: SCREEN }));
  const drawing = ok(await invoke('drawings:get', { id: drawingId }));
  ok(await invoke('session:enterClientMode', { drawingId }));
  ok(await invoke('drawings:append', { id: drawingId, chunk: b64(encodeEvents(events(drawing.orientation))), pendingTail: null }));
  ok(await invoke('drawings:finish', { id: drawingId, finishedT: 12_000 }));
  ok(await invoke('session:exitClientMode', { password: PSYCHOLOGIST.own }));
}

/** A signed HTP with an addendum, built through the backend as the workflow would; returns the client's code. */
async function signedHtpWithAddendum(backend: Backend, clock: { t: number }): Promise<string> {
  const invoke = backend.invoke;
  const client = await addClient(invoke);
  const draft = await createDraft(invoke, client.id, 'htp');
  await drawPage(invoke, draft.id, 'house', houseEvents);
  await drawPage(invoke, draft.id, 'tree', figureEvents);
  await drawPage(invoke, draft.id, 'person', figureEvents);
  const drawn = ok(await invoke('assessments:get', { id: draft.id }));
  ok(
    await invoke('assessments:saveDraft', {
      id: draft.id,
      form: await formWithSuggestionsAccepted(invoke, drawn),
      inquiry: inquiryFor(drawn),
      conclusion: CONCLUSION,
      recommendations: 'Continue individual sessions once a month.',
      referrals: [{ kind: 'employment-centre', note: 'Vocational training before release.' }],
    }),
  );
  ok(await invoke('assessments:sign', { id: draft.id, password: PSYCHOLOGIST.own }));
  clock.t += 2 * 24 * 3600 * 1000;
  ok(await invoke('assessments:addAddendum', { id: draft.id, text: 'The client asked to add that the door was drawn last.', password: PSYCHOLOGIST.own }));
  return client.code;
}

/** Red pixels of a PNG and the box around them, counted in the browser (a canvas decodes the PNG). */
async function redPixels(page: Page, png: Buffer): Promise<{ count: number; width: number; height: number }> {
  const context = await page.context().browser()!.newContext();
  try {
    const viewer = await context.newPage();
    return await viewer.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let [count, minX, maxX, minY, maxY] = [0, Infinity, -Infinity, Infinity, -Infinity];
      for (let i = 0; i < data.length; i += 4) {
        if (data[i]! > 190 && data[i + 1]! < 110 && data[i + 2]! < 110) {
          const x = (i / 4) % canvas.width;
          const y = Math.floor(i / 4 / canvas.width);
          count++;
          [minX, maxX, minY, maxY] = [Math.min(minX, x), Math.max(maxX, x), Math.min(minY, y), Math.max(maxY, y)];
        }
      }
      return { count, width: count ? maxX - minX : 0, height: count ? maxY - minY : 0 };
    }, `data:image/png;base64,${png.toString('base64')}`);
  } finally {
    await context.close();
  }
}

for (const language of ['kk', 'ru', 'en'] as const) {
  test(`exports a signed House-Tree-Person as a PDF that shows the drawing (${language})`, async ({ page }, testInfo) => {
    test.setTimeout(240_000);
    const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);
    const saved: { name: string; bytes: Buffer }[] = [];
    const clock = { t: Date.parse('2026-11-25T07:30:00.000Z') };
    app = await openApp(page, {
      dataDir,
      kdfCost: KDF_COST,
      now: () => clock.t,
      saveFile: async (name, bytes) => (saved.push({ name, bytes }), { saved: true }),
    });
    await setUp(page, language, false);
    await signInAsNewPsychologist(page, app.backend, language);
    const code = await signedHtpWithAddendum(app.backend, clock);
    // Client mode came and went while the assessment was built: start from a fresh screen.
    await page.reload();
    await openClientByCode(page, language, code);

    // The signed assessment, opened from the client's timeline.
    const htpName = getInstrument('htp')!.name[language].text;
    await page.getByTestId('timeline-entry').filter({ hasText: htpName }).click();
    await page.getByRole('button', { name: t('report.button') }).click();
    const dialog = page.getByRole('dialog', { name: t('report.title') });
    await expect(dialog).toBeVisible();
    // Code only unless the psychologist chooses otherwise; the report in the screen's language.
    await expect(dialog.getByRole('radio', { name: t('report.codeOnly') })).toBeChecked();
    await expect(dialog.getByRole('radio', { name: t(`languages.${language}`) })).toBeChecked();
    await page.screenshot({ path: join(SHOTS, `report-dialog-${language}.png`) });

    await dialog.getByRole('button', { name: t('report.create') }).click();
    await expect(dialog.getByRole('status')).toHaveText(t('report.saved'));
    await page.screenshot({ path: join(SHOTS, `report-saved-${language}.png`) });
    await dialog.getByRole('button', { name: t('report.close') }).click();
    await expect(dialog).toBeHidden();

    // What was saved: a PDF named without the client, with the code and without the name.
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toMatch(/^assessment-[0-9a-f]{8}-2026-11-2[57]\.pdf$/);
    const pdf = saved[0]!.bytes;
    const words = pdfText(pdf).replace(/\s+/g, ' ');
    expect(words).toContain(code);
    expect(words).not.toContain('Сейітов');
    expect(words).toContain('The client asked to add that the door was drawn last.');

    // The PDF as pictures (pdftoppm -png -r 100): the first page holds the red house, large.
    const pages = pdfPages(pdf, 100);
    writeFileSync(join(SHOTS, `report-pdf-${language}.png`), pages[0]!);
    await testInfo.attach(`report-${language}-page1.png`, { body: pages[0]!, contentType: 'image/png' });
    const red = await redPixels(page, pages[0]!);
    // The house is ~40 % of a 150 mm sheet wide (~240 px at 100 dpi); a colour swatch is 10 px.
    expect(red.count).toBeGreaterThan(1500);
    expect(red.width).toBeGreaterThan(200);
    expect(red.height).toBeGreaterThan(150);
  });
}
