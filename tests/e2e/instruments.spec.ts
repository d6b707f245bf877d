import { expect, test } from '@playwright/test';
import { INSTRUMENTS } from '../../assessments/instruments';
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
  phqItems,
  pick,
  scale,
  scorePanel,
  recordHouseDrawing,
  indicator,
  tick,
  useHouseDrawing,
} from './instrumentSteps';
import { appPerTest } from './setup';
import { choose, escapeRegExp, text } from './steps';

/**
 * Issue 4's catalogue and form renderer, used as a psychologist uses them: search the catalogue,
 * open every instrument, fill in its practice form and watch the scores and bands, meet the
 * PHQ-9 safety alert, the K10 skip rule, DAPR coping and the PPAT ratings. The keyboard-only run,
 * the client view and the screenshots in kk, ru and en are in instrumentViews.spec.ts.
 * Screenshots go to test-results/screenshots/instruments-*.png.
 */

// No screen of the catalogue or the forms breaks the CSP or throws.
const apps = appPerTest('instruments', { failOnConsoleProblems: true });

const en = (key: string, params?: Record<string, string | number>) => text('en', key, params);

test('the catalogue finds instruments by name in every language and by code, and shows each one', async ({ page }) => {
  await openCatalogue(page, apps, 'en');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(INSTRUMENTS.length + 1);

  const search = page.getByLabel(en('instruments.catalogue.search'));
  for (const [query, id] of [
    ['phq 9', 'phq9'],
    ['Үй, ағаш', 'htp'],
    ['дождём', 'dapr'],
    ['Kinetic', 'kfd'],
    ['K10', 'k10'],
  ] as const) {
    await search.fill(query);
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText(nameOf(id, 'en'));
  }
  await search.fill('no such test');
  await expect(page.getByText(en('instruments.catalogue.noMatch', { query: 'no such test' }))).toBeVisible();
  await search.fill('шкала');
  await expect(page.getByRole('status')).toHaveText(en('instruments.catalogue.shown', { shown: 3, total: INSTRUMENTS.length }));
  await shot(page, 'instruments-en-catalogue-search');
  await search.fill('');

  for (const def of INSTRUMENTS) {
    await openDetail(page, 'en', def.id);
    await expect(page.getByText(def.instructions.en.text)).toBeVisible();
    await expect(page.getByRole('heading', { name: en('instruments.detail.sources') })).toBeVisible();
    await expect(page.getByText(def.sources[0]!.citation)).toBeVisible();
    await expect(page.getByText(def.licence.note.en.text)).toBeVisible();
    if (def.kind === 'drawing') {
      await expect(page.getByRole('heading', { name: en('instruments.detail.pages') })).toBeVisible();
      for (const p of def.pages)
        await expect(page.getByRole('heading', { level: 3, name: p.title.en.text, exact: true })).toBeVisible();
    } else {
      await expect(page.getByRole('button', { name: en('instruments.detail.clientView') })).toBeVisible();
      // A band's cell may carry an "informal guide" tag after its label.
      for (const band of def.scales[0]!.bands) {
        await expect(
          page.getByRole('cell', { name: new RegExp(`^${escapeRegExp(band.label.en.text)}(?!\\p{L})`, 'u') }),
        ).toBeVisible();
      }
    }
    if (def.id === 'k10') {
      await expect(page.getByText('© World Health Organization 2003', { exact: true })).toBeVisible();
      await shot(page, 'instruments-en-detail-k10');
    }
    if (def.id === 'htp') {
      // The texts follow the language chosen here, not the UI's; the inquiry is listed per page.
      await choose(page, 'radio', 'Қазақша');
      await expect(page.getByRole('heading', { level: 1, name: def.name.kk.text })).toBeVisible();
      await expect(page.getByText(def.pages[0]!.inquiry[0]!.text.kk.text).first()).toBeVisible();
      await expect(page.getByText(en('instruments.translation.working'))).toBeVisible();
      await shot(page, 'instruments-en-detail-htp-kk-texts');
      await choose(page, 'radio', 'English');
    }
    await page.getByRole('button', { name: en('instruments.detail.back') }).click();
  }
});

