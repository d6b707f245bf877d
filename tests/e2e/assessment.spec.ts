import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { pdfPages, pdfText } from '../integration/reportChromium';
import {
  addAddendum,
  answerInquiry,
  drawPage,
  expectSaved,
  goToStep,
  leaveClientMode,
  closeOpenSections,
  signAssessment,
  startAssessment,
  stepper,
  writeConclusion,
} from './assessmentSteps';
import { registerClient } from './clientSteps';
import { docShot, docShotPath as shotPath } from './harness';
import { inkPixels } from './pdfPixels';
import { definition, labelOf, responseOf } from './instrumentSteps';
import { appPerTest } from './setup';
import { type Language, clickOption, text } from './steps';

/**
 * Issue 5, items 2 and 5, as a psychologist works: register a client, run House-Tree-Person with
 * each page drawn in client mode, answer the inquiry, fill the form taking a suggestion from the
 * drawings, conclude, sign with the password, add an addendum, export the PDF report and find the
 * drawing on its first page; and a PHQ-9 answered by the client
 * in questionnaire client mode whose item-9 alert blocks signing until it is acknowledged.
 * Screenshots of each step in kk, ru and en go to test-results/screenshots/assessment-*-<language>.png.
 */

const apps = appPerTest('assessment', { failOnConsoleProblems: true });

const WORDS: Record<
  Language,
  { name: string; inquiry: string[]; conclusion: string; recommendations: string; note: string; addendum: string }
> = {
  en: {
    name: 'Yerzhan Omarov',
    inquiry: ['My grandmother lives there', 'It is warm inside', 'The door is open'],
    conclusion: 'Drew calmly and with care; talked readily about home and family.',
    recommendations: 'Continue individual sessions; invite to the pre-release group.',
    note: 'Needs help with identity documents before release.',
    addendum: 'Correction: the client later said the house is his own childhood home.',
  },
  ru: {
    name: 'Ержан Бекболатович Омаров',
    inquiry: ['Там живёт моя бабушка', 'Внутри тепло', 'Дверь открыта'],
    conclusion: 'Рисовал спокойно и старательно; охотно рассказывал о доме и семье.',
    recommendations: 'Продолжить индивидуальные встречи; пригласить в группу подготовки к освобождению.',
    note: 'Нужна помощь с документами, удостоверяющими личность, до освобождения.',
    addendum: 'Уточнение: позже клиент сказал, что это дом его детства.',
  },
  kk: {
    name: 'Ержан Бекболатұлы Омаров',
    inquiry: ['Онда әжем тұрады', 'Іші жылы', 'Есігі ашық'],
    conclusion: 'Асықпай, ықыласпен салды; үйі мен отбасы туралы еркін әңгімеледі.',
    recommendations: 'Жеке кездесулерді жалғастыру; босатылуға дайындық тобына шақыру.',
    note: 'Босатылғанға дейін жеке куәлік құжаттарына көмек керек.',
    addendum: 'Нақтылау: кейін клиент бұл өзінің балалық шағындағы үйі екенін айтты.',
  },
};

