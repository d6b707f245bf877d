import type { Language } from '../../../../electron/contract/schemas';
import { formatNumber, formatPercent, formatPercentOf, formatSigned } from '../../../i18n/format';

/**
 * Numbers of the dashboards in the UI language (common/format.ts): decimal comma in Kazakh and
 * Russian, a sign on changes (a mood change of +1,5 is read differently from 1,5).
 */
export function numberText(language: Language) {
  return {
    /** At most one decimal: 4,3 / 6. */
    decimal: (n: number): string => formatNumber(language, n, { digits: 1 }),
    /** +1,5 / −0,5 / 0 (a real minus sign). */
    signed: (n: number): string => formatSigned(language, n, { digits: 1 }),
    /** A share 0–1 as a whole percentage. */
    percent: (share: number): string => formatPercent(language, share, 0),
    /** A value already in percent. */
    percentOf: (value: number): string => formatPercentOf(language, value),
  };
}
