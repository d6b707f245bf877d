/** Steps for the instrument catalogue and form end-to-end tests (instruments.spec.ts). */
import { type Locator, type Page, expect } from '@playwright/test';
import { type Instrument, INSTRUMENTS } from '../../assessments/instruments';
import { encodeEvents } from '../../assessments/drawing/encoding';
import type { Stroke } from '../../assessments/drawing/model';
import type { OpenedApp } from './harness';
import type { AppPerTest } from './setup';
import { type Language, clickOption, escapeRegExp, text } from './steps';

export function definition(id: string): Instrument {
  const found = INSTRUMENTS.find((i) => i.id === id);
  if (!found) throw new Error(`no instrument ${id}`);
  return found;
}

export const nameOf = (id: string, language: Language): string => definition(id).name[language].text;

/** The label of an item (or of an inquiry question) in a language, from the definition. */
export function labelOf(id: string, itemId: string, language: Language): string {
  const def = definition(id);
  const item = def.sections.flatMap((s) => s.items).find((i) => i.id === itemId);
  const question = def.pages.flatMap((p) => p.inquiry).find((q) => q.id === itemId);
  const label = item?.label ?? question?.text;
  if (!label) throw new Error(`no item ${itemId} in ${id}`);
  return label[language].text;
}

/** A new vault made with the set-up wizard, a new psychologist signed in, the catalogue open. */
export async function openCatalogue(page: Page, apps: AppPerTest, language: Language): Promise<OpenedApp> {
  const app = await apps.openAsPsychologist(page, language);
  await page
    .getByRole('navigation', { name: text(language, 'nav.label') })
    .getByRole('button', { name: text(language, 'instruments.nav') })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: text(language, 'instruments.catalogue.title') })).toBeVisible();
  return app;
}

/** From the catalogue: the instrument's detail page. */
export async function openDetail(page: Page, language: Language, id: string): Promise<void> {
  await page.getByRole('button', { name: nameOf(id, language), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: nameOf(id, language) })).toBeVisible();
}

/** From the catalogue: the instrument's practice form, with the "nothing is saved" notice. */
export async function openPractice(page: Page, language: Language, id: string): Promise<void> {
  await openDetail(page, language, id);
  await page.getByRole('button', { name: text(language, 'instruments.detail.practice') }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: text(language, 'instruments.practice.title', { name: nameOf(id, language) }) }),
  ).toBeVisible();
  await expect(page.getByText(text(language, 'instruments.practice.notSaved'))).toBeVisible();
}

/** From a practice form back to the catalogue list. */
export async function backToCatalogue(page: Page, language: Language, id: string): Promise<void> {
  await page.getByRole('button', { name: text(language, 'instruments.practice.back', { name: nameOf(id, language) }) }).click();
  await page.getByRole('button', { name: text(language, 'instruments.detail.back') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(language, 'instruments.catalogue.title') })).toBeVisible();
}

/** An item's radio group, by the end of its accessible name (questionnaire items start with their number). */
export const group = (page: Page, label: string): Locator =>
  page.getByRole('radiogroup', { name: new RegExp(`${escapeRegExp(label)}$`) });

/**
 * Chooses an answer: a number picks the scale point with that value ("2 More than half the days"),
 * a string the option with exactly that name.
 */
export async function pick(page: Page, label: string, option: number | string): Promise<void> {
  const name = typeof option === 'number' ? new RegExp(`^${option}( |$)`) : option;
  await clickOption(group(page, label).getByRole('radio', { name, exact: typeof option === 'string' }));
}

/** Records an indicator as present (issue 12: present / absent / not assessed), by its visible label; `ui` is the screen's language. */
export async function tick(page: Page, label: string, ui: Language = 'en'): Promise<void> {
  await clickOption(indicator(page, label).getByRole('radio', { name: text(ui, 'instruments.answer.present'), exact: true }));
}

/** An indicator's three-state radio group, by its label. */
export const indicator = (page: Page, label: string): Locator => page.getByRole('radiogroup', { name: label, exact: true });

/** Answers questionnaire items q1…qN with the given values. */
export async function answer(page: Page, id: string, language: Language, values: Record<string, number>): Promise<void> {
  for (const [itemId, value] of Object.entries(values)) await pick(page, labelOf(id, itemId, language), value);
}

