import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Page, expect, test } from '@playwright/test';
import { addClient, CLIENT } from '../integration/fixtures/clientSetup';
import { groupInput } from '../integration/fixtures/groupSetup';
import { ok } from '../integration/helpers';
import { openClientByCode, openClients } from './clientSteps';
import { signInAsNewFacilitator } from './groupSteps';
import { appPerTest } from './setup';
import { type Language, PSYCHOLOGIST, setUp, text } from './steps';

/**
 * Issue 12, item 4: starting an assessment for a client without consent, and enrolling a client
 * whose consent does not cover group therapy, are warned about before anything is made, and go
 * ahead only with the consent recorded or a reason written down (shown on the assessment). Item 1:
 * the new-client form survives Ctrl+L. Screenshots in kk and ru go to docs/screenshots/.
 */

const apps = appPerTest('consent-and-drafts', { failOnConsoleProblems: true });

const DOC_SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
async function docShot(page: Page, name: string): Promise<void> {
  mkdirSync(DOC_SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(DOC_SHOTS, `${name}.png`) });
}

const REASON: Record<Language, string> = {
  kk: 'Соттың 2026 жылғы 12 қарашадағы № 2-114 қаулысымен тағайындалған',
  ru: 'Назначено постановлением суда № 2-114 от 12.11.2026',
  en: 'Ordered by the court, decision No. 2-114 of 12.11.2026',
};
const NAME: Record<Language, string> = { kk: 'Ержан Бекболатұлы Омаров', ru: 'Омаров Ержан Бекболатович', en: 'Yerzhan Omarov' };
const NOTES: Record<Language, string> = {
  kk: 'Пробация қызметінің жолдамасымен келді.',
  ru: 'Пришёл по направлению службы пробации.',
  en: 'Referred by the probation service.',
};

