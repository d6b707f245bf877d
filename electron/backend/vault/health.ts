// What is wrong with the data folder, found by reading only. Every answer names one precise problem with its
// own translated text; nothing here changes, creates or removes a file.
import { existsSync, statSync } from 'node:fs';
import type { VaultProblem } from '../../contract/schemas';
import { checkDatabasePages, databaseShape } from './dbPages';
import type { KeyFileState } from './keyFile';
import type { VaultPaths } from './paths';

export type ProblemCode = VaultProblem['code'];

/** What the files say without any key: a problem, 'uninitialized' (no vault file at all), or null (looks usable). */
export function diagnoseFiles(paths: VaultPaths, keys: KeyFileState): ProblemCode | 'uninitialized' | null {
  const databaseFiles = [paths.database, paths.wal, paths.shm].some((p) => existsSync(p));
  if (keys.problem === 'missing') return databaseFiles ? 'KEY_FILE_MISSING' : 'uninitialized';
  if (keys.problem === 'newer') return 'KEY_FILE_NEWER';
  if (keys.problem === 'unreadable') return 'KEY_FILE_UNREADABLE';
  switch (databaseShape(paths.database)) {
    case 'missing':
      return 'DATABASE_MISSING';
    case 'empty':
      return 'DATABASE_EMPTY';
    case 'plainSqlite':
      return 'DATABASE_NOT_KENES';
    case 'truncated':
      return 'DATABASE_DAMAGED';
    case 'plausible':
      return null;
  }
}

/** Pages listed in a report: enough to tell a technician where, not a flood. */
const MAX_PAGES_REPORTED = 50;

/**
 * The database checked against a key the key file authenticated: which problem, and which pages;
 * null when every page's checksum holds.
 */
export function diagnoseDatabase(paths: VaultPaths, dataKey: Buffer): Omit<VaultProblem, 'dataDir'> | null {
  const shape = databaseShape(paths.database);
  if (shape === 'missing') return { code: 'DATABASE_MISSING' };
  if (shape === 'empty') return { code: 'DATABASE_EMPTY' };
  if (shape === 'plainSqlite') return { code: 'DATABASE_NOT_KENES' };
  const { pageCount, damagedPages } = checkDatabasePages(paths.database, dataKey);
  // Not one page opens with this key: the database belongs to another key file (or its salt is damaged).
  if (pageCount > 1 && damagedPages.length === pageCount) return { code: 'DATABASE_NOT_KENES' };
  return damagedPages.length > 0 ? { code: 'DATABASE_DAMAGED', pages: damagedPages.slice(0, MAX_PAGES_REPORTED) } : null;
}

/** SQLite errors that mean the file is damaged or gone, as opposed to a bug or a full disk. */
export function isDatabaseFault(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
  return (
    /^SQLITE_(CORRUPT|NOTADB|CANTOPEN|IOERR_SHORT_READ|IOERR_READ)/.test(code) ||
    (error instanceof TypeError && /directory does not exist|unable to open/i.test(error.message))
  );
}

/** Size and modification time of the database: a remembered problem holds only while these stay the same. */
export function databaseStamp(paths: VaultPaths): string {
  try {
    const s = statSync(paths.database);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return 'none';
  }
}
