import type { Language } from '../../../../electron/contract/schemas';

/**
 * Numbers of the dashboards in the UI language: decimal comma in Kazakh and Russian, a sign on
 * changes (a mood change of +1,5 is read differently from 1,5). Formatted by hand where Intl
 * might lack Kazakh data, as format.ts does for dates.
 */
export function numberText(language: Language) {
  const comma = language !== 'en';
  const decimal = (n: number): string => {
    const text = (Math.round(n * 10) / 10).toFixed(Number.isInteger(Math.round(n * 10) / 10) ? 0 : 1);
    return comma ? text.replace('.', ',') : text;
  };
  return {
    decimal,
    /** +1,5 / −0,5 / 0 (a real minus sign). */
    signed: (n: number): string => {
      const r = Math.round(n * 10) / 10;
      return r > 0 ? `+${decimal(r)}` : r < 0 ? `−${decimal(-r)}` : decimal(0);
    },
    /** A share 0–1 as a whole percentage. */
    percent: (share: number): string => `${Math.round(share * 100)}${language === 'en' ? '%' : ' %'}`,
    /** A value already in percent. */
    percentOf: (value: number): string => `${Math.round(value)}${language === 'en' ? '%' : ' %'}`,
  };
}
