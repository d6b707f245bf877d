import { describe, expect, it } from 'vitest';
import { addDays, addMonths, gridRange, initialMonth, monthGrid, weekdayIndex } from '../../../renderer/features/groups/model/calendar';

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
    expect(weeks[0]!.map((d) => d.date)).toEqual(['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31', '2026-11-01']);
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

  it('asks the backend for exactly the days the grid shows', () => {
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
