import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Page, expect, test } from '@playwright/test';
import type { Backend } from '../../electron/backend/openBackend';
import { addClient } from '../integration/fixtures/clientSetup';
import { ok } from '../integration/helpers';
import { goToStep, startAssessment } from './assessmentSteps';
import { dateField, fillDate, openClientByCode } from './clientSteps';
import { appPerTest } from './setup';
import { type Language, PSYCHOLOGIST, choose, startsWith, text } from './steps';

/**
 * Issue 17 §2 as a hurried psychologist does it, in kk and ru: a referral from the client's page to an
 * employer of the directory, found by a search typed with the wrong keyboard layout; "Save" pressed on
 * a blank dialog; the screen locked mid-typing (Ctrl+L) and unlocked, the dialog back with what was
 * typed; then the steps (accepted) and the outcome (employed, start date and kind of work), after
 * which the referral is no longer due. Screenshots go to docs/screenshots/referrals-*-{kk,ru}.png.
 */

const apps = appPerTest('referrals', { failOnConsoleProblems: true });

const DOC_SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
async function docShot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(DOC_SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(DOC_SHOTS, `${name}.png`), fullPage });
}

const EMPLOYER = 'ТОО «Жетысу Курылыс»';
/** «жетысу» typed with the English layout on: the same keys. */
const WRONG_LAYOUT = ';tnsce';
const REASON: Record<Language, string> = {
  kk: 'Дәнекерлеуші, 3-разряд; босатылғаннан кейін жұмыс іздейді.',
  ru: 'Сварщик 3 разряда; ищет работу после освобождения.',
  en: 'Welder, grade 3; looking for work after release.',
};
const WORK: Record<Language, string> = { kk: 'Дәнекерлеуші', ru: 'Сварщик', en: 'Welder' };

function organisation(kind: 'employer' | 'legal-aid', name: string) {
  return {
    fields: {
      kind,
      name,
      address: '',
      city: 'Талдыкорган',
      district: '',
      phone: '+7 7282 24 00 00',
      email: '',
      contactPerson: '',
      languages: ['kk' as const, 'ru' as const],
      notes: '',
      sector: kind === 'employer' ? 'Строительство' : '',
      quotaPlaces: kind === 'employer' ? 5 : null,
      quotaUpdatedOn: null,
      vacancies: '',
      wageMin: null,
      wageMax: null,
      shifts: '',
      acceptsConvictions: kind === 'employer' ? true : null,
    },
  };
}

/** A client with an older legal-aid referral already overdue for its follow-up, and the directory's organisations. */
async function seed(backend: Backend, ui: Language): Promise<string> {
  ok(await backend.invoke('directory:create', organisation('employer', EMPLOYER)));
  ok(await backend.invoke('directory:create', organisation('legal-aid', 'Юридическая консультация №2')));
  const client = await addClient(backend.invoke, {
    fullName: ui === 'kk' ? 'Асқар Ерланұлы Төлеуов' : 'Аскар Ерланович Тулеуов',
    language: ui,
  });
  ok(
    await backend.invoke('referrals:create', {
      clientId: client.id,
      target: { serviceKind: 'social-documents' },
      reason: ui === 'kk' ? 'Жеке куәлігін қалпына келтіру.' : 'Восстановить удостоверение личности.',
      status: 'made',
      referredOn: '2026-03-02',
      followUpOn: '2026-03-16',
    }),
  );
  return client.code;
}

async function unlock(page: Page, ui: Language): Promise<void> {
  await page.getByLabel(text(ui, 'fields.password'), { exact: true }).fill(PSYCHOLOGIST.own);
  await page.getByRole('button', { name: text(ui, 'lock.unlock') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(ui, 'lock.title') })).toBeHidden();
}

