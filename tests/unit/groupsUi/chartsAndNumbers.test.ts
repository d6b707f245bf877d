import { describe, expect, it } from 'vitest';
import type { GroupDashboard } from '../../../electron/contract/groupChannels';
import {
  attendanceSeries,
  firstAndLast,
  hasValues,
  moodChangeSeries,
  moodSeries,
} from '../../../renderer/features/groups/model/chartData';
import { numberText } from '../../../renderer/features/groups/model/numbers';

const session = (patch: Partial<GroupDashboard['sessions'][number]>): GroupDashboard['sessions'][number] => ({
  sessionId: 's',
  date: '2026-11-02',
  recorded: 0,
  present: 0,
  late: 0,
  absentExcused: 0,
  absentUnexcused: 0,
  attendanceRate: null,
  moodPairs: 0,
  meanMoodBefore: null,
  meanMoodAfter: null,
  meanMoodChange: null,
  ...patch,
});

const dashboard: GroupDashboard = {
  groupId: 'g',
  sessions: [
    session({ attendanceRate: 2 / 3, meanMoodBefore: 4.333, meanMoodAfter: 6, meanMoodChange: 1.666 }),
    session({ attendanceRate: null }),
  ],
  attendanceRate: 2 / 3,
  meanMoodChange: 1.666,
  atRisk: [],
  absencesThreshold: 2,
};

describe('dashboard series', () => {
  it('gives attendance in whole percent and leaves unrecorded sessions empty, not zero', () => {
    expect(attendanceSeries(dashboard, 'x').values).toEqual([67, null]);
  });

  it('rounds moods to one decimal and keeps gaps', () => {
    const [before, after] = moodSeries(dashboard, { before: 'b', after: 'a' });
    expect(before!.values).toEqual([4.3, null]);
    expect(after!.values).toEqual([6, null]);
    expect(moodChangeSeries(dashboard, 'c').values).toEqual([1.7, null]);
  });

  it('knows when a chart has nothing to draw, and its first and last values', () => {
    expect(hasValues([{ label: 'x', values: [null, null], colour: '#000' }])).toBe(false);
    expect(firstAndLast({ label: 'x', values: [null, 50, null, 80], colour: '#000' })).toEqual({ first: 50, last: 80 });
    expect(firstAndLast({ label: 'x', values: [null], colour: '#000' })).toBeNull();
  });
});

describe('numbers in the UI language', () => {
  it('uses a decimal comma in Kazakh and Russian and a point in English', () => {
    expect(numberText('kk').decimal(4.25)).toBe('4,3');
    expect(numberText('ru').decimal(6)).toBe('6');
    expect(numberText('en').decimal(4.25)).toBe('4.3');
  });

  it('signs changes with a real minus and never shows minus zero', () => {
    expect(numberText('ru').signed(1.5)).toBe('+1,5');
    expect(numberText('ru').signed(-0.5)).toBe('−0,5');
    expect(numberText('en').signed(-0.04)).toBe('0');
  });

  it('writes percentages as each language does', () => {
    expect(numberText('en').percent(0.755)).toBe('76%');
    expect(numberText('kk').percent(0.755)).toBe('76 %');
  });
});
