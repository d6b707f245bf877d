import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Page, expect, test } from '@playwright/test';
import { formatNumber } from '../../common/format';
import { ORGANISATION_KIND_TEXT } from '../../common/organisationKindText';
import type { Backend } from '../../electron/backend/openBackend';
import { PSYCHOLOGIST_PASSWORD } from '../integration/fixtures/drawingSetup';
import { BAD_LINES, HEADER_LINES, employerLine } from '../integration/fixtures/directoryCsv';
import { ADMIN as IT_ADMIN, FACILITY, ok } from '../integration/helpers';
import { appPerTest } from './setup';
import { type Language, text } from './steps';

/**
 * Issue 17 §1 end to end, in kk and ru: a psychologist adds an employer through the form, imports the labour
 * mobility centre's list (bad lines reported by number, the employer already in the directory offered to
 * merge), finds employers by city, language and a Latin spelling, and saves the list as CSV; a facilitator
 * then reads the directory without any way to change it. Screenshots of each screen go to docs/screenshots/.
 */
const DOC_SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const FACILITATOR_PASSWORD = 'Reads-The-Directory-2026';
const app = appPerTest('directory', { failOnConsoleProblems: true });

async function docShot(page: Page, name: string): Promise<void> {
  mkdirSync(DOC_SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(DOC_SHOTS, `${name}.png`), fullPage: true });
}