for (const ui of ['kk', 'ru'] as const) {
  test(`a referral to an employer, followed through a lock to "employed" (${ui})`, async ({ page }) => {
    test.setTimeout(180_000);
    const t = (key: string, params?: Record<string, string | number>) => text(ui, key, params);
    await page.setViewportSize({ width: 1366, height: 900 });
    const app = await apps.openAsPsychologist(page, ui);
    const code = await seed(app.backend, ui);
    await openClientByCode(page, ui, code);

    const section = page.locator('section.referrals-section');
    await expect(section.getByRole('heading', { level: 2, name: t('referrals.title') })).toBeVisible();
    // The older referral is due: its follow-up day (16 March) has passed.
    const older = section.locator('.referral-card').first();
    await expect(older.getByText(t('referrals.due'))).toBeVisible();

    // Hurried: "Save" on the blank dialog says what is missing, at the field.
    await section.getByRole('button', { name: t('referrals.new') }).click();
    const dialog = page.getByRole('dialog', { name: t('referrals.form.newTitle', { code }) });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: t('referrals.form.create') }).click();
    await expect(dialog.getByText(t('referrals.form.pickOrganisation'), { exact: true })).toBeVisible();

    // The search typed with the English layout on still finds the employer, and says how it read it.
    await dialog.getByRole('searchbox', { name: t('referrals.form.findOrganisation') }).fill(WRONG_LAYOUT);
    await expect(dialog.getByText(t('referrals.form.readAs', { query: 'жетысу' }))).toBeVisible();
    await docShot(page, `referrals-search-${ui}`);
    await dialog.getByRole('button', { name: new RegExp(EMPLOYER) }).click();
    await expect(dialog.getByTestId('referral-picked')).toContainText(EMPLOYER);

    // Locked mid-typing: the unlock opens the dialog again with the organisation and the reason.
    const reason = dialog.getByRole('textbox', { name: t('referrals.form.reason') });
    await reason.fill(REASON[ui]);
    await page.keyboard.press('Control+KeyL');
    await expect(page.getByRole('heading', { level: 1, name: t('lock.title') })).toBeVisible();
    await unlock(page, ui);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('draft-notice')).toBeVisible();
    await expect(reason).toHaveValue(REASON[ui]);
    await expect(dialog.getByTestId('referral-picked')).toContainText(EMPLOYER);
    await docShot(page, `referrals-dialog-${ui}`);
    await dialog.getByRole('button', { name: t('referrals.form.create') }).click();
    await expect(dialog).toBeHidden();

    const card = section.locator('.referral-card').filter({ hasText: EMPLOYER });
    await expect(card.locator('.referral-status')).toHaveText(t('referrals.status.made'));
    await expect(card.getByText(REASON[ui])).toBeVisible();
    // Followed up two weeks on (1 April), so not due yet.
    await expect(card.getByText(t('referrals.due'))).toHaveCount(0);

    // The employer answered: accepted.
    await card.getByRole('button', { name: t('referrals.nextStep') }).click();
    const step = page.getByRole('dialog', { name: t('referrals.step.title', { target: EMPLOYER }) });
    await choose(page, 'radio', startsWith(t('referrals.status.accepted')));
    await step
      .getByRole('textbox', { name: t('referrals.step.note') })
      .fill(ui === 'kk' ? 'Әңгімелесуден өтті.' : 'Прошёл собеседование.');
    await step.getByRole('button', { name: t('referrals.step.save') }).click();
    await expect(step).toBeHidden();
    await expect(card.locator('.referral-status')).toHaveText(t('referrals.status.accepted'));

    // The outcome: blank first (told what is missing), then employed with a start date and the kind of work.
    await card.getByRole('button', { name: t('referrals.recordOutcome') }).click();
    const outcome = page.getByRole('dialog', { name: t('referrals.outcome.title', { target: EMPLOYER }) });
    await outcome.getByRole('button', { name: t('referrals.outcome.save') }).click();
    await expect(outcome.getByText(text(ui, 'validation.chooseOne'))).toBeVisible();
    await choose(page, 'radio', t('referrals.outcomes.employed'));
    await outcome.getByRole('button', { name: t('referrals.outcome.save') }).click();
    await expect(outcome.getByText(text(ui, 'validation.required')).first()).toBeVisible();
    await fillDate(dateField(outcome, t('referrals.outcome.startDate')), { day: 16, month: 3, year: 2026 });
    await outcome.getByRole('textbox', { name: t('referrals.outcome.workKind') }).fill(WORK[ui]);
    await docShot(page, `referrals-outcome-${ui}`);
    await outcome.getByRole('button', { name: t('referrals.outcome.save') }).click();
    await expect(outcome).toBeHidden();

    await expect(card.locator('.referral-status')).toHaveText(t('referrals.status.outcome'));
    await expect(card.getByText(t('referrals.outcome.employedText', { date: '16.03.2026', work: WORK[ui] }))).toBeVisible();
    await expect(card.getByRole('button', { name: t('referrals.nextStep') })).toHaveCount(0);
    await card.locator('summary').click();
    await expect(card.locator('.referral-history li')).toHaveCount(3);
    await section.screenshot({ path: resolve(DOC_SHOTS, `referrals-section-${ui}.png`) });

    // Stored as shown, with its steps; the older one stays due, this one is closed.
    const [stored] = ok(
      await app.backend.invoke('referrals:listForClient', { clientId: (await clientId(app.backend, code))! }),
    ).filter((r) => r.organisation?.name === EMPLOYER);
    expect(stored).toMatchObject({
      status: 'outcome',
      reason: REASON[ui],
      outcome: { kind: 'employed', startDate: '2026-03-16', workKind: WORK[ui] },
      followUpOn: null,
    });
    expect(stored!.events.map((e) => e.status)).toEqual(['made', 'accepted', 'outcome']);
  });
}

