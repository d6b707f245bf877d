/**
 * Steps of the assessment workflow, shared by assessment.spec.ts and the specs built on it (the
 * PDF report): start an assessment on the client page, hand each page of a drawing protocol to
 * the client and draw on it, answer the inquiry, fill the form, conclude, sign, add an addendum.
 */
import { type Locator, type Page, expect } from '@playwright/test';
import { definition, nameOf } from './instrumentSteps';
import { mouseStroke } from './drawingSteps';
import { type Language, PSYCHOLOGIST, clickOption, escapeRegExp, text } from './steps';

/** The workflow's own step buttons (the stepper). */
export const stepper = (page: Page, ui: Language): Locator =>
  page.getByRole('navigation', { name: text(ui, 'assessment.steps.label') });

/** Opens a step from the stepper and waits for its heading. */
export async function goToStep(page: Page, ui: Language, step: string): Promise<void> {
  await stepper(page, ui)
    .getByRole('button', { name: new RegExp(`^\\d?\\s*${text(ui, `assessment.steps.${step}`)}`) })
    .click();
  await expect(
    page.getByRole('heading', { level: 2, name: new RegExp(`${text(ui, `assessment.steps.${step}`)}$`) }),
  ).toBeVisible();
}

/** On a client's page: "New assessment", the instrument, "Start"; waits for the workflow. */
export async function startAssessment(page: Page, ui: Language, instrumentId: string, code: string): Promise<string> {
  await page.getByRole('button', { name: text(ui, 'assessment.list.new') }).click();
  const dialog = page.getByRole('dialog', { name: text(ui, 'assessment.new.title') });
  await clickOption(dialog.getByRole('radio', { name: new RegExp(`^${escapeRegExp(nameOf(instrumentId, ui))}`) }));
  await dialog.getByRole('button', { name: text(ui, 'assessment.new.create') }).click();
  const title = text(ui, 'assessment.workflow.title', { instrument: nameOf(instrumentId, ui), code });
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return (await page.locator('[data-assessment-id]').getAttribute('data-assessment-id')) ?? '';
}

/** The psychologist's password dialog of client mode, in the psychologist's language. */
export async function leaveClientMode(page: Page, ui: Language): Promise<void> {
  await page.getByRole('button', { name: text(ui, 'drawing.exit.open') }).click();
  const exit = page.getByRole('dialog', { name: text(ui, 'drawing.exit.title') });
  await exit.getByLabel(text(ui, 'fields.password'), { exact: true }).fill(PSYCHOLOGIST.own);
  await exit.getByRole('button', { name: text(ui, 'drawing.exit.submit') }).click();
  await expect(page.getByRole('navigation', { name: text(ui, 'nav.label') })).toBeVisible();
}

/** A few strokes per figure, in page fractions, so each page has ink to show and measure. */
const FIGURE_STROKES: Record<string, Array<Array<[number, number]>>> = {
  house: [
    [
      [0.3, 0.7],
      [0.7, 0.7],
      [0.7, 0.4],
      [0.3, 0.4],
      [0.3, 0.7],
    ],
    [
      [0.3, 0.4],
      [0.5, 0.2],
      [0.7, 0.4],
    ],
    [
      [0.45, 0.7],
      [0.45, 0.55],
      [0.55, 0.55],
      [0.55, 0.7],
    ],
  ],
  tree: [
    [
      [0.47, 0.85],
      [0.47, 0.5],
    ],
    [
      [0.53, 0.85],
      [0.53, 0.5],
    ],
    [
      [0.5, 0.2],
      [0.3, 0.4],
      [0.4, 0.55],
      [0.6, 0.55],
      [0.7, 0.4],
      [0.5, 0.2],
    ],
  ],
  person: [
    [
      [0.45, 0.15],
      [0.55, 0.15],
      [0.55, 0.25],
      [0.45, 0.25],
      [0.45, 0.15],
    ],
    [
      [0.5, 0.25],
      [0.5, 0.55],
    ],
    [
      [0.35, 0.35],
      [0.65, 0.35],
    ],
    [
      [0.5, 0.55],
      [0.4, 0.8],
    ],
    [
      [0.5, 0.55],
      [0.6, 0.8],
    ],
  ],
};

/** A page's card on the drawings step. */
export const pageCard = (page: Page, pageId: string): Locator => page.locator(`[data-page-id="${pageId}"]`);

/** A button of a page's card, named by its text and (for screen readers) the page's title. */
export function pageCardButton(page: Page, ui: Language, instrumentId: string, pageId: string, key: string): Locator {
  const title = definition(instrumentId).pages.find((p) => p.id === pageId)!.title[ui].text;
  return pageCard(page, pageId).getByRole('button', {
    name: new RegExp(`^${escapeRegExp(text(ui, key))}\\s*: ${escapeRegExp(title)}$`),
  });
}

/**
 * One page in client mode: "Hand over to the client" for the page, then the client draws it (see
 * drawHandedOverPage). `snap` runs while the client's page shows, for a screenshot.
 */
export async function drawPage(
  page: Page,
  ui: Language,
  client: Language,
  instrumentId: string,
  pageId: string,
  snap?: () => Promise<void>,
): Promise<void> {
  await pageCardButton(page, ui, instrumentId, pageId, 'assessment.drawings.handOver').click();
  await drawHandedOverPage(page, ui, client, instrumentId, pageId, snap);
}

