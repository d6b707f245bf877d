import { describe, expect, it } from 'vitest';
import {
  formatCalendarDate,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatSigned,
} from '../../../common/format';

const NBSP = '\u00a0';

describe('numbers as each language writes them', () => {
  it('writes a decimal comma in Kazakh and Russian and a point in English', () => {
    expect(formatNumber('kk', 1.5, { digits: 2 })).toBe('1,5');
    expect(formatNumber('ru', 1.5, { digits: 2 })).toBe('1,5');
    expect(formatNumber('en', 1.5, { digits: 2 })).toBe('1.5');
  });

  it('drops trailing zeros unless a fixed precision is asked for', () => {
    expect(formatNumber('ru', 2, { digits: 2 })).toBe('2');
    expect(formatNumber('kk', 7, { digits: 1, fixed: true })).toBe('7,0');
    expect(formatNumber('en', 0.5, { digits: 2, fixed: true })).toBe('0.50');
  });

  it('rounds half away from zero on the written number, as a person would', () => {
    expect(formatNumber('en', 4.25, { digits: 1 })).toBe('4.3');
    expect(formatNumber('en', 1.005, { digits: 2 })).toBe('1.01');
    expect(formatNumber('ru', -4.25, { digits: 1 })).toBe('−4,3');
    expect(formatNumber('kk', 12.4)).toBe('12');
  });

  it('uses a real minus sign, and never writes minus zero', () => {
    expect(formatNumber('en', -1)).toBe('\u22121');
    expect(formatNumber('ru', -0.04, { digits: 1 })).toBe('0');
  });

  it('groups thousands with a no-break space in Kazakh and Russian and a comma in English', () => {
    expect(formatNumber('kk', 1234567)).toBe(`1${NBSP}234${NBSP}567`);
    expect(formatNumber('ru', 1234.5, { digits: 1 })).toBe(`1${NBSP}234,5`);
    expect(formatNumber('en', 1234.5, { digits: 1 })).toBe('1,234.5');
    expect(formatNumber('en', 999)).toBe('999');
  });

  it('signs changes and leaves zero unsigned', () => {
    expect(formatSigned('ru', 1.5, { digits: 1 })).toBe('+1,5');
    expect(formatSigned('kk', -0.5, { digits: 1 })).toBe('−0,5');
    expect(formatSigned('en', 0.04, { digits: 1 })).toBe('0');
  });

  it('writes percentages with a space before the sign in Kazakh and Russian only', () => {
    expect(formatPercent('en', 0.125)).toBe('12.5%');
    expect(formatPercent('ru', 0.125)).toBe('12,5 %');
    expect(formatPercent('kk', 0.755, 0)).toBe('76 %');
    expect(formatPercent('kk', 0.3)).toBe('30 %');
  });
});

describe('dates as people write them here', () => {
  const at = new Date(2026, 10, 5, 9, 7, 3);

  it('writes day, month and year with dots in Kazakh and Russian and slashes in English', () => {
    expect(formatDate('kk', at)).toBe('05.11.2026');
    expect(formatDate('ru', at)).toBe('05.11.2026');
    expect(formatDate('en', at)).toBe('05/11/2026');
  });

  it('keeps a calendar date on its day', () => {
    expect(formatCalendarDate('ru', '2026-03-01')).toBe('01.03.2026');
    expect(formatCalendarDate('en', '2025-12-31')).toBe('31/12/2025');
  });

  it('adds the time on a 24-hour clock, to the second on screen and to the minute on paper', () => {
    expect(formatDateTime('kk', new Date(2026, 10, 5, 21, 7, 3))).toBe('05.11.2026, 21:07:03');
    expect(formatDateTime('en', at, 'minutes')).toBe('05/11/2026, 09:07');
  });
});
