// One backup from start to verified file (issue 16, section 1). It runs beside the one-call-at-a-time queue, on
// its own connection and a copy of the data key, so the app keeps working and an automatic backup started at
// sign-out finishes after the database is closed. The renderer follows it with backup:job.
import { mkdtempSync, readdirSync, rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../../../contract/errors';
import { makeAnchor } from '../../audit/anchor';
import { appendAudit } from '../../db/repos/auditRepo';
import { writeBackupFile, sha256OfFile } from '../../vault/backupFile';
import { BACKUP_FORMAT_VERSION, facilityNameHash, signHeader } from '../../vault/backupFormat';
import { type TableCounts, checkDatabaseFile, snapshotDatabase } from '../../vault/backupSnapshot';
import { checkDatabasePages } from '../../vault/dbPages';
import type { OpenVault, Vault } from '../../vault/vault';
import { updateBackupConfig } from './backupConfig';
import { backupFileName, backupsToDelete } from './retention';
import { verifyBackupFile } from './verifyBackup';

export type BackupPhase = 'copying' | 'writing' | 'verifying' | 'done' | 'failed';

/** A backup under way or finished, as the renderer sees it. */
export type BackupJob = {
  id: string;
  automatic: boolean;
  phase: BackupPhase;
  /** 0..1 over the whole job. */
  fraction: number;
  fileName: string | null;
  bytes: number | null;
  /** The failure's error code (BACKUP_FAILED, BACKUP_CORRUPTED …) when phase is 'failed'. */
  error: string | null;
  done: Promise<void>;
};

const jobsByVault = new WeakMap<Vault, Map<string, BackupJob>>();

function jobsOf(vault: Vault): Map<string, BackupJob> {
  let jobs = jobsByVault.get(vault);
  if (!jobs) {
    jobs = new Map();
    jobsByVault.set(vault, jobs);
  }
  return jobs;
}

export function findJob(vault: Vault, id: string): BackupJob | undefined {
  return jobsOf(vault).get(id);
}

/** The job still running, if any: one backup at a time. */
export function runningJob(vault: Vault): BackupJob | undefined {
  return [...jobsOf(vault).values()].find((j) => j.phase !== 'done' && j.phase !== 'failed');
}

/** Waits for every backup of this vault to end (quit waits for them). */
export async function settleBackups(vault: Vault): Promise<void> {
  await Promise.all([...jobsOf(vault).values()].map((j) => j.done.catch(() => undefined)));
}

/** Counts of the snapshot must equal the live counts at that moment: between those before and after the copy. */
function countsMatchLive(backup: TableCounts, before: TableCounts, after: TableCounts): boolean {
  const names = Object.keys(backup).sort().join();
  if (names !== Object.keys(after).sort().join() && names !== Object.keys(before).sort().join()) return false;
  return Object.entries(backup).every(([t, n]) => {
    const [a, b] = [before[t] ?? 0, after[t] ?? 0];
    // Nobody else writes while the app's own backup runs unless another process does: then before ≠ after,
    // and the snapshot's moment lies between them.
    return n >= Math.min(a, b) && n <= Math.max(a, b);
  });
}

export type StartBackup = {
  vault: Vault;
  open: OpenVault;
  folder: string;
  automatic: boolean;
  appVersion: string;
  newId: () => string;
};

/**
 * Starts a backup into `folder` and returns its job at once. The live counts, the wraps and the key are taken
 * now; the file is named by the vault's clock.
 */
export function startBackup(input: StartBackup): BackupJob {
  const { vault, open, folder, automatic } = input;
  if (runningJob(vault)) throw new AppFailure('BACKUP_RUNNING', 'a backup is already running');
  const keys = vault.keyFileState().keyFile;
  if (!keys) throw new AppFailure('KEY_FILE_UNREADABLE', 'no copy of the key file can be read');
  const dataKey = Buffer.from(open.dataKey);
  const createdAt = new Date(vault.now());
  const fileName = backupFileName(createdAt, automatic);
  const job: BackupJob = {
    id: input.newId(),
    automatic,
    phase: 'copying',
    fraction: 0,
    fileName,
    bytes: null,
    error: null,
    done: Promise.resolve(),
  };
  const { dataDir } = vault.paths;
  const audit = (action: 'backup.created' | 'backup.failed', details: Record<string, string | number | boolean>) => {
    // Only while the same sign-in is open: an automatic backup outlives its sign-out, and its outcome waits in
    // backup.json for the next admin sign-in.
    if (vault.currentSignIn() !== open) return;
    appendAudit(open.db, { actorId: open.account.id, action, details }, new Date(vault.now()));
  };
  const run = async () => {
    const work = mkdtempSync(join(dataDir, 'backup-work-'));
    const target = join(folder, fileName);
    let written = false;
    try {
      const snapshot = join(work, 'snapshot.db');
      const live = await snapshotDatabase(vault.paths.database, dataKey, snapshot, (f) => {
        job.fraction = f * 0.5;
      });
      const pages = checkDatabasePages(snapshot, dataKey);
      const check = await checkDatabaseFile(snapshot, dataKey);
      if (
        pages.damagedPages.length > 0 ||
        check.integrity[0] !== 'ok' ||
        !countsMatchLive(check.counts, live.before, live.after)
      ) {
        throw new AppFailure('BACKUP_FAILED', 'the snapshot does not match the live database');
      }
      job.phase = 'writing';
      job.fraction = 0.55;
      const database = await sha256OfFile(snapshot);
      const header = signHeader(
        {
          format: 'kenes-backup',
          version: BACKUP_FORMAT_VERSION,
          createdAt: createdAt.toISOString(),
          appVersion: input.appVersion,
          schemaVersion: check.schemaVersion,
          facilityNameHash: facilityNameHash(check.facilityName ?? ''),
          counts: check.counts,
          keys: { lookupSalt: keys.lookupSalt, wraps: keys.wraps },
          auditAnchor: check.newestAudit ? makeAnchor(dataKey, check.newestAudit) : null,
          database,
          automatic,
        },
        dataKey,
      );
      await writeBackupFile(target, header, snapshot);
      written = true;
      job.phase = 'verifying';
      job.fraction = 0.7;
      const verified = await verifyBackupFile(target, dataKey, work);
      if (JSON.stringify(verified.check.counts) !== JSON.stringify(check.counts)) {
        throw new AppFailure('BACKUP_FAILED', 'the written backup does not hold the snapshot');
      }
      job.bytes = verified.backup.size;
      const config = updateBackupConfig(dataDir, (c) => ({
        ...c,
        lastVerified: { at: createdAt.toISOString(), fileName, automatic },
        ...(automatic ? { lastAutomaticAt: createdAt.toISOString() } : {}),
      }));
      if (automatic && config.folder === folder) pruneOldBackups(folder, config.keepDaily, config.keepWeekly, fileName);
      audit('backup.created', { automatic, bytes: verified.backup.size });
      job.phase = 'done';
      job.fraction = 1;
    } catch (error) {
      const reason = error instanceof AppFailure ? error.code : 'BACKUP_FAILED';
      // A file that did not verify is not a backup: it goes, so nothing that looks valid is left.
      if (written) {
        try {
          unlinkSync(target);
        } catch {
          // Already gone.
        }
      }
      updateBackupConfig(dataDir, (c) => ({
        ...c,
        lastFailure: { at: createdAt.toISOString(), reason, automatic, seen: false },
        ...(automatic ? { lastAutomaticAt: createdAt.toISOString() } : {}),
      }));
      audit('backup.failed', { automatic, reason });
      job.phase = 'failed';
      job.error = reason;
      job.fileName = null;
    } finally {
      dataKey.fill(0);
      rmSync(work, { recursive: true, force: true });
    }
  };
  job.done = run();
  jobsOf(vault).set(job.id, job);
  return job;
}

/** Deletes the automatic backups retention no longer keeps; never the newest verified one. */
function pruneOldBackups(folder: string, keepDaily: number, keepWeekly: number, newestVerified: string): void {
  for (const name of backupsToDelete(readdirSync(folder), keepDaily, keepWeekly, newestVerified)) {
    try {
      unlinkSync(join(folder, name));
    } catch {
      // A file someone else removed or locked: the next backup tries again.
    }
  }
}
