/**
 * Steps shared by the end-to-end specs: UI texts by i18n key, choosing a radio or checkbox as a
 * person does, the set-up wizard, and signing in as a new psychologist.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Locator, type Page, expect } from '@playwright/test';
import type { Backend } from '../../electron/backend/openBackend';
import type { Role } from '../../electron/contract/roles';
import { shot } from './harness';

export type Language = 'kk' | 'ru' | 'en';
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
export function text(language: Language, key: string, params: Record<string, string | number> = {}): string {
  const value = lookup(dictionaries[language], key.split('.'));
  if (value === undefined) throw new Error(`no ${language} text for ${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? `{{${name}}}`));
}

export const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The UI text for a key with every placeholder matching anything, for counts we do not know. */
export function textPattern(language: Language, key: string): RegExp {
  return new RegExp(escapeRegExp(text(language, key)).replace(/\\\{\\\{\w+\\\}\\\}/g, '.+?'));
}

export const startsWith = (value: string): RegExp => new RegExp(`^${escapeRegExp(value)}`);

// Cheap scrypt for tests: the production cost (N=2^17) is exercised by the integration tests.
export const KDF_COST = { N: 2 ** 14, r: 8, p: 1 };
export const ADMIN = { username: 'aigerim', password: 'Tundik-kuz-jaryq-7' };
export const PSYCHOLOGIST = { username: 'nurlan.a', temporary: 'Bastapqy-kilt-2931', own: 'Ozimnin-qupiyam-5512' };
/** Names as they are written in each language: Kazakh letters must render in data as well as in the UI. */
export const PEOPLE: Record<Language, { facility: string; admin: string; psychologist: string }> = {
  en: { facility: 'Correctional colony No. 12', admin: 'Aigerim Seitkali', psychologist: 'Nurlan Abenov' },
  ru: { facility: 'Исправительная колония № 12', admin: 'Айгерим Сейткали', psychologist: 'Нурлан Абенов' },
  kk: { facility: '№ 12 түзеу колониясы', admin: 'Әйгерім Сейітқали', psychologist: 'Нұрлан Әбенов' },
};

/** react-aria hides the real input of a radio or checkbox; a person clicks the visible option (the label) around it. */
export async function clickOption(input: Locator): Promise<void> {
  await input.locator('xpath=ancestor::label[1]').click();
  await expect(input).toBeChecked();
}

/** react-aria hides the real input of a radio or checkbox visually; clicking its label is what a person does. */
export async function choose(page: Page, role: 'radio' | 'checkbox', name: string | RegExp): Promise<void> {
  await page.getByRole(role, { name, exact: true }).check({ force: true });
}

/** Runs the set-up wizard in `language`; returns the recovery key's groups once the app shell shows. */
export async function setUp(page: Page, language: Language, screenshots: boolean): Promise<string[]> {
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
  const groups = await page
    .getByRole('list', { name: t('setup.key.groupsLabel') })
    .first()
    .locator('.key-groups__value')
    .allTextContents();
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

/** An account the administrator creates with a temporary password, and the password its owner then chooses. */
export type NewAccount = { fullName: string; username: string; roles: Role[]; temporary: string; own: string };

/**
 * With the administrator signed in: the account is created through the backend (the accounts
 * screen has its own test in foundation.spec.ts), then its owner signs in on the sign-in screen
 * with the temporary password and chooses their own; waits for their home page.
 */
export async function signInAsNewAccount(page: Page, backend: Backend, language: Language, account: NewAccount): Promise<void> {
  const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);
  const created = await backend.invoke('accounts:create', {
    fullName: account.fullName,
    username: account.username,
    roles: account.roles,
    language,
    temporaryPassword: account.temporary,
  });
  if (!created.ok) throw new Error(created.error.message);
  await page
    .getByRole('banner')
    .getByRole('button', { name: t('shell.signOut') })
    .click();
  await page.getByLabel(t('fields.username'), { exact: true }).fill(account.username);
  await page.getByLabel(t('fields.password'), { exact: true }).fill(account.temporary);
  await page.getByRole('button', { name: t('signIn.submit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('changePassword.requiredTitle') })).toBeVisible();
  await page.getByLabel(t('fields.currentPassword'), { exact: true }).fill(account.temporary);
  await page.getByLabel(t('fields.newPassword'), { exact: true }).fill(account.own);
  await page.getByLabel(t('fields.confirmPassword'), { exact: true }).fill(account.own);
  await page.getByRole('button', { name: t('changePassword.submit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('home.title', { name: account.fullName }) })).toBeVisible();
}

/** With the administrator signed in after set-up: the psychologist (PSYCHOLOGIST, named in `language`) signs in for the first time. */
export async function signInAsNewPsychologist(page: Page, backend: Backend, language: Language): Promise<void> {
  await signInAsNewAccount(page, backend, language, {
    fullName: PEOPLE[language].psychologist,
    roles: ['psychologist'],
    ...PSYCHOLOGIST,
  });
}
