// Data-key rotation (issue 16, section 3): the database is re-encrypted under a new random key, and the key file
// ends up with wraps of the new key only. Killing the process at any point leaves a vault that opens with the old
// key or with the new one, never with neither. The order:
//
//   1. checkpoint the live database (WAL folded in; calls are serialised, so nothing writes meanwhile) and copy
//      vault.db to a temporary file beside it                          — a crash leaves a stray temporary file
//   2. on the copy, still under the old key: the accounts' changes and the audit rows of the rotation
//   3. on the copy: journal mode DELETE, PRAGMA rekey (SQLCipher's rekey does not work in WAL mode), back to WAL,
//      closed and fsynced; PRAGMA rekey draws a new salt, which names the copy (rotationSalt.ts)
//   4. the key file gets a `rotation` line: the new key's wraps, the new anchor and the copy's salt. Readers use
//      those wraps only when vault.db carries that salt (keyFile.ts), so the old wraps still apply
//   5. the live database is closed, the copy renamed over vault.db (atomic), the folder fsynced — the commit
//      point: from here vault.db has the new salt and readers use the rotation's wraps
//   6. the database is opened again with the new key, and the key file rewritten with the new wraps only.
//
// Wraps keep their ids (a new wrap under the same id), so accounts.wrap_id never changes and the database need not
// know which key it is under. Backups keep the wraps they were made with, so they open with their own old keys.
import {
  constants,
  copyFileSync,
  existsSync,
  fchmodSync,
  fsyncSync,
  openSync,
  closeSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { anchorOf } from '../audit/anchor';
import { type Db, closeDatabase, openEncryptedDatabase } from '../db/connection';
import { migrate } from '../db/migrate';
import { fsyncDirectory, temporaryName } from './atomicFile';
import { databaseSalt } from './rotationSalt';
import type { OpenVault, Vault } from './vault';
import type { KeyWrap } from './wrap';

/** Where a rotation has got to; tests kill the process at each (tests/integration/keyRotation*.test.ts). */
export type RotationStep = 'copied' | 'prepared' | 'rekeyed' | 'keyFileWritten' | 'closed' | 'renamed' | 'reopened' | 'finalized';

export type RotationPlan = {
  /** The new data key (32 random bytes); the open vault holds it afterwards. */
  newKey: Buffer;
  /** Every wrap of the new key the key file will hold (the admin's, the recovery wrap, the temporary passwords'). */
  wraps: KeyWrap[];
  /** Changes made on the copy under the old key, before it is rekeyed: the accounts and the audit rows. */
  prepare: (db: Db) => void;
  /** Called after each step; tests use it to kill the process there. */
  onStep?: (step: RotationStep) => void;
};

const COPY_PREFIX = 'rotate-vault.db';

/** Removes what an interrupted rotation left: temporary copies (and their journals), never a vault file. */
export function removeRotationLeftovers(dataDir: string): void {
  for (const name of readdirSync(dataDir)) {
    if (!name.startsWith(`${COPY_PREFIX}.`) || !/\.tmp(-wal|-shm|-journal)?$/.test(name)) continue;
    try {
      unlinkSync(join(dataDir, name));
    } catch {
      // Gone already, or not ours to remove: it is never read.
    }
  }
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fchmodSync(fd, 0o600);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Steps 1–3: the rekeyed copy, closed and on disk; returns its path and salt. */
function rekeyedCopy(
  vault: Vault,
  open: OpenVault,
  plan: RotationPlan,
): { path: string; salt: string; anchor: ReturnType<typeof anchorOf> } {
  const live = vault.paths.database;
  const [{ busy }] = open.db.pragma('wal_checkpoint(TRUNCATE)') as [{ busy: number }];
  if (busy !== 0) throw new Error('the database is busy: the rotation did not start');
  const path = temporaryName(join(vault.paths.dataDir, COPY_PREFIX));
  copyFileSync(live, path, constants.COPYFILE_EXCL);
  fsyncFile(path);
  plan.onStep?.('copied');
  let copy: Db | null = null;
  try {
    copy = openEncryptedDatabase(path, open.dataKey, { fileMustExist: true });
    const db = copy;
    db.transaction(() => plan.prepare(db))();
    plan.onStep?.('prepared');
    // SQLCipher's rekey does not run in WAL mode: switch the journal mode, rekey, and switch back.
    db.pragma('journal_mode = DELETE');
    db.pragma(`rekey="x'${plan.newKey.toString('hex')}'"`);
    db.pragma('journal_mode = WAL');
    const anchor = anchorOf(db, plan.newKey);
    closeDatabase(db);
    copy = null;
    fsyncFile(path);
    // The copy must open with the new key before anything depends on it.
    const check = openEncryptedDatabase(path, plan.newKey, { fileMustExist: true });
    try {
      const result = check.pragma('quick_check', { simple: true });
      if (result !== 'ok') throw new Error('the rekeyed copy does not pass quick_check');
    } finally {
      closeDatabase(check);
    }
    const salt = databaseSalt(path);
    if (!salt || salt === databaseSalt(live)) throw new Error('the rekeyed copy has no new salt');
    plan.onStep?.('rekeyed');
    return { path, salt, anchor };
  } catch (error) {
    if (copy?.open) copy.close();
    removeRotationLeftovers(vault.paths.dataDir);
    throw error;
  }
}

/**
 * Re-encrypts the open vault's database under `plan.newKey` and leaves the key file with `plan.wraps` only. On
 * success the open vault holds the new database handle and key (the old key buffer is wiped); the caller's
 * context must not use its old `db` or `dataKey` afterwards. Synchronous from the first step to the last, so no
 * other call (nor the idle lock) runs in between.
 */
export function rotateDataKey(vault: Vault, open: OpenVault, plan: RotationPlan): void {
  removeRotationLeftovers(vault.paths.dataDir);
  const copy = rekeyedCopy(vault, open, plan);
  const before = vault.keyFile();
  try {
    vault.saveKeyFile({ ...before, rotation: { dbSalt: copy.salt, wraps: plan.wraps, anchor: copy.anchor } });
    plan.onStep?.('keyFileWritten');
    closeDatabase(open.db);
    plan.onStep?.('closed');
    // A -wal left beside vault.db would be read against the new file: refuse rather than risk it.
    if (existsSync(vault.paths.wal) && statSync(vault.paths.wal).size > 0)
      throw new Error('the write-ahead log was not folded in');
  } catch (error) {
    // Nothing has been renamed: the old database and wraps stay; the rotation line goes at this write.
    vault.saveKeyFile(vault.keyFile());
    removeRotationLeftovers(vault.paths.dataDir);
    if (!open.db.open) open.db = openEncryptedDatabase(vault.paths.database, open.dataKey, { fileMustExist: true });
    throw error;
  }
  try {
    renameSync(copy.path, vault.paths.database);
  } catch (error) {
    // Not renamed (a file system that refuses it): as above, the old database and wraps stay in use.
    vault.saveKeyFile(vault.keyFile());
    removeRotationLeftovers(vault.paths.dataDir);
    open.db = openEncryptedDatabase(vault.paths.database, open.dataKey, { fileMustExist: true });
    throw error;
  }
  fsyncDirectory(vault.paths.dataDir);
  plan.onStep?.('renamed');
  const db = openEncryptedDatabase(vault.paths.database, plan.newKey, { fileMustExist: true });
  migrate(db);
  open.db = db;
  open.dataKey.fill(0);
  open.dataKey = plan.newKey;
  plan.onStep?.('reopened');
  // vault.db now has the rotation's salt, so the key file reads as the new wraps; writing it drops the old ones.
  vault.saveKeyFile(vault.keyFile());
  plan.onStep?.('finalized');
}
