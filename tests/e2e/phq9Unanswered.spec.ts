import { expect, test } from '@playwright/test';
import { expectSaved, goToStep, leaveClientMode, signAssessment, startAssessment } from './assessmentSteps';
import { registerClient } from './clientSteps';
import { docShot } from './harness';
import { definition, labelOf, responseOf } from './instrumentSteps';
import { appPerTest } from './setup';
import { type Language, clickOption, text } from './steps';

/**
 * Issue 10: a client who pressed Next past PHQ-9 item 9 raised no alert and the assessment could
 * be signed. Now the client's screen asks once more, in the client's language, before leaving any
 * question without an answer (never forcing one), and the psychologist cannot sign until they
 * note that item 9 was not answered (or record the answer after asking directly).
 * Screenshots go to test-results/screenshots/assessment-phq9-unanswered-*-<language>.png.
 */

const apps = appPerTest('phq9-unanswered', { failOnConsoleProblems: true });

const WORDS: Record<'kk' | 'ru', { name: string; conclusion: string; note: string }> = {
  ru: {
    name: 'Данияр Сериков',
    conclusion: 'Лёгкие симптомы; повторная встреча через четыре недели.',
    note: 'Прямо спросил о пункте 9: клиент отказался отвечать. Сообщил дежурному, назначена встреча на завтра.',
  },
  kk: {
    name: 'Данияр Серікұлы',
    conclusion: 'Жеңіл белгілер; төрт аптадан кейін қайта кездесу.',
    note: '9-тармақ туралы тікелей сұрадым: клиент жауап беруден бас тартты. Кезекшіге хабарладым, ертеңге кездесу белгіленді.',
  },
};

for (const ui of ['kk', 'ru'] as const satisfies readonly Language[]) {
  test(`a client who skips PHQ-9 item 9 is asked once more; the psychologist cannot sign until noting it (${ui})`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const t = (key: string, params?: Record<string, string | number>) => text(ui, key, params);
    const shotOf = (name: string) => docShot(page, `assessment-phq9-unanswered-${name}-${ui}`);
    await page.setViewportSize({ width: 1280, height: 860 });
    const app = await apps.openAsPsychologist(page, ui);
    const code = await registerClient(page, ui, { fullName: WORDS[ui].name, consent: { scopes: ['assessment'] } });
    const id = await startAssessment(page, ui, 'phq9', code);

    await page.getByRole('button', { name: t('assessment.answers.handOver') }).click();
    await expect(page.getByTestId('client-mode')).toBeVisible();
    await page.getByRole('button', { name: t('instruments.client.begin') }).click();
    for (const itemId of ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8']) {
      await expect(page.getByRole('heading', { name: labelOf('phq9', itemId, ui) })).toBeVisible();
      await clickOption(page.getByRole('radio', { name: responseOf('phq9', 1, ui), exact: true }));
      // An answered question is left without a second question.
      await page.getByRole('button', { name: t('instruments.client.next') }).click();
    }

    // Item 9 left blank: the screen asks once more, in the client's language.
    await expect(page.getByRole('heading', { name: labelOf('phq9', 'q9', ui) })).toBeVisible();
    await page.getByRole('button', { name: t('instruments.client.next') }).click();
    const ask = page.getByRole('alertdialog', { name: t('instruments.client.unanswered.title') });
    await expect(ask).toBeVisible();
    await expect(ask.getByText(t('instruments.client.unanswered.body'))).toBeVisible();
    await shotOf('01-client-asked');
    // "Answer it" goes back to the same question…
    await ask.getByRole('button', { name: t('instruments.client.unanswered.answer') }).click();
    await expect(ask).toBeHidden();
    await expect(page.getByRole('heading', { name: labelOf('phq9', 'q9', ui) })).toBeVisible();
    // …and the client may still go on without an answer.
    await page.getByRole('button', { name: t('instruments.client.next') }).click();
    await ask.getByRole('button', { name: t('instruments.client.unanswered.skip') }).click();
    const functioning = definition('phq9')
      .sections.flatMap((s) => s.items)
      .at(-1)!;
    await expect(page.getByRole('heading', { name: functioning.label[ui].text })).toBeVisible();
    if (functioning.kind === 'singleChoice')
      await clickOption(page.getByRole('radio', { name: functioning.options[0]!.label[ui].text, exact: true }));
    await page.getByRole('button', { name: t('instruments.client.finish') }).click();
    await expect(page.getByRole('heading', { name: t('instruments.client.thanks') })).toBeVisible();
    await leaveClientMode(page, ui);

    // Back on the answers step: item 9 has no answer, and the alert beside it says what to do.
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(code) })).toBeVisible();
    const stored = await app.backend.invoke('assessments:get', { id });
    if (!stored.ok) throw new Error(stored.error.code);
    expect(stored.value.form.answers.q9).toBeUndefined();
    const unanswered = definition('phq9').flags.find((f) => f.id === 'selfHarmUnanswered')!;
    await expect(page.getByRole('alert').filter({ hasText: unanswered.message[ui].text })).toBeVisible();
    await shotOf('02-alert');

    await goToStep(page, ui, 'conclusion');
    await page.getByRole('textbox', { name: t('assessment.conclusion.conclusion'), exact: true }).fill(WORDS[ui].conclusion);
    await expectSaved(page, ui);
    await goToStep(page, ui, 'sign');
    await expect(page.getByText(t('assessment.missing.unansweredSafetyItem', { item: 9 }))).toBeVisible();
    await expect(page.getByRole('button', { name: t('assessment.sign.open') })).toBeDisabled();
    await shotOf('03-sign-blocked');

    // The note that item 9 was not answered opens signing.
    await page.getByRole('button', { name: t('assessment.sign.goTo', { step: t('assessment.steps.answers') }) }).click();
    await page.getByLabel(t('instruments.flag.unansweredNoteLabel')).fill(WORDS[ui].note);
    await expectSaved(page, ui);
    await goToStep(page, ui, 'sign');
    await expect(page.getByText(t('assessment.sign.ready'))).toBeVisible();
    await signAssessment(page, ui);
    const signed = await app.backend.invoke('assessments:get', { id });
    if (!signed.ok) throw new Error(signed.error.code);
    expect(signed.value.form.acknowledgements.selfHarmUnanswered).toBe(WORDS[ui].note);
    await shotOf('04-signed');
  });
}
