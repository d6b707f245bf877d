import { describe, expect, it } from 'vitest';
import { LOCALE_TAGS, NUMBER_LOCALE_TAGS, formatDate, formatDateTime, formatNumber } from '../../../common/format';

/**
 * Russian is written as in Kazakhstan (ru-KZ, issue 13 §8). The screens' react-aria widgets format
 * with Intl in LOCALE_TAGS; the screens' own texts and the PDF use common/format.ts by hand. Both must
 * write the same date and the same number. (Kazakh is not compared: some ICU builds lack Kazakh data,
 * which is why common/format.ts formats by hand. Percentages are not compared either: Intl puts a
 * no-break space before % where common/format.ts puts a space, and no Intl widget shows a percentage.)
 */
describe('the locales of dates and numbers', () => {
  it('writes Russian for Kazakhstan and English as in Britain', () => {
    expect(LOCALE_TAGS).toEqual({ kk: 'kk-KZ', ru: 'ru-KZ', en: 'en-GB' });
  });

  const at = new Date(2026, 10, 25, 9, 15, 7); // 25 November 2026, local time

  it.each(['ru', 'en'] as const)('%s: Intl in the locale writes dates as the PDF and the screens do', (language) => {
    const locale = LOCALE_TAGS[language];
    expect(new Intl.DateTimeFormat(locale).format(at)).toBe(formatDate(language, at));
    const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
    expect(formatDateTime(language, at, 'minutes').endsWith(time)).toBe(true);
  });

  it.each(['ru', 'en'] as const)('%s: Intl in the locale writes numbers as the PDF and the screens do', (language) => {
    const locale = LOCALE_TAGS[language];
    for (const value of [0, 7, 1234.5, 98765.25, 0.5]) {
      expect(new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)).toBe(
        formatNumber(language, value, { digits: 2 }),
      );
    }
  });

  it.each(['kk', 'ru', 'en'] as const)('%s: number fields write numbers as the screens do, Kazakh included', (language) => {
    // NumberField formats with Intl in NUMBER_LOCALE_TAGS; Kazakh takes ru-KZ's conventions because
    // Chromium's ICU groups Kazakh thousands with a comma.
    const locale = NUMBER_LOCALE_TAGS[language];
    for (const value of [0, 7, 150000, 1234.5, 98765.25]) {
      expect(new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)).toBe(
        formatNumber(language, value, { digits: 2 }),
      );
    }
  });
});
