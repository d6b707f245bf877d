/**
 * Numbers and dates as the screens and the PDF report write them, in one place so the two agree.
 *
 * Formatted by hand rather than with Intl: some Chromium builds ship ICU without Kazakh data and
 * then print Kazakh with a decimal point ("1.5") and dates as "2026 M11 25". Kazakh is written as
 * Russian is here (decimal comma, a space between thousands, 25.11.2026), which is also the form
 * used on official papers in Kazakhstan; English follows en-GB (1,234.5 and 25/11/2026).
 */

/** The UI and report languages (the contract's Language; restated so common/ stays pure). */
export type Language = 'kk' | 'ru' | 'en';

/**
 * The locale each language is written in, for whatever does use Intl (react-aria's date fields and
 * sliders): Kazakh and Russian as written in Kazakhstan (`ru-KZ`, not `ru-RU`), English as en-GB.
 * tests/unit/i18n/locale.test.ts checks that Intl in these locales writes what this file writes.
 */
export const LOCALE_TAGS: Readonly<Record<Language, string>> = { kk: 'kk-KZ', ru: 'ru-KZ', en: 'en-GB' };

/**
 * The locale number fields (react-aria's NumberField) parse and write in. Kazakh numbers follow
 * `ru-KZ` because Chromium's ICU data groups Kazakh thousands with a comma ("150,000"), where this
 * file and official papers write "150 000"; the conventions are the same otherwise.
 */
export const NUMBER_LOCALE_TAGS: Readonly<Record<Language, string>> = { kk: 'ru-KZ', ru: 'ru-KZ', en: 'en-GB' };

/** How many decimals: at most `digits`, trailing zeros dropped, unless `fixed` asks for exactly `digits`. */
export type NumberOptions = { digits?: number; fixed?: boolean };

const MINUS = '\u2212'; // a real minus sign: "−1" reads as a number, "-1" as a dash
const NBSP = '\u00a0'; // keeps "1 234" on one line

/** Rounds half away from zero on the number's shortest decimal form, as Intl does (1.005 → 1.01). */
function roundAbs(abs: number, digits: number): number {
  const shifted = Math.round(Number(`${abs}e${digits}`));
  return Number.isFinite(shifted) ? Number(`${shifted}e-${digits}`) : Math.round(abs * 10 ** digits) / 10 ** digits;
}

/**
 * A number in the language: 1,5 in Kazakh and Russian, 1.5 in English; thousands grouped
 * (1 234 / 1,234); a real minus sign; no trailing zeros unless `fixed` ("7,0 с").
 */
export function formatNumber(language: Language, value: number, { digits = 0, fixed = false }: NumberOptions = {}): string {
  const rounded = roundAbs(Math.abs(value), digits);
  let [whole = '0', fraction = ''] = rounded.toFixed(digits).split('.');
  if (!fixed) fraction = fraction.replace(/0+$/, '');
  whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'en' ? ',' : NBSP);
  const sign = value < 0 && rounded !== 0 ? MINUS : '';
  return `${sign}${whole}${fraction ? (language === 'en' ? '.' : ',') + fraction : ''}`;
}

/** A change with its sign: +1,5 / −0,5 / 0. */
export function formatSigned(language: Language, value: number, options: NumberOptions = {}): string {
  const text = formatNumber(language, value, options);
  return value > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}

/** A share 0..1 as a percentage with at most `digits` decimals: "12.5%" in English, "12,5 %" in Kazakh and Russian. */
export function formatPercent(language: Language, share: number, digits = 1): string {
  return formatPercentOf(language, share * 100, digits);
}

/** A value already in percent (0..100), written as formatPercent writes it. */
export function formatPercentOf(language: Language, percent: number, digits = 0): string {
  const number = formatNumber(language, percent, { digits });
  return language === 'en' ? `${number}%` : `${number} %`;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A date as people write it here: 25.11.2026 in Kazakh and Russian, 25/11/2026 in English. Local time. */
export function formatDate(language: Language, date: Date): string {
  const sep = language === 'en' ? '/' : '.';
  return `${pad(date.getDate())}${sep}${pad(date.getMonth() + 1)}${sep}${date.getFullYear()}`;
}

/** A calendar date (YYYY-MM-DD, no time or zone) in the same form; built as a local date so no time zone moves the day. */
export function formatCalendarDate(language: Language, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return formatDate(language, new Date(y, m - 1, d));
}

/** Date and time on a 24-hour clock, to the second on screen ("25.11.2026, 09:15:07") or to the minute on paper. */
export function formatDateTime(language: Language, date: Date, precision: 'seconds' | 'minutes' = 'seconds'): string {
  const seconds = precision === 'seconds' ? `:${pad(date.getSeconds())}` : '';
  return `${formatDate(language, date)}, ${pad(date.getHours())}:${pad(date.getMinutes())}${seconds}`;
}