/** Answers q1…q8 of the PHQ-9 so that they sum to `total` (0–24), poured in from q1. */
export function phqItems(total: number): Record<string, number> {
  let rest = total;
  const values: Record<string, number> = {};
  for (let i = 1; i <= 8; i++) {
    values[`q${i}`] = Math.min(3, rest);
    rest -= values[`q${i}`]!;
  }
  return values;
}

/** The live score panel and one scale in it. */
export const scorePanel = (page: Page, language: Language): Locator =>
  page.getByRole('complementary', { name: text(language, 'instruments.scores.title') });

export const scale = (page: Page, language: Language, scaleName: string): Locator =>
  scorePanel(page, language)
    .getByRole('listitem')
    .filter({ has: page.getByText(scaleName, { exact: true }) });

/** Expects a scale's value and band as the panel shows them: "10" and "Moderate (10–14)". */
export async function expectScore(
  page: Page,
  language: Language,
  scaleName: string,
  value: string,
  band?: string,
): Promise<void> {
  const row = scale(page, language, scaleName);
  await expect(row.locator('.score__value')).toHaveText(value);
  if (band) await expect(row.locator('.score__band')).toContainText(band);
}

/** Presses Tab until `target` has focus (a person tabbing through the screen); fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the target');
}

/** The label of a choice item's option in a language, from the definition. */
export function optionOf(id: string, itemId: string, value: string, language: Language): string {
  const item = definition(id)
    .sections.flatMap((s) => s.items)
    .find((i) => i.id === itemId);
  const option =
    item && (item.kind === 'singleChoice' || item.kind === 'multipleChoice')
      ? item.options.find((o) => o.value === value)
      : undefined;
  if (!option) throw new Error(`no option ${value} of ${itemId} in ${id}`);
  return option.label[language].text;
}

/** The label of a questionnaire answer (PHQ-9 1 = "Several days") in a language. */
export function responseOf(id: string, value: number, language: Language): string {
  const option = definition(id).responseScales[0]?.options.find((o) => o.value === value);
  if (!option) throw new Error(`no answer ${value} in ${id}`);
  return option.label[language].text;
}

/**
 * Records a real, finished HTP house drawing through the backend as the signed-in psychologist:
 * a house outline in the upper part of the page and one eraser stroke, so the practice form can
 * take its process metrics as suggestions.
 */
export async function recordHouseDrawing(app: OpenedApp): Promise<void> {
  const created = await app.backend.invoke('drawings:create', {
    orientation: 'landscape',
    instrumentId: 'htp',
    pageId: 'house',
    screen: { width: 1280, height: 860, devicePixelRatio: 1 },
    practice: true,
  });
  if (!created.ok) throw new Error(created.error.code);
  const line = (tool: 'pencil' | 'eraser', from: [number, number], to: [number, number], t0: number): Stroke => ({
    kind: 'stroke',
    tool,
    colour: '#3b3b3b',
    width: tool === 'eraser' ? 40 : 8,
    pointerType: 'mouse',
    points: Array.from({ length: 21 }, (_, i) => ({
      x: from[0] + ((to[0] - from[0]) * i) / 20,
      y: from[1] + ((to[1] - from[1]) * i) / 20,
      pressure: 0.5,
      t: t0 + i * 20,
    })),
  });
  const outline: [number, number][] = [
    [1000, 700],
    [2000, 700],
    [2000, 200],
    [1500, 80],
    [1000, 200],
    [1000, 700],
  ];
  const strokes = outline.slice(1).map((to, i) => line('pencil', outline[i]!, to, 1000 + i * 1000));
  strokes.push(line('eraser', [1400, 650], [1600, 650], 7000));
  const chunk = Buffer.from(encodeEvents(strokes)).toString('base64');
  const appended = await app.backend.invoke('drawings:append', { id: created.value.id, chunk, pendingTail: null });
  if (!appended.ok) throw new Error(appended.error.code);
  const finished = await app.backend.invoke('drawings:finish', { id: created.value.id, finishedT: 9000 });
  if (!finished.ok) throw new Error(finished.error.code);
}

/** In the practice form: take suggestions from the recorded house drawing. */
export async function useHouseDrawing(page: Page, language: Language): Promise<void> {
  await page.getByRole('button', { name: text(language, 'instruments.practice.metricsFrom') }).click();
  await page.getByRole('option').nth(1).click();
}
