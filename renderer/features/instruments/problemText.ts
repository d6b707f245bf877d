import type { TFunction } from 'i18next';
import type { AnswerProblemCode, Item } from '../../../assessments/instruments';

/** A validateAnswers problem in words, next to its item. */
export function problemText(t: TFunction, code: AnswerProblemCode, item: Item | undefined): string {
  if (code === 'outOfRange' && item && (item.kind === 'number' || item.kind === 'rating')) {
    return t('instruments.problems.outOfRange', { min: item.min, max: item.max });
  }
  if (code === 'notAnInteger') return t('instruments.problems.notAnInteger');
  if (code === 'notAnOption' || code === 'duplicateOption') return t('instruments.problems.notAnOption');
  return t('instruments.problems.wrongType');
}
