import { expect, test } from '@playwright/test';
import type { Backend } from '../../electron/backend/openBackend';
import { addClient } from '../integration/fixtures/clientSetup';
import { createDraft } from '../integration/fixtures/assessmentSetup';
import { ok } from '../integration/helpers';
import { drawHandedOverPage, drawPage, pageCard, pageCardButton, startAssessment } from './assessmentSteps';
import { openClientByCode } from './clientSteps';
import { docShot } from './harness';
import { nameOf } from './instrumentSteps';
import { appPerTest } from './setup';
import { type Language, text } from './steps';

/**
 * Issue 5, the corrections a psychologist makes to a draft: a finished page drawn again (the
 * earlier drawing kept in the record as replaced) and a draft started by mistake discarded (gone
 * from the client's assessments, kept by the backend as discarded). Both ask first in a dialog;
 * the dialogs in kk, ru and en go to test-results/screenshots/assessment-{redraw,discard}-dialog-<language>.png.
 */

const apps = appPerTest('assessment-draft', { failOnConsoleProblems: true });

const CLIENT_NAME: Record<Language, string> = {
  kk: 'Дәурен Асқарұлы Жүсіпов',
  ru: 'Даурен Аскарович Жусупов',
  en: 'Dauren Zhusupov',
};

/** A client with consent to assessment, registered through the backend by the signed-in psychologist. */
async function consentingClient(backend: Backend, language: Language) {
  return addClient(backend.invoke, {
    fullName: CLIENT_NAME[language],
    language,
    consent: { givenOn: '2026-01-05', scope: ['assessment'], note: '' },
  });
}

for (const ui of ['kk', 'ru', 'en'] as const) {
  test(`a finished page is drawn again after confirmation; the earlier drawing stays in the record as replaced (${ui})`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const t = (key: string, params?: Record<string, string | number>) => text(ui, key, params);
    const app = await apps.openAsPsychologist(page, ui);
    const client = await consentingClient(app.backend, ui);
    await openClientByCode(page, ui, client.code);
    const id = await startAssessment(page, ui, 'htp', client.code);
    await drawPage(page, ui, ui, 'htp', 'house');
    const first = ok(await app.backend.invoke('assessments:get', { id })).pages.find((p) => p.pageId === 'house')!.drawing!.id;
    const card = pageCard(page, 'house');
    const thumbnailBefore = await card.getByTestId('page-thumbnail').screenshot();

    // "Draw again" asks first, and says the earlier drawing is kept.
    const again = pageCardButton(page, ui, 'htp', 'house', 'assessment.drawings.again');
    const dialog = page.getByRole('alertdialog', { name: t('assessment.drawings.againTitle') });
    await again.click();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText(t('assessment.drawings.againExplain'))).toBeVisible();
    await docShot(page, `assessment-redraw-dialog-${ui}`, { fullPage: false });

    // "Keep the drawing": nothing changes.
    await dialog.getByRole('button', { name: t('assessment.drawings.againCancel') }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('client-mode')).toBeHidden();
    await expect(card.locator('.page-card__state')).toHaveText(t('assessment.drawings.state.finished'));
    const kept = ok(await app.backend.invoke('assessments:get', { id })).pages.find((p) => p.pageId === 'house')!;
    expect(kept.drawing!.id).toBe(first);
    expect(kept.replacedDrawingIds).toEqual([]);

    // Confirmed: the page goes to the client again, on a new page; this time a tree is drawn.
    await again.click();
    await dialog.getByRole('button', { name: t('assessment.drawings.againConfirm') }).click();
    await drawHandedOverPage(page, ui, ui, 'htp', 'house', undefined, 'tree');
    // The card shows the new drawing, not the old one.
    await expect.poll(async () => (await card.getByTestId('page-thumbnail').screenshot()).equals(thumbnailBefore)).toBe(false);

    // The backend: a new finished drawing is the page's, the earlier one listed as replaced and still there.
    const stored = ok(await app.backend.invoke('assessments:get', { id }));
    const house = stored.pages.find((p) => p.pageId === 'house')!;
    expect(house.drawing!.id).not.toBe(first);
    expect(house.drawing!.status).toBe('finished');
    expect(house.replacedDrawingIds).toEqual([first]);
    expect(stored.pages.filter((p) => p.pageId !== 'house').flatMap((p) => p.replacedDrawingIds)).toEqual([]);
    expect(ok(await app.backend.invoke('drawings:get', { id: first })).id).toBe(first);
  });
}

for (const ui of ['kk', 'ru', 'en'] as const) {
  test(`a draft is discarded after confirmation: gone from the client's assessments, kept by the backend as discarded (${ui})`, async ({
    page,
  }) => {
    const t = (key: string, params?: Record<string, string | number>) => text(ui, key, params);
    const app = await apps.openAsPsychologist(page, ui);
    const client = await consentingClient(app.backend, ui);
    // Another draft of the same client, which must stay.
    const other = await createDraft(app.backend.invoke, client.id, 'gad7');
    await openClientByCode(page, ui, client.code);
    const id = await startAssessment(page, ui, 'htp', client.code);
    const title = page.getByRole('heading', {
      level: 1,
      name: t('assessment.workflow.title', { instrument: nameOf('htp', ui), code: client.code }),
    });

    // "Discard draft…" asks first, and says what becomes of the draft.
    const dialog = page.getByRole('alertdialog', { name: t('assessment.discard.title') });
    await page.getByRole('button', { name: t('assessment.discard.button') }).click();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText(t('assessment.discard.explain'))).toBeVisible();
    await docShot(page, `assessment-discard-dialog-${ui}`, { fullPage: false });

    // "Keep working": still in the draft.
    await dialog.getByRole('button', { name: t('assessment.discard.cancel') }).click();
    await expect(dialog).toBeHidden();
    await expect(title).toBeVisible();
    expect(ok(await app.backend.invoke('assessments:get', { id })).status).toBe('draft');

    // Confirmed: back on the client's page, where the draft is no longer listed; the other one is.
    await page.getByRole('button', { name: t('assessment.discard.button') }).click();
    await dialog.getByRole('button', { name: t('assessment.discard.confirm') }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('.client-code')).toHaveText(client.code);
    const list = page.getByRole('region', { name: t('assessment.list.title') });
    await expect(list.locator(`tr[data-assessment-id="${other.id}"]`)).toBeVisible();
    await expect(list.locator('tr[data-assessment-id]')).toHaveCount(1);
    const timeline = page.getByRole('region', { name: t('timeline.title') });
    await expect(timeline.getByTestId('timeline-entry')).toHaveCount(1);
    await expect(timeline.getByTestId('timeline-entry').filter({ hasText: nameOf('htp', ui) })).toHaveCount(0);

    // The backend keeps it, marked discarded, out of the client's list.
    expect(ok(await app.backend.invoke('assessments:get', { id })).status).toBe('discarded');
    expect(ok(await app.backend.invoke('assessments:listForClient', { clientId: client.id })).map((a) => a.id)).toEqual([
      other.id,
    ]);
  });
}