for (const ui of ['kk', 'ru'] as const) {
  test(`a referral to a named organisation from an assessment's conclusion, followed on the client's page (${ui})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const t = (key: string, params?: Record<string, string | number>) => text(ui, key, params);
    await page.setViewportSize({ width: 1366, height: 900 });
    const app = await apps.openAsPsychologist(page, ui);
    ok(await app.backend.invoke('directory:create', organisation('legal-aid', 'Юридическая консультация №2')));
    const client = await addClient(app.backend.invoke, {
      fullName: ui === 'kk' ? 'Болат Серікұлы Қасымов' : 'Болат Серикович Касымов',
      language: ui,
      consent: { givenOn: '2026-01-05', scope: ['assessment'], note: '' },
    });
    await openClientByCode(page, ui, client.code);
    const assessmentId = await startAssessment(page, ui, 'htp', client.code);
    await goToStep(page, ui, 'conclusion');

    await page.getByRole('button', { name: t('referrals.referFromConclusion') }).click();
    const dialog = page.getByRole('dialog', { name: t('referrals.form.newTitle', { code: client.code }) });
    await dialog.getByRole('searchbox', { name: t('referrals.form.findOrganisation') }).fill('консультация');
    await dialog.getByRole('button', { name: /Юридическая консультация №2/ }).click();
    await dialog
      .getByRole('textbox', { name: t('referrals.form.reason') })
      .fill(ui === 'kk' ? 'Апелляция жазу.' : 'Составить апелляцию.');
    await dialog.getByRole('button', { name: t('referrals.form.create') }).click();
    await expect(dialog).toBeHidden();
    const made = page.getByRole('list', { name: t('referrals.fromThisAssessment') });
    await expect(made).toContainText('Юридическая консультация №2');
    await docShot(page, `referrals-conclusion-${ui}`);

    const [stored] = ok(await app.backend.invoke('referrals:listForClient', { clientId: client.id }));
    expect(stored).toMatchObject({ sourceAssessmentId: assessmentId, serviceKind: 'legal-aid', status: 'made' });
  });
}

async function clientId(backend: Backend, code: string): Promise<string | undefined> {
  const found = await backend.invoke('clients:findByCode', { code });
  return found.ok ? found.value.id : undefined;
}
