/**
 * Small builders so definitions read as data, one line per item. They only shape objects; all
 * checking happens in loadInstrument.
 */
import type { InstrumentInput, LocalizedText } from '../schema';
import { own } from './text';

export type SectionInput = InstrumentInput['sections'][number];
export type ItemInput = SectionInput['items'][number];
export type PageInput = NonNullable<InstrumentInput['pages']>[number];
export type ScaleInput = NonNullable<InstrumentInput['scales']>[number];
export type BandInput = NonNullable<ScaleInput['bands']>[number];
export type SuggestionInput = NonNullable<InstrumentInput['metricSuggestions']>[number];
export type Option = { value: string; label: LocalizedText };
export type Anchor = { value: number; label: LocalizedText };

export const indicator = (id: string, label: LocalizedText): ItemInput => ({ id, kind: 'indicator', label });

export const rating = (id: string, label: LocalizedText, min: number, max: number, anchors: Anchor[]): ItemInput => ({
  id,
  kind: 'rating',
  label,
  min,
  max,
  anchors,
});

export const single = (id: string, label: LocalizedText, options: Option[]): ItemInput => ({
  id,
  kind: 'singleChoice',
  label,
  options,
});

export const multiple = (id: string, label: LocalizedText, options: Option[]): ItemInput => ({
  id,
  kind: 'multipleChoice',
  label,
  options,
});

export const count = (id: string, label: LocalizedText, max: number, min = 0): ItemInput => ({
  id,
  kind: 'number',
  label,
  min,
  max,
  integer: true,
});

export const text = (id: string, label: LocalizedText, help?: LocalizedText): ItemInput =>
  help ? { id, kind: 'text', label, help } : { id, kind: 'text', label };

export const response = (id: string, label: LocalizedText, responseScale: string): ItemInput => ({
  id,
  kind: 'response',
  label,
  responseScale,
});

/**
 * Questionnaires number their items q1…qn in order. The item list and the total are built from
 * the same numbering here, so a scale can never point at an item id the section does not have.
 */
export type TextRow = [kk: string, ru: string, en: string];
const qId = (index: number) => `q${index + 1}`;

/** The rows as response items q1…qn, worded by `wording` (own or originalEn), on one scale. */
export const numberedResponses = (
  rows: TextRow[],
  wording: (kk: string, ru: string, en: string) => LocalizedText,
  responseScale: string,
): ItemInput[] => rows.map(([kk, ru, en], i) => response(qId(i), wording(kk, ru, en), responseScale));

/** What a questionnaire total says about its bands: the source, reversed items, ranges with no band. */
export type TotalOptions = {
  /** Where the bands come from (required by loadInstrument whenever there are bands). */
  bandSource: string;
  /** 1-based item numbers scored in reverse. */
  reversed?: readonly number[];
  /** Ranges the source gives no band (never filled with an invented one). */
  noBand?: { min: number; max: number }[];
  /** A published rule for missing items; our default is none (below). */
  missing?: 'none-missing' | { prorate: { maxMissing: number } };
};

/**
 * The sum of all items q1…q`itemCount` ("Total score").
 *
 * Missing items: our choice is "no total when any item is missing" for every questionnaire. Some
 * sources publish a prorating rule (the NHS Data Dictionary's PHQ-9 total allows at most 2 missing
 * items, each replaced by the mean of the answered ones); we do not adopt it, so a partly answered
 * form shows which items are missing instead of an estimated total (docs/INSTRUMENTS.md).
 */
export const sumTotal = (itemCount: number, bands: BandInput[], options: TotalOptions): ScaleInput => ({
  id: 'total',
  name: own('Жалпы балл', 'Общий балл', 'Total score'),
  method: 'sum',
  items: Array.from({ length: itemCount }, (_, i) => ({ itemId: qId(i), reversed: (options.reversed ?? []).includes(i + 1) })),
  missing: options.missing ?? 'none-missing',
  bands,
  noBand: options.noBand ?? [],
  bandSource: options.bandSource,
});

/** Indicator items (present or not) in our own words, one per row (id, kk, ru, en). */
export type IndicatorRow = [id: string, kk: string, ru: string, en: string];
export const indicators = (rows: IndicatorRow[]): ItemInput[] => rows.map(([id, kk, ru, en]) => indicator(id, own(kk, ru, en)));

/** An option or anchor in our own words: (value, kk, ru, en). */
export const opt = (value: string, kk: string, ru: string, en: string): Option => ({ value, label: own(kk, ru, en) });
export const anchor = (value: number, kk: string, ru: string, en: string): Anchor => ({ value, label: own(kk, ru, en) });

/** The psychologist's own reading, written as hypotheses; present on every drawing protocol. */
export const interpretation = (id = 'interpretation'): ItemInput =>
  text(
    id,
    own('Еркін түсіндірме (болжамдар)', 'Свободная интерпретация (гипотезы)', 'Free interpretation (hypotheses)'),
    own(
      'Болжамдарды бақылаулармен және сұхбатпен байланыстырып жазыңыз; сурет диагноз немесе тәуекел бағасы бола алмайды.',
      'Записывайте гипотезы, опираясь на наблюдения и беседу; рисунок не даёт диагноза или оценки риска.',
      'Write hypotheses tied to observations and the inquiry; a drawing gives no diagnosis or risk rating.',
    ),
  );
