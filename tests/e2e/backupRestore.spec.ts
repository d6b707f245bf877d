import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openBackend } from '../../electron/backend/openBackend';
import { type OpenedApp, openApp } from './harness';
import { openClients } from './clientSteps';
import { ADMIN, KDF_COST, PEOPLE, choose, text } from './steps';

/**
 * Issue 16, end to end in kk and ru: an admin backs up to a folder (a USB stick) from Settings → Backups, the
 * data folder is wiped, and the first-run screen restores the backup: a password of that time opens it, the
 * screen shows what it holds before anything changes, the admin signs in and finds the client. Screenshots in
 * kk and ru go to docs/screenshots/.
 */

const DOC_SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const CLIENT: Record<'kk' | 'ru', string> = { kk: 'Әлібек Серікұлы Нұрланов', ru: 'Олжас Ерланович Нуртаев' };

let dirs: string[] = [];
let app: OpenedApp | null = null;

test.afterEach(async () => {
  await app?.close();
  app = null;
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

const temp = (name: string) => {
  const d = mkdtempSync(join(tmpdir(), `kenes-e2e-backup-${name}-`));
  dirs.push(d);
  return d;
};

async function shotDoc(page: Page, name: string): Promise<void> {
  mkdirSync(DOC_SHOTS, { recursive: true });
  await page.screenshot({ path: join(DOC_SHOTS, `${name}.png`), fullPage: true });
}

/** A vault set up in `language` with one client, through the backend, then closed. */
async function vaultWithClient(dir: string, language: 'kk' | 'ru'): Promise<void> {
  const backend = openBackend({ dataDir: dir, kdfCost: KDF_COST, idleCheckMs: 0, log: () => undefined });
  const admin = { fullName: PEOPLE[language].admin, username: ADMIN.username, password: ADMIN.password };
  const setup = await backend.invoke('vault:setup', { language, facilityName: PEOPLE[language].facility, admin });
  if (!setup.ok) throw new Error(setup.error.message);
  const client = await backend.invoke('clients:create', {
    fullName: CLIENT[language],
    birthDate: '1990-02-11',
    sex: 'male',
    language,
    unit: '3',
    notes: '',
    legalStatus: null,
    consent: null,
  });
  if (!client.ok) throw new Error(client.error.message);
  await backend.close();
}

async function signIn(page: Page, language: 'kk' | 'ru'): Promise<void> {
  const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);
  await page.getByLabel(t('fields.username'), { exact: true }).fill(ADMIN.username);
  await page.getByLabel(t('fields.password'), { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: t('signIn.submit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('home.title', { name: PEOPLE[language].admin }) })).toBeVisible();
}

for (const language of ['kk', 'ru'] as const) {
  const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);

  test(`backs up to a folder, and restores it from the first-run screen after the data is wiped, in ${language}`, async ({
    page: first,
    context,
  }) => {
    test.setTimeout(120_000);
    let page = first;
    const data = temp('data');
    const usb = temp('usb');
    await vaultWithClient(data, language);
    let backupFile: string | null = null;
    const ports = { pickFolder: async () => usb, pickBackupFile: async () => backupFile };
    app = await openApp(page, { dataDir: data, kdfCost: KDF_COST, ...ports });
    await signIn(page, language);

    // Settings → Backups: nothing yet, choose the folder, back up now.
    await page
      .getByRole('navigation', { name: t('nav.label') })
      .getByRole('button', { name: t('nav.backup') })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: t('backup.title') })).toBeVisible();
    await expect(page.getByTestId('backup-overdue')).toHaveText(t('backup.never'));
    await page.getByRole('button', { name: t('backup.chooseFolder') }).click();
    await expect(page.getByTestId('backup-folder')).toHaveText(usb);
    await page.getByRole('button', { name: t('backup.now'), exact: true }).click();
    await expect(page.getByTestId('backup-progress')).toHaveAttribute('data-phase', 'done', { timeout: 30_000 });
    const [name] = readdirSync(usb).filter((n) => !n.includes('-auto-'));
    expect(name).toMatch(/^kenes-backup-\d{8}-\d{6}\.kbak$/);
    await expect(page.getByTestId('backup-progress')).toContainText(name ?? '');
    await expect(page.getByTestId('backup-overdue')).toHaveCount(0);
    await shotDoc(page, `backup-settings-${language}`);

    // The computer's data is lost: the folder is wiped, and Kenes starts at its first-run screen.
    await app.close();
    app = null;
    rmSync(data, { recursive: true, force: true });
    mkdirSync(data);
    backupFile = join(usb, name ?? '');
    // A new start of the app: a new page over a new backend on the same (now empty) folder.
    await first.close();
    page = await context.newPage();
    app = await openApp(page, { dataDir: data, kdfCost: KDF_COST, ...ports });
    // The first-run screen's own language choice (ui.json went with the folder).
    await choose(page, 'radio', language === 'kk' ? 'Қазақша' : 'Русский');
    await page.getByRole('button', { name: t('backup.restore.fromFirstRun') }).click();
    await page.getByRole('button', { name: t('backup.restore.chooseFile') }).click();
    await expect(page.getByText(name ?? '')).toBeVisible();
    // A wrong password is refused with its own message, and nothing changes.
    await page.getByLabel(t('backup.restore.username'), { exact: true }).fill(ADMIN.username);
    await page.getByLabel(t('backup.restore.password'), { exact: true }).fill('Not-the-password-2026');
    await page.getByRole('button', { name: t('backup.restore.unlock') }).click();
    await expect(page.getByText(t('errors.BACKUP_WRONG_KEY'))).toBeVisible();
    expect(readdirSync(data).filter((n) => n !== 'vault.lock')).toEqual([]);
    await page.getByLabel(t('backup.restore.password'), { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: t('backup.restore.unlock') }).click();
    // What the backup holds, before anything changes.
    const facts = page.getByTestId('backup-facts');
    await expect(facts).toContainText(PEOPLE[language].facility);
    await expect(facts).toContainText(t('backup.tables.clients'));
    expect(readdirSync(data).filter((n) => !n.startsWith('restore-staging-') && n !== 'vault.lock')).toEqual([]);
    await shotDoc(page, `backup-restore-preview-${language}`);
    await page.getByRole('button', { name: t('backup.restore.confirm') }).click();
    await expect(page.getByRole('heading', { name: t('backup.restore.doneTitle') })).toBeVisible();
    await shotDoc(page, `backup-restore-done-${language}`);
    await page.getByRole('button', { name: t('backup.restore.toSignIn') }).click();

    // Signed in with the password of that time, the client is there; the restore is in the audit log.
    await signIn(page, language);
    await openClients(page, language);
    await expect(page.getByText(CLIENT[language])).toBeVisible();
  });
}
