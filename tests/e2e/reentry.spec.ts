import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Locator, type Page, expect, test } from '@playwright/test';
import { addClient } from '../integration/fixtures/clientSetup';
import { ok } from '../integration/helpers';
import { pdfRawText } from '../integration/pdfRawText';
import { pdfPages } from '../integration/reportChromium';
import { dateField, fillDate, openClientByCode } from './clientSteps';
import { appPerTest } from './setup';
import { type Language, PSYCHOLOGIST, escapeRegExp, text } from './steps';

/**
 * Issue 17 §3 and §5: the client's profile gains education, literacy, read-aloud and the sentence dates; the client
 * page gains the re-entry plan. The psychologist fills the profile in its dialog, then the plan in place: a release
 * typed before the sentence started is refused on the spot, a step typed and locked at once (Ctrl+L) is still there
 * after the unlock, the progress counts what is done, and the plan is printed as one A4 page in the client's
 * language. In kk and ru; screenshots (and the printed page as PNG) go to docs/screenshots/.
 */

const apps = appPerTest('reentry', { failOnConsoleProblems: true });

const DOC_SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
function docShotPath(name: string): string {
  mkdirSync(DOC_SHOTS, { recursive: true });
  return resolve(DOC_SHOTS, `${name}.png`);
}

const NAME: Record<'kk' | 'ru', string> = { kk: 'Ерлан Қайратұлы Сейітов', ru: 'Сейтов Ерлан Кайратович' };
const HOUSING_OWNER: Record<'kk' | 'ru', string> = { kk: 'Әпкесі Гүлнар', ru: 'Сестра Гульнар' };
const HOUSING_NOTE: Record<'kk' | 'ru', string> = {
  kk: 'Алматы қаласы, әпкесінің үйінде тұрады',
  ru: 'Будет жить у сестры в Алматы',
};
const EMPLOYMENT_OWNER: Record<'kk' | 'ru', string> = {
  kk: 'Еңбек мобильділігі орталығы',
  ru: 'Центр трудовой мобильности',
};

/** The status select of an area: react-aria's button, named by its label and value. */
function statusButton(section: Locator, ui: Language, area: string): Locator {
  const label = text(ui, 'reentry.fieldOf', {
    area: text(ui, `reentry.areas.${area}`),
    field: text(ui, 'reentry.columns.status'),
  });
  return section.getByRole('button', { name: new RegExp(escapeRegExp(label)) });
}

async function chooseStatus(page: Page, section: Locator, ui: Language, area: string, status: string): Promise<void> {
  await statusButton(section, ui, area).click();
  await page.getByRole('option', { name: text(ui, `reentry.statuses.${status}`) }).click();
}

const field = (ui: Language, area: string, column: string) =>
  text(ui, 'reentry.fieldOf', { area: text(ui, `reentry.areas.${area}`), field: text(ui, `reentry.columns.${column}`) });