for (const ui of ['kk', 'ru'] as const) {
  const t = (key: string, params?: Record<string, string | number>) => text(ui, key, params);

  test(`an assessment for a client without consent is warned about, and starts with the consent or a written reason (${ui})`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const app = await apps.openAsPsychologist(page, ui);
    const client = await addClient(app.backend.invoke, { fullName: NAME[ui], language: ui });
    await openClientByCode(page, ui, client.code);

    await page.getByRole('button', { name: t('assessment.list.new') }).click();
    const dialog = page.getByRole('dialog', { name: t('assessment.new.title') });
    const gate = dialog.getByTestId('consent-gate');
    await expect(gate).toContainText(t('consentGate.assessment.none'));
    await dialog.getByRole('radio').first().check({ force: true });
    const create = dialog.getByRole('button', { name: t('assessment.new.create') });
    await expect(create).toBeDisabled();
    await docShot(page, `consent-warning-assessment-${ui}`);

    // The reason written down: the assessment starts, and its page says it began without consent.
    await gate.getByLabel(t('consentGate.reason')).fill(REASON[ui]);
    await expect(create).toBeEnabled();
    await create.click();
    const note = page.getByTestId('consent-exception');
    await expect(note).toContainText(REASON[ui]);
    await expect(note).toContainText(t('consentGate.shownTitle'));
    await docShot(page, `consent-reason-shown-${ui}`);

    // A second client: the consent recorded from the warning itself, and the warning goes.
    const second = await addClient(app.backend.invoke, { fullName: `${NAME[ui]} 2`, language: ui });
    await page.getByRole('button', { name: t('assessment.workflow.back') }).click();
    await openClientByCode(page, ui, second.code);
    await page.getByRole('button', { name: t('assessment.list.new') }).click();
    await dialog
      .getByTestId('consent-gate')
      .getByRole('button', { name: t('consentGate.record') })
      .click();
    const record = page.getByRole('dialog', { name: t('clients.consent.recordTitle') });
    await expect(record.getByRole('checkbox', { name: t('clients.scopes.assessment') })).toBeChecked();
    await record.getByRole('button', { name: t('clients.consent.recordSubmit') }).click();
    await expect(record).toBeHidden();
    await expect(dialog.getByTestId('consent-gate')).toBeHidden();

    // Withdrawn: no reason is offered, nothing can start.
    const third = await addClient(app.backend.invoke, {
      fullName: `${NAME[ui]} 3`,
      language: ui,
      consent: { givenOn: '2026-01-05', scope: ['assessment'], note: '' },
    });
    ok(
      await app.backend.invoke('clients:withdrawConsent', {
        consentId: third.consents[0]!.id,
        withdrawnOn: '2026-02-01',
        note: '',
      }),
    );
    await dialog.getByRole('button', { name: t('common.cancel') }).click();
    await expect(dialog).toBeHidden();
    await openClientByCode(page, ui, third.code);
    await page.getByRole('button', { name: t('assessment.list.new') }).click();
    await expect(dialog.getByTestId('consent-gate')).toContainText(t('consentGate.assessment.withdrawn'));
    await expect(dialog.getByLabel(t('consentGate.reason'))).toHaveCount(0);
    await dialog.getByRole('radio').first().check({ force: true });
    await expect(dialog.getByRole('button', { name: t('assessment.new.create') })).toBeDisabled();
    await docShot(page, `consent-withdrawn-${ui}`);
  });

  test(`enrolling a client whose consent does not cover group therapy is warned about, and needs a reason (${ui})`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const app = await apps.open(page);
    await setUp(page, ui, false);
    const client = await addClient(app.backend.invoke, {
      ...CLIENT,
      language: ui,
      consent: { givenOn: '2026-01-05', scope: ['assessment'], note: '' },
    });
    await signInAsNewFacilitator(page, app.backend, ui);
    const me = ok(await app.backend.invoke('groups:facilitatorCandidates', {}));
    const group = ok(
      await app.backend.invoke('groups:create', groupInput([me[0]!.id], { startDate: '2026-03-01', endDate: '2026-06-30' })),
    );
    await page
      .getByRole('navigation', { name: t('nav.label') })
      .getByRole('button', { name: t('groups.nav') })
      .click();
    await page.getByRole('button', { name: t('groups.list.openNamed', { name: group.name }) }).click();
    await expect(page.getByRole('heading', { level: 1, name: group.name })).toBeVisible();

    await page.getByRole('button', { name: t('groups.members.enrolByCode') }).click();
    const dialog = page.getByRole('dialog', { name: t('groups.enrol.codeTitle') });
    await dialog.getByLabel(t('groups.members.code'), { exact: true }).fill(client.code);
    await dialog.getByLabel(t('groups.members.alias'), { exact: true }).fill('Ерлан');
    const enrol = dialog.getByRole('button', { name: t('groups.enrol.enrol'), exact: true });
    await enrol.click();
    const gate = dialog.getByTestId('consent-gate');
    await expect(gate).toContainText(t('consentGate.group-therapy.none'));
    await expect(gate).toContainText(t('consentGate.askPsychologist'));
    await docShot(page, `consent-warning-enrol-${ui}`);
    expect(ok(await app.backend.invoke('groups:get', { groupId: group.id })).members).toHaveLength(0);

    await gate.getByLabel(t('consentGate.reason')).fill(REASON[ui]);
    await enrol.click();
    await expect(dialog).toBeHidden();
    expect(ok(await app.backend.invoke('groups:get', { groupId: group.id })).members).toHaveLength(1);
  });

  test(`the new-client form survives Ctrl+L and comes back after the unlock (${ui})`, async ({ page }) => {
    test.setTimeout(180_000);
    await apps.openAsPsychologist(page, ui);
    await openClients(page, ui);
    await page.getByRole('button', { name: t('clients.new.button') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('clients.new.title') })).toBeVisible();
    await page.getByLabel(t('clients.fields.fullName'), { exact: true }).fill(NAME[ui]);
    await page.getByLabel(t('clients.fields.notes'), { exact: true }).fill(NOTES[ui]);
    // Locked at once, within the autosave's pause.
    await page.keyboard.press('Control+KeyL');
    await expect(page.getByRole('heading', { level: 1, name: t('lock.title') })).toBeVisible();
    await page.getByLabel(t('fields.password'), { exact: true }).fill(PSYCHOLOGIST.own);
    await page.getByRole('button', { name: t('lock.unlock') }).click();

    await expect(page.getByRole('heading', { level: 1, name: t('clients.new.title') })).toBeVisible();
    await expect(page.getByLabel(t('clients.fields.fullName'), { exact: true })).toHaveValue(NAME[ui]);
    await expect(page.getByLabel(t('clients.fields.notes'), { exact: true })).toHaveValue(NOTES[ui]);
    await expect(page.getByTestId('draft-notice')).toBeVisible();
    await page.getByTestId('draft-notice').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, 0));
    await docShot(page, `client-draft-restored-${ui}`);

    // Saved: the draft is gone, the next new-client form starts empty.
    await page.getByRole('button', { name: t('clients.new.submit') }).click();
    await expect(page.locator('.client-code')).toBeVisible();
    await openClients(page, ui);
    await page.getByRole('button', { name: t('clients.new.button') }).click();
    await expect(page.getByLabel(t('clients.fields.fullName'), { exact: true })).toHaveValue('');
    await expect(page.getByTestId('draft-notice')).toHaveCount(0);
  });
}
