/**
 * Short constructors for localized text in definitions. Arguments are always (kk, ru, en).
 * Status is honest per language (docs/INSTRUMENTS.md): Kazakh is always our working translation (no
 * validated Kazakh version of any instrument was found); Russian and English are 'validated' only
 * where they reproduce a published text the licence lets us reproduce (each definition cites it in
 * `wordingSources`).
 */
import type { InstrumentInput, LocalizedText } from '../schema';

/** Our own wording in all three languages: every language 'working' (shown as "not validated"). */
export function own(kk: string, ru: string, en: string): LocalizedText {
  return { kk: { text: kk, status: 'working' }, ru: { text: ru, status: 'working' }, en: { text: en, status: 'working' } };
}

/** English is the published original reproduced verbatim; Kazakh and Russian are our working wording. */
export function originalEn(kk: string, ru: string, en: string): LocalizedText {
  return { kk: { text: kk, status: 'working' }, ru: { text: ru, status: 'working' }, en: { text: en, status: 'validated' } };
}

/**
 * English is the published original and Russian a published translation, both reproduced verbatim
 * (the definition cites which); Kazakh is our working translation (no published Kazakh version found).
 */
export function published(kk: string, ru: string, en: string): LocalizedText {
  return { kk: { text: kk, status: 'working' }, ru: { text: ru, status: 'validated' }, en: { text: en, status: 'validated' } };
}

/**
 * A Russian text whose grammar splits by gender, with both whole forms: `split` is shown when the
 * client's sex is not recorded ("измотанным(ой)"), `female`/`male` otherwise (issue 13 §8).
 */
export type RuBySex = { split: string; female: string; male: string };

/** Like `own` or `originalEn`, with the Russian text given in both gender forms. */
export function withRuBySex(base: LocalizedText, ru: RuBySex): LocalizedText {
  return { ...base, ru: { text: ru.split, status: base.ru.status, bySex: { female: ru.female, male: ru.male } } };
}

/** Joins two texts language by language, e.g. a figure's role and an attribute ("Mother: size"). */
export function join(a: LocalizedText, b: LocalizedText, separator = ': '): LocalizedText {
  const part = (l: 'kk' | 'ru' | 'en') => ({
    text: `${a[l].text}${separator}${b[l].text}`,
    status: a[l].status === 'validated' && b[l].status === 'validated' ? ('validated' as const) : ('working' as const),
  });
  return { kk: part('kk'), ru: part('ru'), en: part('en') };
}

/**
 * Said on every drawing protocol (docs/INSTRUMENTS.md, general rules): drawings are observation aids
 * whose validity is contested (e.g. the 2023 meta-analysis in Front. Psychiatry 13:1041770 found
 * HTP indicators chosen and read inconsistently across studies).
 */
export const DRAWING_CAVEAT = own(
  'Сурет бойынша бақылаулар — болжам ғана. Олар диагноз қою, құқықтық немесе тәуекел туралы шешім қабылдау үшін негіз бола алмайды.',
  'Наблюдения по рисунку — только гипотезы. Они не являются основанием для диагноза, юридических решений или оценки риска.',
  'Observations from a drawing are hypotheses only. They are not a basis for a diagnosis, legal decisions or risk decisions.',
);

/** The licence of the drawing techniques in wide professional use (HTP, NEA, DAPR, KFD), worded once. */
export const PROFESSIONAL_PRACTICE_LICENCE: InstrumentInput['licence'] = {
  kind: 'professionalPractice',
  note: own(
    'Кәсіби практикада кеңінен қолданылатын әдістеме; мәтіндер мен форма біздің өз сөзімізбен жазылған, дереккөздер келтірілген.',
    'Методика широко используется в профессиональной практике; тексты и форма написаны нашими словами, источники указаны.',
    'A technique in wide professional use; texts and form are in our own words, with sources cited.',
  ),
};

/**
 * The wording sources of a definition whose texts are all our own (every drawing protocol): each
 * language is a working text written after the cited sources, never a reproduced published one.
 */
export function ownWordingSources(after: string): InstrumentInput['wordingSources'] {
  const citation = `Our own wording, written after ${after}; no published text is reproduced.`;
  return {
    kk: { status: 'working', citation },
    ru: { status: 'working', citation },
    en: { status: 'working', citation },
  };
}
