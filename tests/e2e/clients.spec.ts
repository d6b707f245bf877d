import { expect, test } from '@playwright/test';
import type { Backend } from '../../electron/backend/openBackend';
import { dateField, fillDate, openClientByCode, openClients, registerClient } from './clientSteps';
import { docShot } from './harness';
import { appPerTest } from './setup';
import { type Language, choose, text } from './steps';

/**
 * Issue 5, item 1: the client register as a psychologist uses it. Register a client, find them
 * by name and by code, open them by a code typed carelessly, record and withdraw consent, add a
 * legal status period, edit the profile. Screenshots for the documentation in kk, ru and en go to
 * test-results/screenshots/clients-*.png.
 */

const apps = appPerTest('clients');

/** A few clients registered through the backend (as the signed-in psychologist), so the list has something to show. */
async function seedClients(backend: Backend, language: Language): Promise<void> {
  const people: Record<Language, string[]> = {
    kk: ['Ержан Бекболатұлы Омаров', 'Гүлнар Серікқызы Әлиева', 'Дәурен Асқарұлы Жүсіпов'],
    ru: ['Ержан Бекболатович Омаров', 'Гульнар Сериковна Алиева', 'Даурен Аскарович Жусупов'],
    en: ['Yerzhan Omarov', 'Gulnar Aliyeva', 'Dauren Zhusupov'],
  };
  const units = ['Отряд 1', 'Отряд 4', null];
  for (const [i, fullName] of people[language].entries()) {
    const result = await backend.invoke('clients:create', {
      fullName,
      birthDate: `19${80 + i * 4}-0${i + 3}-1${i}`,
      sex: i === 1 ? 'female' : 'male',
      language,
      unit: units[i] ?? null,
      notes: '',
      legalStatus:
        i === 2
          ? null
          : { status: i === 0 ? 'pre-trial-detention' : 'probation-sentence', startDate: '2024-09-01', endDate: null },
      consent: i === 0 ? { givenOn: '2025-10-01', scope: ['assessment'], note: '' } : null,
    });
    if (!result.ok) throw new Error(result.error.message);
  }
  // A client whose name the facility keeps on paper only.
  const coded = await backend.invoke('clients:create', {
    fullName: null,
    birthDate: null,
    sex: null,
    language: null,
    unit: 'Отряд 4',
    notes: '',
    legalStatus: null,
    consent: null,
  });
  if (!coded.ok) throw new Error(coded.error.message);
}

