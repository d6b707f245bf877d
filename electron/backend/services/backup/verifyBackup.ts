// Checking a backup file with a data key: the checks a backup passes right after it is written, again for
// "Verify a backup", and before a restore changes anything.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../../../contract/errors';
import { makeAnchor } from '../../audit/anchor';
import { MIGRATIONS } from '../../db/migrations';
import { readBackupHeader, sha256OfRange, extractDatabase } from '../../vault/backupFile';
import { type BackupHeader, headerMacHolds } from '../../vault/backupFormat';
import { type DatabaseCheck, SnapshotError, checkDatabaseFile } from '../../vault/backupSnapshot';
import { checkDatabasePages } from '../../vault/dbPages';

/** The schema version this app's migrations reach. */
export const LATEST_SCHEMA = MIGRATIONS.at(-1)?.version ?? 0;

/** A backup file read without its key: the header, where the database starts, and the file's size. */
export type OpenedBackup = { path: string; header: BackupHeader; databaseOffset: number; size: number };

/**
 * Reads a backup's header and checks its shape and the database part's SHA-256 (no key needed): refuses a file
 * that is not a backup, is cut short, has damaged bytes, or comes from a newer version.
 */
export async function openBackupFile(path: string): Promise<OpenedBackup> {
  const read = readBackupHeader(path);
  if ('problem' in read) {
    switch (read.problem) {
      case 'truncated':
        throw new AppFailure('BACKUP_TRUNCATED', 'the backup file is cut short');
      case 'newerFormat':
        throw new AppFailure('BACKUP_NEWER', 'the backup comes from a newer version of Kenes');
      case 'corrupted':
        throw new AppFailure('BACKUP_CORRUPTED', 'the backup file is damaged');
      default:
        throw new AppFailure('BACKUP_NOT_A_BACKUP', 'the file is not a Kenes backup');
    }
  }
  const { header, databaseOffset, size } = read;
  if ((await sha256OfRange(path, databaseOffset, header.database.bytes)) !== header.database.sha256) {
    throw new AppFailure('BACKUP_CORRUPTED', 'the backup database part does not match its checksum');
  }
  if (header.schemaVersion > LATEST_SCHEMA) throw new AppFailure('BACKUP_NEWER', 'the backup database is newer than this app');
  return { path, header, databaseOffset, size };
}

function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a).sort();
  return keys.join() === Object.keys(b).sort().join() && keys.every((k) => a[k] === b[k]);
}

/**
 * With the data key: the header's mac, then the database part copied to `out` (a new file), every page's HMAC
 * (vault/dbPages.ts: SQLite3MultipleCiphers has no PRAGMA cipher_integrity_check), PRAGMA integrity_check, the
 * counts and schema version against the header, and the audit anchor against the log's newest row. Throws a
 * specific failure; `out` is left for the caller to use or remove.
 */
export async function checkBackupWithKey(backup: OpenedBackup, dataKey: Buffer, out: string): Promise<DatabaseCheck> {
  const { header } = backup;
  if (!headerMacHolds(header, dataKey)) throw new AppFailure('BACKUP_TAMPERED', 'the backup header was changed');
  await extractDatabase(backup.path, backup.databaseOffset, header.database.bytes, out);
  const pages = checkDatabasePages(out, dataKey);
  if (pages.damagedPages.length > 0) throw new AppFailure('BACKUP_CORRUPTED', 'pages of the backup fail their checksum');
  let check: DatabaseCheck;
  try {
    check = await checkDatabaseFile(out, dataKey);
  } catch (error) {
    if (error instanceof SnapshotError)
      throw new AppFailure('BACKUP_CORRUPTED', `the backup database cannot be read: ${error.code}`);
    throw error;
  }
  if (check.integrity.length !== 1 || check.integrity[0] !== 'ok') {
    throw new AppFailure('BACKUP_CORRUPTED', 'the backup database fails its integrity check');
  }
  if (check.schemaVersion > LATEST_SCHEMA) throw new AppFailure('BACKUP_NEWER', 'the backup database is newer than this app');
  if (check.schemaVersion !== header.schemaVersion || !sameCounts(check.counts, header.counts)) {
    throw new AppFailure('BACKUP_TAMPERED', 'the backup database does not match its header');
  }
  const anchor = check.newestAudit ? makeAnchor(dataKey, check.newestAudit) : null;
  if (JSON.stringify(anchor) !== JSON.stringify(header.auditAnchor)) {
    throw new AppFailure('BACKUP_TAMPERED', 'the backup audit log does not end where its header says');
  }
  return check;
}

/** "Verify a backup": every check, in a temporary folder removed afterwards. */
export async function verifyBackupFile(
  path: string,
  dataKey: Buffer,
  workRoot: string,
): Promise<{ backup: OpenedBackup; check: DatabaseCheck }> {
  const backup = await openBackupFile(path);
  // Under another data key the header cannot be checked at all: say so, rather than call an old backup altered.
  if (!headerMacHolds(backup.header, dataKey)) {
    throw new AppFailure('BACKUP_OTHER_KEY', 'the backup header does not hold under the current data key');
  }
  const dir = mkdtempSync(join(workRoot, 'backup-verify-'));
  try {
    const check = await checkBackupWithKey(backup, dataKey, join(dir, 'vault.db'));
    return { backup, check };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export { sameCounts };
