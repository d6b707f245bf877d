import { randomUUID } from 'node:crypto';
import type { PublicContext } from '../context';
import { readBackupConfig } from './backupConfig';
import { runningJob, startBackup } from './backupJob';

/** The app's version for a backup's header ('dev' when the transport gives none). */
export const appVersion = (ctx: PublicContext): string => ctx.appVersion ?? 'dev';

/**
 * The automatic backup at sign-out and quit: only with a folder chosen and automatic backups on, at most once a
 * calendar day (UTC), never while another runs. Started before the database closes; it finishes on its own
 * connection. Never fails the sign-out: a failure is recorded for the next sign-in.
 */
export function startAutomaticBackup(ctx: PublicContext): void {
  const open = ctx.vault.currentSignIn();
  if (!open) return;
  const c = readBackupConfig(ctx.vault.paths.dataDir);
  if (!c.folder || !c.automatic || runningJob(ctx.vault)) return;
  const today = new Date(ctx.vault.now()).toISOString().slice(0, 10);
  if (c.lastAutomaticAt?.slice(0, 10) === today) return;
  try {
    startBackup({ vault: ctx.vault, open, folder: c.folder, automatic: true, appVersion: appVersion(ctx), newId: randomUUID });
  } catch {
    // Recorded by the job itself when it starts; a refusal to start (another running) is not a failure.
  }
}
