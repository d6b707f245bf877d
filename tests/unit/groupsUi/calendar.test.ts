import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  gridRange,
  initialMonth,
  itemsInMonth,
  monthGrid,
  monthRange,
  weekdayIndex,
} from '../../../renderer/features/groups/model/calendar';

const sessions = [
  { id: 'a', date: '2026-11-03' },
  { id: 'b', date: '2026-11-03' },
  { id: 'c', date: '2026-11-26' },
  { id: 'd', date: '2026-12-30' },
];

describe('session calendar', () => {
  it('lays a month out in whole weeks that start on Monday', () => {
    // November 2026 starts on a Sunday and ends on a Monday.
    const weeks = monthGrid({ year: 2026, month: 11 }, sessions, (s) => s.date);
    expect(weeks[0]!.map((d) => d.date)).toEqual([
      '2026-10-26',
      '2026-10-27',
      '2026-10-28',
      '2026-10-29',
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
    ]);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks.at(-1)!.at(-1)!.date).toBe('2026-12-06');
    expect(weeks.flat().filter((d) => d.inMonth)).toHaveLength(30);
  });

  it('puts each session on its day and leaves out those of other months', () => {
    const days = monthGrid({ year: 2026, month: 11 }, sessions, (s) => s.date).flat();
    expect(days.find((d) => d.date === '2026-11-03')!.items.map((s) => s.id)).toEqual(['a', 'b']);
    expect(days.find((d) => d.date === '2026-11-26')!.items.map((s) => s.id)).toEqual(['c']);
    expect(days.flatMap((d) => d.items).map((s) => s.id)).not.toContain('d');
  });

  it('shows no session on the neighbouring months\' days, so "nothing this month" is true of the grid', () => {
    // The grid of November 2026 runs from 26 October to 6 December: sessions on those outside days
    // (3 December in the first days of the next month) are not shown and not counted.
    const around = [
      { id: 'oct', date: '2026-10-28' },
      { id: 'dec', date: '2026-12-03' },
    ];
    const november = { year: 2026, month: 11 };
    const days = monthGrid(november, around, (s) => s.date).flat();
    expect(days.some((d) => d.date === '2026-12-03' && !d.inMonth)).toBe(true);
    expect(days.flatMap((d) => d.items)).toEqual([]);
    expect(itemsInMonth(november, around, (s) => s.date)).toEqual([]);
    // In its own month the same session is shown and counted.
    const december = { year: 2026, month: 12 };
    expect(
      monthGrid(december, around, (s) => s.date)
        .flat()
        .find((d) => d.date === '2026-12-03')!
        .items.map((s) => s.id),
    ).toEqual(['dec']);
    expect(itemsInMonth(december, [...sessions, ...around], (s) => s.date).map((s) => s.id)).toEqual(['d', 'dec']);
    // Every item a grid shows is one itemsInMonth counts, and the other way round.
    expect(
      monthGrid(november, sessions, (s) => s.date)
        .flat()
        .flatMap((d) => d.items),
    ).toEqual(itemsInMonth(november, sessions, (s) => s.date));
  });

  it('counts weekdays from Monday whatever the time zone', () => {
    expect(weekdayIndex('2026-11-23')).toBe(0); // Monday
    expect(weekdayIndex('2026-11-29')).toBe(6); // Sunday
  });

  it('moves across years', () => {
    expect(addMonths({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
  });

  it('opens on the month of the next session, else the last one, else today', () => {
    expect(initialMonth(['2026-10-01', '2026-12-05'], '2026-11-20')).toEqual({ year: 2026, month: 12 });
    expect(initialMonth(['2026-10-01', '2026-09-05'], '2026-11-20')).toEqual({ year: 2026, month: 10 });
    expect(initialMonth([], '2026-11-20')).toEqual({ year: 2026, month: 11 });
  });

  it('asks the backend for the days of the month only, the ones that can show a session', () => {
    expect(monthRange({ year: 2026, month: 11 })).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(monthRange({ year: 2028, month: 2 })).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange({ year: 2026, month: 2 })).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthRange({ year: 2026, month: 12 })).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('spans whole weeks around the month', () => {
    const november = { year: 2026, month: 11 };
    const days = monthGrid(november, [], () => '').flat();
    expect(gridRange(november)).toEqual({ from: days[0]!.date, to: days.at(-1)!.date });
    expect(gridRange(november)).toEqual({ from: '2026-10-26', to: '2026-12-06' });
    // June 2026 starts on a Monday and ends on a Tuesday: no day of May, five of July.
    expect(gridRange({ year: 2026, month: 6 })).toEqual({ from: '2026-06-01', to: '2026-07-05' });
    // February of a leap year.
    expect(gridRange({ year: 2028, month: 2 }).to).toBe('2028-03-05');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });
});
