import { describe, expect, it } from 'vitest';
import type { AttendanceRow } from '../../../electron/contract/groupChannels';
import {
  changedLines,
  lineOf,
  lineProblems,
  markUnmarkedPresent,
  mergeAfterSave,
  toInputRows,
} from '../../../renderer/features/groups/model/attendanceGrid';

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

describe('attendance grid', () => {
  const stored = [row('a', { attendance: 'present', participation: 4 }), row('b')];

  it('sends only the lines that differ from what is stored', () => {
    const lines = stored.map(lineOf);
    expect(changedLines(lines, stored)).toEqual([]);
    lines[1] = { ...lines[1]!, attendance: 'late', moodBefore: 3 };
    expect(changedLines(lines, stored).map((l) => l.memberId)).toEqual(['b']);
  });

  it('treats spaces around a note as no change, and trims what it sends', () => {
    const lines = stored.map(lineOf);
    lines[0] = { ...lines[0]!, note: '  ' };
    expect(changedLines(lines, stored)).toEqual([]);
    expect(toInputRows([{ ...lines[0]!, note: ' calm today ' }])[0]!.note).toBe('calm today');
  });

  it('marks only the members without a mark as present', () => {
    const lines = markUnmarkedPresent([{ ...lineOf(stored[0]!), attendance: 'absent-excused' }, lineOf(stored[1]!)]);
    expect(lines.map((l) => l.attendance)).toEqual(['absent-excused', 'present']);
  });

  it('points out a participation rating for someone absent', () => {
    expect(lineProblems({ ...lineOf(stored[0]!), attendance: 'absent-unexcused', participation: 3 })).toEqual([
      'participationWithoutPresence',
    ]);
    expect(lineProblems({ ...lineOf(stored[0]!), attendance: 'late', participation: 3 })).toEqual([]);
  });

  it('after a save keeps what was typed meanwhile and takes the stored values for the rest', () => {
    const sent = [{ ...lineOf(stored[1]!), attendance: 'present' as const }];
    const current = [{ ...lineOf(stored[0]!), note: 'typed while saving' }, sent[0]!];
    const afterSave = [row('a', { attendance: 'present', participation: 4 }), row('b', { attendance: 'present' }), row('c')];
    const merged = mergeAfterSave(current, sent, afterSave);
    expect(merged.map((l) => [l.memberId, l.attendance, l.note])).toEqual([
      ['a', 'present', 'typed while saving'],
      ['b', 'present', ''],
      ['c', null, ''],
    ]);
  });
});
