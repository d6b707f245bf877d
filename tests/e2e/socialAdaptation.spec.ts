import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Page, expect, test } from '@playwright/test';
import { employerLine, HEADER_LINES } from '../integration/fixtures/directoryCsv';
import { addClient } from '../integration/fixtures/clientSetup';
import { dateField, fillDate, openClientByCode } from './clientSteps';
import { appPerTest } from './setup';
import { type Language, choose, escapeRegExp, text } from './steps';

/**
 * Issue 17's end-to-end test, in kk and ru: the psychologist loads the labour mobility centre's list of employers
 * into the directory in one step, refers a client to one of them (made two weeks ago, follow-up today), finds the
 * referral among the follow-ups due on Home, opens it from there in one click, records the outcome (employed) and
 * sees it gone from "due". The steps are the directory's and the referrals' own (directory.spec.ts,
 * referrals.spec.ts), end to end. Screenshots go to docs/screenshots/social-adaptation-*-{kk,ru}.png.
 */
const DOC_SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const TODAY = '2026-12-08';
const EMPLOYERS = 8;
/** The employer chosen: the second line of the list (see directoryCsv.employerLine). */
const EMPLOYER = 'ЖШС «Береке-2»';
const WORK: Record<Language, string> = { kk: 'Дәнекерлеуші', ru: 'Сварщик', en: 'Welder' };
const app = appPerTest('social-adaptation', { failOnConsoleProblems: true });

async function docShot(page: Page, name: string): Promise<void> {
  mkdirSync(DOC_SHOTS, { recursive: true });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: resolve(DOC_SHOTS, `${name}.png`), fullPage: true });
}

async function goHome(page: Page, ui: Language): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: text(ui, 'nav.home') })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: text(ui, 'home.psychologist.title') })).toBeVisible();
}

for (const ui of ['kk', 'ru'] as const) {
  test(`employers imported, a client referred, the outcome recorded and gone from "due" (${ui})`, async ({ page }) => {
    test.setTimeout(180_000);
    const t = (key: string, params?: Record<string, string | number>) => text(ui, key, params);
    const plural = (key: string, count: number) => `${key}_${new Intl.PluralRules(ui).select(count)}`;
    const files = mkdtempSync(join(tmpdir(), 'kenes-e2e-social-'));
    const csv = join(files, 'employers.csv');
    writeFileSync(csv, `${HEADER_LINES[ui]}\r\n${Array.from({ length: EMPLOYERS }, (_, i) => employerLine(i)).join('\r\n')}\r\n`);
    try {
      await page.setViewportSize({ width: 1366, height: 900 });
      const opened = await app.openAsPsychologist(page, ui, {
        now: () => Date.parse(`${TODAY}T04:30:00.000Z`),
        pickFiles: async () => [csv],
      });
      const client = await addClient(opened.backend.invoke, {
        fullName: ui === 'kk' ? 'Асқар Ерланұлы Төлеуов' : 'Аскар Ерланович Тулеуов',
        language: ui,
        consent: { givenOn: '2026-11-02', scope: ['assessment'], note: '' },
      });

      // 1. The labour mobility centre's list, in one step.
      await page
        .getByRole('navigation')
        .getByRole('button', { name: t('directory.nav') })
        .click();
      await page.getByRole('button', { name: t('directory.import.button') }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: t('directory.import.choose') }).click();
      const confirm = t(plural('directory.import.confirm', EMPLOYERS), { count: EMPLOYERS });
      await dialog.getByRole('button', { name: new RegExp(`^${escapeRegExp(confirm)}$`) }).click();
      await expect(dialog.getByText(t('directory.import.done', { added: EMPLOYERS, merged: 0, skipped: 0 }))).toBeVisible();
      await dialog.getByRole('button', { name: t('directory.import.close') }).click();
      await expect(page.getByText(t('directory.list.range', { first: 1, last: EMPLOYERS, total: EMPLOYERS }))).toBeVisible();
      await docShot(page, `social-adaptation-directory-${ui}`);

      // Nothing is due yet.
      await goHome(page, ui);
      await expect(page.getByTestId('home-followUps').getByRole('button')).toHaveCount(0);

      // 2. The referral, from the client's page: made on 24 November, to be followed up today.
      await openClientByCode(page, ui, client.code);
      const section = page.locator('section.referrals-section');
      await section.getByRole('button', { name: t('referrals.new') }).click();
      const form = page.getByRole('dialog', { name: t('referrals.form.newTitle', { code: client.code }) });
      await form.getByRole('searchbox', { name: t('referrals.form.findOrganisation') }).fill('Береке');
      await form.getByRole('button', { name: new RegExp(escapeRegExp(EMPLOYER)) }).click();
      await expect(form.getByTestId('referral-picked')).toContainText(EMPLOYER);
      await form
        .getByRole('textbox', { name: t('referrals.form.reason') })
        .fill(ui === 'kk' ? 'Дәнекерлеуші; квота бойынша орын.' : 'Сварщик; место по квоте.');
      await fillDate(dateField(form, t('referrals.form.referredOn')), { day: 24, month: 11, year: 2026 });
      await fillDate(dateField(form, t('referrals.form.followUpOn')), { day: 8, month: 12, year: 2026 });
      await form.getByRole('button', { name: t('referrals.form.create') }).click();
      await expect(form).toBeHidden();
      const card = section.locator('.referral-card').filter({ hasText: EMPLOYER });
      await expect(card.getByText(t('referrals.due'))).toBeVisible();

      // 3. Home: the follow-up is due, named by the client's code and the employer; one click opens the client.
      await goHome(page, ui);
      const due = page.getByTestId('home-followUps');
      const item = due.getByRole('button', { name: new RegExp(client.code) });
      await expect(item).toContainText(EMPLOYER);
      await docShot(page, `social-adaptation-home-due-${ui}`);
      await item.click();
      await expect(page.locator('.client-code')).toHaveText(client.code);

      // 4. The outcome: employed, with the start date and the kind of work.
      await card.getByRole('button', { name: t('referrals.recordOutcome') }).click();
      const outcome = page.getByRole('dialog', { name: t('referrals.outcome.title', { target: EMPLOYER }) });
      await choose(page, 'radio', t('referrals.outcomes.employed'));
      await fillDate(dateField(outcome, t('referrals.outcome.startDate')), { day: 7, month: 12, year: 2026 });
      await outcome.getByRole('textbox', { name: t('referrals.outcome.workKind') }).fill(WORK[ui]);
      await outcome.getByRole('button', { name: t('referrals.outcome.save') }).click();
      await expect(outcome).toBeHidden();
      await expect(card.locator('.referral-status')).toHaveText(t('referrals.status.outcome'));
      // The client's page is long (profile, plan, assessments): the referrals section is the picture.
      await section.screenshot({ path: resolve(DOC_SHOTS, `social-adaptation-outcome-${ui}.png`) });

      // 5. Gone from "due".
      await goHome(page, ui);
      await expect(due.getByRole('button')).toHaveCount(0);
      await expect(due.getByText(t('home.nothing'))).toBeVisible();
      await docShot(page, `social-adaptation-home-done-${ui}`);
    } finally {
      rmSync(files, { recursive: true, force: true });
    }
  });
}
