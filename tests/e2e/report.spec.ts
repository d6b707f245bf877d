import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { DrawingEvent } from '../../assessments/drawing/model';
import { type Orientation, pageSize } from '../../assessments/drawing/page';
import { getInstrument } from '../../assessments/instruments';
import type { Backend } from '../../electron/backend/openBackend';
import { addClient } from '../integration/fixtures/clientSetup';
import { signedHtp } from '../integration/fixtures/assessmentSetup';
import { ok } from '../integration/helpers';
import { pdfPages, pdfText } from '../integration/reportChromium';
import { line } from '../unit/drawing/builders';
import { openClientByCode } from './clientSteps';
import { docShot, docShotPath } from './harness';
import { inkPixels } from './pdfPixels';
import { appPerTest } from './setup';
import { PSYCHOLOGIST, text } from './steps';

/**
 * Issue 5, item 4: the PDF report of a signed House-Tree-Person. The psychologist opens the signed
 * assessment from the client's timeline, presses "PDF report", keeps "code only" and creates the
 * PDF; the backend renders it with Chromium (the harness's renderPdf, standing in for Electron's
 * printToPDF) and saves it through the save port. The PDF is then turned into PNG with poppler's
 * pdftoppm, as a reader would see it, and the house, drawn in red, must be on its first page.
 */

const apps = appPerTest('report');

/** The house's colour: a red no text of the report uses, so its pixels can only be the drawing. */
const HOUSE_RED = '#e02020';

/** A house: walls, a roof and a door, in red, with one stroke rubbed out and drawn again. */
function houseEvents(orientation: Orientation): DrawingEvent[] {
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
    line(w * 0.44, h * 0.75, w * 0.46, h * 0.75, {
      t0: 8000,
      durationMs: 300,
      points: 8,
      tool: 'eraser',
      width: 60,
      colour: '#ffffff',
    }),
    line(w * 0.45, h * 0.65, w * 0.55, h * 0.65, { ...red, t0: 9000, durationMs: 400 }),
  ];
}

/** A signed HTP with an addendum, built through the backend as the workflow would; returns the client's code. */
async function signedHtpWithAddendum(backend: Backend, clock: { t: number }): Promise<string> {
  const invoke = backend.invoke;
  const client = await addClient(invoke);
  const signed = await signedHtp(invoke, client.id, PSYCHOLOGIST.own, { strokes: { house: houseEvents }, finishedT: 12_000 });
  clock.t += 2 * 24 * 3600 * 1000;
  ok(
    await invoke('assessments:addAddendum', {
      id: signed.id,
      text: 'The client asked to add that the door was drawn last.',
      password: PSYCHOLOGIST.own,
    }),
  );
  return client.code;
}

for (const language of ['kk', 'ru', 'en'] as const) {
  test(`exports a signed House-Tree-Person as a PDF that shows the drawing (${language})`, async ({ page }, testInfo) => {
    test.setTimeout(240_000);
    const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);
    const saved: { name: string; bytes: Buffer }[] = [];
    const clock = { t: Date.parse('2026-11-25T07:30:00.000Z') };
    const app = await apps.openAsPsychologist(page, language, {
      now: () => clock.t,
      saveFile: async (name, bytes) => (saved.push({ name, bytes }), { saved: true }),
    });
    const code = await signedHtpWithAddendum(app.backend, clock);
    // Client mode came and went while the assessment was built: start from a fresh screen.
    // The page's clock joins the backend's, which moved on while it was built.
    await page.clock.setSystemTime(clock.t);
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
    await docShot(page, `report-dialog-${language}`, { fullPage: false });

    await dialog.getByRole('button', { name: t('report.create') }).click();
    await expect(dialog.getByRole('status')).toHaveText(t('report.saved'));
    await docShot(page, `report-saved-${language}`, { fullPage: false });
    await dialog.getByRole('button', { name: t('report.close') }).click();
    await expect(dialog).toBeHidden();

    // What was saved: a PDF named by the client code, the instrument and the date (issue 12), without the name.
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toMatch(new RegExp(`^${code}_HTP_2026-11-2[57]\\.pdf$`));
    const pdf = saved[0]!.bytes;
    const words = pdfText(pdf).replace(/\s+/g, ' ');
    expect(words).toContain(code);
    expect(words).not.toContain('Сейітов');
    expect(words).toContain('The client asked to add that the door was drawn last.');

    // The PDF as pictures (pdftoppm -png -r 100): the first page holds the red house, large.
    const pages = pdfPages(pdf, 100);
    writeFileSync(docShotPath(`report-pdf-${language}`), pages[0]!);
    await testInfo.attach(`report-${language}-page1.png`, { body: pages[0]!, contentType: 'image/png' });
    const red = await inkPixels(page, pages[0]!, 'red');
    // The house is ~40 % of a 150 mm sheet wide (~240 px at 100 dpi); a colour swatch is 10 px.
    expect(red.count).toBeGreaterThan(1500);
    expect(red.width).toBeGreaterThan(200);
    expect(red.height).toBeGreaterThan(150);
  });
}
