import { type Page, expect, test } from '@playwright/test';
import { shot } from './harness';
import {
  answer,
  backToCatalogue,
  definition,
  expectScore,
  group,
  labelOf,
  nameOf,
  openCatalogue,
  openDetail,
  openPractice,
  optionOf,
  phqItems,
  pick,
  responseOf,
  scorePanel,
  tabTo,
  recordHouseDrawing,
  tick,
  useHouseDrawing,
} from './instrumentSteps';
import { appPerTest } from './setup';
import { type Language, choose, text } from './steps';

/**
 * The instrument forms as people reach them without a mouse, as the client sees a questionnaire,
 * and in each of the three languages (screenshots of the HTP and PHQ-9 forms and the catalogue,
 * test-results/screenshots/instruments-<language>-*.png).
 */

const apps = appPerTest('instrument-views', { failOnConsoleProblems: true });

test('GAD-7 from the catalogue to its score with the keyboard only', async ({ page }) => {
  const t = (key: string, params?: Record<string, string | number>) => text('en', key, params);
  await openCatalogue(page, apps, 'en');
  const search = page.getByLabel(t('instruments.catalogue.search'));
  await tabTo(page, search);
  await page.keyboard.type('gad');
  const row = page.getByRole('button', { name: nameOf('gad7', 'en'), exact: true });
  await tabTo(page, row);
  await page.keyboard.press('Enter');
  const practice = page.getByRole('button', { name: t('instruments.detail.practice') });
  await tabTo(page, practice);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: t('instruments.practice.title', { name: nameOf('gad7', 'en') }) }),
  ).toBeVisible();

  // Tab into each item's radio group; Space chooses the focused answer, arrow keys move and choose.
  const answers = [1, 2, 0, 3, 1, 2, 1];
  for (const [i, value] of answers.entries()) {
    const item = group(page, labelOf('gad7', `q${i + 1}`, 'en'));
    await tabTo(page, item);
    if (value === 0) await page.keyboard.press('Space');
    for (let step = 0; step < value; step++) await page.keyboard.press('ArrowRight');
    await expect(item.getByRole('radio', { name: new RegExp(`^${value} `) })).toBeChecked();
    // The focused answer shows the focus ring.
    await expect(item.locator('[data-focus-visible]')).toHaveCount(1);
    if (i === 2) await shot(page, 'instruments-en-gad7-keyboard');
  }
  await expectScore(page, 'en', definition('gad7').scales[0]!.name.en.text, '10', 'Moderate');
  // Arrow keys change an answer too, and the total follows.
  await page.keyboard.press('ArrowLeft');
  await expectScore(page, 'en', definition('gad7').scales[0]!.name.en.text, '9', 'Mild');
});

