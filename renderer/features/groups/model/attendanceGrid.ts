/**
 * The quick attendance grid as editable data: one line per member with attendance, participation
 * (1–5), mood before and after (0–10) and a short note. The lines live in the screen's state and
 * are autosaved after a pause (and before every lock); a failed save leaves them as typed, and
 * only lines that differ from what is stored, with nothing to correct, are sent.
 */
import type { Attendance, AttendanceRow } from '../../../../electron/contract/groupChannels';

export interface AttendanceLine {
  memberId: string;
  attendance: Attendance | null;
  participation: number | null;
  moodBefore: number | null;
  moodAfter: number | null;
  note: string;
}

export const NOTE_MAX = 1000;

export const lineOf = (row: AttendanceRow): AttendanceLine => ({
  memberId: row.memberId,
  attendance: row.attendance,
  participation: row.participation,
  moodBefore: row.moodBefore,
  moodAfter: row.moodAfter,
  note: row.note,
});

const same = (a: AttendanceLine, b: AttendanceLine): boolean =>
  a.attendance === b.attendance &&
  a.participation === b.participation &&
  a.moodBefore === b.moodBefore &&
  a.moodAfter === b.moodAfter &&
  a.note.trim() === b.note.trim();

/** Lines that differ from the stored rows (what the autosave sends, and what leaving the page would lose). */
export function changedLines(lines: readonly AttendanceLine[], stored: readonly AttendanceRow[]): AttendanceLine[] {
  const byMember = new Map(stored.map((row) => [row.memberId, lineOf(row)]));
  return lines.filter((line) => {
    const before = byMember.get(line.memberId);
    return !before || !same(line, before);
  });
}

export type LineProblem = 'participationWithoutPresence' | 'noteTooLong';

/**
 * What a person would want pointed out before saving: a participation rating for someone marked
 * absent (rating someone who was not there is a slip of the hand), and a note over the limit.
 */
export function lineProblems(line: AttendanceLine): LineProblem[] {
  const problems: LineProblem[] = [];
  if (line.participation !== null && (line.attendance === 'absent-excused' || line.attendance === 'absent-unexcused')) {
    problems.push('participationWithoutPresence');
  }
  if (line.note.trim().length > NOTE_MAX) problems.push('noteTooLong');
  return problems;
}

/** Marks everyone without a mark as present: the usual case, one click instead of one per member. */
export function markUnmarkedPresent(lines: readonly AttendanceLine[]): AttendanceLine[] {
  return lines.map((line) => (line.attendance === null ? { ...line, attendance: 'present' } : line));
}

/** The save channel's rows. */
export const toInputRows = (lines: readonly AttendanceLine[]) =>
  lines.map((l) => ({
    memberId: l.memberId,
    attendance: l.attendance,
    participation: l.participation,
    note: l.note.trim(),
    moodBefore: l.moodBefore,
    moodAfter: l.moodAfter,
  }));

/**
 * After a successful save the stored rows come back. A sent line that was not touched while the
 * save was under way takes the stored values; every other line stays as it is on screen (it was
 * either unchanged when sent, or typed into during the save and must not be lost).
 */
export function mergeAfterSave(
  current: readonly AttendanceLine[],
  sent: readonly AttendanceLine[],
  stored: readonly AttendanceRow[],
): AttendanceLine[] {
  const sentBy = new Map(sent.map((l) => [l.memberId, l]));
  const storedBy = new Map(stored.map((row) => [row.memberId, lineOf(row)]));
  const merged = current.map((line) => {
    const wasSent = sentBy.get(line.memberId);
    const fresh = storedBy.get(line.memberId);
    if (!fresh || !wasSent || !same(wasSent, line)) return line;
    return fresh;
  });
  // Members the backend lists now and the screen did not have (enrolled meanwhile).
  const known = new Set(current.map((l) => l.memberId));
  return [...merged, ...stored.filter((row) => !known.has(row.memberId)).map(lineOf)];
}

/** The range of a mood score in the grid (before and after the session). */
export const MOOD_RANGE = { min: 0, max: 10 } as const;

export type ScoreReading = { ok: true; value: number | null } | { ok: false; problem: 'notWholeNumber' | 'outOfRange' };

/**
 * A score as typed into a grid cell: empty is "no score", a whole number inside the range is the
 * score, anything else is refused where it was typed (issue 12: "12" on a 0–10 scale was silently
 * saved as 10). Never clamped: what is stored is what the person meant, or nothing.
 */
export function readScore(text: string, range: { min: number; max: number }): ScoreReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (!/^[+-]?\d+$/.test(trimmed)) return { ok: false, problem: 'notWholeNumber' };
  const value = Number(trimmed);
  if (value < range.min || value > range.max) return { ok: false, problem: 'outOfRange' };
  return { ok: true, value };
}

/** The lines the autosave may send now: changed, and with nothing to correct first. */
export const sendableLines = (lines: readonly AttendanceLine[], stored: readonly AttendanceRow[]): AttendanceLine[] =>
  changedLines(lines, stored).filter((line) => lineProblems(line).length === 0);