test('a psychologist registers a client, finds them by name and code, records consent and legal status', async ({ page }) => {
  const ui: Language = 'ru';
  const t = (key: string, params?: Record<string, string | number>) => text(ui, key, params);
  const app = await apps.openAsPsychologist(page, ui);

  await openClients(page, ui);
  await expect(page.getByText(t('clients.list.empty'))).toBeVisible();

  // Only the code is required: an empty form registers a client.
  const bareCode = await registerClient(page, ui, {});
  await expect(page.getByText(t('clients.nameNotRecorded'))).toBeVisible();

  const code = await registerClient(
    page,
    ui,
    {
      fullName: 'Әлия Қуанышбекқызы Серікова',
      birthDate: { day: 17, month: 4, year: 1989 },
      unit: 'Отряд 2',
      legalStatus: { status: 'pre-trial-detention', start: { day: 1, month: 2, year: 2025 } },
      consent: { scopes: ['assessment', 'data-storage'], note: 'Подписала бланк', givenOn: { day: 1, month: 10, year: 2025 } },
    },
    { screenshot: 'clients-new-ru' },
  );
  expect(code).not.toBe(bareCode);
  const header = page.locator('.client-header');
  await expect(header.getByText('Әлия Қуанышбекқызы Серікова')).toBeVisible();
  await expect(header.getByText(t('clients.legalStatuses.pre-trial-detention'))).toBeVisible();
  await expect(header.getByText(t('clients.consent.inForce'))).toBeVisible();
  await expect(page.getByText('17.04.1989')).toBeVisible();

  // Moved to probation: the custody period ends on the day probation starts.
  await page.getByRole('button', { name: t('clients.legal.add') }).click();
  const addDialog = page.getByRole('dialog', { name: t('clients.legal.addTitle') });
  await addDialog.getByRole('button', { name: new RegExp(t('clients.legal.status')) }).click();
  await page.getByRole('option', { name: t('clients.legalStatuses.probation-sentence') }).click();
  await fillDate(dateField(addDialog, t('clients.legal.startDate')), { day: 15, month: 1, year: 2026 });
  await addDialog.getByRole('button', { name: t('clients.legal.addSubmit') }).click();
  await expect(addDialog).toHaveCount(0);
  const periods = page.getByRole('table', { name: t('clients.legal.title') });
  await expect(periods.getByRole('row')).toHaveCount(3);
  await expect(periods.getByRole('row').nth(1)).toContainText(
    `${t('clients.legalStatuses.probation-sentence')}15.01.2026${t('clients.legal.ongoing')}`,
  );
  await expect(periods.getByRole('row').nth(2)).toContainText(
    `${t('clients.legalStatuses.pre-trial-detention')}01.02.202515.01.2026`,
  );

  // The client withdraws the consent; it stays listed as withdrawn. A date before it was given is refused.
  await page.getByRole('button', { name: t('clients.consent.withdraw') }).click();
  const withdrawDialog = page.getByRole('dialog', { name: t('clients.consent.withdrawTitle') });
  await fillDate(dateField(withdrawDialog, t('clients.consent.withdrawnOn')), { day: 1, month: 1, year: 2020 });
  await withdrawDialog.getByRole('button', { name: t('clients.consent.withdrawSubmit') }).click();
  await expect(withdrawDialog.getByText(t('clients.consent.beforeGiven'))).toBeVisible();
  await fillDate(dateField(withdrawDialog, t('clients.consent.withdrawnOn')), { day: 2, month: 3, year: 2026 });
  await withdrawDialog.getByLabel(t('clients.consent.withdrawalNote')).fill('Сообщила лично');
  await withdrawDialog.getByRole('button', { name: t('clients.consent.withdrawSubmit') }).click();
  await expect(withdrawDialog).toHaveCount(0);
  await expect(page.getByText(`${t('clients.consent.withdrawnOnDate', { date: '02.03.2026' })} — Сообщила лично`)).toBeVisible();
  await expect(header.getByText(t('clients.consent.noneInForce'))).toBeVisible();

  // A new consent, for assessment only, with the keyboard.
  await page.getByRole('button', { name: t('clients.consent.record') }).click();
  const consentDialog = page.getByRole('dialog', { name: t('clients.consent.recordTitle') });
  await consentDialog.getByRole('button', { name: t('clients.consent.recordSubmit') }).click();
  await expect(consentDialog.getByText(text(ui, 'validation.chooseOne'))).toBeVisible();
  await choose(page, 'checkbox', t('clients.scopes.assessment'));
  await consentDialog.getByRole('button', { name: t('clients.consent.recordSubmit') }).click();
  await expect(consentDialog).toHaveCount(0);
  await expect(header.getByText(t('clients.consent.inForce'))).toBeVisible();
  await expect(page.locator('.consent')).toHaveCount(2);

  // Profile: notes added.
  await page.getByRole('button', { name: t('clients.profile.edit') }).click();
  const editDialog = page.getByRole('dialog', { name: t('clients.profile.editTitle', { code }) });
  await editDialog.getByLabel(t('clients.fields.notes')).fill('Предпочитает утренние встречи');
  await editDialog.getByRole('button', { name: t('common.save') }).click();
  await expect(editDialog).toHaveCount(0);
  await expect(page.getByText('Предпочитает утренние встречи')).toBeVisible();
  await docShot(page, 'clients-client-ru');

  // The list: the most recently changed first; search by any part of the name or the code.
  await seedClients(app.backend, ui);
  await openClients(page, ui);
  const rows = page.getByRole('table', { name: t('clients.list.caption') }).getByRole('row');
  await expect(rows).toHaveCount(7);
  await expect(page.getByRole('status')).toHaveText(t('clients.list.range', { first: 1, last: 6, total: 6 }));
  // Changed last, so first.
  await expect(rows.nth(1)).toContainText('Отряд 4');
  await docShot(page, 'clients-list-ru');
  const search = page.getByRole('searchbox', { name: t('clients.list.search') });
  await search.fill('ҚУАНЫШ');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(code);
  await search.fill(code.slice(3, 7).toLowerCase());
  await expect(rows.nth(1)).toContainText(code);
  await search.fill('');
  await expect(rows).toHaveCount(7);

  // Filters: probation, then "no legal status" (the bare client and the two seeded without).
  await page.getByRole('button', { name: new RegExp(`${t('clients.legal.status')}$`) }).click();
  await page.getByRole('option', { name: t('clients.legalStatuses.probation-sentence') }).click();
  await expect(rows).toHaveCount(3);
  await page.getByRole('button', { name: new RegExp(`${t('clients.legal.status')}$`) }).click();
  await page.getByRole('option', { name: t('clients.notRecorded') }).click();
  await expect(rows).toHaveCount(4);
  await expect(page.getByRole('table', { name: t('clients.list.caption') })).toContainText(bareCode);
  await page.getByRole('button', { name: t('clients.list.clearFilters') }).click();
  await expect(rows).toHaveCount(7);

  // With the keyboard: a code in the list is a button; Enter opens the client.
  await page.getByRole('button', { name: code, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.client-code')).toHaveText(code);
  await page.getByRole('button', { name: t('clients.backToList') }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: t('clients.title') })).toBeVisible();

  // Quick open: lower case, no dash; an unknown code and a malformed one say so.
  const quick = page.getByLabel(t('clients.quickOpen.label'));
  const unknown = code.startsWith('2222') ? '3333-3333' : '2222-2222';
  await quick.fill(unknown.toLowerCase());
  await quick.press('Enter');
  await expect(page.getByText(t('clients.quickOpen.notFound', { code: unknown.toLowerCase() }))).toBeVisible();
  await quick.fill('O0O0');
  await quick.press('Enter');
  await expect(page.getByText(t('clients.quickOpen.format'))).toBeVisible();
  await openClientByCode(page, ui, code.replace('-', '').toLowerCase(), code);
  await expect(page.locator('.client-header').getByText('Әлия Қуанышбекқызы Серікова')).toBeVisible();

  // Every view and search went to the audit log, without the name or the code.
  await app.backend.invoke('auth:signOut', {});
  const signIn = await app.backend.invoke('auth:signIn', { username: 'aigerim', password: 'Tundik-kuz-jaryq-7' });
  expect(signIn.ok).toBe(true);
  const audit = await app.backend.invoke('audit:list', { limit: 500, offset: 0 });
  if (!audit.ok) throw new Error(audit.error.message);
  const clientRows = audit.value.entries.filter((e) => e.action.startsWith('client.'));
  expect(clientRows.filter((e) => e.action === 'client.viewed').length).toBeGreaterThanOrEqual(3);
  expect(JSON.stringify(clientRows)).not.toContain(code);
  expect(JSON.stringify(clientRows)).not.toContain('Қуаныш');
});

