import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openBackend } from '../../electron/backend/openBackend';
import { snapshot } from '../integration/fsSnapshot';
import { type OpenedApp, docShot, openApp } from './harness';
import { ADMIN, KDF_COST, PEOPLE, text } from './steps';

/**
 * Issue 10: a damaged data folder shows the "damaged vault" screen in the person's language — what is
 * wrong, what to do, the data folder — never the set-up wizard, and no file changes. Screenshots:
 * test-results/screenshots/vault-damaged-<fault>-<language>.png.
 */

let dir = '';
let app: OpenedApp | null = null;

test.afterEach(async () => {
  await app?.close();
  app = null;
  rmSync(dir, { recursive: true, force: true });
});

/** A vault set up in `language` through the backend, then closed: the next start finds it at rest. */
async function closedVault(language: 'kk' | 'ru'): Promise<void> {
  dir = mkdtempSync(join(tmpdir(), 'kenes-e2e-damaged-'));
  const backend = openBackend({ dataDir: dir, kdfCost: KDF_COST, idleCheckMs: 0, log: () => undefined });
  const admin = { fullName: PEOPLE[language].admin, username: ADMIN.username, password: ADMIN.password };
  const result = await backend.invoke('vault:setup', { language, facilityName: PEOPLE[language].facility, admin });
  if (!result.ok) throw new Error(result.error.message);
  await backend.close();
}

const withoutLock = (d: string) => {
  const all = snapshot(d);
  delete all['vault.lock'];
  return all;
};

for (const language of ['kk', 'ru'] as const) {
  const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);

  test(`a missing key file shows the damaged-vault screen, not set-up, in ${language}`, async ({ page }) => {
    await closedVault(language);
    rmSync(join(dir, 'vault.key'));
    rmSync(join(dir, 'vault.key.2'));
    const before = withoutLock(dir);
    const shown: string[] = [];
    const openFolder = async (path: string) => (shown.push(path), shown.length === 1);
    app = await openApp(page, { dataDir: dir, kdfCost: KDF_COST, openFolder });
    await expect(page.getByRole('heading', { level: 1, name: t('vaultProblem.KEY_FILE_MISSING.title') })).toBeVisible();
    await expect(page.getByText(t('vaultProblem.KEY_FILE_MISSING.what'))).toBeVisible();
    await expect(page.getByText(t('vaultProblem.KEY_FILE_MISSING.todo'))).toBeVisible();
    await expect(page.getByTestId('vault-folder')).toHaveText(dir);
    await expect(page.getByRole('heading', { name: t('setup.language.title') })).toHaveCount(0);
    await docShot(page, `vault-damaged-key-missing-${language}`);
    // The folder is shown in the file manager; when the file manager fails, the screen says so.
    await page.getByRole('button', { name: t('vaultProblem.openFolder') }).click();
    await expect.poll(() => shown).toEqual([dir]);
    await page.getByRole('button', { name: t('vaultProblem.openFolder') }).click();
    await expect(page.getByText(t('errors.FOLDER_NOT_OPENED'))).toBeVisible();
    await page.getByRole('button', { name: t('vaultProblem.checkAgain') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('vaultProblem.KEY_FILE_MISSING.title') })).toBeVisible();
    expect(withoutLock(dir)).toEqual(before);
  });

  test(`a damaged page found at sign-in shows the damaged-vault screen with the page, in ${language}`, async ({ page }) => {
    await closedVault(language);
    const db = join(dir, 'vault.db');
    const bytes = readFileSync(db);
    // Page 1 holds the schema, which every sign-in reads (the last page may be an index that sign-in never touches).
    const damaged = 1;
    bytes[(damaged - 1) * 4096 + 200] ^= 0xff;
    writeFileSync(db, bytes);
    const before = withoutLock(dir);
    app = await openApp(page, { dataDir: dir, kdfCost: KDF_COST });
    await expect(page.getByRole('heading', { level: 1, name: t('signIn.title') })).toBeVisible();
    await page.getByRole('textbox', { name: t('fields.username'), exact: true }).fill(ADMIN.username);
    await page.getByRole('textbox', { name: t('fields.password'), exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: t('signIn.submit') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('vaultProblem.DATABASE_DAMAGED.title') })).toBeVisible();
    await expect(page.getByText(t('vaultProblem.pages', { pages: String(damaged) }))).toBeVisible();
    await expect(page.getByTestId('vault-folder')).toHaveText(dir);
    await docShot(page, `vault-damaged-database-${language}`);
    expect(withoutLock(dir)).toEqual(before);
  });

  test(`an admin is told at sign-in that a copy of the key file is damaged, in ${language}`, async ({ page }) => {
    await closedVault(language);
    // One broken byte in the admin's wrap line of vault.key: the copy in vault.key.2 still opens it.
    const keyFile = join(dir, 'vault.key');
    const bytes = readFileSync(keyFile);
    const at = bytes.indexOf('"kind":"password"') + 60;
    bytes[at] = (bytes[at] ?? 0) ^ 0x04;
    writeFileSync(keyFile, bytes);
    app = await openApp(page, { dataDir: dir, kdfCost: KDF_COST });
    await page.getByRole('textbox', { name: t('fields.username'), exact: true }).fill(ADMIN.username);
    await page.getByRole('textbox', { name: t('fields.password'), exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: t('signIn.submit') }).click();
    const notice = page.getByTestId('key-file-health');
    await expect(notice.getByText(t('keyFileHealth.damaged', { file: 'vault.key' }))).toBeVisible();
    await expect(notice.getByText(t('keyFileHealth.wrapOf', { who: ADMIN.username }))).toBeVisible();
    await expect(page.getByRole('banner').getByText(PEOPLE[language].facility)).toBeVisible();
    await docShot(page, `vault-key-copy-damaged-admin-${language}`, { fullPage: false });
    // The damaged copy is left exactly as it was.
    expect(readFileSync(keyFile)).toEqual(bytes);
  });
}
