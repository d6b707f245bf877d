import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Page, expect, test } from '@playwright/test';
import { TRENDS_TEXT, instrumentLabel } from '../../common/trendsText';
import type { Backend } from '../../electron/backend/openBackend';
import { signedPhq9 } from '../integration/fixtures/assessmentSetup';
import { addClient } from '../integration/fixtures/clientSetup';
import { PSYCHOLOGIST_PASSWORD, addAccount } from '../integration/fixtures/drawingSetup';
import { ADMIN as IT_ADMIN, FACILITY, ok } from '../integration/helpers';
import { appPerTest } from './setup';
import { type Language, text } from './steps';

/**
 * Issue 14 §1 and its end-to-end test: a supervisor signs in, opens Trends, changes the period and the
 * breakdown, sees a hidden cell ("<5") and its explanation, and saves the table as CSV, whose content
 * holds "<5" and no name or code. In kk and ru; screenshots of the area go to docs/screenshots/.
 *
 * The data (seeded through the backend as the app would record it): seven clients in one unit and four
 * (k − 1) in another, each with one signed PHQ-9 between January and April 2026.
 */
const DOC_SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const SUPERVISOR = { username: 'bolat', temporary: 'Given-By-The-Admin-Oral-31', own: 'Looks-At-Figures-Only-2026' };
const BIG = 'Отряд 1';
const SMALL = 'Отряд 2';
const app = appPerTest('trends', { failOnConsoleProblems: true });

/** Psychologist records, then the supervisor's account; everyone signed out at the end. Returns the names and codes. */
async function seed(backend: Backend, clock: { t: number }, language: Language): Promise<string[]> {
  ok(await backend.invoke('vault:setup', { language, facilityName: FACILITY, admin: IT_ADMIN }));
  await addAccount(backend, 'nurlan', ['psychologist'], PSYCHOLOGIST_PASSWORD);
  const secrets: string[] = [];
  const plan = [...Array.from({ length: 7 }, () => BIG), ...Array.from({ length: 4 }, () => SMALL)];
  for (const [i, unit] of plan.entries()) {
    clock.t = Date.parse(`2026-0${1 + (i % 4)}-1${i % 9}T09:00:00.000Z`);
    const fullName = `Сынақ Клиент ${i} Қайратұлы`;
    const client = await addClient(backend.invoke, {
      fullName,
      unit,
      sex: i % 2 === 0 ? 'male' : 'female',
      birthDate: `19${70 + i * 2}-06-1${i % 9}`,
    });
    secrets.push(fullName, client.code, client.code.replace('-', ''));
    await signedPhq9(backend.invoke, client.id, PSYCHOLOGIST_PASSWORD);
  }
  clock.t = Date.parse('2026-05-20T07:30:00.000Z');
  ok(await backend.invoke('auth:signOut', {}));
  ok(await backend.invoke('auth:signIn', { username: IT_ADMIN.username, password: IT_ADMIN.password }));
  ok(
    await backend.invoke('accounts:create', {
      fullName: 'Болат Серікұлы',
      username: SUPERVISOR.username,
      roles: ['supervisor'],
      language,
      temporaryPassword: SUPERVISOR.temporary,
    }),
  );
  ok(await backend.invoke('auth:signOut', {}));
  ok(await backend.invoke('auth:signIn', { username: SUPERVISOR.username, password: SUPERVISOR.temporary }));
  ok(await backend.invoke('account:changePassword', { currentPassword: SUPERVISOR.temporary, newPassword: SUPERVISOR.own }));
  ok(await backend.invoke('auth:signOut', {}));
  return secrets;
}

/** Picks an option of one of the area's selects, as a person does: open the list, click the option. */
async function pick(page: Page, label: string, option: string): Promise<void> {
  await page
    .getByRole('button', { name: new RegExp(label) })
    .first()
    .click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function docShot(page: Page, name: string): Promise<void> {
  mkdirSync(DOC_SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(DOC_SHOTS, `${name}.png`), fullPage: true });
}

