import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarEntry } from '../../../../electron/contract/groupChannels';
import type { Language } from '../../../../electron/contract/schemas';
import { call } from '../../../api';
import { FormError } from '../../../components/FormError';
import { useAreaState } from '../../shell/areaState';
import { type CalendarItem, MonthCalendar } from '../calendar/MonthCalendar';
import { type Month, itemsInMonth, localCalendarDate, monthOf, monthRange } from '../model/calendar';
import { useLoaded } from '../../../hooks/useLoaded';
import { formatCalendarDate } from '../../../i18n/format';

type Props = {
  /** The groups the list's filters show; the calendar shows only their sessions. */
  groupIds: ReadonlySet<string>;
  onOpen: (entry: CalendarEntry) => void;
};

type Item = CalendarItem & { entry: CalendarEntry };

/**
 * The sessions of every group the person may read, a month at a time, each labelled with its time
 * and group. The backend answers only for readable groups (a facilitator's own); the month stays
 * in the area store, so coming back from a session finds the same month.
 */
export function AllGroupsCalendar({ groupIds, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [month, setMonth] = useAreaState<Month>('groupsArea:calendarMonth', monthOf(localCalendarDate(new Date())));
  // Only the month's own days: the grid shows no session on the neighbouring months' days.
  const range = useMemo(() => monthRange(month), [month]);
  const load = useCallback(async () => {
    const result = await call('groupSessions:calendar', range);
    return result.ok ? { ok: true as const, value: { range, entries: result.value } } : result;
  }, [range]);
  const loaded = useLoaded(load);
  // The previous month's answer stays in useLoaded until the new one arrives; it is not this month's.
  const entries = loaded.value?.range === range ? loaded.value.entries : null;

  const items = useMemo<Item[]>(
    () =>
      (entries ?? [])
        .filter((e) => groupIds.has(e.groupId))
        .map((entry) => {
          const date = formatCalendarDate(language, entry.date);
          return {
            key: entry.sessionId,
            date: entry.date,
            entry,
            label: (
              <>
                {entry.time ? <span className="calendar__time">{entry.time}</span> : null}
                <span className="calendar__group">{entry.groupName}</span>
              </>
            ),
            accessibleName: t('groups.allCalendar.openNamed', {
              group: entry.groupName,
              when: entry.time ? `${date}, ${entry.time}` : date,
            }),
          };
        }),
    [entries, groupIds, language, t],
  );
  // True exactly when the grid shows no session (monthGrid shows only the month's own).
  const noneThisMonth = entries !== null && itemsInMonth(month, items, (i) => i.date).length === 0;

  return (
    <MonthCalendar
      id="all-groups-calendar-title"
      title={t('groups.allCalendar.title')}
      month={month}
      onMonth={setMonth}
      items={items}
      onOpen={(item) => onOpen(item.entry)}
      status={
        <>
          <FormError error={loaded.error} />
          {entries === null && !loaded.error ? <p aria-busy="true">{t('common.loading')}</p> : null}
          {noneThisMonth ? <p className="empty">{t('groups.allCalendar.empty')}</p> : null}
        </>
      }
    />
  );
}
