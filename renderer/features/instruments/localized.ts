/**
 * Reading an instrument's own texts (names, items, options) in one language. These texts live in
 * the definitions, in kk, ru and en, each marked validated or working translation; they never go
 * through the UI's i18n files.
 */
import type { Instrument, Item, Language, LocalizedText, Section, TranslationStatus } from '../../../assessments/instruments';

export const say = (text: LocalizedText, language: Language): string => text[language].text;

/**
 * Every text a person asks or answers from: instructions, items, options, the task on each page
 * and the inquiry. Our own headings (section and page titles) are not part of the instrument, so
 * they do not make a validated questionnaire "partly validated".
 */
function contentTexts(def: Instrument): LocalizedText[] {
  const texts: LocalizedText[] = [def.instructions];
  for (const scale of def.responseScales) texts.push(...scale.options.map((o) => o.label));
  for (const section of def.sections) for (const item of section.items) texts.push(...itemTexts(item));
  for (const page of def.pages) texts.push(page.instruction, ...page.inquiry.map((q) => q.text));
  return texts;
}

/** The texts of one item: its label, help, anchors and options. */
export function itemTexts(item: Item): LocalizedText[] {
  const texts = [item.label, ...(item.help ? [item.help] : [])];
  if (item.kind === 'rating') texts.push(...item.anchors.map((a) => a.label));
  if (item.kind === 'singleChoice' || item.kind === 'multipleChoice') texts.push(...item.options.map((o) => o.label));
  if (item.kind === 'number' && item.unit) texts.push(item.unit);
  return texts;
}

export type ContentStatus = TranslationStatus | 'mixed';

function combine(statuses: TranslationStatus[]): ContentStatus {
  if (statuses.every((s) => s === 'validated')) return 'validated';
  return statuses.every((s) => s === 'working') ? 'working' : 'mixed';
}

/**
 * Whether the instrument's content in a language is the validated text, our working
 * translation, or a mix (PHQ-9 in English: the published items, our own section titles).
 */
export function contentStatus(def: Instrument, language: Language): ContentStatus {
  return combine(contentTexts(def).map((t) => t[language].status));
}

/** The status of one item's own texts (label and options; a shared answer scale included). */
export function itemStatus(def: Instrument, item: Item, language: Language): ContentStatus {
  const texts = itemTexts(item);
  if (item.kind === 'response') {
    const scale = def.responseScales.find((s) => s.id === item.responseScale);
    texts.push(...(scale?.options.map((o) => o.label) ?? []));
  }
  return combine(texts.map((t) => t[language].status));
}

/** Questionnaire items are numbered 1…n across sections, as on the paper forms; drawing items are not. */
export function itemNumbers(def: Instrument): ReadonlyMap<string, number> {
  const numbers = new Map<string, number>();
  if (def.kind !== 'questionnaire') return numbers;
  for (const section of def.sections) for (const item of section.items) numbers.set(item.id, numbers.size + 1);
  return numbers;
}

/** Every item by id with its section. */
export function itemIndex(def: Instrument): ReadonlyMap<string, { item: Item; section: Section }> {
  const index = new Map<string, { item: Item; section: Section }>();
  for (const section of def.sections) for (const item of section.items) index.set(item.id, { item, section });
  return index;
}
