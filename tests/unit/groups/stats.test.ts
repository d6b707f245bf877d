import { describe, expect, it } from 'vitest';
import type { Attendance } from '../../../electron/contract/groupChannels';
import {
  type Mark,
  attendanceRate,
  meanMoodChange,
  meanParticipation,
  membersAtRisk,
  sessionStats,
} from '../../../electron/backend/services/groups/stats';

const mark = (
  sessionId: string,
  memberId: string,
  attendance: Attendance | null,
  mood: [number, number] | null = null,
  participation: number | null = null,
): Mark => ({
  sessionId,
  memberId,
  attendance,
  participation,
  moodBefore: mood?.[0] ?? null,
  moodAfter: mood?.[1] ?? null,
});
const SESSIONS = [
  { id: 's1', date: '2026-12-01' },
  { id: 's2', date: '2026-12-03' },
  { id: 's3', date: '2026-12-08' },
];
const member = (id: string) => ({ id, code: `CODE-${id}`, alias: id });

describe('group statistics', () => {
  it('counts late as attended and ignores lines without an attendance mark', () => {
    expect(
      attendanceRate([
        mark('s1', 'a', 'present'),
        mark('s1', 'b', 'late'),
        mark('s1', 'c', 'absent-excused'),
        mark('s1', 'd', 'absent-unexcused'),
        mark('s1', 'e', null),
      ]),
    ).toBe(0.5);
    expect(attendanceRate([mark('s1', 'e', null)])).toBeNull();
    expect(attendanceRate([])).toBeNull();
  });

  it('averages the mood change over members with both scores only', () => {
    const marks = [
      mark('s1', 'a', 'present', [2, 7]),
      mark('s1', 'b', 'present', [6, 5]),
      { ...mark('s1', 'c', 'present'), moodBefore: 9 },
    ];
    expect(meanMoodChange(marks)).toBe(2);
    expect(meanMoodChange([{ ...mark('s1', 'c', 'present'), moodAfter: 3 }])).toBeNull();
    // 0 is a score, not a missing one.
    expect(meanMoodChange([mark('s1', 'a', 'present', [0, 0])])).toBe(0);
  });

  it('summarises a session', () => {
    const stats = sessionStats(SESSIONS[0]!, [
      mark('s1', 'a', 'present', [2, 6]),
      mark('s1', 'b', 'late', [4, 4]),
      mark('s1', 'c', 'absent-excused'),
      mark('s1', 'd', 'absent-unexcused'),
    ]);
    expect(stats).toEqual({
      sessionId: 's1',
      date: '2026-12-01',
      recorded: 4,
      present: 1,
      late: 1,
      absentExcused: 1,
      absentUnexcused: 1,
      attendanceRate: 0.5,
      moodPairs: 2,
      meanMoodBefore: 3,
      meanMoodAfter: 5,
      meanMoodChange: 2,
    });
    expect(
      meanParticipation([mark('s1', 'a', 'present', null, 5), mark('s2', 'a', 'present', null, 2), mark('s3', 'a', 'present')]),
    ).toBe(3.5);
  });

  it('flags members whose latest sessions were absences in a row, in session order', () => {
    const marks = [
      // a: attended, then two absences (one excused): at risk.
      mark('s1', 'a', 'present'),
      mark('s3', 'a', 'absent-unexcused'),
      mark('s2', 'a', 'absent-excused'),
      // b: absent twice, then came back: not at risk.
      mark('s1', 'b', 'absent-unexcused'),
      mark('s2', 'b', 'absent-unexcused'),
      mark('s3', 'b', 'late'),
      // c: three absences, never attended.
      mark('s1', 'c', 'absent-unexcused'),
      mark('s2', 'c', 'absent-unexcused'),
      mark('s3', 'c', 'absent-excused'),
      // d: one absence, then a session not yet recorded for them: a gap does not count.
      mark('s2', 'd', 'absent-unexcused'),
      mark('s3', 'd', null),
    ];
    const atRisk = membersAtRisk(['a', 'b', 'c', 'd'].map(member), SESSIONS, marks, 2);
    expect(atRisk).toEqual([
      { memberId: 'c', code: 'CODE-c', alias: 'c', absencesInARow: 3, lastAttendedOn: null },
      { memberId: 'a', code: 'CODE-a', alias: 'a', absencesInARow: 2, lastAttendedOn: '2026-12-01' },
    ]);
    expect(membersAtRisk(['a', 'b', 'c', 'd'].map(member), SESSIONS, marks, 3).map((r) => r.memberId)).toEqual(['c']);
    // Only the members asked about (the active ones) are considered.
    expect(membersAtRisk([member('b')], SESSIONS, marks, 2)).toEqual([]);
  });
});
