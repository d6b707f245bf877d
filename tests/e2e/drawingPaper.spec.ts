import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page, expect, test } from '@playwright/test';
import { encodeEvents } from '../../assessments/drawing/encoding';
import { exportPixelSize } from '../../assessments/drawing/paper';
import type { Backend } from '../../electron/backend/openBackend';
import { thumbnailPixelSize } from '../../electron/contract/thumbnailChannels';
import { line } from '../unit/drawing/builders';
import { b64 } from '../integration/fixtures/drawingSetup';
import { ok } from '../integration/helpers';
import { shot } from './harness';
import { inkPixels } from './pdfPixels';
import { appPerTest } from './setup';
import { type Language, text } from './steps';

/**
 * Issue 3, item 8: the psychologist annotates a finished drawing on its replay page: a pin and a
 * note placed with the mouse, the note rewritten, the pin deleted after confirmation; the
 * client's strokes are untouched. Screenshots: test-results/screenshots/annotations-*.png.
 * Export: the harness's save port collects the PNG, which must be A4 at 300 dpi.
 */

const apps = appPerTest('annotations');

/** A drawing the client drew and finished, stored through the backend as client mode would. */
async function finishedDrawing(backend: Backend): Promise<{ id: string; bytes: string }> {
  const { id } = ok(
    await backend.invoke('drawings:create', {
      orientation: 'portrait',
      screen: { width: 1280, height: 800, devicePixelRatio: 1 },
      practice: true,
    }),
  );
  const stroke = line(300, 400, 1700, 2500, { t0: 500, durationMs: 400, points: 30 });
  ok(await backend.invoke('drawings:append', { id, chunk: b64(encodeEvents([stroke])), pendingTail: null }));
  ok(await backend.invoke('drawings:finish', { id, finishedT: 1200 }));
  return { id, bytes: ok(await backend.invoke('drawings:get', { id })).bytes };
}

/** Clicks the page at a fraction of its size. */
async function clickPage(page: Page, x: number, y: number): Promise<void> {
  const box = await page.getByTestId('annotation-layer').boundingBox();
  if (!box) throw new Error('no annotation layer');
  await page.mouse.click(box.x + x * box.width, box.y + y * box.height);
}

