import type { TFunction } from 'i18next';
import type { Instrument, Language, ScoringNote } from '../../../assessments/instruments';
import { itemIndex } from './localized';

/**
 * Scoring notes are codes with parameters (result.ts); here they become words in the UI
 * language. Items are named by number on questionnaires and by label on drawing protocols.
 */
export function noteText(
  t: TFunction,
  def: Instrument,
  note: ScoringNote,
  numbers: ReadonlyMap<string, number>,
  language: Language,
): string {
  const items = itemIndex(def);
  const name = (id: string) => String(numbers.get(id) ?? items.get(id)?.item.label[language].text ?? id);
  const scaleName = (id: string) => def.scales.find((s) => s.id === id)?.name[language].text ?? id;
  switch (note.code) {
    case 'scaleNotComputed': {
      const scale = def.scales.find((s) => s.id === note.scaleId);
      const total = scale && scale.method !== 'difference' ? scale.items.length : 0;
      if (note.params.missing.length === total) return t('instruments.notes.nothingAnswered');
      const text = t('instruments.notes.scaleNotComputed', { items: note.params.missing.map(name).join(', ') });
      return note.params.maxMissing > 0
        ? `${text} ${t('instruments.notes.allowedMissing', { max: note.params.maxMissing })}`
        : text;
    }
    case 'scaleProrated':
      return t('instruments.notes.scaleProrated', {
        answered: note.params.answered,
        total: note.params.total,
        items: note.params.missing.map(name).join(', '),
      });
    case 'dependencyNotComputed':
      return t('instruments.notes.dependencyNotComputed', { scales: note.params.scaleIds.map(scaleName).join(', ') });
    case 'skipRuleApplied':
      return t('instruments.notes.skipRuleApplied', { item: name(note.itemId), score: note.params.scoredAs });
    case 'valueOutsideBands':
      return t('instruments.notes.valueOutsideBands', { value: note.params.value });
  }
}

/** The note's scale, if it is about one. */
export const noteScale = (note: ScoringNote): string | null => ('scaleId' in note ? note.scaleId : null);
