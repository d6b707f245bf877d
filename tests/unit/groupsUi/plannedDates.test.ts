import { describe, expect, it } from 'vitest';
import { plannedDates } from '../../../renderer/features/groups/model/calendar';

/** Issue 12, item 7: the calendar plans only as many dates as the group has sessions. */
describe('the dates a schedule plans', () => {
  // Tuesdays and Thursdays from Tuesday 1 December 2026 to Thursday 31 December: ten such days.
  const schedule = { startDate: '2026-12-01', endDate: '2026-12-31', weekdays: [2, 4] };

  it('marks 8 dates for an 8-session programme, not every Tuesday and Thursday to the end date', () => {
    const dates = [...plannedDates({ ...schedule, plannedSessions: 8 })];
    expect(dates).toHaveLength(8);
    expect(dates[0]).toBe('2026-12-01');
    expect(dates[7]).toBe('2026-12-24');
  });

  it('stops at the end date when that comes first', () => {
    const dates = [...plannedDates({ ...schedule, plannedSessions: 20 })];
    expect(dates).toHaveLength(10);
    expect(dates.at(-1)).toBe('2026-12-31');
  });

  it('without a planned number, marks the weekdays up to the end date', () => {
    expect(plannedDates({ ...schedule, plannedSessions: null }).size).toBe(10);
  });

  it('without an end date, counts the planned number from the start', () => {
    const dates = [...plannedDates({ ...schedule, endDate: null, plannedSessions: 3 })];
    expect(dates).toEqual(['2026-12-01', '2026-12-03', '2026-12-08']);
  });

  it('marks nothing for a schedule without weekdays', () => {
    expect(plannedDates({ ...schedule, weekdays: [], plannedSessions: 8 }).size).toBe(0);
  });
});