for (const ui of ['kk', 'en'] as const) {
  test(`the client register in ${ui}: list, new client and client page`, async ({ page }) => {
    const t = (key: string) => text(ui, key);
    const app = await apps.openAsPsychologist(page, ui);
    await seedClients(app.backend, ui);
    const name = ui === 'kk' ? 'Әлия Қуанышбекқызы Серікова' : 'Aliya Serikova';
    const code = await registerClient(
      page,
      ui,
      {
        fullName: name,
        birthDate: { day: 17, month: 4, year: 1989 },
        unit: 'Отряд 2',
        legalStatus: { status: 'probation-sentence', start: { day: 1, month: 2, year: 2025 } },
        consent: { scopes: ['assessment', 'group-therapy'] },
      },
      { screenshot: `clients-new-${ui}` },
    );
    await expect(page.locator('.client-header').getByText(name)).toBeVisible();
    await expect(page.locator('.client-header').getByText(t('clients.legalStatuses.probation-sentence'))).toBeVisible();
    await docShot(page, `clients-client-${ui}`);
    await openClients(page, ui);
    await expect(page.getByRole('table', { name: t('clients.list.caption') }).getByRole('row')).toHaveCount(6);
    await docShot(page, `clients-list-${ui}`);
    await openClientByCode(page, ui, code.toLowerCase(), code);
  });
}
