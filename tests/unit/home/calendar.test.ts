import { describe, expect, it } from 'vitest';
import { addDays, endOfWeek, monthsBefore } from '../../../electron/backend/services/home/calendar';

/** The home screen's windows: "later this week", "consent given 12 months ago", "the last 90 days". */
describe('home calendar dates', () => {
  it('adds and subtracts days across months, years and a leap day', () => {
    expect(addDays('2026-12-08', 1)).toBe('2026-12-09');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-12-08', -90)).toBe('2026-09-09');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('ends the week on Sunday (Monday-to-Sunday weeks), a Sunday ending its own', () => {
    expect(endOfWeek('2026-12-07')).toBe('2026-12-13'); // Monday
    expect(endOfWeek('2026-12-08')).toBe('2026-12-13'); // Tuesday
    expect(endOfWeek('2026-12-13')).toBe('2026-12-13'); // Sunday
    expect(endOfWeek('2026-12-31')).toBe('2027-01-03');
  });

  it('goes back whole months, to the month’s last day when it is shorter', () => {
    expect(monthsBefore('2026-12-08', 12)).toBe('2025-12-08');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2029-02-28', 12)).toBe('2028-02-28');
    expect(monthsBefore('2028-02-29', 12)).toBe('2027-02-28');
  });
});