for (const ui of ['kk', 'ru', 'en'] as const) {
  test(`House-Tree-Person from client mode to a signed assessment with an addendum (${ui})`, async ({ page }) => {
    test.setTimeout(240_000);
    const t = (key: string, params?: Record<string, string | number>) => text(ui, key, params);
    const words = WORDS[ui];
    const shotOf = (name: string) => docShot(page, `assessment-${name}-${ui}`);
    await page.setViewportSize({ width: 1280, height: 860 });
    const saved: Buffer[] = [];
    const app = await apps.openAsPsychologist(page, ui, {
      saveFile: async (_name, bytes) => (saved.push(bytes), { saved: true }),
    });
    const code = await registerClient(page, ui, { fullName: words.name, consent: { scopes: ['assessment', 'data-storage'] } });

    const id = await startAssessment(page, ui, 'htp', code);
    await expect(stepper(page, ui).getByRole('button', { name: new RegExp(t('assessment.steps.drawings')) })).toHaveAttribute(
      'aria-current',
      'step',
    );
    await shotOf('01-drawings');

    // Each required page in client mode: only the page and its tools, the task in the client's language.
    await drawPage(page, ui, ui, 'htp', 'house', () => shotOf('02-client-mode'));
    await drawPage(page, ui, ui, 'htp', 'tree');
    await drawPage(page, ui, ui, 'htp', 'person');
    await expect(page.getByTestId('page-thumbnail')).toHaveCount(3);
    await shotOf('03-drawings-done');

    // Inquiry: the client's words, saved as typed.
    await goToStep(page, ui, 'inquiry');
    await answerInquiry(page, ui, 'htp', 'house', words.inquiry);
    await answerInquiry(page, ui, 'htp', 'tree', words.inquiry.slice(0, 1));
    await expectSaved(page, ui);
    await shotOf('04-inquiry');

    // The form: a suggestion from the drawings accepted; the inquiry shows there too.
    await goToStep(page, ui, 'scoring');
    await page
      .getByRole('button', { name: new RegExp(`^${t('instruments.suggestion.accept')} `) })
      .first()
      .click();
    await expect(page.getByText(t('instruments.suggestion.accepted')).first()).toBeVisible();
    await closeOpenSections(page, ui);
    await expectSaved(page, ui);
    await shotOf('05-scoring');

    // Signing is not offered while the conclusion is empty; the review leads there.
    await goToStep(page, ui, 'sign');
    await expect(page.getByText(t('assessment.missing.conclusionEmpty'))).toBeVisible();
    await expect(page.getByRole('button', { name: t('assessment.sign.open') })).toBeDisabled();
    await shotOf('06-sign-missing');
    await page.getByRole('button', { name: t('assessment.sign.goTo', { step: t('assessment.steps.conclusion') }) }).click();
    await writeConclusion(page, ui, {
      conclusion: words.conclusion,
      recommendations: words.recommendations,
      referral: 'legal-aid',
      note: words.note,
    });
    await expectSaved(page, ui);
    await shotOf('07-conclusion');

    // The draft is resumed from the client page with everything kept.
    await page.getByRole('button', { name: t('assessment.workflow.back') }).click();
    const row = page.locator(`tr[data-assessment-id="${id}"]`);
    await expect(row.getByText(t('assessment.status.draft'))).toBeVisible();
    await row.getByRole('button', { name: new RegExp(t('assessment.list.resume')) }).click();
    await goToStep(page, ui, 'conclusion');
    await expect(page.getByRole('textbox', { name: t('assessment.conclusion.conclusion'), exact: true })).toHaveValue(
      words.conclusion,
    );

    await goToStep(page, ui, 'sign');
    await expect(page.getByText(t('assessment.sign.ready'))).toBeVisible();
    await signAssessment(page, ui);
    await expect(page.getByText(words.conclusion)).toBeVisible();
    await shotOf('08-signed');

    await addAddendum(page, ui, words.addendum, () => shotOf('09-addendum-dialog'));
    await shotOf('10-addendum');

    // The PDF report, code only: turned into pictures as a reader sees it, the client's graphite
    // house is on its first page, and the addendum and the code are in its text, the name is not.
    await page.getByRole('button', { name: t('report.button') }).click();
    const report = page.getByRole('dialog', { name: t('report.title') });
    await report.getByRole('button', { name: t('report.create') }).click();
    await expect(report.getByRole('status')).toHaveText(t('report.saved'));
    await report.getByRole('button', { name: t('report.close') }).click();
    expect(saved).toHaveLength(1);
    const pdfWords = pdfText(saved[0]!).replace(/\s+/g, ' ');
    expect(pdfWords).toContain(code);
    expect(pdfWords).toContain(words.addendum);
    expect(pdfWords).not.toContain(words.name);
    const firstPage = pdfPages(saved[0]!, 100)[0]!;
    writeFileSync(shotPath(`assessment-12-report-${ui}`), firstPage);
    const pencil = await inkPixels(page, firstPage, 'graphite');
    expect(pencil.count).toBeGreaterThan(300);
    expect(pencil.width).toBeGreaterThan(150);
    expect(pencil.height).toBeGreaterThan(100);

    // What the backend holds: signed, the inquiry in the client's words, the accepted suggestion, one addendum.
    const stored = await app.backend.invoke('assessments:get', { id });
    if (!stored.ok) throw new Error(stored.error.code);
    expect(stored.value.status).toBe('signed');
    expect(Object.values(stored.value.inquiry.house ?? {})).toEqual(words.inquiry);
    expect(Object.values(stored.value.form.answers).some((a) => a.source === 'suggestion-accepted')).toBe(true);
    expect(stored.value.referrals).toEqual([{ kind: 'legal-aid', note: words.note }]);
    expect(stored.value.addenda.map((a) => a.text)).toEqual([words.addendum]);
    expect(stored.value.pages.filter((p) => p.drawing?.status === 'finished').map((p) => p.pageId)).toEqual([
      'house',
      'tree',
      'person',
    ]);

    // Back on the client page: signed, with its addendum counted.
    await page.getByRole('button', { name: t('assessment.workflow.back') }).click();
    await expect(row.getByText(t('assessment.status.signed'))).toBeVisible();
    await shotOf('11-client-list');
  });
}

