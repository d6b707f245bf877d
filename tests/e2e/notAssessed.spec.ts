import { expect, test } from '@playwright/test';
import { drawPage, expectSaved, goToStep, startAssessment, stepper } from './assessmentSteps';
import { registerClient } from './clientSteps';
import { docShot } from './harness';
import { definition, indicator, labelOf, tick } from './instrumentSteps';
import { appPerTest } from './setup';
import { text } from './steps';

/**
 * Issue 12, item 3: an indicator is present, absent or not assessed, and an untouched one is "not
 * assessed", never "absent". The sign step lists each section still open, its link goes to that
 * section, and the scoring step is "done" only once every item is answered or its section's rest
 * is stated — here on the Draw-a-Person-in-the-Rain, whose counts must not treat "not assessed"
 * as "absent".
 */

const apps = appPerTest('not-assessed');

for (const ui of ['kk', 'ru'] as const) {
  test(`a drawing form states only what was observed, and signing lists what is open (${ui})`, async ({ page }) => {
    test.setTimeout(180_000);
    const t = (key: string, params?: Record<string, string | number>) => text(ui, key, params);
    await apps.openAsPsychologist(page, ui);
    const name = ui === 'kk' ? 'Ержан Бекболатұлы Омаров' : 'Ержан Бекболатович Омаров';
    const code = await registerClient(page, ui, { fullName: name, consent: { scopes: ['assessment'] } });
    await startAssessment(page, ui, 'dapr', code);
    await drawPage(page, ui, ui, 'dapr', 'rain');

    // Untouched indicators read "not assessed"; the scoring step is still to do.
    await goToStep(page, ui, 'scoring');
    const clouds = indicator(page, labelOf('dapr', 'stress_clouds', ui));
    await expect(clouds.getByRole('radio', { name: t('instruments.answer.notAssessed'), exact: true })).toBeChecked();
    const scoringStep = stepper(page, ui).getByRole('button', { name: new RegExp(t('assessment.steps.scoring')) });
    await expect(scoringStep).toContainText(t('assessment.stepStatus.todo'));

    // The sign step names both open sections with their counts.
    await goToStep(page, ui, 'sign');
    const stress = page
      .locator('.missing--itemsOpen')
      .filter({ hasText: t('assessment.missing.itemsOpen', { section: sectionTitle(ui, 'stress'), count: 7 }) });
    const resources = page
      .locator('.missing--itemsOpen')
      .filter({ hasText: t('assessment.missing.itemsOpen', { section: sectionTitle(ui, 'resources'), count: 7 }) });
    await expect(stress).toBeVisible();
    await expect(resources).toBeVisible();
    await expect(page.getByRole('button', { name: t('assessment.sign.open') })).toBeDisabled();
    await docShot(page, `not-assessed-sign-open-${ui}`);

    // Its link goes to the section itself.
    await resources.getByRole('button').click();
    await expect(page.getByRole('heading', { name: sectionTitle(ui, 'resources') })).toBeFocused();

    // Stress: clouds seen, the rest looked for and absent. Resources: not assessed.
    await tick(page, labelOf('dapr', 'stress_clouds', ui), ui);
    const stressSection = page.getByRole('region', { name: sectionTitle(ui, 'stress') });
    await expect(stressSection.getByText(t('instruments.section.openCount', { count: 6 }))).toBeVisible();
    await stressSection.getByRole('button', { name: t('instruments.section.restAbsent'), exact: true }).click();
    await expect(
      indicator(page, labelOf('dapr', 'stress_wind', ui)).getByRole('radio', {
        name: t('instruments.answer.absent'),
        exact: true,
      }),
    ).toBeChecked();
    const resourcesSection = page.getByRole('region', { name: sectionTitle(ui, 'resources') });
    await resourcesSection.getByRole('button', { name: t('instruments.section.restNotAssessed'), exact: true }).click();
    await expect(resourcesSection.getByText(t('instruments.section.notAssessedNote'))).toBeVisible();
    await expect(
      indicator(page, labelOf('dapr', 'resource_umbrella', ui)).getByRole('radio', {
        name: t('instruments.answer.notAssessed'),
        exact: true,
      }),
    ).toBeChecked();
    await expectSaved(page, ui);
    await expect(scoringStep).toContainText(t('assessment.stepStatus.complete'));
    await docShot(page, `not-assessed-scoring-${ui}`);

    // Nothing open now: only the conclusion is missing.
    await goToStep(page, ui, 'sign');
    await expect(page.locator('.missing--itemsOpen')).toHaveCount(0);
    await expect(page.getByText(t('assessment.missing.conclusionEmpty'))).toBeVisible();
  });
}

const sectionTitle = (ui: 'kk' | 'ru', sectionId: string): string =>
  definition('dapr').sections.find((s) => s.id === sectionId)!.title[ui].text;

test('the sign step states every open item "not assessed" in one step, after listing them (ru)', async ({ page }) => {
  test.setTimeout(180_000);
  const ui = 'ru';
  const t = (key: string, params?: Record<string, string | number>) => text(ui, key, params);
  await apps.openAsPsychologist(page, ui);
  const code = await registerClient(page, ui, { fullName: 'Алёна Сергеевна Ким', consent: { scopes: ['assessment'] } });
  await startAssessment(page, ui, 'dapr', code);
  await drawPage(page, ui, ui, 'dapr', 'rain');
  await goToStep(page, ui, 'scoring');
  await tick(page, labelOf('dapr', 'stress_clouds', ui), ui);
  await goToStep(page, ui, 'sign');
  await expect(page.getByText(t('assessment.sign.markAllNotAssessedHelp', { count: 13 }))).toBeVisible();
  await docShot(page, 'not-assessed-sign-mark-all-ru');
  await page.getByRole('button', { name: t('assessment.sign.markAllNotAssessed'), exact: true }).click();
  await expect(page.locator('.missing--itemsOpen')).toHaveCount(0);
  await expectSaved(page, ui);
  // What was answered stays; the rest reads "not assessed", never "absent".
  await goToStep(page, ui, 'scoring');
  await expect(
    indicator(page, labelOf('dapr', 'stress_clouds', ui)).getByRole('radio', {
      name: t('instruments.answer.present'),
      exact: true,
    }),
  ).toBeChecked();
  await expect(
    indicator(page, labelOf('dapr', 'stress_wind', ui)).getByRole('radio', {
      name: t('instruments.answer.notAssessed'),
      exact: true,
    }),
  ).toBeChecked();
});
