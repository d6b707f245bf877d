import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { type CalendarDate, type Month, addMonths, localCalendarDate, monthGrid, parseCalendarDate } from '../model/calendar';
import { useWeekdayNames } from '../text/useScheduleText';

/** One session on the grid: what its button says, and the fuller name screen readers hear. */
export interface CalendarItem {
  key: string;
  date: CalendarDate;
  label: ReactNode;
  accessibleName: string;
}

type Props<T extends CalendarItem> = {
  /** Names the section (its heading's id). */
  id: string;
  title: string;
  month: Month;
  onMonth: (month: Month) => void;
  items: readonly T[];
  onOpen: (item: T) => void;
  /** Days marked as planned (a group's schedule); none when left out. */
  planned?: (date: CalendarDate) => boolean;
  /** Shown between the header and the grid: loading, an error, "nothing this month". */
  status?: ReactNode;
};

/**
 * Sessions on a month grid (Monday first). A plain table: every session is a button in the tab
 * order, the month changes with two buttons, and each day's cell says its date to screen readers.
 * The month is the caller's state, so a page can keep it while the person looks at a session.
 */
export function MonthCalendar<T extends CalendarItem>({
  id,
  title,
  month,
  onMonth,
  items,
  onOpen,
  planned = () => false,
  status,
}: Props<T>) {
  const { t } = useTranslation();
  const weekday = useWeekdayNames();
  const today = localCalendarDate(new Date());
  const weeks = useMemo(() => monthGrid(month, items, (item) => item.date), [month, items]);
  const monthName = `${t(`groups.months.${month.month}`)} ${month.year}`;

  return (
    <section aria-labelledby={id}>
      <div className="panel-header">
        <h2 id={id}>{title}</h2>
        <div className="panel-header__actions calendar-nav">
          <Button className="button--small" onPress={() => onMonth(addMonths(month, -1))}>
            {t('groups.calendar.previous')}
          </Button>
          <p className="calendar-nav__month" aria-live="polite">
            {monthName}
          </p>
          <Button className="button--small" onPress={() => onMonth(addMonths(month, 1))}>
            {t('groups.calendar.next')}
          </Button>
        </div>
      </div>
      {status}
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
                // A neighbouring month's day is only its number, dimmed: its sessions and plans belong to that month's page.
                const isPlanned = day.inMonth && planned(day.date);
                const classes = [
                  'calendar__day',
                  day.inMonth ? '' : 'calendar__day--outside',
                  day.date === today ? 'calendar__day--today' : '',
                  isPlanned ? 'calendar__day--planned' : '',
                ]
                  .filter(Boolean)
                  .join(' ');
                return (
                  <td key={day.date} className={classes} aria-current={day.date === today ? 'date' : undefined}>
                    <span className="calendar__number">{parseCalendarDate(day.date).day}</span>
                    {isPlanned && day.items.length === 0 ? (
                      <span className="calendar__planned">{t('groups.calendar.planned')}</span>
                    ) : null}
                    {day.items.map((item) => (
                      <Button
                        key={item.key}
                        className="calendar__session"
                        aria-label={item.accessibleName}
                        onPress={() => onOpen(item)}
                      >
                        {item.label}
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
