/**
 * Steps of the group end-to-end tests: a facilitator account signed in through the sign-in
 * screen, clients registered by the administrator (whom the facilitator enrols by code), and
 * screenshots of the Groups area written to docs/screenshots.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Locator, type Page, expect } from '@playwright/test';
import type { Backend } from '../../electron/backend/openBackend';
import { type Language, text } from './steps';

export const FACILITATOR = { username: 'dana.f', temporary: 'Uaqytsha-kilt-4417', own: 'Toptyq-jumys-8820' };
export const FACILITATOR_NAME: Record<Language, string> = { en: 'Dana Omarova', ru: 'Дана Омарова', kk: 'Дана Омарова' };

/** Members as a group would call them: Kazakh names in every UI language (data is not translated). */
export const MEMBERS = ['Ерлан', 'Сәкен', 'Бауыржан'] as const;

/** With the administrator signed in: two clients registered with only a language, as a psychologist would. Returns their codes. */
export async function registerClients(backend: Backend, count: number): Promise<string[]> {
  const codes: string[] = [];
  for (let i = 0; i < count; i++) {
    const created = await backend.invoke('clients:create', {
      fullName: null,
      birthDate: null,
      sex: null,
      language: 'kk',
      unit: null,
      notes: '',
      legalStatus: null,
      consent: null,
    });
    if (!created.ok) throw new Error(`${created.error.code}: ${created.error.message}`);
    codes.push(created.value.code);
  }
  return codes;
}

/** With the administrator signed in: a facilitator account (through the backend), then the facilitator signs in and sets a password. */
export async function signInAsNewFacilitator(page: Page, backend: Backend, language: Language): Promise<void> {
  const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);
  const created = await backend.invoke('accounts:create', {
    fullName: FACILITATOR_NAME[language],
    username: FACILITATOR.username,
    roles: ['facilitator'],
    language,
    temporaryPassword: FACILITATOR.temporary,
  });
  if (!created.ok) throw new Error(created.error.message);
  await page.getByRole('banner').getByRole('button', { name: t('shell.signOut') }).click();
  await page.getByLabel(t('fields.username'), { exact: true }).fill(FACILITATOR.username);
  await page.getByLabel(t('fields.password'), { exact: true }).fill(FACILITATOR.temporary);
  await page.getByRole('button', { name: t('signIn.submit') }).click();
  await page.getByLabel(t('fields.currentPassword'), { exact: true }).fill(FACILITATOR.temporary);
  await page.getByLabel(t('fields.newPassword'), { exact: true }).fill(FACILITATOR.own);
  await page.getByLabel(t('fields.confirmPassword'), { exact: true }).fill(FACILITATOR.own);
  await page.getByRole('button', { name: t('changePassword.submit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('home.title', { name: FACILITATOR_NAME[language] }) })).toBeVisible();
}

const DOCS_SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

/** A full-page screenshot for the README: docs/screenshots/groups-<name>-<language>.png. */
export async function docShot(page: Page, name: string, language: Language): Promise<void> {
  mkdirSync(DOCS_SHOTS, { recursive: true });
  // Charts draw on the next frame after layout; wait for two frames so none is caught blank.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.screenshot({ path: join(DOCS_SHOTS, `groups-${name}-${language}.png`), fullPage: true });
}

/** react-aria hides the real radio input; checking it is what clicking its label does. */
export async function pick(scope: Locator, name: string): Promise<void> {
  await scope.getByRole('radio', { name, exact: true }).check({ force: true });
}

/** The grid row of one member. */
export const gridRow = (page: Page, alias: string): Locator => page.locator(`tr[data-member="${alias}"]`);
