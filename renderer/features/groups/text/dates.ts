/** Calendar dates ("2026-11-26") shown in the UI language, through the app's one date format. */
import type { Language } from '../../../../electron/contract/schemas';
import { formatDate } from '../../../i18n/format';
import { parseCalendarDate } from '../model/calendar';

export function formatCalendarDate(language: Language, date: string): string {
  const { year, month, day } = parseCalendarDate(date);
  return formatDate(language, new Date(year, month - 1, day));
}
