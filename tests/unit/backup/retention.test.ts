import { describe, expect, it } from 'vitest';
import { backupFileName, backupTimeOf, backupsToDelete } from '../../../electron/backend/services/backup/retention';

const auto = (iso: string) => backupFileName(new Date(iso), true);

describe('backup retention (issue 16: 7 daily and 4 weekly by default)', () => {
  it('names automatic backups by their UTC time, and reads the time back', () => {
    expect(auto('2026-11-25T09:05:07Z')).toBe('kenes-backup-auto-20261125-090507.kbak');
    expect(backupFileName(new Date('2026-11-25T09:05:07Z'), false)).toBe('kenes-backup-20261125-090507.kbak');
    expect(backupTimeOf(auto('2026-11-25T09:05:07Z'))?.toISOString()).toBe('2026-11-25T09:05:07.000Z');
  });

  it('keeps the newest of each of the last N days and of the last M ISO weeks, and deletes the rest', () => {
    // One automatic backup a day for 40 days, from Monday 2026-10-19.
    const names = Array.from({ length: 40 }, (_, i) => auto(new Date(Date.UTC(2026, 9, 19 + i, 17)).toISOString()));
    const doomed = new Set(backupsToDelete(names, 7, 4, null));
    const kept = names.filter((n) => !doomed.has(n));
    // The last 7 days (Nov 21–27), and the newest of each of the last 4 ISO weeks; the buckets overlap, as restic's
    // --keep-daily / --keep-weekly do: weeks of Nov 23 and Nov 16 end on days already kept, then Sundays Nov 15 and 8.
    expect(kept).toEqual([
      auto('2026-11-08T17:00:00Z'),
      auto('2026-11-15T17:00:00Z'),
      ...Array.from({ length: 7 }, (_, i) => auto(new Date(Date.UTC(2026, 10, 21 + i, 17)).toISOString())),
    ]);
  });

  it('never deletes the newest verified backup, nor a backup made by hand, nor any other file', () => {
    const names = [auto('2026-11-20T10:00:00Z'), auto('2026-11-20T11:00:00Z'), 'kenes-backup-20261120-120000.kbak', 'notes.txt'];
    expect(backupsToDelete(names, 1, 0, auto('2026-11-20T10:00:00Z'))).toEqual([]);
    expect(backupsToDelete(names, 1, 0, null)).toEqual([auto('2026-11-20T10:00:00Z')]);
  });
});
