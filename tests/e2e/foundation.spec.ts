import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type ConsoleMessage, type Page, expect, test } from '@playwright/test';
import { type OpenedApp, openApp, shot } from './harness';

/**
 * Issue 2's end-to-end path, clicked as a person clicks it, in each of the three languages:
 * set-up wizard → recovery key check → app shell → new psychologist account → lock → unlock →
 * sign out → the psychologist signs in and must choose their own password. Every screen is
 * saved to test-results/screenshots/<language>-NN-<screen>.png.
 */

type Language = 'kk' | 'ru' | 'en';
type Dict = { [key: string]: string | Dict };
const I18N_DIR = resolve(import.meta.dirname, '../../renderer/i18n');
const dictionaries = Object.fromEntries(
  (['kk', 'ru', 'en'] as const).map((l) => [l, JSON.parse(readFileSync(join(I18N_DIR, `${l}.json`), 'utf8')) as Dict]),
) as Record<Language, Dict>;

/** Finds a key whose last parts may themselves contain dots (audit actions: `audit.actions.vault.created`). */
function lookup(node: string | Dict | undefined, parts: string[]): string | undefined {
  if (parts.length === 0) return typeof node === 'string' ? node : undefined;
  if (typeof node !== 'object') return undefined;
  for (let n = parts.length; n >= 1; n--) {
    const found = lookup(node[parts.slice(0, n).join('.')], parts.slice(n));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The UI text for a key, as i18next renders it ({{name}} interpolation only). */
function text(language: Language, key: string, params: Record<string, string | number> = {}): string {
  const value = lookup(dictionaries[language], key.split('.'));
  if (value === undefined) throw new Error(`no ${language} text for ${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? `{{${name}}}`));
}

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The UI text for a key with every placeholder matching anything, for counts we do not know. */
function textPattern(language: Language, key: string): RegExp {
  return new RegExp(escapeRegExp(text(language, key)).replace(/\\\{\\\{\w+\\\}\\\}/g, '.+?'));
}

const startsWith = (value: string): RegExp => new RegExp(`^${escapeRegExp(value)}`);

// Cheap scrypt for tests: the production cost (N=2^17) is exercised by the integration tests.
const KDF_COST = { N: 2 ** 14, r: 8, p: 1 };
const ADMIN = { username: 'aigerim', password: 'Tundik-kuz-jaryq-7' };
const PSYCHOLOGIST = { username: 'nurlan.a', temporary: 'Bastapqy-kilt-2931', own: 'Ozimnin-qupiyam-5512' };
/** Names as they are written in each language: Kazakh letters must render in data as well as in the UI. */
const PEOPLE: Record<Language, { facility: string; admin: string; psychologist: string }> = {
  en: { facility: 'Correctional colony No. 12', admin: 'Aigerim Seitkali', psychologist: 'Nurlan Abenov' },
  ru: { facility: 'Исправительная колония № 12', admin: 'Айгерим Сейткали', psychologist: 'Нурлан Абенов' },
  kk: { facility: '№ 12 түзеу колониясы', admin: 'Әйгерім Сейітқали', psychologist: 'Нұрлан Әбенов' },
};

let dataDir: string;
let app: OpenedApp | null = null;

test.beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kenes-e2e-'));
});

test.afterEach(async () => {
  await app?.close();
  app = null;
  rmSync(dataDir, { recursive: true, force: true });
});

/** react-aria hides the real input of a radio or checkbox visually; clicking its label is what a person does. */
async function choose(page: Page, role: 'radio' | 'checkbox', name: string | RegExp): Promise<void> {
  await page.getByRole(role, { name, exact: true }).check({ force: true });
}

/** Runs the set-up wizard in `language`; returns the recovery key's groups once the app shell shows. */
async function setUp(page: Page, language: Language, screenshots: boolean): Promise<string[]> {
  const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);
  const people = PEOPLE[language];
  const snap = async (name: string) => {
    if (screenshots) await shot(page, `${language}-${name}`);
  };

  await choose(page, 'radio', text(language, `languages.${language}`));
  await expect(page.getByRole('heading', { level: 1, name: t('setup.language.title') })).toBeVisible();
  await snap('01-setup-language');
  await page.getByRole('button', { name: t('common.continue') }).click();

  await expect(page.getByRole('heading', { level: 1, name: t('setup.facility.title') })).toBeVisible();
  await page.getByRole('button', { name: t('common.continue') }).click();
  await expect(page.getByText(t('validation.required'))).toBeVisible();
  await page.getByLabel(t('fields.facilityName')).fill(people.facility);
  await snap('02-setup-facility');
  await page.getByRole('button', { name: t('common.continue') }).click();

  await expect(page.getByRole('heading', { level: 1, name: t('setup.admin.title') })).toBeVisible();
  await page.getByLabel(t('fields.fullName')).fill(people.admin);
  await page.getByLabel(t('fields.username'), { exact: true }).fill(ADMIN.username);
  await page.getByLabel(t('fields.password'), { exact: true }).fill('aigerim2024');
  await expect(page.getByRole('meter', { name: t('password.strengthLabel') })).toBeVisible();
  await snap('03-setup-admin-weak-password');
  await page.getByLabel(t('fields.password'), { exact: true }).fill(ADMIN.password);
  await page.getByLabel(t('fields.confirmPassword')).fill(ADMIN.password);
  await expect(page.getByRole('meter', { name: t('password.strengthLabel') })).toHaveAttribute('aria-valuetext', /.+/);
  await snap('04-setup-admin');
  await page.getByRole('button', { name: t('setup.admin.create') }).click();

  await expect(page.getByRole('heading', { level: 1, name: t('setup.key.title') })).toBeVisible();
  const groups = await page.getByRole('list', { name: t('setup.key.groupsLabel') }).first().locator('.key-groups__value').allTextContents();
  expect(groups).toHaveLength(8);
  const continueButton = page.getByRole('button', { name: t('common.continue') });
  await expect(continueButton).toBeDisabled();
  await snap('05-setup-recovery-key');
  if (screenshots) {
    await page.emulateMedia({ media: 'print' });
    await snap('05b-setup-recovery-key-print');
    await page.emulateMedia({ media: 'screen' });
  }
  await choose(page, 'checkbox', t('setup.key.written'));
  await continueButton.click();

  await expect(page.getByRole('heading', { level: 1, name: t('setup.confirm.title') })).toBeVisible();
  const inputs = page.getByRole('textbox');
  await expect(inputs).toHaveCount(2);
  const asked: number[] = [];
  for (const input of await inputs.all()) {
    const label = await input.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
    asked.push(Number(label.match(/\d+/)![0]));
  }
  // A wrong group is named; the right one is not.
  await inputs.nth(0).fill(groups[asked[0]! - 1]!.toLowerCase());
  await inputs.nth(1).fill('WRONG');
  await page.getByRole('button', { name: t('setup.confirm.finish') }).click();
  await expect(page.getByText(t('setup.confirm.wrongGroup', { group: asked[1]! }))).toBeVisible();
  await snap('06-setup-confirm-wrong-group');
  await inputs.nth(1).fill(groups[asked[1]! - 1]!);
  await page.getByRole('button', { name: t('setup.confirm.finish') }).click();

  await expect(page.getByRole('heading', { level: 1, name: t('home.title', { name: people.admin }) })).toBeVisible();
  return groups;
}

for (const language of ['en', 'ru', 'kk'] as const) {
  test(`set-up, accounts, lock and first sign-in work in ${language}`, async ({ page }) => {
    const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);
    const nav = (key: string) => page.getByRole('navigation', { name: t('nav.label') }).getByRole('button', { name: t(key) });
    const { facility, admin, psychologist } = PEOPLE[language];
    const opened = await openApp(page, { dataDir, kdfCost: KDF_COST });
    app = opened;
    await setUp(page, language, true);

    // The shell: facility, person, Lock and Sign out; only the areas that exist.
    const header = page.getByRole('banner');
    await expect(header.getByText(facility)).toBeVisible();
    await expect(header.getByText(admin)).toBeVisible();
    await expect(page.getByRole('navigation', { name: t('nav.label') }).getByRole('button')).toHaveCount(5);
    await shot(page, `${language}-07-home-admin`);

    // A new psychologist account, with a temporary password.
    await nav('nav.accounts').click();
    await expect(page.getByRole('heading', { level: 1, name: t('accounts.title') })).toBeVisible();
    await shot(page, `${language}-08-accounts`);
    await page.getByRole('button', { name: t('accounts.create') }).click();
    const dialog = page.getByRole('dialog', { name: t('accounts.createTitle') });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: t('accounts.createSubmit') }).click();
    await expect(dialog.getByText(t('validation.chooseOne'))).toBeVisible();
    await dialog.getByLabel(t('fields.fullName')).fill(psychologist);
    await dialog.getByLabel(t('fields.username'), { exact: true }).fill(PSYCHOLOGIST.username);
    await choose(page, 'checkbox', startsWith(t('roles.psychologist')));
    await dialog.getByLabel(t('fields.temporaryPassword'), { exact: true }).fill(PSYCHOLOGIST.temporary);
    await shot(page, `${language}-09-accounts-create-dialog`);
    await dialog.getByRole('button', { name: t('accounts.createSubmit') }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').getByText(t('accounts.created', { name: psychologist }))).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(psychologist) });
    await expect(row.getByRole('cell', { name: t('roles.psychologist') })).toBeVisible();
    await shot(page, `${language}-10-accounts-created`);

    // Disabling yourself is refused, in words.
    await page
      .getByRole('row', { name: new RegExp(admin) })
      .getByRole('button', { name: t('accounts.actionFor', { action: t('accounts.actions.disable'), name: admin }) })
      .click();
    const disable = page.getByRole('alertdialog');
    await disable.getByRole('button', { name: t('accounts.disableConfirm') }).click();
    await expect(disable.getByText(t('errors.SELF_DISABLE'))).toBeVisible();
    await shot(page, `${language}-11-accounts-self-disable-refused`);
    await page.keyboard.press('Escape');
    await expect(disable).toBeHidden();

    // Security, audit log (with integrity check) and language pages.
    await nav('nav.security').click();
    await expect(page.getByRole('heading', { level: 1, name: t('security.title') })).toBeVisible();
    await shot(page, `${language}-12-security`);
    await nav('nav.audit').click();
    await expect(page.getByRole('heading', { level: 1, name: t('audit.title') })).toBeVisible();
    await expect(page.getByRole('cell', { name: t('audit.actions.account.created') }).first()).toBeVisible();
    await page.getByRole('button', { name: t('audit.verify') }).click();
    await expect(page.getByRole('status').getByText(textPattern(language, 'audit.intact'))).toBeVisible();
    await shot(page, `${language}-13-audit-log`);
    await nav('nav.language').click();
    await expect(page.getByRole('heading', { level: 1, name: t('languagePage.title') })).toBeVisible();
    await shot(page, `${language}-14-language`);

    // Lock (button) → lock screen greets the admin → unlock.
    await header.getByRole('button', { name: t('shell.lock') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('lock.title') })).toBeVisible();
    await expect(page.getByText(t('lock.greeting', { name: admin }))).toBeVisible();
    // Nothing about the facility or its records stays on a locked screen.
    await expect(page.getByText(facility)).toHaveCount(0);
    await shot(page, `${language}-15-lock-screen`);
    await page.getByLabel(t('fields.password'), { exact: true }).fill(ADMIN.password);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('banner').getByText(admin)).toBeVisible();

    // Ctrl+L locks too; unlock again, then sign out.
    await page.keyboard.press('Control+l');
    await expect(page.getByRole('heading', { level: 1, name: t('lock.title') })).toBeVisible();
    await page.getByLabel(t('fields.password'), { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: t('lock.unlock') }).click();

    // The backend locks on its own (idle, suspend): the pushed event brings the lock screen at once.
    await expect(page.getByRole('banner').getByText(admin)).toBeVisible();
    await opened.backend.lock('idle');
    await expect(page.getByRole('heading', { level: 1, name: t('lock.title') })).toBeVisible();
    await expect(page.getByRole('navigation', { name: t('nav.label') })).toHaveCount(0);
    await expect(page.getByText(facility)).toHaveCount(0);
    await page.getByLabel(t('fields.password'), { exact: true }).fill(ADMIN.password);
    await page.keyboard.press('Enter');
    await page.getByRole('banner').getByRole('button', { name: t('shell.signOut') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('signIn.title') })).toBeVisible();
    await page.getByRole('button', { name: t('signIn.forgot') }).click();
    await expect(page.getByText(t('signIn.forgotAdmin'))).toBeVisible();
    await shot(page, `${language}-16-sign-in-forgot`);
    await page.getByRole('button', { name: t('signIn.useRecoveryKey') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('recovery.title') })).toBeVisible();
    await shot(page, `${language}-17-recovery`);
    await page.getByRole('button', { name: t('recovery.back') }).click();

    // The psychologist signs in with the temporary password and must choose their own.
    await page.getByLabel(t('fields.username'), { exact: true }).fill(PSYCHOLOGIST.username);
    await page.getByLabel(t('fields.password'), { exact: true }).fill(PSYCHOLOGIST.temporary);
    await shot(page, `${language}-18-sign-in`);
    await page.getByRole('button', { name: t('signIn.submit') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('changePassword.requiredTitle') })).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await shot(page, `${language}-19-must-change-password`);
    await page.getByLabel(t('fields.currentPassword'), { exact: true }).fill(PSYCHOLOGIST.temporary);
    await page.getByLabel(t('fields.newPassword'), { exact: true }).fill(PSYCHOLOGIST.own);
    await page.getByLabel(t('fields.confirmPassword'), { exact: true }).fill(PSYCHOLOGIST.own);
    await page.getByRole('button', { name: t('changePassword.submit') }).click();

    // A psychologist sees no administrator areas.
    await expect(page.getByRole('heading', { level: 1, name: t('home.title', { name: psychologist }) })).toBeVisible();
    await expect(nav('nav.accounts')).toHaveCount(0);
    await expect(nav('nav.audit')).toHaveCount(0);
    await shot(page, `${language}-20-home-psychologist`);
    await nav('nav.security').click();
    await expect(page.getByText(t('security.idleReadOnly', { minutes: 10 }))).toBeVisible();
    await expect(page.getByRole('spinbutton')).toHaveCount(0);
    await shot(page, `${language}-21-security-psychologist`);
  });
}

test('a wrong password shows a countdown and keeps the button disabled until it passes', async ({ page }) => {
  const t = (key: string, params?: Record<string, string | number>) => text('ru', key, params);
  app = await openApp(page, { dataDir, kdfCost: KDF_COST });
  await setUp(page, 'ru', false);
  await page.getByRole('banner').getByRole('button', { name: t('shell.signOut') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('signIn.title') })).toBeVisible();

  const submit = page.getByRole('button', { name: t('signIn.submit') });
  // Each failure doubles the delay (1 s, 2 s, 4 s): after three the countdown is long enough to see.
  for (let attempt = 1; attempt <= 3; attempt++) {
    await expect(submit).toBeEnabled({ timeout: 10_000 });
    await page.getByLabel(t('fields.username'), { exact: true }).fill(ADMIN.username);
    await page.getByLabel(t('fields.password'), { exact: true }).fill(`wrong-password-${attempt}`);
    await submit.click();
    await expect(page.getByRole('alert').getByText(t('errors.INVALID_CREDENTIALS'))).toBeVisible();
  }
  const countdown = page.getByTestId('retry-countdown');
  await expect(countdown).toHaveText(/\d+/);
  await expect(submit).toBeDisabled();
  await shot(page, 'ru-23-sign-in-wrong-password-countdown');

  // Switching the language on the sign-in screen translates the error and the countdown at once.
  await choose(page, 'radio', 'Қазақша');
  await expect(page.getByRole('alert').getByText(text('kk', 'errors.INVALID_CREDENTIALS'))).toBeVisible();
  await shot(page, 'kk-23-sign-in-wrong-password-countdown');

  await expect(countdown).toBeHidden({ timeout: 15_000 });
  await expect(page.getByRole('button', { name: text('kk', 'signIn.submit') })).toBeEnabled();
  await page.getByLabel(text('kk', 'fields.password'), { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: text('kk', 'signIn.submit') }).click();
  // Signed in, the screens follow the account's own language (Russian, chosen at set-up).
  await expect(page.getByRole('heading', { level: 1, name: t('home.title', { name: PEOPLE.ru.admin }) })).toBeVisible();
});

test('the recovery key restores an administrator and names a mistyped group', async ({ page }) => {
  const t = (key: string, params?: Record<string, string | number>) => text('kk', key, params);
  app = await openApp(page, { dataDir, kdfCost: KDF_COST });
  const groups = await setUp(page, 'kk', false);
  await page.getByRole('banner').getByRole('button', { name: t('shell.signOut') }).click();
  await page.getByRole('button', { name: t('signIn.forgot') }).click();
  await page.getByRole('button', { name: t('signIn.useRecoveryKey') }).click();

  // One wrong character in group 3, typed in small letters with spaces: the backend names the group.
  const typo = [...groups];
  typo[2] = (typo[2]![0] === 'A' ? 'B' : 'A') + typo[2]!.slice(1);
  const newPassword = 'Jana-qupiya-soz-4417';
  await page.getByLabel(t('recovery.key'), { exact: true }).fill(typo.join(' ').toLowerCase());
  await page.getByLabel(t('recovery.adminUsername'), { exact: true }).fill(ADMIN.username);
  await page.getByLabel(t('fields.newPassword'), { exact: true }).fill(newPassword);
  await page.getByLabel(t('fields.confirmPassword'), { exact: true }).fill(newPassword);
  await page.getByRole('button', { name: t('recovery.submit') }).click();
  await expect(page.getByRole('alert').getByText(t('recovery.groupMistyped', { group: 3 }))).toBeVisible();
  await shot(page, 'kk-24-recovery-mistyped-group');

  await page.getByLabel(t('recovery.key'), { exact: true }).fill(groups.join(''));
  await page.getByRole('button', { name: t('recovery.submit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('home.title', { name: PEOPLE.kk.admin }) })).toBeVisible();
});

test('no screen violates the Content-Security-Policy', async ({ page }) => {
  const problems: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    const line = message.text();
    // The harness serves the app from an http origin, where Chromium ignores COOP; Electron's app:// is secure.
    if (/Cross-Origin-Opener-Policy header has been ignored/.test(line)) return;
    if (/Content[- ]Security[- ]Policy|Refused to/i.test(line) || message.type() === 'error') problems.push(`${message.type()}: ${line}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  const t = (key: string, params?: Record<string, string | number>) => text('en', key, params);

  app = await openApp(page, { dataDir, kdfCost: KDF_COST });
  await setUp(page, 'en', false);
  // Open the screens that use overlays and pickers: a dialog, a select popover, date fields.
  const nav = page.getByRole('navigation', { name: t('nav.label') });
  await nav.getByRole('button', { name: t('nav.accounts') }).click();
  await page.getByRole('button', { name: t('accounts.create') }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await nav.getByRole('button', { name: t('nav.audit') }).click();
  await page.getByRole('button', { name: new RegExp(t('audit.allActions')) }).click();
  await expect(page.getByRole('listbox')).toBeVisible();
  await shot(page, 'en-22-audit-action-filter');
  await page.getByRole('option', { name: t('audit.actions.session.signIn') }).click();
  await expect(page.getByRole('cell', { name: t('audit.actions.session.signIn') }).first()).toBeVisible();
  await nav.getByRole('button', { name: t('nav.security') }).click();
  await page.getByRole('banner').getByRole('button', { name: t('shell.lock') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('lock.title') })).toBeVisible();

  expect(problems).toEqual([]);
});
