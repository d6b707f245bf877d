import type { Language } from '../../../../electron/contract/schemas';
import { numberLocale } from '../../drawing/replay/formatTime';
import { LOCALES } from '../../../i18n';

/** A score as written in the language: whole totals as they are, means to one decimal. */
export function formatScore(language: Language, value: number): string {
  return new Intl.NumberFormat(numberLocale(LOCALES[language]), { maximumFractionDigits: 1 }).format(value);
}
