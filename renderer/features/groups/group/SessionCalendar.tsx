import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDetail } from '../../../../electron/contract/groupChannels';
import type { Language } from '../../../../electron/contract/schemas';
import { type CalendarItem, MonthCalendar } from '../calendar/MonthCalendar';
import { type Month, initialMonth, localCalendarDate, weekdayIndex } from '../model/calendar';
import { formatCalendarDate } from '../../../i18n/format';

type Props = { group: GroupDetail; onOpen: (sessionId: string) => void };

/**
 * One group's sessions on a month grid, numbered as in the sessions list. Days the schedule plans
 * a meeting on, between the start and end dates, are marked.
 */
export function SessionCalendar({ group, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [month, setMonth] = useState<Month>(() =>
    initialMonth(
      group.sessions.map((s) => s.date),
      localCalendarDate(new Date()),
    ),
  );
  const items = useMemo<CalendarItem[]>(
    () =>
      group.sessions.map((s, i) => ({
        key: s.id,
        date: s.date,
        label: `${t('groups.sessions.number', { n: i + 1 })}${s.time ? ` ${s.time}` : ''}`,
        accessibleName: t('groups.sessions.openNamed', { n: i + 1, date: formatCalendarDate(language, s.date) }),
      })),
    [group.sessions, t, language],
  );

  const planned = (date: string) =>
    date >= group.startDate &&
    (group.endDate === null || date <= group.endDate) &&
    group.weekdays.includes(weekdayIndex(date) + 1);

  return (
    <MonthCalendar
      id="calendar-title"
      title={t('groups.calendar.title')}
      month={month}
      onMonth={setMonth}
      items={items}
      onOpen={(item) => onOpen(item.key)}
      planned={planned}
    />
  );
}
