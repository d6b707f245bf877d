import { describe, expect, it } from 'vitest';
import type { AttendanceRow } from '../../../electron/contract/groupChannels';
import { MOOD_RANGE, lineOf, readScore, sendableLines } from '../../../renderer/features/groups/model/attendanceGrid';

/** Issue 12, item 6: a mood typed as "12" was saved as 10 without a word. */
describe('a score typed into the grid', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['0', 0],
    ['7', 7],
    [' 10 ', 10],
    ['05', 5],
  ])('takes %j as %j', (typed, value) => {
    expect(readScore(typed, MOOD_RANGE)).toEqual({ ok: true, value });
  });

  it.each(['12', '11', '-1', '100'])('refuses %j as out of the 0–10 range, never clamps it', (typed) => {
    expect(readScore(typed, MOOD_RANGE)).toEqual({ ok: false, problem: 'outOfRange' });
  });

  it.each(['5.5', '7,5', 'abc', '1e1', '٣', '5-'])('refuses %j as not a whole number', (typed) => {
    expect(readScore(typed, MOOD_RANGE)).toEqual({ ok: false, problem: 'notWholeNumber' });
  });

  it('reads a participation-style range the same way', () => {
    expect(readScore('6', { min: 1, max: 5 })).toEqual({ ok: false, problem: 'outOfRange' });
    expect(readScore('0', { min: 1, max: 5 })).toEqual({ ok: false, problem: 'outOfRange' });
    expect(readScore('5', { min: 1, max: 5 })).toEqual({ ok: true, value: 5 });
  });
});

const row = (memberId: string, patch: Partial<AttendanceRow> = {}): AttendanceRow => ({
  memberId,
  code: 'K7M4-QX9B',
  alias: memberId,
  language: 'kk',
  attendance: null,
  participation: null,
  note: '',
  moodBefore: null,
  moodAfter: null,
  moodBeforeBy: null,
  moodAfterBy: null,
  drawingIds: [],
  ...patch,
});

describe('what the grid autosaves', () => {
  const stored = [row('a'), row('b'), row('c', { attendance: 'present' })];

  it('sends changed lines only, and holds back a line that needs a correction', () => {
    const lines = [
      { ...lineOf(stored[0]!), attendance: 'present' as const, moodBefore: 6 },
      // A rating for someone marked absent is a slip of the hand: held until corrected.
      { ...lineOf(stored[1]!), attendance: 'absent-excused' as const, participation: 4 },
      lineOf(stored[2]!),
    ];
    expect(sendableLines(lines, stored).map((l) => l.memberId)).toEqual(['a']);
    const corrected = lines.map((l) => (l.memberId === 'b' ? { ...l, participation: null } : l));
    expect(sendableLines(corrected, stored).map((l) => l.memberId)).toEqual(['a', 'b']);
  });

  it('sends nothing when the screen says what is stored', () => {
    expect(sendableLines(stored.map(lineOf), stored)).toEqual([]);
  });
});
