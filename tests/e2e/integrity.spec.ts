import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { getInstrument } from '../../assessments/instruments';
import { signedPhq9 } from '../integration/fixtures/assessmentSetup';
import { addClient } from '../integration/fixtures/clientSetup';
import { openRawDb } from '../integration/fixtures/rawDb';
import { openClientByCode } from './clientSteps';
import { type OpenedApp, docShot, openApp } from './harness';
import { ADMIN, KDF_COST, PSYCHOLOGIST, setUp, signInAsNewPsychologist, text } from './steps';

/**
 * Issue 10, section 3: a signed assessment changed behind the app's back (triggers dropped, a row
 * edited with the data key, as a database browser would) is marked as altered on its page, and
 * "verify integrity" lists it by kind and id. Screenshots: integrity-altered-<language>.png.
 */

let dataDir = '';
let app: OpenedApp | null = null;
test.beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kenes-e2e-integrity-'));
});
test.afterEach(async () => {
  await app?.close();
  app = null;
  rmSync(dataDir, { recursive: true, force: true });
});

for (const language of ['ru', 'en'] as const) {
  test(`marks a signed assessment altered outside the app, on its page and in "verify integrity" (${language})`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);
    app = await openApp(page, { dataDir, kdfCost: KDF_COST });
    const recoveryKey = (await setUp(page, language, false)).join('-');
    await signInAsNewPsychologist(page, app.backend, language);
    const client = await addClient(app.backend.invoke);
    const signed = await signedPhq9(app.backend.invoke, client.id, PSYCHOLOGIST.own);

    const db = await openRawDb(dataDir, recoveryKey);
    try {
      db.exec('DROP TRIGGER assessments_signed_update');
      db.prepare("UPDATE assessments SET conclusion = 'Rewritten after signing.' WHERE id = ?").run(signed.id);
    } finally {
      db.close();
    }

    // Client mode came and went while the assessment was built: start from a fresh screen.
    await page.reload();
    await openClientByCode(page, language, client.code);
    await page
      .getByTestId('timeline-entry')
      .filter({ hasText: getInstrument('phq9')!.name[language].text })
      .click();
    await expect(page.getByTestId('record-altered')).toHaveText(t('integrity.alteredAssessment'));
    await docShot(page, `integrity-altered-${language}`, { fullPage: false });

    await page
      .getByRole('banner')
      .getByRole('button', { name: t('shell.signOut') })
      .click();
    await page.getByLabel(t('fields.username'), { exact: true }).fill(ADMIN.username);
    await page.getByLabel(t('fields.password'), { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: t('signIn.submit') }).click();
    await page
      .getByRole('navigation', { name: t('nav.label') })
      .getByRole('button', { name: t('nav.audit') })
      .click();
    await page.getByRole('button', { name: t('audit.verify') }).click();
    const altered = page.getByTestId('altered-records');
    await expect(altered).toContainText(t('integrity.altered', { count: 1 }));
    await expect(altered.getByRole('listitem')).toHaveText(`${t('integrity.kinds.assessment')} ${signed.id}`);
    await expect(page.getByRole('cell', { name: t('audit.actions.record.altered') }).first()).toBeVisible();
    await docShot(page, `integrity-verify-${language}`, { fullPage: false });
  });
}
