/**
 * Steps of the group end-to-end tests: a facilitator account signed in through the sign-in
 * screen, clients registered by the administrator (whom the facilitator enrols by code), and
 * screenshots of the Groups area written to test-results/screenshots.
 */
import { type Locator, type Page, expect } from '@playwright/test';
import type { Backend } from '../../electron/backend/openBackend';
import { docShot as harnessShot } from './harness';
import { type Language, signInAsNewAccount, text } from './steps';

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
      consent: { givenOn: '2026-11-01', scope: ['group-therapy'], note: '' },
    });
    if (!created.ok) throw new Error(`${created.error.code}: ${created.error.message}`);
    codes.push(created.value.code);
  }
  return codes;
}

/** With the administrator signed in: a facilitator account (through the backend), then the facilitator signs in and sets a password. */
export async function signInAsNewFacilitator(page: Page, backend: Backend, language: Language): Promise<void> {
  await signInAsNewAccount(page, backend, language, {
    fullName: FACILITATOR_NAME[language],
    roles: ['facilitator'],
    ...FACILITATOR,
  });
}

/**
 * A screenshot of the Groups area: test-results/screenshots/groups-<name>-<language>.png. Full
 * page, except with a dialog open: its overlay covers only the viewport, so a full page would show
 * half the page dimmed.
 */
export async function docShot(page: Page, name: string, language: Language, options: { fullPage?: boolean } = {}): Promise<void> {
  // Charts draw on the next frame after layout; wait for two frames so none is caught blank.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await harnessShot(page, `groups-${name}-${language}`, options);
}

/** react-aria hides the real radio input; checking it is what clicking its label does. */
export async function pick(scope: Locator, name: string): Promise<void> {
  await scope.getByRole('radio', { name, exact: true }).check({ force: true });
}

/** The grid row of one member. */
export const gridRow = (page: Page, alias: string): Locator => page.locator(`tr[data-member="${alias}"]`);

/** Changes a member's alias from the members panel; an emptied alias is pointed out, not sent. */
export async function renameMember(page: Page, ui: Language, from: string, to: string): Promise<void> {
  const t = (key: string, params?: Record<string, string | number>) => text(ui, key, params);
  await page
    .getByRole('button', { name: t('groups.members.actionFor', { action: t('groups.members.edit'), name: from }) })
    .click();
  const dialog = page.getByRole('dialog', { name: t('groups.editMember.title', { alias: from }) });
  const alias = dialog.getByLabel(t('groups.members.alias'), { exact: true });
  await alias.fill('');
  await dialog.getByRole('button', { name: t('common.save'), exact: true }).click();
  await expect(dialog.getByText(t('validation.required'))).toBeVisible();
  await alias.fill(to);
  await dialog.getByRole('button', { name: t('common.save'), exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('rowheader', { name: to, exact: true })).toBeVisible();
}
