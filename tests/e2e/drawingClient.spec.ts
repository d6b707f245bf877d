import { type Page, expect, test } from '@playwright/test';
import { leaveClientMode } from './assessmentSteps';
import { registerClient } from './clientSteps';
import { mouseStroke } from './drawingSteps';
import { docShot } from './harness';
import { appPerTest } from './setup';
import { type Language, text } from './steps';

/**
 * Issue 12, item 7: a drawing is started from the client's page and goes into that client's record;
 * the Drawings area starts only practice drawings, said so on the form; the list has a client column
 * (the code, or "practice drawing"). Screenshots in kk and ru: drawing-client-*-<language>.png.
 */
const apps = appPerTest('drawing-client', { failOnConsoleProblems: true });

async function drawAndFinish(page: Page, ui: Language): Promise<void> {
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
}

for (const ui of ['kk', 'ru'] as const) {
  test(`a drawing is a client's, started from their page, or an explicit practice drawing (${ui})`, async ({ page }) => {
    test.setTimeout(180_000);
    const t = (key: string, params?: Record<string, string | number>) => text(ui, key, params);
    await page.setViewportSize({ width: 1366, height: 768 });
    await apps.openAsPsychologist(page, ui);
    const code = await registerClient(page, ui, {
      fullName: 'Ержан Омаров',
      consent: { scopes: ['assessment', 'data-storage'] },
    });

    // The client's page offers a drawing for this client (and House-Tree-Person in one click).
    await expect(page.getByRole('button', { name: t('drawing.fromClient.startHtp') })).toBeVisible();
    await docShot(page, `drawing-client-01-client-page-${ui}`, { fullPage: false });
    await page.getByRole('button', { name: t('drawing.fromClient.newDrawing') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('drawing.new.clientTitle', { code }) })).toBeVisible();
    await expect(page.getByTestId('drawing-owner')).toHaveText(t('drawing.new.forClient', { code }));
    await docShot(page, `drawing-client-02-new-for-client-${ui}`, { fullPage: false });
    await page.getByRole('button', { name: t('drawing.new.start') }).click();
    await drawAndFinish(page, ui);
    // Back on the client's page, not in the Drawings area.
    await expect(page.locator('.client-code')).toHaveText(code);

    // The Drawings area: only a practice drawing, and the form says it belongs to no client.
    await page
      .getByRole('navigation', { name: t('nav.label') })
      .getByRole('button', { name: t('drawing.nav') })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: t('drawing.list.title') })).toBeVisible();
    await expect(page.getByText(t('drawing.list.clientHint'))).toBeVisible();
    await page.getByRole('button', { name: t('drawing.list.new') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('drawing.new.practiceTitle') })).toBeVisible();
    await expect(page.getByTestId('drawing-owner')).toHaveText(t('drawing.new.practiceNotice'));
    await docShot(page, `drawing-client-03-new-practice-${ui}`, { fullPage: false });
    await page.getByRole('button', { name: t('drawing.new.start') }).click();
    await drawAndFinish(page, ui);
    await page.getByRole('button', { name: t('drawing.replay.back') }).click();

    // The list: a client column with the code, or "practice drawing"; never the name.
    const table = page.getByRole('table', { name: t('drawing.list.caption') });
    await expect(table.getByRole('columnheader', { name: t('drawing.list.client') })).toBeVisible();
    const cells = table.getByTestId('drawing-client');
    await expect(cells).toHaveCount(2);
    await expect(cells.nth(0)).toHaveText(t('drawing.list.practice'));
    await expect(cells.nth(1)).toHaveText(code);
    await expect(table).not.toContainText('Омаров');
    await docShot(page, `drawing-client-04-list-${ui}`, { fullPage: false });
  });
}
