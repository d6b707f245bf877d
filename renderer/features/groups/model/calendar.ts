/**
 * The session calendar as plain data: a month as weeks of seven days (Monday first, as calendars
 * are printed in Kazakhstan), each day with the sessions held or planned on it. Dates are
 * calendar dates ("2026-11-26"), never times, so a session does not move to another day with the
 * time zone.
 */

/** A calendar date as the contract carries it: YYYY-MM-DD. */
export type CalendarDate = string;

export interface Month {
  year: number;
  /** 1..12 */
  month: number;
}

export interface CalendarDay<T> {
  date: CalendarDate;
  /** False for the days of the previous or next month that fill the first and last week. */
  inMonth: boolean;
  /** The day's sessions; always none on a day of another month (see monthGrid). */
  items: T[];
}

const pad = (n: number): string => String(n).padStart(2, '0');

export const toCalendarDate = (year: number, month: number, day: number): CalendarDate => `${year}-${pad(month)}-${pad(day)}`;

/** The calendar date of a Date in local time (what the person at the computer calls "today"). */
export const localCalendarDate = (date: Date): CalendarDate =>
  toCalendarDate(date.getFullYear(), date.getMonth() + 1, date.getDate());

export function parseCalendarDate(date: CalendarDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export const monthOf = (date: CalendarDate): Month => {
  const { year, month } = parseCalendarDate(date);
  return { year, month };
};

/** The month before or after (delta months away). */
export function addMonths({ year, month }: Month, delta: number): Month {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Day of the week, Monday = 0 … Sunday = 6. Computed in UTC so the zone cannot shift it. */
export function weekdayIndex(date: CalendarDate): number {
  const { year, month, day } = parseCalendarDate(date);
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

/** The calendar date `days` days later (earlier when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const { year, month, day } = parseCalendarDate(date);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return toCalendarDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The 1st and the last day of a month. */
function monthBounds(month: Month): { first: CalendarDate; last: CalendarDate } {
  const daysInMonth = new Date(Date.UTC(month.year, month.month, 0)).getUTCDate();
  return { first: toCalendarDate(month.year, month.month, 1), last: toCalendarDate(month.year, month.month, daysInMonth) };
}

/** The days whose sessions a month's grid shows: its 1st to its last day. */
export function monthRange(month: Month): { from: CalendarDate; to: CalendarDate } {
  const { first, last } = monthBounds(month);
  return { from: first, to: last };
}

/** The items dated inside `month`: the ones its grid shows and "nothing this month" counts. */
export function itemsInMonth<T>(month: Month, items: readonly T[], dateOf: (item: T) => CalendarDate): T[] {
  const { first, last } = monthBounds(month);
  return items.filter((item) => dateOf(item) >= first && dateOf(item) <= last);
}

/** The first and last day the grid of `month` shows: the Monday on or before the 1st, the Sunday on or after the last day. */
export function gridRange(month: Month): { from: CalendarDate; to: CalendarDate } {
  const { first, last } = monthBounds(month);
  return { from: addDays(first, -weekdayIndex(first)), to: addDays(last, 6 - weekdayIndex(last)) };
}

/**
 * The weeks that show `month`: from the Monday on or before the 1st to the Sunday on or after the
 * last day. `items` are sorted into their days by `dateOf`. Only the month's own days carry items:
 * the neighbouring months' days that fill the first and last week are shown dimmed and empty, so
 * what the grid shows is exactly what "nothing this month" speaks of, and a session appears once,
 * in its own month.
 */
export function monthGrid<T>(month: Month, items: readonly T[], dateOf: (item: T) => CalendarDate): CalendarDay<T>[][] {
  const { first, last } = monthBounds(month);
  const { from: start, to: end } = gridRange(month);
  const byDate = new Map<CalendarDate, T[]>();
  for (const item of itemsInMonth(month, items, dateOf)) {
    const date = dateOf(item);
    byDate.set(date, [...(byDate.get(date) ?? []), item]);
  }
  const weeks: CalendarDay<T>[][] = [];
  for (let date = start; date <= end; date = addDays(date, 1)) {
    if (weekdayIndex(date) === 0) weeks.push([]);
    weeks[weeks.length - 1]!.push({ date, inMonth: date >= first && date <= last, items: byDate.get(date) ?? [] });
  }
  return weeks;
}

/** Which month to show first: the month of the next session from today, else of the last one, else today's. */
export function initialMonth(dates: readonly CalendarDate[], today: CalendarDate): Month {
  const sorted = [...dates].sort();
  const next = sorted.find((d) => d >= today);
  return monthOf(next ?? sorted[sorted.length - 1] ?? today);
}

/** A group's schedule as the calendar marks it. */
export interface Schedule {
  startDate: CalendarDate;
  endDate: CalendarDate | null;
  /** ISO weekdays, 1 = Monday. */
  weekdays: readonly number[];
  /** How many sessions the programme has; null when not set. */
  plannedSessions: number | null;
}

/** Without a planned number or an end date, how far ahead the schedule is marked (a year of meetings). */
const OPEN_SCHEDULE_DAYS = 366;

/**
 * The dates the schedule plans a meeting on: the schedule's weekdays from the start date, no later
 * than the end date, and no more of them than the group has sessions (issue 12: a programme of 8
 * sessions, twice a week over five weeks, was marked on 10 days).
 */
export function plannedDates(schedule: Schedule): Set<CalendarDate> {
  const dates = new Set<CalendarDate>();
  if (schedule.weekdays.length === 0) return dates;
  const last = schedule.endDate ?? addDays(schedule.startDate, OPEN_SCHEDULE_DAYS);
  for (let date = schedule.startDate; date <= last; date = addDays(date, 1)) {
    if (schedule.plannedSessions !== null && dates.size >= schedule.plannedSessions) break;
    if (schedule.weekdays.includes(weekdayIndex(date) + 1)) dates.add(date);
  }
  return dates;
}
