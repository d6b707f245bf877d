import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDetail } from '../../../../electron/contract/groupChannels';
import type { Language } from '../../../../electron/contract/schemas';
import { type CalendarItem, MonthCalendar } from '../calendar/MonthCalendar';
import { type Month, initialMonth, localCalendarDate, plannedDates } from '../model/calendar';
import { formatCalendarDate } from '../../../i18n/format';

type Props = { group: GroupDetail; onOpen: (sessionId: string) => void };

/**
 * One group's sessions on a month grid, numbered as in the sessions list. Days the schedule plans
 * a meeting on are marked: from the start date, no later than the end date, and only as many as
 * the group has sessions (plannedDates).
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

  const plannedOn = useMemo(() => plannedDates(group), [group]);
  const planned = (date: string) => plannedOn.has(date);

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
