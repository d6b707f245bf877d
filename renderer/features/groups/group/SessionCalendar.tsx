import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDetail, SessionSummary } from '../../../../electron/contract/groupChannels';
import type { Language } from '../../../../electron/contract/schemas';
import { Button } from '../../../components/Button';
import { formatCalendarDate } from '../text/dates';
import { type Month, addMonths, initialMonth, localCalendarDate, monthGrid, parseCalendarDate, weekdayIndex } from '../model/calendar';
import { useWeekdayNames } from '../text/useScheduleText';

type Props = { group: GroupDetail; onOpen: (sessionId: string) => void };

/**
 * The sessions on a month grid (Monday first). A plain table: every session is a button in the
 * tab order, the month changes with two buttons, and each day's cell says its date to screen
 * readers. Days the schedule plans a meeting on, between the start and end dates, are marked.
 */
export function SessionCalendar({ group, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const weekday = useWeekdayNames();
  const today = localCalendarDate(new Date());
  const [month, setMonth] = useState<Month>(() => initialMonth(group.sessions.map((s) => s.date), today));
  const weeks = useMemo(() => monthGrid(month, group.sessions, (s) => s.date), [month, group.sessions]);
  const numberOf = useMemo(() => new Map(group.sessions.map((s, i) => [s.id, i + 1])), [group.sessions]);
  const monthName = `${t(`groups.months.${month.month}`)} ${month.year}`;

  const planned = (date: string) =>
    date >= group.startDate && (group.endDate === null || date <= group.endDate) && group.weekdays.includes(weekdayIndex(date) + 1);

  return (
    <section aria-labelledby="calendar-title">
      <div className="panel-header">
        <h2 id="calendar-title">{t('groups.calendar.title')}</h2>
        <div className="panel-header__actions calendar-nav">
          <Button className="button--small" onPress={() => setMonth((m) => addMonths(m, -1))}>
            {t('groups.calendar.previous')}
          </Button>
          <p className="calendar-nav__month" aria-live="polite">
            {monthName}
          </p>
          <Button className="button--small" onPress={() => setMonth((m) => addMonths(m, 1))}>
            {t('groups.calendar.next')}
          </Button>
        </div>
      </div>
      <table className="calendar">
        <caption className="visually-hidden">{t('groups.calendar.caption', { month: monthName })}</caption>
        <thead>
          <tr>
            {[1, 2, 3, 4, 5, 6, 7].map((d) => (
              <th key={d} scope="col" abbr={weekday(d, 'long')}>
                {weekday(d)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]!.date}>
              {week.map((day) => {
                const { day: dayNumber } = parseCalendarDate(day.date);
                const classes = ['calendar__day', day.inMonth ? '' : 'calendar__day--outside', day.date === today ? 'calendar__day--today' : '', planned(day.date) ? 'calendar__day--planned' : '']
                  .filter(Boolean)
                  .join(' ');
                return (
                  <td key={day.date} className={classes} aria-current={day.date === today ? 'date' : undefined}>
                    <span className="calendar__number">{dayNumber}</span>
                    {planned(day.date) && day.items.length === 0 ? <span className="calendar__planned">{t('groups.calendar.planned')}</span> : null}
                    {day.items.map((s: SessionSummary) => (
                      <Button
                        key={s.id}
                        className="calendar__session"
                        aria-label={t('groups.sessions.openNamed', { n: numberOf.get(s.id) ?? 0, date: formatCalendarDate(language, s.date) })}
                        onPress={() => onOpen(s.id)}
                      >
                        {t('groups.sessions.number', { n: numberOf.get(s.id) ?? 0 })}
                        {s.time ? ` ${s.time}` : ''}
                      </Button>
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
