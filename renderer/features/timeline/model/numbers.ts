import type { Language } from '../../../../electron/contract/schemas';
import { formatNumber } from '../../../i18n/format';

/** A score as written in the language: whole totals as they are, means to one decimal. */
export function formatScore(language: Language, value: number): string {
  return formatNumber(language, value, { digits: 1 });
}
