/**
 * Calendar-date arithmetic for the home screen's windows, on 'YYYY-MM-DD' text (what every table stores).
 * Computed in UTC on purpose: a calendar date has no time zone, and UTC has no daylight-saving days.
 */

const parse = (date: string): Date => new Date(`${date}T00:00:00.000Z`);
const text = (d: Date): string => d.toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  const d = parse(date);
  d.setUTCDate(d.getUTCDate() + days);
  return text(d);
}

/** The same day `months` months earlier (the month's last day when it has no such day). */
export function monthsBefore(date: string, months: number): string {
  const d = parse(date);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return text(d);
}

/** The Sunday ending the week (Monday to Sunday, as in Kazakhstan) that holds `date`. */
export function endOfWeek(date: string): string {
  const weekday = (parse(date).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(date, 6 - weekday);
}
