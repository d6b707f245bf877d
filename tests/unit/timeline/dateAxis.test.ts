import { describe, expect, it } from 'vitest';
import { dateAxisBounds, dateTicks } from '../../../renderer/features/timeline/chart/dateAxis';

/** A local date-time, as the chart places a visit (the ticks are local midnights). */
const at = (year: number, month: number, day: number, hour = 0) => new Date(year, month - 1, day, hour).getTime();
const DAY = 86_400_000;

describe('the date axis of the totals chart', () => {
  it('places visits by time: a two-month gap is twice as wide as a one-month gap', () => {
    // Instants (signedAt), so no daylight-saving hour in a test machine's zone bends the ratio.
    const visits = [Date.UTC(2026, 0, 15, 10), Date.UTC(2026, 1, 12, 10), Date.UTC(2026, 3, 16, 10)];
    const { min, max } = dateAxisBounds(visits);
    const x = (t: number) => (t - min) / (max - min);
    const firstGap = x(visits[1]!) - x(visits[0]!);
    const secondGap = x(visits[2]!) - x(visits[1]!);
    expect(secondGap / firstGap).toBeCloseTo(63 / 28, 5);
  });

  it('leaves room before the first visit, and more after the last so it clears the band names', () => {
    const { min, max } = dateAxisBounds([at(2026, 1, 15), at(2026, 4, 16)]);
    expect(min).toBeLessThan(at(2026, 1, 15));
    expect(max - at(2026, 4, 16)).toBeGreaterThan(3 * (at(2026, 1, 15) - min));
  });

  it('gives a single visit two weeks either side', () => {
    const { min, max } = dateAxisBounds([at(2026, 3, 1, 10)]);
    expect([min, max]).toEqual([at(2026, 3, 1, 10) - 14 * DAY, at(2026, 3, 1, 10) + 14 * DAY]);
  });

  it('labels three months of visits at the first of each month', () => {
    const ticks = dateTicks(at(2026, 1, 10), at(2026, 4, 20));
    expect(ticks).toEqual([at(2026, 2, 1), at(2026, 3, 1), at(2026, 4, 1)]);
  });

  it('labels a fortnight day by day or every other day, never twice the same day', () => {
    const ticks = dateTicks(at(2026, 5, 3, 12), at(2026, 5, 8, 12));
    expect(ticks).toEqual([at(2026, 5, 4), at(2026, 5, 5), at(2026, 5, 6), at(2026, 5, 7), at(2026, 5, 8)]);
    const longer = dateTicks(at(2026, 5, 1, 12), at(2026, 5, 11, 12));
    expect(longer).toEqual([at(2026, 5, 2), at(2026, 5, 4), at(2026, 5, 6), at(2026, 5, 8), at(2026, 5, 10)]);
  });

  it('labels years of visits at the start of quarters, half-years or years, six labels at most', () => {
    expect(dateTicks(at(2025, 2, 10), at(2026, 3, 20))).toEqual([
      at(2025, 4, 1),
      at(2025, 7, 1),
      at(2025, 10, 1),
      at(2026, 1, 1),
    ]);
    expect(dateTicks(at(2021, 6, 1), at(2026, 6, 1))).toEqual([2022, 2023, 2024, 2025, 2026].map((y) => at(y, 1, 1)));
    for (const span of [3, 40, 200, 900, 4000])
      expect(dateTicks(at(2026, 1, 1), at(2026, 1, 1) + span * DAY).length).toBeLessThanOrEqual(6);
  });
});
