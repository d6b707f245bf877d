/**
 * Short constructors for localized text in definitions. Arguments are always (kk, ru, en).
 * Status is honest per language (docs/INSTRUMENTS.md): Kazakh is always our working translation (no
 * validated Kazakh version of any instrument was found); Russian here is our own wording, not the
 * published translations; English is 'validated' only where it reproduces a public-domain original.
 */
import type { InstrumentInput, LocalizedText } from '../schema';

/** Our own wording in all three languages: every language 'working' (shown as "not validated"). */
export function own(kk: string, ru: string, en: string): LocalizedText {
  return { kk: { text: kk, status: 'working' }, ru: { text: ru, status: 'working' }, en: { text: en, status: 'working' } };
}

/** English is the published original reproduced verbatim (public domain: PHQ-9, GAD-7). */
export function originalEn(kk: string, ru: string, en: string): LocalizedText {
  return { kk: { text: kk, status: 'working' }, ru: { text: ru, status: 'working' }, en: { text: en, status: 'validated' } };
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