test('PHQ-9: live totals and bands at every boundary, and the item-9 safety alert needs a note', async ({ page }) => {
  await openCatalogue(page, apps, 'en');
  await openPractice(page, 'en', 'phq9');
  const total = definition('phq9').scales[0]!.name.en.text;
  const bands = Object.fromEntries(definition('phq9').scales[0]!.bands.map((b) => [b.min, b.label.en.text]));

  // Items 1–8 answered, item 9 not: no total, and the panel says why.
  await answer(page, 'phq9', 'en', phqItems(10));
  await expectScore(page, 'en', total, en('instruments.scores.noValue'));
  await expect(scale(page, 'en', total)).toContainText(en('instruments.notes.scaleNotComputed', { items: '9' }));

  await pick(page, labelOf('phq9', 'q9', 'en'), 0);
  const expected: [number, string][] = [
    [4, bands[0]!],
    [5, bands[5]!],
    [9, bands[5]!],
    [10, bands[10]!],
    [14, bands[10]!],
    [15, bands[15]!],
    [19, bands[15]!],
    [20, bands[20]!],
  ];
  for (const [sum, band] of expected) {
    await answer(page, 'phq9', 'en', phqItems(sum));
    await expectScore(page, 'en', total, String(sum), band);
  }
  await answer(page, 'phq9', 'en', phqItems(10));
  await expectScore(page, 'en', total, '10', 'Moderate');
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Any answer above "not at all" on item 9 raises the alert beside it, and signing is blocked.
  await pick(page, labelOf('phq9', 'q9', 'en'), 1);
  const flag = definition('phq9').flags[0]!;
  await expect(page.getByRole('alert')).toHaveText(flag.message.en.text);
  await expectScore(page, 'en', total, '11', 'Moderate');
  await expect(scorePanel(page, 'en')).toContainText(en('instruments.signing.acknowledge'));
  await expect(page.getByText(en('instruments.flag.notAcknowledged'))).toBeVisible();
  await shot(page, 'instruments-en-phq9-safety-alert');

  // "Write the note" in the panel takes the psychologist to the note; writing it acknowledges the alert.
  await scorePanel(page, 'en')
    .getByRole('button', { name: en('instruments.flag.goToNote') })
    .click();
  const note = page.getByRole('textbox', { name: en('instruments.flag.noteLabel') });
  await expect(note).toBeFocused();
  await page.keyboard.type('Asked directly. No plan or intent. Safety plan made; duty officer informed.');
  await expect(page.getByText(en('instruments.flag.acknowledged'), { exact: true })).toBeVisible();
  await expect(scorePanel(page, 'en')).not.toContainText(en('instruments.signing.blocked'));

  // The difficulty question is recorded but not scored.
  await pick(page, labelOf('phq9', 'difficulty', 'en'), 'Somewhat difficult');
  await expectScore(page, 'en', total, '11');

  // The same answers as a signed record: words instead of inputs, the alert with its note.
  await choose(page, 'checkbox', en('instruments.practice.signedPreview'));
  await expect(page.getByRole('radiogroup')).toHaveCount(1); // the text-language switcher only
  await expect(page.getByText('Asked directly. No plan or intent.', { exact: false })).toBeVisible();
  await expect(page.getByText('Several days (1)').first()).toBeVisible();
  await shot(page, 'instruments-en-phq9-read-only');
});

