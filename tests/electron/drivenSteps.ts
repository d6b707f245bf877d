/**
 * The steps drivenApp.spec.ts takes in the app's window, built from the end-to-end suite's steps
 * (tests/e2e): they need only a Page, so the same steps run in Electron and in the Chromium
 * harness. `clientMode(active)` is called when client mode should have started or ended; in
 * Electron it checks that the window is (or is no longer) a kiosk.
 */
import { type Page, expect } from '@playwright/test';
import { goToStep, leaveClientMode, signAssessment, startAssessment } from '../e2e/assessmentSteps';
import { registerClient } from '../e2e/clientSteps';
import { inkAt, mouseStroke } from '../e2e/drawingSteps';
import { definition, labelOf, responseOf } from '../e2e/instrumentSteps';
import { type Language, PEOPLE, PSYCHOLOGIST, choose, clickOption, startsWith, text } from '../e2e/steps';

export const UI: Language = 'en';
export const t = (key: string, params?: Record<string, string | number>): string => text(UI, key, params);

export type ClientModeCheck = (active: boolean) => Promise<void>;

/** The administrator creates the psychologist's account on the accounts screen; its owner signs in and chooses a password. */
export async function psychologistSignsIn(page: Page): Promise<void> {
  const people = PEOPLE[UI];
  await page
    .getByRole('navigation', { name: t('nav.label') })
    .getByRole('button', { name: t('nav.accounts') })
    .click();
  await page.getByRole('button', { name: t('accounts.create') }).click();
  const dialog = page.getByRole('dialog', { name: t('accounts.createTitle') });
  await dialog.getByLabel(t('fields.fullName')).fill(people.psychologist);
  await dialog.getByLabel(t('fields.username'), { exact: true }).fill(PSYCHOLOGIST.username);
  await choose(page, 'checkbox', startsWith(t('roles.psychologist')));
  await dialog.getByLabel(t('fields.temporaryPassword'), { exact: true }).fill(PSYCHOLOGIST.temporary);
  await dialog.getByRole('button', { name: t('accounts.createSubmit') }).click();
  await expect(dialog).toBeHidden();
  await page
    .getByRole('banner')
    .getByRole('button', { name: t('shell.signOut') })
    .click();
  await page.getByLabel(t('fields.username'), { exact: true }).fill(PSYCHOLOGIST.username);
  await page.getByLabel(t('fields.password'), { exact: true }).fill(PSYCHOLOGIST.temporary);
  await page.getByRole('button', { name: t('signIn.submit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('changePassword.requiredTitle') })).toBeVisible();
  await page.getByLabel(t('fields.currentPassword'), { exact: true }).fill(PSYCHOLOGIST.temporary);
  await page.getByLabel(t('fields.newPassword'), { exact: true }).fill(PSYCHOLOGIST.own);
  await page.getByLabel(t('fields.confirmPassword'), { exact: true }).fill(PSYCHOLOGIST.own);
  await page.getByRole('button', { name: t('changePassword.submit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('home.title', { name: people.psychologist }) })).toBeVisible();
}

/** A free drawing in client mode: the client draws with the mouse; a wrong password is refused, the right one leaves. */
export async function clientDraws(page: Page, clientMode: ClientModeCheck): Promise<void> {
  await page
    .getByRole('navigation', { name: t('nav.label') })
    .getByRole('button', { name: t('drawing.nav') })
    .click();
  await page.getByRole('button', { name: t('drawing.list.new') }).click();
  await page.getByRole('button', { name: t('drawing.new.start') }).click();
  await expect(page.getByTestId('client-mode')).toBeVisible();
  await clientMode(true);
  await mouseStroke(page, [
    [0.1, 0.2],
    [0.3, 0.25],
    [0.5, 0.2],
  ]);
  await expect.poll(() => inkAt(page, 0.3, 0.25)).toBeGreaterThan(100);
  await page.getByRole('button', { name: t('drawing.client.finished') }).click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: t('drawing.finish.confirm') })
    .click();
  await expect(page.getByRole('heading', { name: t('drawing.client.thanks') })).toBeVisible();
  await page.getByRole('button', { name: t('drawing.exit.open') }).click();
  const exit = page.getByRole('dialog', { name: t('drawing.exit.title') });
  await exit.getByLabel(t('fields.password'), { exact: true }).fill('Wrong-password-123');
  await exit.getByRole('button', { name: t('drawing.exit.submit') }).click();
  await expect(exit.getByRole('alert').getByText(t('drawing.exit.wrongPassword'))).toBeVisible();
  await expect(page.getByRole('navigation', { name: t('nav.label') })).toHaveCount(0);
  await clientMode(true);
  await expect(exit.getByTestId('password-countdown')).toBeHidden({ timeout: 15_000 });
  await exit.getByLabel(t('fields.password'), { exact: true }).fill(PSYCHOLOGIST.own);
  await exit.getByRole('button', { name: t('drawing.exit.submit') }).click();
  await expect(page.getByRole('navigation', { name: t('nav.label') })).toBeVisible();
  await clientMode(false);
}

/** A PHQ-9 the client answers in client mode (all "not at all"), concluded and signed; returns the client's code. */
export async function signedPhq9(page: Page, clientMode: ClientModeCheck): Promise<string> {
  const code = await registerClient(page, UI, { fullName: 'Daniyar Serikov', consent: { scopes: ['assessment'] } });
  await startAssessment(page, UI, 'phq9', code);
  await page.getByRole('button', { name: t('assessment.answers.handOver') }).click();
  await expect(page.getByTestId('client-mode')).toBeVisible();
  await clientMode(true);
  await page.getByRole('button', { name: t('instruments.client.begin') }).click();
  for (const itemId of ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9']) {
    await expect(page.getByRole('heading', { name: labelOf('phq9', itemId, UI) })).toBeVisible();
    await clickOption(page.getByRole('radio', { name: responseOf('phq9', 0, UI), exact: true }));
    await page.getByRole('button', { name: t('instruments.client.next') }).click();
  }
  // The last question, how difficult the problems made life, has its own answers.
  const functioning = definition('phq9')
    .sections.flatMap((s) => s.items)
    .at(-1)!;
  await expect(page.getByRole('heading', { name: functioning.label[UI].text })).toBeVisible();
  if (functioning.kind === 'singleChoice')
    await clickOption(page.getByRole('radio', { name: functioning.options[0]!.label[UI].text, exact: true }));
  await page.getByRole('button', { name: t('instruments.client.finish') }).click();
  await expect(page.getByRole('heading', { name: t('instruments.client.thanks') })).toBeVisible();
  await leaveClientMode(page, UI);
  await clientMode(false);
  await goToStep(page, UI, 'conclusion');
  await page
    .getByRole('textbox', { name: t('assessment.conclusion.conclusion'), exact: true })
    .fill('No symptoms reported; routine follow-up.');
  await goToStep(page, UI, 'sign');
  await expect(page.getByText(t('assessment.sign.ready'))).toBeVisible();
  await signAssessment(page, UI);
  return code;
}