for (const ui of ['en', 'ru', 'kk'] as const) {
  test(`a PHQ-9 answered in client mode: the item-9 alert blocks signing until acknowledged (${ui})`, async ({ page }) => {
    test.setTimeout(180_000);
    const t = (key: string, params?: Record<string, string | number>) => text(ui, key, params);
    const shotOf = (name: string) => docShot(page, `assessment-phq9-${name}-${ui}`);
    await page.setViewportSize({ width: 1280, height: 860 });
    const app = await apps.openAsPsychologist(page, ui);
    const code = await registerClient(page, ui, { fullName: WORDS[ui].name, consent: { scopes: ['assessment'] } });
    const id = await startAssessment(page, ui, 'phq9', code);

    // Handed over: one question at a time, in the client's language, each answer saved as given.
    await page.getByRole('button', { name: t('assessment.answers.handOver') }).click();
    await expect(page.getByTestId('client-mode')).toBeVisible();
    await page.getByRole('button', { name: t('instruments.client.begin') }).click();
    const values: Record<string, number> = { q1: 1, q2: 2, q3: 1, q4: 1, q5: 0, q6: 1, q7: 0, q8: 0, q9: 1 };
    for (const [itemId, value] of Object.entries(values)) {
      await expect(page.getByRole('heading', { name: labelOf('phq9', itemId, ui) })).toBeVisible();
      const option = responseOf('phq9', value, ui);
      await clickOption(page.getByRole('radio', { name: option, exact: true }));
      if (itemId === 'q2') await shotOf('01-client-mode');
      await page.getByRole('button', { name: t('instruments.client.next') }).click();
    }
    // The functioning question comes last; it is not scored.
    const functioning = definition('phq9')
      .sections.flatMap((s) => s.items)
      .at(-1)!;
    expect(functioning.kind).toBe('singleChoice');
    if (functioning.kind === 'singleChoice')
      await clickOption(page.getByRole('radio', { name: functioning.options[1]!.label[ui].text, exact: true }));
    await page.getByRole('button', { name: t('instruments.client.finish') }).click();
    await expect(page.getByRole('heading', { name: t('instruments.client.thanks') })).toBeVisible();
    await leaveClientMode(page, ui);

    // Back on the answers step: the client's answers, the total, and the alert beside item 9.
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(code) })).toBeVisible();
    const stored = await app.backend.invoke('assessments:get', { id });
    if (!stored.ok) throw new Error(stored.error.code);
    expect(stored.value.form.answers.q9?.value).toBe(1);
    await expect(page.getByText(t('instruments.flag.title')).first()).toBeVisible();
    await shotOf('02-alert');

    await goToStep(page, ui, 'conclusion');
    await page.getByRole('textbox', { name: t('assessment.conclusion.conclusion'), exact: true }).fill(WORDS[ui].conclusion);
    await expectSaved(page, ui);
    await goToStep(page, ui, 'sign');
    await expect(page.getByText(t('assessment.missing.unacknowledgedFlag', { item: 9 }))).toBeVisible();
    await expect(page.getByRole('button', { name: t('assessment.sign.open') })).toBeDisabled();
    await shotOf('03-sign-blocked');

    // Acknowledged with a note: signing opens.
    await page.getByRole('button', { name: t('assessment.sign.goTo', { step: t('assessment.steps.answers') }) }).click();
    await page
      .getByLabel(t('instruments.flag.noteLabel'))
      .fill('Asked directly; no plan or intent. Safety plan agreed, duty officer informed.');
    await expectSaved(page, ui);
    await goToStep(page, ui, 'sign');
    await expect(page.getByText(t('assessment.sign.ready'))).toBeVisible();
    await signAssessment(page, ui);
    await shotOf('04-signed');
  });
}