test('K10 skips item 3 after "none of the time", RSES reverses its negative items', async ({ page }) => {
  await openCatalogue(page, apps, 'en');
  await openPractice(page, 'en', 'k10');
  const k10Total = definition('k10').scales[0]!.name.en.text;
  await answer(page, 'k10', 'en', { q1: 2, q2: 1 });
  // Item 3 is shown as skipped, with the reason, and scores 1.
  const reason = en('instruments.skip.reason', { item: 2, answer: 'None of the time (1)', score: 1 });
  await expect(page.getByText(reason)).toBeVisible();
  await expect(group(page, labelOf('k10', 'q3', 'en'))).toHaveCount(0);
  await answer(page, 'k10', 'en', { q4: 2, q5: 2, q6: 2, q7: 2, q8: 2, q9: 2, q10: 2 });
  // 2 + 1 + 1 (skipped) + 7 × 2 = 18: moderate distress.
  await expectScore(page, 'en', k10Total, '18', 'Moderate distress');
  await expect(scorePanel(page, 'en')).toContainText(en('instruments.notes.skipRuleApplied', { item: 3, score: 1 }));
  await shot(page, 'instruments-en-k10-skip');
  // Answered anyway, item 3 counts as answered.
  await page.getByRole('button', { name: en('instruments.skip.answerAnyway', { item: 3 }) }).click();
  await pick(page, labelOf('k10', 'q3', 'en'), 3);
  await expectScore(page, 'en', k10Total, '20', 'Moderate distress');
  await backToCatalogue(page, 'en', 'k10');

  await openPractice(page, 'en', 'rses');
  const rses = definition('rses');
  // "Strongly agree" (3) everywhere: the five negative items reverse to 0, so 5 × 3 = 15.
  await answer(page, 'rses', 'en', Object.fromEntries(rses.sections[0]!.items.map((i) => [i.id, 3])));
  const rsesTotal = rses.scales[0]!.name.en.text;
  await expectScore(page, 'en', rsesTotal, '15', rses.scales[0]!.bands.find((b) => b.min <= 15 && b.max >= 15)!.label.en.text);
  await expect(scale(page, 'en', rsesTotal)).toContainText(en('instruments.scores.informal'));
});

