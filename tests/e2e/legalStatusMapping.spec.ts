import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Page, expect, test } from '@playwright/test';
import { addClient } from '../integration/fixtures/clientSetup';
import { insertLegacyPeriods } from '../integration/fixtures/legacyLegalStatuses';
import { openRawDb } from '../integration/fixtures/rawDb';
import { openClientByCode, openClients } from './clientSteps';
import { type OpenedApp, docShot, openApp } from './harness';
import { KDF_COST, type Language, PSYCHOLOGIST, setUp, signInAsNewPsychologist, text } from './steps';

/**
 * Issue 17 §4: a vault upgraded from the three old legal statuses. The client list says periods await the one-time
 * answer; the psychologist chooses what "in custody" and "on probation" meant, is locked out halfway (the choice is
 * still there after the unlock), saves, and the client's history shows the status of the law beside the old value.
 * Screenshots: docs/screenshots/legal-status-mapping-{notice,dialog,done,history}-<language>.png.
 */

let dataDir = '';
let app: OpenedApp | null = null;
test.beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kenes-e2e-legal-'));
});
test.afterEach(async () => {
  await app?.close();
  app = null;
  rmSync(dataDir, { recursive: true, force: true });
});

const NAMES: Record<'kk' | 'ru', string[]> = {
  kk: ['Ержан Бекболатұлы Омаров', 'Гүлнар Серікқызы Әлиева', 'Дәурен Асқарұлы Жүсіпов'],
  ru: ['Ержан Бекболатович Омаров', 'Гульнар Сериковна Алиева', 'Даурен Аскарович Жусупов'],
};

/** The select of the dialog's part about one old value (each part is a fieldset named by the old value). */
async function chooseFor(page: Page, language: Language, from: 'in-custody' | 'on-probation', to: string) {
  const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);
  const part = page
    .getByRole('dialog')
    .getByRole('group', { name: t('legalStatus.mapping.recordedAs', { status: t(`legalStatus.old.${from}`) }) });
  await part.getByRole('button', { name: new RegExp(t('legalStatus.mapping.means')) }).click();
  await page.getByRole('option', { name: t(`clients.legalStatuses.${to}`), exact: true }).click();
}

for (const language of ['kk', 'ru'] as const) {
  test(`asks once how to map the old legal statuses, keeps the choice across a lock, and shows both values (${language})`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);
    app = await openApp(page, { dataDir, kdfCost: KDF_COST });
    const recoveryKey = (await setUp(page, language, false)).join('-');
    await signInAsNewPsychologist(page, app.backend, language);
    const [a, b, c] = [
      await addClient(app.backend.invoke, { fullName: NAMES[language][0]!, language, unit: 'Отряд 2' }),
      await addClient(app.backend.invoke, { fullName: NAMES[language][1]!, language, sex: 'female', unit: 'Отряд 2' }),
      await addClient(app.backend.invoke, { fullName: NAMES[language][2]!, language, unit: 'Отряд 5' }),
    ];
    const db = await openRawDb(dataDir, recoveryKey);
    try {
      insertLegacyPeriods(db, [
        { clientId: a!.id, status: 'in-custody', startDate: '2023-04-01', endDate: '2025-09-15' },
        { clientId: a!.id, status: 'on-probation', startDate: '2025-09-15', endDate: null },
        { clientId: b!.id, status: 'in-custody', startDate: '2025-01-20', endDate: null },
        { clientId: c!.id, status: 'released', startDate: '2024-11-02', endDate: null },
      ]);
    } finally {
      db.close();
    }

    await openClients(page, language);
    const notice = page.getByRole('region', { name: t('legalStatus.mapping.noticeTitle') });
    await expect(notice).toContainText(t('legalStatus.mapping.notice', { periods: 3 }));
    await docShot(page, `legal-status-mapping-notice-${language}`, { fullPage: false });

    await notice.getByRole('button', { name: t('legalStatus.mapping.open') }).click();
    const dialog = page.getByRole('dialog', { name: t('legalStatus.mapping.title') });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(t('legalStatus.mapping.counts', { periods: 2, clients: 2 }));
    // Half an answer is not saved.
    await chooseFor(page, language, 'in-custody', 'sentence-medium-security');
    await dialog.getByRole('button', { name: t('legalStatus.mapping.save') }).click();
    await expect(dialog.getByRole('alert')).toHaveText(t('legalStatus.mapping.missing'));

    // Locked halfway: after the unlock the dialog is back with the choice made.
    await page.keyboard.press('Control+KeyL');
    await expect(page.getByRole('heading', { level: 1, name: t('lock.title') })).toBeVisible();
    await page.getByLabel(t('fields.password'), { exact: true }).fill(PSYCHOLOGIST.own);
    await page.getByRole('button', { name: t('lock.unlock') }).click();
    await expect(dialog).toBeVisible();
    await expect(
      dialog.getByRole('button', { name: new RegExp(t('clients.legalStatuses.sentence-medium-security')) }),
    ).toBeVisible();

    await chooseFor(page, language, 'on-probation', 'parole');
    await docShot(page, `legal-status-mapping-dialog-${language}`, { fullPage: false });
    await dialog.getByRole('button', { name: t('legalStatus.mapping.save') }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: t('legalStatus.mapping.done', { periods: 3 }) })).toBeVisible();
    await expect(notice).toBeHidden();
    // The list shows the statuses of the law.
    const rowOf = (name: string) => page.getByRole('row').filter({ hasText: name });
    await expect(rowOf(NAMES[language][0]!)).toContainText(t('clients.legalStatuses.parole'));
    await expect(rowOf(NAMES[language][1]!)).toContainText(t('clients.legalStatuses.sentence-medium-security'));
    await expect(rowOf(NAMES[language][2]!)).toContainText(t('clients.legalStatuses.released'));
    await docShot(page, `legal-status-mapping-done-${language}`, { fullPage: false });

    // The history: the new status, and the value recorded before the update beside it.
    await openClientByCode(page, language, a!.code);
    const history = page.getByRole('table', { name: t('clients.legal.title') });
    await expect(history.getByRole('row').nth(1)).toContainText(t('clients.legalStatuses.parole'));
    await expect(history.getByRole('row').nth(1)).toContainText(
      t('legalStatus.originalNote', { status: t('legalStatus.old.on-probation') }),
    );
    await expect(history.getByRole('row').nth(2)).toContainText(t('clients.legalStatuses.sentence-medium-security'));
    await history.scrollIntoViewIfNeeded();
    await docShot(page, `legal-status-mapping-history-${language}`, { fullPage: false });

    // Asked once: back on the list, nothing is pending.
    await openClients(page, language);
    await expect(page.getByRole('region', { name: t('legalStatus.mapping.noticeTitle') })).toHaveCount(0);
  });
}
