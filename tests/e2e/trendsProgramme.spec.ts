import { type Page, expect, test } from '@playwright/test';
import { TRENDS_TEXT } from '../../common/trendsText';
import type { Backend } from '../../electron/backend/openBackend';
import type { Outcome } from '../../electron/contract/referralChannels';
import { addClient } from '../integration/fixtures/clientSetup';
import { PSYCHOLOGIST_PASSWORD, addAccount } from '../integration/fixtures/drawingSetup';
import { ADMIN as IT_ADMIN, FACILITY, ok } from '../integration/helpers';
import { docShot } from './harness';
import { appPerTest } from './setup';
import { type Language, text } from './steps';

/**
 * Issue 17 §7 on the Trends screen: a psychologist reads employment within 3 and 6 months of release and the legal
 * help given, with small counts hidden. Seeded through the backend as the app records it (referrals and their
 * outcomes, re-entry release dates), on 25 November 2026. Screenshots: trends-employment-<language>.png and
 * trends-legal-help-<language>.png (test-results/screenshots; copied to docs/screenshots).
 */
const app = appPerTest('trends-programme', { failOnConsoleProblems: true });
const TODAY = Date.parse('2026-11-25T07:30:00.000Z');

async function seed(backend: Backend, language: Language): Promise<void> {
  ok(await backend.invoke('vault:setup', { language, facilityName: FACILITY, admin: IT_ADMIN }));
  await addAccount(backend, 'nurlan', ['psychologist'], PSYCHOLOGIST_PASSWORD);
  ok(await backend.invoke('account:setLanguage', { language }));
  const refer = async (on: string, outcome: Outcome | null, at: string, released: string | null) => {
    const client = await addClient(backend.invoke, { fullName: null, birthDate: null });
    const made = ok(
      await backend.invoke('referrals:create', {
        clientId: client.id,
        target: { serviceKind: outcome?.kind === 'legal-help' ? 'legal-aid' : 'labour-mobility-centre' },
        reason: '',
        status: 'made',
        referredOn: on,
        followUpOn: null,
      }),
    );
    if (outcome) ok(await backend.invoke('referrals:recordOutcome', { id: made.id, outcome, on: at, note: '' }));
    if (released)
      ok(await backend.invoke('reentry:saveDates', { clientId: client.id, releaseDate: released, probationEnd: null }));
  };
  const job = (startDate: string): Outcome => ({ kind: 'employed', startDate, workKind: 'Швея' });
  for (let i = 0; i < 6; i++) await refer('2026-02-10', job('2026-03-16'), '2026-03-16', '2026-02-20');
  for (let i = 0; i < 2; i++) await refer('2026-02-10', job('2026-07-01'), '2026-07-01', '2026-02-20');
  for (let i = 0; i < 5; i++) await refer('2026-02-12', null, '', '2026-02-20');
  for (let i = 0; i < 7; i++) await refer('2026-08-01', null, '', '2026-08-15');
  for (let i = 0; i < 8; i++) await refer('2026-04-02', { kind: 'legal-help', help: 'consultation' }, '2026-04-20', null);
  for (let i = 0; i < 5; i++) await refer('2026-04-03', { kind: 'legal-help', help: 'application' }, '2026-05-11', null);
  for (let i = 0; i < 3; i++) await refer('2026-04-03', { kind: 'legal-help', help: 'claim' }, '2026-05-12', null);
  ok(await backend.invoke('auth:signOut', {}));
}

async function pick(page: Page, label: string, option: string): Promise<void> {
  await page
    .getByRole('button', { name: new RegExp(label) })
    .first()
    .click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

for (const language of ['kk', 'ru'] as const) {
  test(`a psychologist reads employment after release and legal help given, small counts hidden (${language})`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);
    const words = TRENDS_TEXT[language];
    const opened = await app.open(page, { now: () => TODAY });
    await seed(opened.backend, language);

    await page.reload();
    await page.getByLabel(t('fields.username'), { exact: true }).fill('nurlan');
    await page.getByLabel(t('fields.password'), { exact: true }).fill(PSYCHOLOGIST_PASSWORD);
    await page.getByRole('button', { name: t('signIn.submit') }).click();
    await page
      .getByRole('navigation')
      .getByRole('button', { name: t('trends.nav') })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: t('trends.title') })).toBeVisible();

    // Employment after release, by quarter and by how soon: Q1's releases (13 people) are published, the two who found
    // work after 3 months are hidden (and so is what would give them away).
    await pick(page, t('trends.measure'), words.measures.employmentAfterRelease);
    await pick(page, words.by, words.outcome.employmentAfterRelease!);
    const counts = page.getByTestId('trends-counts');
    await expect(counts.getByRole('columnheader', { name: words.outcomes.within3Months })).toBeVisible();
    const q1 = counts.getByRole('row', { name: new RegExp(words.quarter(1, 2026)) });
    const headers = await counts.getByRole('columnheader').allTextContents();
    const col = (name: string) => headers.indexOf(name) - 1;
    await expect(q1.getByRole('cell').nth(col(words.outcomes.within3To6Months))).toHaveText(/<5/);
    await expect(q1.getByRole('cell').nth(col(words.outcomes.within3Months))).toHaveText('6');
    const q3 = counts.getByRole('row', { name: new RegExp(words.quarter(3, 2026)) });
    await expect(q3.getByRole('cell').nth(col(words.outcomes.notYetKnown))).toHaveText('7');
    await docShot(page, `trends-employment-${language}`);

    // Legal help given, by kind: consultations in April, applications in May; three claims hidden.
    await pick(page, t('trends.measure'), words.measures.legalHelp);
    await page.getByRole('radio', { name: words.granularities.month }).check({ force: true });
    await pick(page, words.by, words.outcome.legalHelp!);
    await expect(counts.getByRole('columnheader', { name: words.outcomes.consultation })).toBeVisible();
    const legalHeaders = await counts.getByRole('columnheader').allTextContents();
    const may = counts.getByRole('row', { name: new RegExp(words.month(5, 2026)) });
    await expect(may.getByRole('cell').nth(legalHeaders.indexOf(words.outcomes.claim) - 1)).toHaveText(/<5/);
    const april = counts.getByRole('row', { name: new RegExp(words.month(4, 2026)) });
    await expect(april.getByRole('cell').nth(legalHeaders.indexOf(words.outcomes.consultation) - 1)).toHaveText('8');
    await docShot(page, `trends-legal-help-${language}`);
    await expect(page.locator('main')).not.toContainText('Швея');
  });
}