for (const language of ['kk', 'ru'] as const) {
  test(`a supervisor reads the trends with small counts hidden and explained, and saves the table as CSV (${language})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);
    const words = TRENDS_TEXT[language];
    const clock = { t: Date.parse('2026-05-20T07:30:00.000Z') };
    const saved: { name: string; bytes: Buffer }[] = [];
    const opened = await app.open(page, {
      now: () => clock.t,
      saveFile: async (name, bytes) => {
        saved.push({ name, bytes });
        return { saved: true };
      },
    });
    const secrets = await seed(opened.backend, clock, language);

    // The supervisor signs in on the sign-in screen.
    await page.reload();
    await page.getByLabel(t('fields.username'), { exact: true }).fill(SUPERVISOR.username);
    await page.getByLabel(t('fields.password'), { exact: true }).fill(SUPERVISOR.own);
    await page.getByRole('button', { name: t('signIn.submit') }).click();
    await page
      .getByRole('navigation')
      .getByRole('button', { name: t('trends.nav') })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: t('trends.title') })).toBeVisible();

    // The first view: clients seen by quarter in 2026, with the whole year's row.
    await expect(page.getByRole('heading', { level: 2, name: words.measures.clientsSeen })).toBeVisible();
    const counts = page.getByTestId('trends-counts');
    await expect(counts.getByRole('row', { name: new RegExp(words.yearTotal(2026)) })).toBeVisible();

    // Assessments signed, PHQ-9, by month and by unit: the unit with four clients is hidden everywhere.
    await pick(page, t('trends.measure'), words.measures.assessmentsSigned);
    await pick(page, words.instrument, instrumentLabel(language, 'phq9'));
    await page.getByRole('radio', { name: words.granularities.month }).check({ force: true });
    await pick(page, words.by, words.dimensions.unit);
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(words.measures.assessmentsSigned) })).toBeVisible();
    await expect(counts.getByRole('columnheader', { name: SMALL })).toBeVisible();
    // The columns are the units in the order of the header; the small unit's year total is hidden, never 4.
    const headers = await counts.getByRole('columnheader').allTextContents();
    const small = headers.indexOf(SMALL) - 1;
    const yearRow = counts.getByRole('row', { name: new RegExp(words.yearTotal(2026)) });
    await expect(yearRow.getByRole('cell').nth(small).locator('.trends-hidden')).toHaveText(/<5/);
    await expect(counts).not.toContainText(/(^|\D)4(\D|$)/);

    // The hidden value explains itself to the keyboard: it takes focus, is described by the note, shows its tip.
    const hidden = yearRow.getByRole('cell').nth(small).locator('.trends-hidden');
    await hidden.focus();
    await expect(hidden).toBeFocused();
    await expect(hidden).toHaveAttribute('data-tip', t('trends.hiddenTip', { k: 5 }));
    await expect(page.getByTestId('trends-note')).toContainText(words.suppressed(5));
    await expect(page.getByTestId('trends-counts-chart').locator('canvas')).toBeVisible();
    await docShot(page, `trends-hidden-cell-${language}`);

    // CSV of the same view: "<5" where the screen shows it, no name and no code anywhere.
    await page.getByRole('button', { name: t('trends.exportCsv') }).click();
    await expect(page.getByText(t('trends.exported'))).toBeVisible();
    expect(saved.map((s) => s.name)).toEqual(['trends-assessmentsSigned-phq9-2026-month-by-unit.csv']);
    const csv = saved[0]!.bytes.toString('utf8');
    const csvYear = csv.split('\r\n').find((line) => line.startsWith(`${words.yearTotal(2026)},`))!;
    expect(csvYear.split(',')[1 + small]).toBe('<5');
    expect(csv).toContain(SMALL);
    expect(csv).not.toMatch(/(^|,)4(,|\r)/m);
    for (const secret of secrets) expect(csv).not.toContain(secret);

    // Quarters, by sex: another period and breakdown, still in the same tables and words.
    await page.getByRole('radio', { name: words.granularities.quarter }).check({ force: true });
    await pick(page, words.by, words.dimensions.sex);
    await expect(counts.getByRole('columnheader', { name: words.categories.sex.female })).toBeVisible();
    await expect(counts.getByRole('row', { name: new RegExp(`^${words.quarter(1, 2026)} `) })).toBeVisible();
    await docShot(page, `trends-quarters-by-sex-${language}`);
  });
}
