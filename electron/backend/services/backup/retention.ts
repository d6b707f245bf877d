// Which automatic backups to keep (issue 16; backups made by hand are never deleted): the newest of each of the last `keepDaily` days that have a
// backup, the newest of each of the last `keepWeekly` ISO weeks that have one, and always the newest verified
// backup. Pure: it decides from file names only, the caller deletes.
import { BACKUP_EXTENSION } from '../../vault/backupFormat';

// Only automatic backups are ever deleted: their names carry `-auto-`; a backup made by hand is the person's.
const NAME = /^kenes-backup-auto-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.kbak$/;

/** A backup's file name for a moment (UTC, so names sort in time order); automatic ones say so. */
export function backupFileName(at: Date, automatic: boolean): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `kenes-backup-${automatic ? 'auto-' : ''}${at.getUTCFullYear()}${p(at.getUTCMonth() + 1)}${p(at.getUTCDate())}-${p(at.getUTCHours())}${p(
    at.getUTCMinutes(),
  )}${p(at.getUTCSeconds())}${BACKUP_EXTENSION}`;
}

/** The moment in an automatic backup's name, or null when the name is not one. */
export function backupTimeOf(name: string): Date | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}

/** ISO 8601 week of a date, as "YYYY-Www" (weeks start on Monday; week 1 holds the year's first Thursday). */
function isoWeek(at: Date): string {
  const d = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * The names to delete among `names` (other files are never touched). `newestVerified` is never deleted,
 * whatever the counts say.
 */
export function backupsToDelete(
  names: readonly string[],
  keepDaily: number,
  keepWeekly: number,
  newestVerified: string | null,
): string[] {
  const ours = names
    .map((name) => ({ name, at: backupTimeOf(name) }))
    .filter((b): b is { name: string; at: Date } => b.at !== null)
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set<string>();
  if (newestVerified) keep.add(newestVerified);
  const pick = (bucket: (d: Date) => string, count: number) => {
    const seen = new Set<string>();
    for (const b of ours) {
      const key = bucket(b.at);
      if (seen.has(key)) continue;
      if (seen.size >= count) break;
      seen.add(key);
      keep.add(b.name);
    }
  };
  pick((d) => d.toISOString().slice(0, 10), keepDaily);
  pick(isoWeek, keepWeekly);
  return ours.filter((b) => !keep.has(b.name)).map((b) => b.name);
}