/**
 * With the page handed over: the client sees only the page and the task in their language, draws
 * strokes with the mouse, presses "Finished" and confirms in their language; the psychologist
 * takes the screen back with the password, and the page's card shows it finished with a thumbnail.
 */
export async function drawHandedOverPage(
  page: Page,
  ui: Language,
  client: Language,
  instrumentId: string,
  pageId: string,
  snap?: () => Promise<void>,
  /** Which figure the client draws (house, tree or person); the page's own unless given. */
  figure = pageId.replace('Colour', ''),
): Promise<void> {
  const pageDef = definition(instrumentId).pages.find((p) => p.id === pageId)!;
  await expect(page.getByTestId('client-mode')).toBeVisible();
  await expect(page.getByText(pageDef.instruction[client].text)).toBeVisible();
  for (const stroke of FIGURE_STROKES[figure] ?? FIGURE_STROKES.house!) await mouseStroke(page, stroke);
  if (snap) await snap();
  await page.getByRole('button', { name: text(client, 'drawing.client.finished') }).click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: text(client, 'drawing.finish.confirm') })
    .click();
  await expect(page.getByRole('heading', { name: text(client, 'drawing.client.thanks') })).toBeVisible();
  await leaveClientMode(page, ui);
  // Back on the assessment, at the drawings step, with the page finished.
  const card = pageCard(page, pageId);
  await expect(card.locator('.page-card__state')).toHaveText(text(ui, 'assessment.drawings.state.finished'));
  await expect(card.getByTestId('page-thumbnail')).toBeVisible();
}

/** Waits until the draft says "Saved" (the autosave ran). */
export async function expectSaved(page: Page, ui: Language): Promise<void> {
  await expect(page.getByTestId('save-indicator')).toHaveText(text(ui, 'assessment.save.saved'), { timeout: 10_000 });
}

/** The inquiry: each question of the page answered with the given words (in the client's language). */
export async function answerInquiry(
  page: Page,
  client: Language,
  instrumentId: string,
  pageId: string,
  answers: string[],
): Promise<void> {
  const pageDef = definition(instrumentId).pages.find((p) => p.id === pageId)!;
  for (const [i, words] of answers.entries()) {
    const question = pageDef.inquiry[i];
    if (!question) break;
    await page.getByLabel(question.text[client].text, { exact: true }).fill(words);
  }
}

/** The conclusion step: conclusion, recommendations, and one referral with its note. */
export async function writeConclusion(
  page: Page,
  ui: Language,
  words: { conclusion: string; recommendations: string; referral: string; note: string },
): Promise<void> {
  await page.getByRole('textbox', { name: text(ui, 'assessment.conclusion.conclusion'), exact: true }).fill(words.conclusion);
  await page
    .getByRole('textbox', { name: text(ui, 'assessment.conclusion.recommendations'), exact: true })
    .fill(words.recommendations);
  const kind = text(ui, `assessment.referrals.kinds.${words.referral}`);
  await clickOption(page.getByRole('checkbox', { name: kind, exact: true }));
  await page.getByLabel(text(ui, 'assessment.referrals.note', { kind })).fill(words.note);
}

/** Signs with the password re-entered; waits for the read-only view and its signature line. */
export async function signAssessment(page: Page, ui: Language): Promise<void> {
  await page.getByRole('button', { name: text(ui, 'assessment.sign.open') }).click();
  const dialog = page.getByRole('dialog', { name: text(ui, 'assessment.sign.dialogTitle') });
  await dialog.getByLabel(text(ui, 'assessment.sign.password'), { exact: true }).fill(PSYCHOLOGIST.own);
  await dialog.getByRole('button', { name: text(ui, 'assessment.sign.submit'), exact: true }).click();
  await expect(page.getByText(text(ui, 'assessment.signed.readOnly'))).toBeVisible();
  await expect(page.getByTestId('signature-line')).toBeVisible();
}

/** "Add an addendum": its text, the password; waits until it is listed after the original. */
export async function addAddendum(page: Page, ui: Language, words: string, snap?: () => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: text(ui, 'assessment.addendum.add') }).click();
  const dialog = page.getByRole('dialog', { name: text(ui, 'assessment.addendum.dialogTitle') });
  await dialog.getByLabel(text(ui, 'assessment.addendum.text'), { exact: true }).fill(words);
  await dialog.getByLabel(text(ui, 'assessment.sign.password'), { exact: true }).fill(PSYCHOLOGIST.own);
  if (snap) await snap();
  await dialog.getByRole('button', { name: text(ui, 'assessment.addendum.submit') }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.addendum').getByText(words)).toBeVisible();
}

/**
 * On the scoring form, page tab by page tab: states the rest of every open section — indicators
 * absent where that is offered, then whatever is left "not assessed" (issue 12, item 3).
 */
export async function closeOpenSections(page: Page, ui: Language): Promise<void> {
  const tabs = page.getByRole('tablist', { name: text(ui, 'instruments.form.pages') }).getByRole('tab');
  const count = Math.max(await tabs.count(), 1);
  for (let i = 0; i < count; i++) {
    if ((await tabs.count()) > 0) await tabs.nth(i).click();
    for (const key of ['instruments.section.restAbsent', 'instruments.section.restNotAssessed']) {
      const button = page.getByRole('button', { name: text(ui, key), exact: true });
      while ((await button.count()) > 0) await button.first().click();
    }
  }
}