for (const ui of ['kk', 'ru'] as const satisfies Language[]) {
  test(`the psychologist pins, notes, edits and deletes annotations on a finished drawing (${ui})`, async ({ page }) => {
    const t = (key: string, params?: Record<string, string | number>) => text(ui, key, params);
    const saved: { name: string; bytes: Buffer }[] = [];
    const app = await apps.openAsPsychologist(page, ui, {
      saveFile: async (name, bytes) => {
        saved.push({ name, bytes });
        return { saved: true };
      },
    });
    const drawing = await finishedDrawing(app.backend);

    await page
      .getByRole('navigation', { name: t('nav.label') })
      .getByRole('button', { name: t('drawing.nav') })
      .click();
    await page
      .getByRole('button', { name: new RegExp(`^${t('drawing.list.replay')}`) })
      .first()
      .click();
    await expect(page.getByRole('heading', { name: t('drawing.annotations.title') })).toBeVisible();
    await expect(page.getByText(t('drawing.annotations.empty'))).toBeVisible();

    // A pin without text.
    await page.getByRole('button', { name: t('drawing.annotations.add.pin') }).click();
    await expect(page.getByRole('status').filter({ hasText: t('drawing.annotations.placeHint') })).toBeVisible();
    await clickPage(page, 0.25, 0.2);
    let dialog = page.getByRole('dialog', { name: t('drawing.annotations.addTitle.pin') });
    await dialog.getByRole('button', { name: t('drawing.annotations.save') }).click();
    await expect(page.getByTestId('annotation-item')).toHaveCount(1);

    // A note needs text; then it is saved.
    await page.getByRole('button', { name: t('drawing.annotations.add.note') }).click();
    await clickPage(page, 0.6, 0.7);
    dialog = page.getByRole('dialog', { name: t('drawing.annotations.addTitle.note') });
    await dialog.getByRole('button', { name: t('drawing.annotations.save') }).click();
    await expect(dialog.getByText(t('drawing.annotations.noteRequired'))).toBeVisible();
    const note = ui === 'kk' ? 'Үйдің терезесі жоқ — отбасы туралы сұрау' : 'Дом без окон — спросить про семью';
    await dialog.getByLabel(t('drawing.annotations.noteText')).fill(note);
    await dialog.getByRole('button', { name: t('drawing.annotations.save') }).click();
    await expect(page.getByTestId('annotation-item')).toHaveCount(2);
    await expect(page.getByTestId('annotation-marker')).toHaveCount(2);
    await expect(page.getByText(note)).toBeVisible();

    // Stored in page units where the clicks were (portrait A4: 2100 × 2970).
    const listed = await app.backend.invoke('annotations:list', { drawingId: drawing.id });
    if (!listed.ok) throw new Error(listed.error.code);
    expect(listed.value.map((a) => a.kind)).toEqual(['pin', 'note']);
    expect(Math.abs(listed.value[0]!.x - 0.25 * 2100)).toBeLessThan(15);
    expect(Math.abs(listed.value[1]!.y - 0.7 * 2970)).toBeLessThan(15);
    await shot(page, `annotations-01-${ui}`);

    // Edit the note from the keyboard.
    const noteLabel = t('drawing.annotations.label.note', { n: 2 });
    const edit = page.getByRole('button', { name: t('drawing.annotations.editOf', { label: noteLabel }) });
    await edit.focus();
    await page.keyboard.press('Enter');
    dialog = page.getByRole('dialog', { name: t('drawing.annotations.editTitle') });
    const field = dialog.getByLabel(t('drawing.annotations.noteText'));
    await expect(field).toHaveValue(note);
    await field.fill(`${note}!`);
    await dialog.getByRole('button', { name: t('drawing.annotations.save') }).click();
    await expect(page.getByText(`${note}!`)).toBeVisible();

    // Delete the pin, after confirming.
    const pinLabel = t('drawing.annotations.label.pin', { n: 1 });
    await page.getByRole('button', { name: t('drawing.annotations.deleteOf', { label: pinLabel }) }).click();
    const confirm = page.getByRole('alertdialog', { name: t('drawing.annotations.deleteTitle') });
    await confirm.getByRole('button', { name: t('drawing.annotations.deleteConfirm') }).click();
    await expect(page.getByTestId('annotation-item')).toHaveCount(1);
    await expect(page.getByTestId('annotation-marker')).toHaveCount(1);

    // Hidden on request; the client's strokes were never touched.
    await page.getByText(t('drawing.annotations.show')).click();
    await expect(page.getByTestId('annotation-marker')).toHaveCount(0);
    await page.getByText(t('drawing.annotations.show')).click();
    const after = await app.backend.invoke('drawings:get', { id: drawing.id });
    expect(after.ok && after.value.bytes).toBe(drawing.bytes);
    // Export: rendered at 300 dpi, validated by the backend and handed to the save port.
    await page.getByRole('button', { name: t('drawing.export.button') }).click();
    await expect(page.getByText(t('drawing.export.saved'))).toBeVisible({ timeout: 20_000 });
    expect(saved).toHaveLength(1);
    const png = saved[0]!.bytes;
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    const expected = exportPixelSize('portrait'); // finishedDrawing() makes a portrait page
    expect([width, height]).toEqual([expected.width, expected.height]);
    expect(saved[0]!.name).toMatch(/^drawing-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}(-annotated)?\.png$/);
    await shot(page, `annotations-02-${ui}`);
  });
}

/**
 * Issue 3, item 9: a real PNG (kk) and a real JPEG turned to landscape (ru) are imported through
 * "Import paper drawing", open with their picture, take annotations, and say that process metrics
 * are not available; a ".png" that is really text is refused, translated, and nothing is stored.
 */
const FIXTURES = join(import.meta.dirname, '../fixtures/images');
const paperCases = [
  { ui: 'kk', file: 'page-portrait.png', mime: 'image/png', turn: false, orientation: 'portrait' },
  { ui: 'ru', file: 'page-portrait.jpg', mime: 'image/jpeg', turn: true, orientation: 'landscape' },
] as const;

