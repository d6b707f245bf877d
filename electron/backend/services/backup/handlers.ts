import { basename } from 'node:path';
import type { z } from 'zod';
import type { BackupStatus, backupChannels } from '../../../contract/backupChannels';
import { AppFailure } from '../../../contract/errors';
import { rolesOf } from '../../db/repos/accountsRepo';
import type { PublicContext } from '../context';
import type { DomainHandlers } from '../handlerMap';
import type { SignedInContext } from '../signedIn';
import { signOut } from '../vault/signInService';
import { readBackupConfig, updateBackupConfig } from './backupConfig';
import { findJob, runningJob, settleBackups, startBackup } from './backupJob';
import { appVersion } from './automatic';
import { applyRestore, cancelRestore, openForRestore, unlockForRestore } from './restore';
import { verifyBackupFile } from './verifyBackup';

type Input<C extends keyof typeof backupChannels> = z.output<(typeof backupChannels)[C]['input']>;

/** Warn after this long without a verified backup (issue 16). */
const OVERDUE_MS = 7 * 24 * 60 * 60 * 1000;

function status(ctx: PublicContext): BackupStatus {
  const c = readBackupConfig(ctx.vault.paths.dataDir);
  const last = c.lastVerified ? Date.parse(c.lastVerified.at) : null;
  // A failure older than the last verified backup is history, not news.
  const failure = c.lastFailure && (!last || Date.parse(c.lastFailure.at) >= last) ? c.lastFailure : null;
  return {
    folder: c.folder,
    automatic: c.automatic,
    keepDaily: c.keepDaily,
    keepWeekly: c.keepWeekly,
    lastVerified: c.lastVerified,
    lastFailure: c.lastFailure
      ? { at: c.lastFailure.at, reason: c.lastFailure.reason, automatic: c.lastFailure.automatic }
      : null,
    unseenFailure: Boolean(failure && failure.automatic && !failure.seen),
    overdue: last === null || ctx.vault.now() - last > OVERDUE_MS,
    runningJobId: runningJob(ctx.vault)?.id ?? null,
  };
}

/** Starts a backup into `folder` for the signed-in person; audited when it ends while they are still signed in. */
function begin(s: SignedInContext, folder: string, automatic: boolean): string {
  const open = s.vault.currentSignIn();
  if (!open) throw new AppFailure('UNAUTHENTICATED', 'nobody is signed in');
  return startBackup({ vault: s.vault, open, folder, automatic, appVersion: appVersion(s), newId: s.newId }).id;
}

/** Restore is open to anyone only while no usable vault exists (first run, damaged vault); otherwise admins only. */
function requireRestoreAccess(ctx: PublicContext): string | null {
  const problem = ctx.vault.problem();
  if (problem === 'uninitialized' || (problem && problem.code !== 'VAULT_IN_USE')) return null;
  if (problem) throw new AppFailure('VAULT_IN_USE', 'another Kenes uses this data folder');
  const open = ctx.vault.currentSignIn();
  if (!open || !rolesOf(open.account).includes('admin'))
    throw new AppFailure('FORBIDDEN', 'only an admin restores over a usable vault');
  return open.account.id;
}

export const backupHandlers = {
  'backup:status': (s) => status(s),
  'backup:configure': (s, input: Input<'backup:configure'>) => {
    updateBackupConfig(s.vault.paths.dataDir, (c) => ({ ...c, ...input }));
    s.audit('backup.configured', null, { ...input });
    return status(s);
  },
  'backup:chooseFolder': async (s) => {
    if (!s.pickFolder) throw new AppFailure('EXPORT_UNAVAILABLE', 'no folder picker');
    const folder = await s.pickFolder();
    if (folder) {
      updateBackupConfig(s.vault.paths.dataDir, (c) => ({ ...c, folder }));
      // The path is not audited: a folder name can hold a person's name.
      s.audit('backup.configured', null, { folderChanged: true });
    }
    return status(s);
  },
  'backup:run': async (s, { destination }: Input<'backup:run'>) => {
    let folder: string | null;
    if (destination === 'configured') {
      folder = readBackupConfig(s.vault.paths.dataDir).folder;
      if (!folder) throw new AppFailure('BACKUP_FOLDER_UNSET', 'choose a backup folder first');
    } else {
      if (!s.pickFolder) throw new AppFailure('EXPORT_UNAVAILABLE', 'no folder picker');
      folder = await s.pickFolder();
      if (!folder) return { jobId: null };
    }
    return { jobId: begin(s, folder, false) };
  },
  'backup:job': (s, { jobId }: Input<'backup:job'>) => {
    const job = findJob(s.vault, jobId);
    if (!job) throw new AppFailure('NOT_FOUND', 'no such backup');
    return {
      id: job.id,
      automatic: job.automatic,
      phase: job.phase,
      fraction: job.fraction,
      fileName: job.fileName,
      bytes: job.bytes,
      error: job.error,
    };
  },
  'backup:failureSeen': (s) => {
    updateBackupConfig(s.vault.paths.dataDir, (c) => ({
      ...c,
      lastFailure: c.lastFailure ? { ...c.lastFailure, seen: true } : null,
    }));
    return null;
  },
  'backup:verify': async (s) => {
    if (!s.pickBackupFile) throw new AppFailure('EXPORT_UNAVAILABLE', 'no file picker');
    const path = await s.pickBackupFile();
    if (!path) return null;
    try {
      const { backup, check } = await verifyBackupFile(path, s.dataKey, s.vault.paths.dataDir);
      s.audit('backup.verified', null, { result: 'ok', createdAt: backup.header.createdAt });
      return {
        fileName: basename(path),
        createdAt: backup.header.createdAt,
        counts: check.counts,
        schemaVersion: check.schemaVersion,
      };
    } catch (error) {
      s.audit('backup.verified', null, { result: error instanceof AppFailure ? error.code : 'BACKUP_FAILED' });
      throw error;
    }
  },
  'restore:open': async (ctx) => {
    requireRestoreAccess(ctx);
    if (!ctx.pickBackupFile) throw new AppFailure('EXPORT_UNAVAILABLE', 'no file picker');
    const path = await ctx.pickBackupFile();
    if (!path) return null;
    const { token, backup } = await openForRestore(ctx.vault, path);
    const { header } = backup;
    return {
      token,
      fileName: basename(path),
      createdAt: header.createdAt,
      appVersion: header.appVersion,
      schemaVersion: header.schemaVersion,
      counts: header.counts,
      automatic: header.automatic,
    };
  },
  'restore:unlock': async (ctx, input: Input<'restore:unlock'>) => {
    requireRestoreAccess(ctx);
    const secret =
      'recoveryKey' in input ? { recoveryKey: input.recoveryKey } : { username: input.username, password: input.password };
    return unlockForRestore(ctx.vault, input.token, secret);
  },
  'restore:apply': async (ctx, { token }: Input<'restore:apply'>) => {
    const actor = requireRestoreAccess(ctx);
    // A backup still reading the database (an automatic one after a sign-out) ends before its files move.
    await settleBackups(ctx.vault);
    // Whoever is signed in is signed out first (audited in the vault being replaced), so the database is closed.
    signOut(ctx);
    return applyRestore(ctx.vault, token, actor);
  },
  'restore:cancel': (ctx) => {
    cancelRestore(ctx.vault);
    return null;
  },
} satisfies DomainHandlers<typeof backupChannels>;