for (const ui of ['kk', 'ru'] as const) {
  const t = (key: string, params?: Record<string, string | number>) => text(ui, key, params);

  test(`the profile and the re-entry plan: dates checked, nothing lost to a lock, printed on one page (${ui})`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const saved: { name: string; bytes: Buffer }[] = [];
    const app = await apps.openAsPsychologist(page, ui, {
      saveFile: async (name, bytes) => (saved.push({ name, bytes }), { saved: true }),
    });
    const client = await addClient(app.backend.invoke, { fullName: NAME[ui], language: ui });
    await openClientByCode(page, ui, client.code);

    // The profile: education, literacy, read aloud and the sentence, in the edit dialog.
    await page.getByRole('button', { name: t('clients.profile.edit') }).click();
    const dialog = page.getByRole('dialog', { name: t('clients.profile.editTitle', { code: client.code }) });
    await dialog.getByRole('button', { name: new RegExp(escapeRegExp(t('clients.profileFields.educationLevel'))) }).click();
    await page.getByRole('option', { name: t('clients.profileFields.educationLevels.basic-secondary') }).click();
    await dialog.getByRole('button', { name: new RegExp(escapeRegExp(t('clients.profileFields.literacy'))) }).click();
    await page.getByRole('option', { name: t('clients.profileFields.literacyLevels.reads-with-difficulty') }).click();
    await dialog.getByText(t('clients.profileFields.readAloudYes'), { exact: true }).click();
    // A sentence that ends before it starts is refused in the dialog.
    await fillDate(dateField(dialog, t('clients.profileFields.sentenceStart')), { day: 10, month: 1, year: 2024 });
    await fillDate(dateField(dialog, t('clients.profileFields.sentenceEnd')), { day: 9, month: 1, year: 2023 });
    await dialog.getByRole('button', { name: t('common.save') }).click();
    await expect(dialog.getByText(t('clients.profileFields.sentenceEndBeforeStart'))).toBeVisible();
    await fillDate(dateField(dialog, t('clients.profileFields.sentenceEnd')), { day: 9, month: 1, year: 2027 });
    await page.screenshot({ path: docShotPath(`profile-dialog-${ui}`) });
    await dialog.getByRole('button', { name: t('common.save') }).click();
    await expect(dialog).toBeHidden();
    const profile = page.locator('section[aria-labelledby="client-profile"]');
    await expect(profile).toContainText(t('clients.profileFields.educationLevels.basic-secondary'));
    await expect(profile).toContainText(t('clients.profileFields.literacyLevels.reads-with-difficulty'));
    await expect(profile).toContainText(t('clients.profileFields.readAloudYes'));
    await expect(profile).toContainText(t('clients.profileFields.sentenceRange', { start: '10.01.2024', end: '09.01.2027' }));
    await profile.screenshot({ path: docShotPath(`client-profile-${ui}`) });

    // The plan: empty at first, every step not started.
    const section = page.locator('section[aria-labelledby="client-reentry"]');
    await section.scrollIntoViewIfNeeded();
    await expect(section.getByRole('heading', { name: t('reentry.title') })).toBeVisible();
    await expect(section).toContainText(t('reentry.progress', { done: 0, applicable: 8 }));

    // A release before the sentence started: refused on the spot, with the sentence's start date; nothing is sent.
    await fillDate(dateField(section, t('reentry.releaseDate')), { day: 1, month: 12, year: 2023 });
    await expect(section.getByText(t('reentry.errors.releaseBeforeSentence', { date: '10.01.2024' }))).toBeVisible();
    await fillDate(dateField(section, t('reentry.releaseDate')), { day: 15, month: 6, year: 2026 });
    await expect(section.getByText(t('reentry.errors.releaseBeforeSentence', { date: '10.01.2024' }))).toBeHidden();
    await fillDate(dateField(section, t('reentry.probationEnd')), { day: 14, month: 6, year: 2027 });

    // Steps: documents done, benefits not needed, housing under way with an owner, a due date and a note.
    await chooseStatus(page, section, ui, 'identity-documents', 'done');
    await chooseStatus(page, section, ui, 'benefits', 'not-needed');
    await chooseStatus(page, section, ui, 'housing', 'in-progress');
    await section.getByLabel(field(ui, 'housing', 'owner'), { exact: true }).fill(HOUSING_OWNER[ui]);
    await fillDate(dateField(section, field(ui, 'housing', 'due')), { day: 1, month: 6, year: 2026 });
    await section.getByLabel(field(ui, 'housing', 'note'), { exact: true }).fill(HOUSING_NOTE[ui]);
    await expect(section).toContainText(t('reentry.progress', { done: 1, applicable: 7 }));
    await expect(section.getByRole('status').filter({ hasText: t('reentry.saved') })).toBeVisible();

    // Typed and locked at once, within the autosave's pause: still there after the unlock.
    await section.getByLabel(field(ui, 'employment', 'owner'), { exact: true }).fill(EMPLOYMENT_OWNER[ui]);
    await page.keyboard.press('Control+KeyL');
    await expect(page.getByRole('heading', { level: 1, name: t('lock.title') })).toBeVisible();
    await page.getByLabel(t('fields.password'), { exact: true }).fill(PSYCHOLOGIST.own);
    await page.getByRole('button', { name: t('lock.unlock') }).click();
    await expect(section.getByLabel(field(ui, 'employment', 'owner'), { exact: true })).toHaveValue(EMPLOYMENT_OWNER[ui]);
    const stored = ok(await app.backend.invoke('reentry:get', { clientId: client.id }));
    expect(stored).toMatchObject({ releaseDate: '2026-06-15', probationEnd: '2027-06-14' });
    expect(stored.items.find((i) => i.area === 'employment')?.owner).toBe(EMPLOYMENT_OWNER[ui]);
    expect(stored.items.find((i) => i.area === 'housing')).toMatchObject({
      owner: HOUSING_OWNER[ui],
      status: 'in-progress',
      dueOn: '2026-06-01',
      note: HOUSING_NOTE[ui],
    });
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: docShotPath(`reentry-plan-${ui}`) });

    // Printed for the client: the client's language chosen, code only; one A4 page.
    await section.getByRole('button', { name: t('reentry.print.button') }).click();
    const print = page.getByRole('dialog', { name: t('reentry.print.title') });
    await expect(print.getByRole('radio', { name: t('reentry.print.codeOnly') })).toBeChecked();
    await expect(print.getByRole('radio', { name: t(`languages.${ui}`) })).toBeChecked();
    await page.screenshot({ path: docShotPath(`reentry-print-dialog-${ui}`) });
    await print.getByRole('button', { name: t('reentry.print.create') }).click();
    await expect(print.getByRole('status')).toHaveText(t('reentry.print.saved'));
    await print.getByRole('button', { name: t('reentry.print.close') }).click();

    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toMatch(new RegExp(`^${client.code}_reentry-plan_\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
    const words = pdfRawText(saved[0]!.bytes);
    expect(words).toContain(t('reentry.title'));
    expect(words).toContain(client.code);
    expect(words).toContain(HOUSING_OWNER[ui]);
    expect(words).toContain(EMPLOYMENT_OWNER[ui]);
    expect(words).toContain('15.06.2026');
    expect(words).not.toContain(NAME[ui]);
    const pages = pdfPages(saved[0]!.bytes, 80);
    expect(pages).toHaveLength(1);
    writeFileSync(docShotPath(`reentry-pdf-${ui}`), pages[0]!);
  });
}
