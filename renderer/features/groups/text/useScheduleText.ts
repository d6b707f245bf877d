import { useTranslation } from 'react-i18next';
import type { GroupSummary } from '../../../../electron/contract/groupChannels';
import type { Language } from '../../../../electron/contract/schemas';
import { formatCalendarDate } from '../../../i18n/format';

/** Weekday names by ISO number (1 = Monday), short, in the UI language. */
export function useWeekdayNames(): (day: number, form?: 'short' | 'long') => string {
  const { t } = useTranslation();
  return (day, form = 'short') => t(`groups.weekdays.${form}.${day}`);
}

/** "Mon, Wed at 15:00 · 01.12.2026 – 28.02.2027" for a group's planned schedule. */
export function useScheduleText(): (group: Pick<GroupSummary, 'weekdays' | 'time' | 'startDate' | 'endDate'>) => string {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const weekday = useWeekdayNames();
  return (group) => {
    const days = group.weekdays.map((d) => weekday(d)).join(', ');
    const when = days && group.time ? t('groups.schedule.daysAt', { days, time: group.time }) : days || group.time || '';
    const range = group.endDate
      ? t('groups.schedule.range', {
          from: formatCalendarDate(language, group.startDate),
          to: formatCalendarDate(language, group.endDate),
        })
      : t('groups.schedule.from', { from: formatCalendarDate(language, group.startDate) });
    return [when, range].filter(Boolean).join(' · ');
  };
}
