import type { Attendance, DashboardSession } from '../../../contract/groupChannels';

/**
 * The group dashboard's and member progress's numbers (issue 6, item 5), as pure functions of the
 * attendance lines, so they are tested without a database and the services only load and map.
 */

/** What the computations read of an attendance line. */
export type Mark = {
  sessionId: string;
  memberId: string;
  attendance: Attendance | null;
  participation: number | null;
  moodBefore: number | null;
  moodAfter: number | null;
};

export const attended = (a: Attendance | null): boolean => a === 'present' || a === 'late';
export const absent = (a: Attendance | null): boolean => a === 'absent-excused' || a === 'absent-unexcused';

const mean = (xs: readonly number[]): number | null => (xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length);

/** (present + late) / marks with an attendance; null when none has one. */
export function attendanceRate(marks: readonly Pick<Mark, 'attendance'>[]): number | null {
  const recorded = marks.filter((m) => m.attendance !== null);
  return recorded.length === 0 ? null : recorded.filter((m) => attended(m.attendance)).length / recorded.length;
}

/** Marks with both mood scores. */
function moodPairs(marks: readonly Pick<Mark, 'moodBefore' | 'moodAfter'>[]): { before: number; after: number }[] {
  return marks.flatMap((m) =>
    m.moodBefore !== null && m.moodAfter !== null ? [{ before: m.moodBefore, after: m.moodAfter }] : [],
  );
}

/** Mean of (after − before) over marks with both scores; null without any. */
export function meanMoodChange(marks: readonly Pick<Mark, 'moodBefore' | 'moodAfter'>[]): number | null {
  return mean(moodPairs(marks).map((p) => p.after - p.before));
}

export function meanParticipation(marks: readonly Pick<Mark, 'participation'>[]): number | null {
  return mean(marks.flatMap((m) => (m.participation === null ? [] : [m.participation])));
}

/** One session's line of the dashboard, from that session's marks. */
export function sessionStats(session: { id: string; date: string }, marks: readonly Mark[]): DashboardSession {
  const count = (a: Attendance) => marks.filter((m) => m.attendance === a).length;
  const pairs = moodPairs(marks);
  return {
    sessionId: session.id,
    date: session.date,
    recorded: marks.filter((m) => m.attendance !== null).length,
    present: count('present'),
    late: count('late'),
    absentExcused: count('absent-excused'),
    absentUnexcused: count('absent-unexcused'),
    attendanceRate: attendanceRate(marks),
    moodPairs: pairs.length,
    meanMoodBefore: mean(pairs.map((p) => p.before)),
    meanMoodAfter: mean(pairs.map((p) => p.after)),
    meanMoodChange: meanMoodChange(marks),
  };
}

export type RiskCandidate = { id: string; code: string; alias: string };
export type AtRisk = { memberId: string; code: string; alias: string; absencesInARow: number; lastAttendedOn: string | null };

/**
 * Members whose latest `threshold` (or more) recorded sessions, in session order, were all
 * absences, excused or not: "two absences in a row" by default. Sessions without a mark for the
 * member (not yet recorded, or before they joined) neither break nor extend a run. Most absences
 * first, then by alias.
 */
export function membersAtRisk(
  members: readonly RiskCandidate[],
  sessions: readonly { id: string; date: string }[],
  marks: readonly Mark[],
  threshold: number,
): AtRisk[] {
  const order = new Map(sessions.map((s, i) => [s.id, i]));
  const byMember = new Map<string, Mark[]>();
  for (const m of marks) {
    if (m.attendance === null || !order.has(m.sessionId)) continue;
    const list = byMember.get(m.memberId) ?? [];
    list.push(m);
    byMember.set(m.memberId, list);
  }
  const result: AtRisk[] = [];
  for (const member of members) {
    const own = (byMember.get(member.id) ?? []).sort((a, b) => (order.get(a.sessionId) ?? 0) - (order.get(b.sessionId) ?? 0));
    let run = 0;
    while (run < own.length && absent(own[own.length - 1 - run]!.attendance)) run++;
    if (run < threshold) continue;
    const lastAttended = own.findLast((m) => attended(m.attendance));
    const lastAttendedOn = lastAttended ? (sessions[order.get(lastAttended.sessionId)!]?.date ?? null) : null;
    result.push({ memberId: member.id, code: member.code, alias: member.alias, absencesInARow: run, lastAttendedOn });
  }
  return result.sort((a, b) => b.absencesInARow - a.absencesInARow || a.alias.localeCompare(b.alias));
}
