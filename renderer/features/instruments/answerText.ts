/**
 * An answer in words, for the read-only view of a signed record and for suggestions ("suggested:
 * upper third"). Instrument texts come from the definition in the form's language; the few words
 * of our own (present, absent, not assessed, not answered) from i18n in the UI language.
 */
import type { TFunction } from 'i18next';
import type { AnswerValue, Instrument, Item, Language, SuggestedValue } from '../../../assessments/instruments';
import { say } from './localized';

export function answerText(
  t: TFunction,
  def: Instrument,
  item: Item,
  value: AnswerValue | SuggestedValue | undefined,
  language: Language,
): string {
  if (value === null || value === undefined) {
    // A drawing protocol's unanswered item was not assessed: never "absent" (issue 12, item 3),
    // the same word the PDF uses (assessments/instruments/observationRows.ts).
    return t(def.kind === 'drawing' && item.kind !== 'text' ? 'instruments.answer.notAssessed' : 'instruments.answer.none');
  }
  switch (item.kind) {
    case 'indicator':
      return t(value === true ? 'instruments.answer.present' : 'instruments.answer.absent');
    case 'rating': {
      const anchor = item.anchors.find((a) => a.value === value);
      return anchor ? `${String(value)} – ${say(anchor.label, language)}` : String(value);
    }
    case 'response': {
      const option = def.responseScales.find((s) => s.id === item.responseScale)?.options.find((o) => o.value === value);
      return option ? `${say(option.label, language)} (${String(value)})` : String(value);
    }
    case 'singleChoice':
      return item.options.find((o) => o.value === value)?.label[language].text ?? String(value);
    case 'multipleChoice': {
      const chosen = Array.isArray(value) ? value : [String(value)];
      if (chosen.length === 0) return t('instruments.answer.noneChosen');
      return chosen.map((v) => item.options.find((o) => o.value === v)?.label[language].text ?? v).join(', ');
    }
    case 'number':
      return item.unit ? `${String(value)} ${say(item.unit, language)}` : String(value);
    case 'text':
      return String(value);
  }
}
