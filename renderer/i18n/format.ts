import type { Language } from '../../electron/contract/schemas';
import { LOCALES } from './index';

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Dates as people write them here: 25.11.2026 in Kazakh and Russian, 25/11/2026 in English.
 * Kazakh is formatted by hand because some Chromium builds ship ICU without Kazakh data and
 * print "2026 M11 25"; the numeric form is also the one used on official papers in Kazakhstan.
 */
export function formatDate(language: Language, date: Date): string {
  if (language === 'kk') return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
  return new Intl.DateTimeFormat(LOCALES[language], { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}

/** Date and time to the second, 24-hour clock. */
/** A calendar date (YYYY-MM-DD, no time or zone) in the same form; built as a local date so no time zone moves the day. */
export function formatCalendarDate(language: Language, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return formatDate(language, new Date(y, m - 1, d));
}

export function formatDateTime(language: Language, date: Date): string {
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  return `${formatDate(language, date)}, ${time}`;
}