/** Picks an option of a select, as a person does: open the list, click the option. */
async function pick(page: Page, label: string, option: string): Promise<void> {
  await page
    .getByRole('button', { name: new RegExp(label) })
    .first()
    .click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function signIn(page: Page, language: Language, username: string, password: string): Promise<void> {
  const t = (key: string) => text(language, key);
  await page.getByLabel(t('fields.username'), { exact: true }).fill(username);
  await page.getByLabel(t('fields.password'), { exact: true }).fill(password);
  await page.getByRole('button', { name: t('signIn.submit') }).click();
}

/** An account in `language` made by the admin, its own password set by its owner; everyone signed out after. */
async function addAccountIn(
  backend: Backend,
  language: Language,
  username: string,
  role: 'psychologist' | 'facilitator',
  own: string,
) {
  const temporaryPassword = 'Given-By-The-Admin-Taraz-19';
  ok(await backend.invoke('auth:signIn', { username: IT_ADMIN.username, password: IT_ADMIN.password }));
  ok(
    await backend.invoke('accounts:create', {
      fullName: `${username} Test`,
      username,
      roles: [role],
      language,
      temporaryPassword,
    }),
  );
  ok(await backend.invoke('auth:signOut', {}));
  ok(await backend.invoke('auth:signIn', { username, password: temporaryPassword }));
  ok(await backend.invoke('account:changePassword', { currentPassword: temporaryPassword, newPassword: own }));
  ok(await backend.invoke('auth:signOut', {}));
}

async function seed(backend: Backend, language: Language): Promise<void> {
  ok(await backend.invoke('vault:setup', { language, facilityName: FACILITY, admin: IT_ADMIN }));
  ok(await backend.invoke('auth:signOut', {}));
  await addAccountIn(backend, language, 'nurlan', 'psychologist', PSYCHOLOGIST_PASSWORD);
  await addAccountIn(backend, language, 'dana', 'facilitator', FACILITATOR_PASSWORD);
}

for (const language of ['kk', 'ru'] as const) {
  test(`a psychologist fills the directory from a CSV list and finds employers; a facilitator reads it (${language})`, async ({
    page,
  }) => {
    test.setTimeout(150_000);
    const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);
    const kinds = ORGANISATION_KIND_TEXT[language];
    const plural = (key: string, count: number) => `${key}_${new Intl.PluralRules(language).select(count)}`;
    const files = mkdtempSync(join(tmpdir(), 'kenes-e2e-csv-'));
    const csv = join(files, 'employers.csv');
    // The centre's list: 24 employers, two bad lines (lines 5 and 12), and «Нұр-1» which the psychologist typed in first.
    const lines = Array.from({ length: 24 }, (_, i) => employerLine(i));
    lines[3] = BAD_LINES[3]!.cells(3);
    lines[10] = BAD_LINES[1]!.cells(10);
    writeFileSync(csv, `${HEADER_LINES[language]}\r\n${lines.join('\r\n')}\r\n`);
    const saved: { name: string; bytes: Buffer }[] = [];
    try {
      const opened = await app.open(page, {
        now: () => Date.parse('2026-12-04T07:30:00.000Z'),
        pickFiles: async () => [csv],
        saveFile: async (name, bytes) => {
          saved.push({ name, bytes });
          return { saved: true };
        },
      });
      await seed(opened.backend, language);
      await page.reload();
      await signIn(page, language, 'nurlan', PSYCHOLOGIST_PASSWORD);
      await page
        .getByRole('navigation')
        .getByRole('button', { name: t('directory.nav') })
        .click();
      await expect(page.getByRole('heading', { level: 1, name: t('directory.title') })).toBeVisible();
      await expect(page.getByText(t('directory.list.empty'))).toBeVisible();

      // An employer typed in by hand, with the employer's own fields.
      await page.getByRole('button', { name: t('directory.new.button') }).click();
      await page.getByLabel(t('directory.fields.name')).fill('ТОО «Нұр-1»');
      await page.getByLabel(t('directory.fields.city'), { exact: true }).fill('Алматы');
      await page.getByLabel(t('directory.fields.phone')).fill('+7 727 300 00 00');
      await page.getByRole('checkbox', { name: t('directory.languages.kk') }).check({ force: true });
      await page.getByLabel(t('directory.fields.sector')).fill('Құрылыс');
      await page.getByRole('textbox', { name: t('directory.fields.quotaPlaces') }).fill('4');
      await page.getByRole('textbox', { name: t('directory.fields.wageMin') }).fill('150000');
      await page.getByRole('textbox', { name: t('directory.fields.wageMax') }).fill('120000');
      await page.getByRole('radio', { name: t('directory.yes') }).check({ force: true });
      await page.getByRole('button', { name: t('common.save') }).click();
      // The wage range upside down is caught in the form.
      await expect(page.getByText(t('directory.form.wageRange'))).toBeVisible();
      // Thousands grouped as the app writes them everywhere, Kazakh included ("150 000", not "150,000").
      await expect(page.getByRole('textbox', { name: t('directory.fields.wageMin') })).toHaveValue(
        formatNumber(language, 150000),
      );
      await docShot(page, `directory-form-${language}`);
      // Corrected and saved at once: the number commits on blur, between the button's mousedown and
      // mouseup, and the error's line stays reserved so Save does not move out from under the click.
      await page.getByRole('textbox', { name: t('directory.fields.wageMax') }).fill('220000');
      await page.getByRole('button', { name: t('common.save') }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'ТОО «Нұр-1»' })).toBeVisible();
      await expect(page.getByText(kinds.employer)).toBeVisible();
      await docShot(page, `directory-organisation-${language}`);
      await page.getByRole('button', { name: t('directory.backToList') }).click();

      // The centre's list: the preview reports the two bad lines by number and offers to merge «Нұр-1».
      await page.getByRole('button', { name: t('directory.import.button') }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: t('directory.import.choose') }).click();
      const errors = dialog.getByRole('table');
      await expect(errors.getByRole('row')).toHaveCount(3);
      await expect(errors.getByRole('row').nth(1)).toContainText(t('directory.import.reasons.notANumber'));
      await expect(errors.getByRole('rowheader').nth(0)).toHaveText('5');
      await expect(errors.getByRole('rowheader').nth(1)).toHaveText('12');
      await expect(errors.getByRole('row').nth(2)).toContainText(t('directory.import.reasons.unknownKind'));
      await expect(
        dialog.getByText(
          t('directory.import.duplicateLine', { line: 2, name: 'ТОО «Нұр-1»', kind: kinds.employer, city: 'Алматы' }),
        ),
      ).toBeVisible();
      await expect(dialog.getByRole('radio', { name: t('directory.import.merge') })).toBeChecked();
      await docShot(page, `directory-import-preview-${language}`);
      await dialog
        .getByRole('button', {
          name: new RegExp(`^${t(plural('directory.import.confirm', 22), { count: 22 }).replace(/[«»()]/g, '.')}$`),
        })
        .click();
      await expect(dialog.getByText(t('directory.import.done', { added: 21, merged: 1, skipped: 0 }))).toBeVisible();
      await dialog.getByRole('button', { name: t('directory.import.close') }).click();

      // Finding: a Latin spelling, then Shymkent's employers who work in Russian.
      await expect(page.getByText(t('directory.list.range', { first: 1, last: 22, total: 22 }))).toBeVisible();
      await page.getByLabel(t('directory.list.search'), { exact: true }).fill('berek');
      await expect(page.getByRole('rowheader')).toHaveText(['ЖШС «Береке-14»', 'ЖШС «Береке-2»']);
      await page.getByLabel(t('directory.list.search'), { exact: true }).fill('');
      await pick(page, t('directory.fields.city'), 'Шымкент');
      await pick(page, t('directory.fields.languages'), t('directory.languages.ru'));
      await expect(page.getByRole('rowheader')).toHaveText(['АО «Байтерек-12»', 'АО «Достық-20»']);
      await docShot(page, `directory-list-${language}`);

      // Saved as CSV in the screen's language, with the same filter.
      await page.getByRole('button', { name: t('directory.export.button') }).click();
      await expect(page.getByText(t(plural('directory.export.saved', 2), { count: 2 }))).toBeVisible();
      expect(saved.map((s) => s.name)).toEqual(['directory-2026-12-04.csv']);
      expect(saved[0]!.bytes.toString('utf8')).toContain(language === 'kk' ? 'Түрі,Атауы' : 'Вид,Наименование');

      // A facilitator reads the directory and its organisations, and is offered no way to change them.
      await page
        .getByRole('banner')
        .getByRole('button', { name: t('shell.signOut') })
        .click();
      await signIn(page, language, 'dana', FACILITATOR_PASSWORD);
      await page
        .getByRole('navigation')
        .getByRole('button', { name: t('directory.nav') })
        .click();
      await expect(page.getByText(t('directory.list.introReadOnly'))).toBeVisible();
      await expect(page.getByRole('button', { name: t('directory.new.button') })).toHaveCount(0);
      await expect(page.getByRole('button', { name: t('directory.import.button') })).toHaveCount(0);
      await page.getByRole('button', { name: 'ТОО «Нұр-1»' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'ТОО «Нұр-1»' })).toBeVisible();
      await expect(page.getByRole('button', { name: t('directory.edit.button') })).toHaveCount(0);
      await docShot(page, `directory-facilitator-${language}`);
    } finally {
      rmSync(files, { recursive: true, force: true });
    }
  });
}
