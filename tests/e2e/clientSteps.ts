/**
 * Steps of the Clients area, shared by the clients spec and the specs built on it (assessments):
 * open the area, register a client through the new-client page, open a client by its code.
 */
import { type Locator, type Page, expect } from '@playwright/test';
import type { LegalStatus } from '../../electron/contract/legalStatuses';
import { docShot } from './harness';
import { type Language, choose, text } from './steps';

export type CalendarDate = { day: number; month: number; year: number };
export type NewClient = {
  fullName?: string;
  birthDate?: CalendarDate;
  unit?: string;
  notes?: string;
  legalStatus?: { status: LegalStatus; start: CalendarDate };
  /** Given today unless `givenOn` says otherwise. */
  consent?: {
    scopes: ('assessment' | 'group-therapy' | 'data-storage' | 'report-sharing')[];
    note?: string;
    givenOn?: CalendarDate;
  };
};

/** Types a date into a react-aria date field segment by segment, whatever order the locale puts them in. */
export async function fillDate(field: Locator, date: CalendarDate): Promise<void> {
  for (const [type, value] of [
    ['day', date.day],
    ['month', date.month],
    ['year', date.year],
  ] as const) {
    const segment = field.locator(`[data-type="${type}"]`);
    await segment.click();
    await segment.pressSequentially(String(value).padStart(type === 'year' ? 4 : 2, '0'));
  }
}

/** The date field labelled `label` (its segments sit in a group named by the label). */
export const dateField = (scope: Page | Locator, label: string): Locator =>
  scope.getByRole('group', { name: label, exact: true });

/** Opens the Clients area from the navigation and waits for the list. */
export async function openClients(page: Page, ui: Language): Promise<void> {
  await page
    .getByRole('navigation', { name: text(ui, 'nav.label') })
    .getByRole('button', { name: text(ui, 'clients.nav') })
    .click();
  // The area comes back where the person left it (a client's page, say); go back to the list from there.
  const list = page.getByRole('heading', { level: 1, name: text(ui, 'clients.title') });
  const back = page.getByRole('button', { name: text(ui, 'clients.backToList') });
  await expect(list.or(back).first()).toBeVisible();
  if (await back.isVisible()) await back.click();
  await expect(list).toBeVisible();
}

/**
 * Registers a client on the new-client page (opening the Clients area first) and returns the code
 * the app gave, read from the client page it lands on.
 */
export async function registerClient(
  page: Page,
  ui: Language,
  client: NewClient,
  options: { screenshot?: string } = {},
): Promise<string> {
  const t = (key: string) => text(ui, key);
  await openClients(page, ui);
  await page.getByRole('button', { name: t('clients.new.button') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('clients.new.title') })).toBeVisible();
  if (client.fullName !== undefined) await page.getByLabel(t('clients.fields.fullName')).fill(client.fullName);
  if (client.birthDate) await fillDate(dateField(page, t('clients.fields.birthDate')), client.birthDate);
  if (client.unit !== undefined) await page.getByLabel(t('clients.fields.unit')).fill(client.unit);
  if (client.notes !== undefined) await page.getByLabel(t('clients.fields.notes')).fill(client.notes);
  if (client.legalStatus) {
    await page.getByRole('button', { name: new RegExp(`${t('clients.legal.status')}`) }).click();
    await page.getByRole('option', { name: t(`clients.legalStatuses.${client.legalStatus.status}`) }).click();
    await fillDate(dateField(page, t('clients.legal.startDate')), client.legalStatus.start);
  }
  if (client.consent) {
    await choose(page, 'checkbox', t('clients.new.consentGiven'));
    if (client.consent.givenOn) await fillDate(dateField(page, t('clients.consent.givenOn')), client.consent.givenOn);
    for (const scope of client.consent.scopes) await choose(page, 'checkbox', t(`clients.scopes.${scope}`));
    if (client.consent.note !== undefined)
      await page.getByLabel(t('clients.consent.note'), { exact: true }).fill(client.consent.note);
  }
  if (options.screenshot) await docShot(page, options.screenshot);
  await page.getByRole('button', { name: t('clients.new.submit') }).click();
  const code = page.locator('.client-code');
  await expect(code).toHaveText(/^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
  return (await code.textContent()) ?? '';
}

/** Opens a client with the list's quick-open field, typing the code as given (any case, dash or not). */
export async function openClientByCode(
  page: Page,
  ui: Language,
  typed: string,
  expectedCode = typed.toUpperCase(),
): Promise<void> {
  await openClients(page, ui);
  const field = page.getByLabel(text(ui, 'clients.quickOpen.label'));
  await field.fill(typed);
  await field.press('Enter');
  await expect(page.locator('.client-code')).toHaveText(expectedCode);
}
