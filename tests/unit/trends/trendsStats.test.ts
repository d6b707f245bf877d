import { describe, expect, it } from 'vitest';
import { buildSuppressedSet, cellId, eventUnit, totalId } from '../../../electron/backend/services/trends/linkedSet';
import { ageBandOn } from '../../../electron/backend/services/trends/population';
import { describe as describeValues, rate, reliableChangeClass, t975 } from '../../../electron/backend/services/trends/stats';

describe('trends statistics', () => {
  it('gives the mean with a Student t interval and the median with its order-statistic interval', () => {
    expect(t975(10)).toBe(2.228);
    expect(t975(120)).toBeCloseTo(1.98, 2);
    const s = describeValues([7, 3, 1, 9, 5, 2, 10, 4, 8, 6]);
    expect(s.mean).toBe(5.5);
    expect(s.meanLow).toBeCloseTo(3.334, 2);
    expect(s.meanHigh).toBeCloseTo(7.666, 2);
    expect(s.median).toBe(5.5);
    // n = 10: ranks round(5 − 1.96·√10/2) = 2 and round(1 + 5 + 1.96·√10/2) = 9 (Campbell & Gardner 1988).
    expect([s.medianLow, s.medianHigh]).toEqual([2, 9]);
  });

  it('gives no interval it cannot form', () => {
    const s = describeValues([4]);
    expect(s).toMatchObject({ mean: 4, meanLow: null, meanHigh: null, median: 4, medianLow: null, medianHigh: null });
  });

  it('gives a rate with the Wilson interval and no median', () => {
    const r = rate([1, 1, 1, 1, 1, 1, 1, 1, 0, 0]);
    expect(r.mean).toBe(0.8);
    expect(r.meanLow).toBeCloseTo(0.49, 2);
    expect(r.meanHigh).toBeCloseTo(0.943, 2);
    expect(r.median).toBeNull();
  });

  it('classes a change as reliable only beyond 1.96 standard errors of the difference, in the scale’s own direction', () => {
    const p = { sd: 5, reliability: 0.84 }; // SEdiff = 5·√2·0.4 ≈ 2.83; threshold ≈ 5.54
    expect(reliableChangeClass(-6, p, false)).toBe('improved');
    expect(reliableChangeClass(-5, p, false)).toBe('unchanged');
    expect(reliableChangeClass(6, p, false)).toBe('deteriorated');
    expect(reliableChangeClass(6, p, true)).toBe('improved');
  });

  it('puts a person in the age band of the date, not of today', () => {
    expect(ageBandOn('1990-06-15', '2014-06-14')).toBe('18-24');
    expect(ageBandOn('1990-06-15', '2015-06-15')).toBe('25-34');
    expect(ageBandOn('2010-01-01', '2026-03-01')).toBeNull();
    expect(ageBandOn(null, '2026-03-01')).toBeNull();
    expect(ageBandOn('1960-01-01', '2026-03-01')).toBe('55+');
  });
});

describe('the linked set of a year', () => {
  it('hides a unit below k in every table and adds complements so the margins do not give it away', () => {
    const units = [
      ...Array.from({ length: 9 }, (_, i) => eventUnit(`2026-0${1 + (i % 3)}-10`, ['A'])),
      ...Array.from({ length: 2 }, () => eventUnit('2026-02-10', ['B'])),
    ];
    const set = buildSuppressedSet(units, 1, [[]], 5);
    expect(set.columns).toEqual([['A', 'B']]);
    expect(set.values.get(totalId(16))).toBe(11);
    expect(set.values.get(cellId(13 - 1, 0, 'B'))).toBe(2); // Q1, unit B
    for (const slot of [1, 12, 16]) expect(set.hidden.has(cellId(slot, 0, 'B'))).toBe(true);
    // With B hidden in the year, either A's year figure or the year's total must be hidden too.
    expect(set.hidden.has(cellId(16, 0, 'A')) || set.hidden.has(totalId(16))).toBe(true);
    // An empty month is a published zero, never hidden.
    expect(set.values.get(cellId(5, 0, 'B'))).toBe(0);
    expect(set.hidden.has(cellId(5, 0, 'B'))).toBe(false);
  });
});
