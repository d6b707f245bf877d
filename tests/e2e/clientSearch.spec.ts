import { expect, test } from '@playwright/test';
import { openClients } from './clientSteps';
import { docShot } from './harness';
import { appPerTest } from './setup';
import { text } from './steps';

/**
 * Issue 12, item 5: the five searches that found nobody in the trial, typed as people type them —
 * in Latin letters, without Kazakh letters, without ё, in another word order, with an initial.
 */

const apps = appPerTest('client-search');

const PEOPLE = ['Омаров Ержан Бекболатұлы', 'Ким Алёна Сергеевна', 'Ахметов Ержан Маратович', 'Ахметов Болат Серікұлы'];

/** What was typed, and the one person it must find. */
const SEARCHES: readonly (readonly [string, string])[] = [
  ['Omarov', 'Омаров Ержан Бекболатұлы'],
  ['Бекболатулы', 'Омаров Ержан Бекболатұлы'],
  ['Алена', 'Ким Алёна Сергеевна'],
  ['Ержан Омаров', 'Омаров Ержан Бекболатұлы'],
  ['Ахметов Е.', 'Ахметов Ержан Маратович'],
];

for (const ui of ['kk', 'ru'] as const) {
  test(`names are found as they are written, in ${ui}`, async ({ page }) => {
    const t = (key: string) => text(ui, key);
    const app = await apps.openAsPsychologist(page, ui);
    for (const fullName of PEOPLE) {
      const result = await app.backend.invoke('clients:create', {
        fullName,
        birthDate: null,
        sex: null,
        language: 'kk',
        unit: null,
        notes: '',
        legalStatus: null,
        consent: null,
      });
      if (!result.ok) throw new Error(result.error.message);
    }
    await openClients(page, ui);
    const rows = page.getByRole('table', { name: t('clients.list.caption') }).getByRole('row');
    const search = page.getByRole('searchbox', { name: t('clients.list.search') });
    await expect(rows).toHaveCount(PEOPLE.length + 1);
    for (const [typed, found] of SEARCHES) {
      await search.fill(typed);
      await expect(rows).toHaveCount(2);
      await expect(rows.nth(1)).toContainText(found);
    }
    await search.fill('Ахметов Е.');
    await expect(rows.nth(1)).toContainText('Ахметов Ержан Маратович');
    await expect(rows).toHaveCount(2);
    await docShot(page, `clients-search-initials-${ui}`);
    await search.fill('Omarov');
    await expect(rows.nth(1)).toContainText('Омаров Ержан Бекболатұлы');
    await expect(rows).toHaveCount(2);
    await docShot(page, `clients-search-latin-${ui}`);
  });
}