test('drawing protocols: every form renders, with pages, suggestions, validation and DAPR coping', async ({ page }) => {
  const app = await openCatalogue(page, apps, 'en');

  // HTP: six pages as tabs; suggestions from a recorded drawing to accept or override.
  await recordHouseDrawing(app);
  await openPractice(page, 'en', 'htp');
  const htp = definition('htp');
  await expect(page.getByRole('tab')).toHaveCount(htp.pages.length + 1);
  await tick(page, 'Door');
  await useHouseDrawing(page, 'en');
  await page
    .getByRole('button', { name: `${en('instruments.suggestion.accept')} ${labelOf('htp', 'house_size', 'en')}` })
    .click();
  const sizeSuggestion = page.getByRole('complementary', {
    name: en('instruments.suggestion.labelFor', { item: labelOf('htp', 'house_size', 'en') }),
  });
  await expect(sizeSuggestion.getByText(en('instruments.suggestion.accepted'))).toBeVisible();
  await pick(page, labelOf('htp', 'house_placementVertical', 'en'), 'lower third');
  const placement = page.getByRole('complementary', {
    name: en('instruments.suggestion.labelFor', { item: labelOf('htp', 'house_placementVertical', 'en') }),
  });
  await expect(placement.getByText(en('instruments.suggestion.overridden'))).toBeVisible();
  await page.getByRole('tab', { name: 'Tree', exact: true }).click();
  await tick(page, 'Roots');
  await page.getByRole('textbox', { name: labelOf('htp', 'tree_q_kind', 'en') }).fill('An old poplar by the road');
  await page.getByRole('tab', { name: en('instruments.form.general') }).click();
  await pick(page, labelOf('htp', 'global_detail', 'en'), 4);
  await page.getByRole('tab', { name: 'Tree', exact: true }).click();
  await expect(
    indicator(page, 'Roots').getByRole('radio', { name: en('instruments.answer.present'), exact: true }),
  ).toBeChecked();
  await backToCatalogue(page, 'en', 'htp');

  // Non-existent Animal: choices, several choices, a number checked against its range.
  await openPractice(page, 'en', 'nonExistentAnimal');
  await pick(page, labelOf('nonExistentAnimal', 'position', 'en'), 'upper third');
  await tick(page, 'Eyes');
  await choose(page, 'checkbox', 'horns');
  await choose(page, 'checkbox', 'claws');
  const legs = page.getByRole('textbox', { name: labelOf('nonExistentAnimal', 'legsCount', 'en') });
  await legs.fill('1200');
  await legs.blur();
  await expect(page.getByText(en('instruments.problems.outOfRange', { min: 0, max: 100 }))).toBeVisible();
  await legs.fill('4');
  await legs.blur();
  await expect(page.getByText(en('instruments.problems.outOfRange', { min: 0, max: 100 }))).toHaveCount(0);
  await backToCatalogue(page, 'en', 'nonExistentAnimal');

  // DAPR: Coping = Resources − Stress, live.
  await openPractice(page, 'en', 'dapr');
  const dapr = definition('dapr');
  const [stress, resources, coping] = dapr.scales.map((s) => s.name.en.text) as [string, string, string];
  // Nothing assessed yet is not "nothing present" (issue 12, item 3): no count until every indicator is answered.
  await expectScore(page, 'en', coping, '—');
  for (const id of ['stress_clouds', 'stress_puddles', 'stress_wind']) await tick(page, labelOf('dapr', id, 'en'));
  for (const id of ['resource_umbrella', 'resource_raincoat', 'resource_hat', 'resource_boots', 'resource_shelter']) {
    await tick(page, labelOf('dapr', id, 'en'));
  }
  await expectScore(page, 'en', stress, '—');
  for (const section of dapr.sections.filter((s) => s.id !== 'conclusion')) {
    await page
      .getByRole('region', { name: section.title.en.text })
      .getByRole('button', { name: en('instruments.section.restAbsent'), exact: true })
      .click();
  }
  await expectScore(page, 'en', stress, '3');
  await expectScore(page, 'en', resources, '5');
  await expectScore(page, 'en', coping, '2');
  for (const id of ['stress_heavyRain', 'stress_lightning', 'stress_rainOnPerson']) await tick(page, labelOf('dapr', id, 'en'));
  await expectScore(page, 'en', coping, '\u22121');
  await shot(page, 'instruments-en-dapr');
  await backToCatalogue(page, 'en', 'dapr');

  // Kinetic Family Drawing: figures, styles, the psychologist's reading.
  await openPractice(page, 'en', 'kfd');
  await pick(page, labelOf('kfd', 'fig_self_presence', 'en'), 'drawn');
  await page.getByRole('textbox', { name: labelOf('kfd', 'fig_self_sizeRank', 'en') }).fill('2');
  await tick(page, labelOf('kfd', 'style_encapsulation', 'en'));
  await page.getByRole('textbox', { name: labelOf('kfd', 'interpretation', 'en') }).fill('Hypothesis: distance to the father.');
  await backToCatalogue(page, 'en', 'kfd');

  // PPAT: the 14 formal-element ratings, 0–5, each with its anchors.
  await openPractice(page, 'en', 'ppat');
  const ratings = definition('ppat').sections[0]!.items;
  expect(ratings).toHaveLength(14);
  for (const [i, item] of ratings.entries()) await pick(page, item.label.en.text, i % 6);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(14 + 1); // and the text-language switcher
  await shot(page, 'instruments-en-ppat');
  await backToCatalogue(page, 'en', 'ppat');

  // Free drawing: theme and notes only.
  await openPractice(page, 'en', 'freeDrawing');
  await page.getByRole('textbox', { name: labelOf('freeDrawing', 'theme', 'en') }).fill('A road home');
  await expect(scorePanel(page, 'en')).toHaveCount(0);
});
