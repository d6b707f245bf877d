import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Page, expect, test } from '@playwright/test';
import type { Backend } from '../../electron/backend/openBackend';
import { signedPhq9 } from '../integration/fixtures/assessmentSetup';
import { addClient } from '../integration/fixtures/clientSetup';
import { PSYCHOLOGIST_PASSWORD, addAccount } from '../integration/fixtures/drawingSetup';
import { ADMIN as IT_ADMIN, FACILITY, ok } from '../integration/helpers';
import { appPerTest } from './setup';
import { type Language, text } from './steps';

/**
 * Issue 14 §3 end to end: an admin opens Trends, reads the data dictionary, chooses stable pseudonyms with a reason,
 * exports the signed assessments, and sees what was coarsened or left out; the saved CSV holds pseudonyms, quarters
 * and age bands, and no name, code or date. In kk and ru, with screenshots in docs/screenshots/.
 */
const DOC_SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const app = appPerTest('deidentified', { failOnConsoleProblems: true });

async function seed(backend: Backend, clock: { t: number }, language: Language): Promise<string[]> {
  ok(await backend.invoke('vault:setup', { language, facilityName: FACILITY, admin: IT_ADMIN }));
  await addAccount(backend, 'nurlan', ['psychologist'], PSYCHOLOGIST_PASSWORD);
  const secrets: string[] = [];
  for (let i = 0; i < 11; i++) {
    clock.t = Date.parse(`2026-0${1 + (i % 6)}-1${i % 9}T09:00:00.000Z`);
    const fullName = `Сынақ Клиент ${i} Қайратұлы`;
    const birthDate = i < 2 ? `1999-06-1${i}` : `19${85 + (i % 3)}-06-1${i % 9}`;
    const client = await addClient(backend.invoke, {
      fullName,
      unit: i < 8 ? 'Отряд 1' : 'Отряд 2',
      sex: 'male',
      language: 'ru',
      birthDate,
    });
    secrets.push(fullName, client.code, client.code.replace('-', ''), birthDate);
    await signedPhq9(backend.invoke, client.id, PSYCHOLOGIST_PASSWORD);
  }
  clock.t = Date.parse('2026-11-20T07:30:00.000Z');
  ok(await backend.invoke('auth:signOut', {}));
  return secrets;
}

async function docShot(page: Page, name: string): Promise<void> {
  mkdirSync(DOC_SHOTS, { recursive: true });
  await page.getByTestId('deidentified-export').screenshot({ path: resolve(DOC_SHOTS, `${name}.png`) });
}

for (const language of ['kk', 'ru'] as const) {
  test(`an admin exports de-identified assessments with stable pseudonyms and sees what k-anonymity changed (${language})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);
    const clock = { t: Date.parse('2026-11-20T07:30:00.000Z') };
    const saved: { name: string; bytes: Buffer }[] = [];
    const opened = await app.open(page, {
      now: () => clock.t,
      saveFile: async (name, bytes) => {
        saved.push({ name, bytes });
        return { saved: true };
      },
    });
    const secrets = await seed(opened.backend, clock, language);

    await page.reload();
    await page.getByLabel(t('fields.username'), { exact: true }).fill(IT_ADMIN.username);
    await page.getByLabel(t('fields.password'), { exact: true }).fill(IT_ADMIN.password);
    await page.getByRole('button', { name: t('signIn.submit') }).click();
    await page
      .getByRole('navigation')
      .getByRole('button', { name: t('trends.nav') })
      .click();
    const panel = page.getByTestId('deidentified-export');
    await expect(panel.getByRole('heading', { level: 2, name: t('deidentified.title') })).toBeVisible();
    await expect(panel).toContainText(t('deidentified.intro', { k: 5 }));

    // The dictionary is readable before anything is exported.
    await panel.getByText(t('deidentified.dictionary'), { exact: true }).click();
    await expect(panel.getByRole('rowheader', { name: 'age_band' })).toBeVisible();

    // Stable pseudonyms need a reason: the button waits for it.
    await panel.getByRole('radio', { name: t('deidentified.stable') }).check({ force: true });
    const exportButton = panel.getByRole('button', { name: t('deidentified.export') });
    await expect(exportButton).toBeDisabled();
    await panel.getByLabel(t('deidentified.reason')).fill('Programme evaluation 2026, the same people over the year');
    await expect(exportButton).toBeEnabled();
    await exportButton.click();

    const summary = panel.getByTestId('deidentified-summary');
    await expect(summary).toBeVisible();
    await expect(summary).toContainText(t('deidentified.saved', { rows: 11, clients: 11 }));
    await expect(summary).toContainText(t('deidentified.anonymity', { k: 5, generalised: 5, suppressed: 0, units: 1 }));
    await docShot(page, `deidentified-export-${language}`);

    expect(saved.map((s) => s.name)).toEqual([
      'deidentified-assessments-2026-exported-2026-11-20.csv',
      `deidentified-assessments-2026-exported-2026-11-20-dictionary-${language}.txt`,
    ]);
    const csv = saved[0]!.bytes.toString('utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFpseudonym,quarter,age_band,sex,unit,legal_status,language,instrument,instrument_kind,score,band',
    );
    expect(csv).toMatch(/\r\nP[0-9a-f]{16},2026-Q[12],/);
    expect(csv).not.toContain('Отряд 2');
    expect(csv).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    for (const secret of secrets) expect(csv).not.toContain(secret);
  });
}