for (const c of paperCases) {
  test(`the psychologist imports a paper drawing (${c.file}, ${c.ui}) and a bad file is refused`, async ({ page }) => {
    const t = (key: string, params?: Record<string, string | number>) => text(c.ui, key, params);
    const app = await apps.openAsPsychologist(page, c.ui);
    await page
      .getByRole('navigation', { name: t('nav.label') })
      .getByRole('button', { name: t('drawing.nav') })
      .click();

    // A text file named .png: refused before anything is sent.
    await page.getByRole('button', { name: t('drawing.paper.open') }).click();
    const input = page.getByLabel(t('drawing.paper.file'));
    await input.setInputFiles({
      name: 'scan.png',
      mimeType: 'image/png',
      buffer: Buffer.from('this is not a picture\n'.repeat(20)),
    });
    await expect(page.getByRole('alert').filter({ hasText: t('drawing.paper.problems.notAnImage') })).toBeVisible();
    await expect(page.getByRole('button', { name: t('drawing.paper.save') })).toBeDisabled();
    // The real picture cut short (a scan interrupted mid-copy): refused, not re-encoded as if whole.
    const whole = readFileSync(join(FIXTURES, c.file));
    await input.setInputFiles({
      name: c.file,
      mimeType: c.file.endsWith('.png') ? 'image/png' : 'image/jpeg',
      buffer: whole.subarray(0, Math.floor(whole.length * 0.7)),
    });
    await expect(page.getByRole('alert').filter({ hasText: t('drawing.paper.problems.unreadable') })).toBeVisible();
    const none = await app.backend.invoke('drawings:list', {});
    expect(none.ok && none.value).toEqual([]);

    // The real picture: preview, optionally turned right (the page becomes landscape), saved.
    await input.setInputFiles(join(FIXTURES, c.file));
    await expect(page.getByTestId('crop-preview')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    if (c.turn) await page.getByRole('button', { name: t('drawing.paper.rotateRight') }).click();
    await expect(page.getByRole('radio', { name: t(`drawing.orientation.${c.orientation}`) })).toBeChecked();
    // The frame moves with the keyboard and comes back with "Reset".
    await page.getByTestId('crop-preview').focus();
    await page.keyboard.press('-');
    await page.keyboard.press('ArrowLeft');
    await shot(page, `paper-01-import-${c.ui}`);
    await page.getByRole('button', { name: t('drawing.paper.resetCrop') }).click();
    await page.getByRole('button', { name: t('drawing.paper.save') }).click();

    // Opens as a paper drawing: the picture, annotations, no process metrics.
    await expect(page.getByText(t('drawing.paper.metricsNotAvailable'))).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('paper-page').locator('img')).toBeVisible();
    const id = await page.evaluate(() => document.querySelector('[data-drawing-id]')?.getAttribute('data-drawing-id') ?? '');
    const got = await app.backend.invoke('drawings:get', { id });
    if (!got.ok) throw new Error(got.error.code);
    expect(got.value.medium).toBe('paper');
    expect(got.value.orientation).toBe(c.orientation);
    expect(got.value.image?.mime).toBe(c.mime);
    expect(got.value.processMetricsAvailable).toBe(false);

    await page.getByRole('button', { name: t('drawing.annotations.add.pin') }).click();
    await clickPage(page, 0.4, 0.5);
    await page
      .getByRole('dialog', { name: t('drawing.annotations.addTitle.pin') })
      .getByRole('button', { name: t('drawing.annotations.save') })
      .click();
    await expect(page.getByTestId('annotation-marker')).toHaveCount(1);
    await shot(page, `paper-02-view-${c.ui}`);

    // Its thumbnail was stored at the import, from the picture as sent: no screen has shown it yet.
    const [thumb] = ok(await app.backend.invoke('drawings:thumbnails', { ids: [id] }));
    if (thumb?.status !== 'ready') throw new Error(`the thumbnail is ${thumb?.status}`);
    expect([thumb.image.width, thumb.image.height]).toEqual(Object.values(thumbnailPixelSize(c.orientation)));
    const painted = await inkPixels(page, Buffer.from(thumb.image.data, 'base64'), 'dark', thumb.image.mime);
    expect(painted.count).toBeGreaterThan(20);

    // Listed with the digital ones, marked as paper; exactly one drawing stored.
    await page.getByRole('button', { name: t('drawing.replay.back') }).click();
    await expect(page.getByText(t('drawing.paper.medium'), { exact: true })).toBeVisible();
    const listed = await app.backend.invoke('drawings:list', {});
    expect(listed.ok && listed.value.length).toBe(1);
  });
}