test('the client view asks one question at a time in the client’s language, without scores', async ({ page }) => {
  const ru = (key: string, params?: Record<string, string | number>) => text('ru', key, params);
  const kk = (key: string, params?: Record<string, string | number>) => text('kk', key, params);
  await openCatalogue(page, apps, 'ru');
  await openDetail(page, 'ru', 'phq9');
  await page.getByRole('button', { name: ru('instruments.detail.clientView') }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: ru('instruments.preview.title', { name: nameOf('phq9', 'ru') }) }),
  ).toBeVisible();

  // The psychologist works in Russian; this client reads Kazakh.
  await choose(page, 'radio', 'Қазақша');
  const client = page.getByRole('region', { name: ru('instruments.preview.frame') });
  await expect(client.getByRole('heading', { name: kk('instruments.client.welcome') })).toBeVisible();
  await expect(client.getByText(definition('phq9').instructions.kk.text)).toBeVisible();
  await client.getByRole('button', { name: kk('instruments.client.begin') }).click();

  const items = definition('phq9').sections.flatMap((s) => s.items);
  for (const [i, item] of items.entries()) {
    await expect(client.getByRole('heading')).toHaveCount(1);
    await expect(client.getByRole('heading')).toHaveText(item.label.kk.text);
    await expect(client.getByText(kk('instruments.client.progress', { n: i + 1, total: items.length }))).toBeVisible();
    // Answers are words only: no numbers, no scores.
    await expect(client.getByRole('radio', { name: /\d/ })).toHaveCount(0);
    const option =
      item.kind === 'response' ? responseOf('phq9', i < 8 ? 1 : 0, 'kk') : optionOf('phq9', item.id, 'somewhat', 'kk');
    await client.getByText(option, { exact: true }).click();
    await expect(client.getByRole('radio', { name: option, exact: true })).toBeChecked();
    if (i === 2) await shot(page, 'instruments-client-view-kk');
    await client
      .getByRole('button', { name: kk(i === items.length - 1 ? 'instruments.client.finish' : 'instruments.client.next') })
      .click();
  }
  await expect(client.getByRole('heading', { name: kk('instruments.client.thanks') })).toBeVisible();
  await expect(client).not.toContainText(ru('instruments.scores.title'));
  await expect(client).not.toContainText(kk('instruments.scores.title'));
  await shot(page, 'instruments-client-view-kk-done');

  // The same answers in the psychologist's practice form: 8 × "several days" = 8, mild.
  await page.getByRole('button', { name: ru('instruments.preview.openForm') }).click();
  const total = definition('phq9').scales[0]!;
  await expectScore(page, 'ru', total.name.ru.text, '8', total.bands[1]!.label.ru.text);

  // K10 in client view: "none of the time" on item 2 skips item 3.
  await page.getByRole('button', { name: ru('instruments.practice.back', { name: nameOf('phq9', 'ru') }) }).click();
  await page.getByRole('button', { name: ru('instruments.detail.back') }).click();
  await openDetail(page, 'ru', 'k10');
  await page.getByRole('button', { name: ru('instruments.detail.clientView') }).click();
  await client.getByRole('button', { name: ru('instruments.client.begin') }).click();
  for (const value of [2, 1]) {
    await client.getByText(responseOf('k10', value, 'ru'), { exact: true }).click();
    await client.getByRole('button', { name: ru('instruments.client.next') }).click();
  }
  await expect(client.getByRole('heading')).toHaveText(labelOf('k10', 'q4', 'ru'));
  await expect(client.getByText(ru('instruments.client.progress', { n: 3, total: 9 }))).toBeVisible();
});

/** The HTP house page with suggestions from a recorded drawing, one accepted and one overridden. */
async function htpForm(page: Page, language: Language): Promise<void> {
  const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);
  await openPractice(page, language, 'htp');
  await useHouseDrawing(page, language);
  await page
    .getByRole('button', { name: `${t('instruments.suggestion.accept')} ${labelOf('htp', 'house_size', language)}` })
    .click();
  await page
    .getByRole('button', { name: `${t('instruments.suggestion.accept')} ${labelOf('htp', 'house_erasures', language)}` })
    .click();
  await pick(
    page,
    labelOf('htp', 'house_placementVertical', language),
    optionOf('htp', 'house_placementVertical', 'middle', language),
  );
  await pick(page, labelOf('htp', 'house_lineQuality', language), optionOf('htp', 'house_lineQuality', 'sketchy', language));
  for (const feature of ['door', 'windows', 'roof', 'walls'])
    await tick(page, labelOf('htp', `house_${feature}`, language), language);
  await page
    .getByRole('textbox', { name: labelOf('htp', 'house_q_whose', language) })
    .fill(language === 'en' ? 'My grandmother’s' : language === 'ru' ? 'Бабушкин' : 'Әжемнің үйі');
  await expect(page.getByText(t('instruments.suggestion.overridden'))).toBeVisible();
}

/** PHQ-9 answered to 12 with item 9 above "not at all": total, band and the safety alert. */
async function phqForm(page: Page, language: Language): Promise<void> {
  await openPractice(page, language, 'phq9');
  await answer(page, 'phq9', language, { ...phqItems(11), q9: 1 });
  const total = definition('phq9').scales[0]!;
  await expectScore(page, language, total.name[language].text, '12', total.bands[2]!.label[language].text);
  await expect(page.getByRole('alert')).toHaveText(definition('phq9').flags[0]!.message[language].text);
  await expect(scorePanel(page, language)).toContainText(text(language, 'instruments.signing.acknowledge'));
}

for (const language of ['kk', 'ru', 'en'] as const) {
  test(`the catalogue, an HTP form and a PHQ-9 form in ${language}`, async ({ page }) => {
    const app = await openCatalogue(page, apps, language);
    await recordHouseDrawing(app);
    await shot(page, `instruments-${language}-catalogue`);
    await htpForm(page, language);
    await shot(page, `instruments-${language}-htp-form`);
    await backToCatalogue(page, language, 'htp');
    await phqForm(page, language);
    await shot(page, `instruments-${language}-phq9-form`);
  });
}
