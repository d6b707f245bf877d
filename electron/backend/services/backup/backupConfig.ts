// Where backups go and how they went, kept in backup.json beside the vault (not in the database): an automatic
// backup finishes after the sign-out that started it, when the database is closed, and its outcome must still
// reach the next sign-in. The file holds no record content: a folder, dates, a file name, a failure's code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../../vault/atomicFile';

const outcomeSchema = z.strictObject({
  at: z.iso.datetime(),
  fileName: z.string().max(300),
  automatic: z.boolean(),
});

const failureSchema = z.strictObject({
  at: z.iso.datetime(),
  reason: z.string().max(60),
  automatic: z.boolean(),
  /** Shown once at the next sign-in of an admin, then kept (the status page still lists it). */
  seen: z.boolean(),
});

export const backupConfigSchema = z.strictObject({
  folder: z.string().max(4096).nullable(),
  automatic: z.boolean(),
  keepDaily: z.number().int().min(1).max(60),
  keepWeekly: z.number().int().min(0).max(52),
  lastVerified: outcomeSchema.nullable(),
  lastFailure: failureSchema.nullable(),
  /** When the last automatic backup was attempted: at most one a day. */
  lastAutomaticAt: z.iso.datetime().nullable(),
});
export type BackupConfig = z.infer<typeof backupConfigSchema>;

/** Defaults of issue 16: automatic once a folder is chosen, 7 daily and 4 weekly copies kept. */
export const DEFAULT_BACKUP_CONFIG: BackupConfig = {
  folder: null,
  automatic: true,
  keepDaily: 7,
  keepWeekly: 4,
  lastVerified: null,
  lastFailure: null,
  lastAutomaticAt: null,
};

export function backupConfigPath(dataDir: string): string {
  return join(dataDir, 'backup.json');
}

/** The configuration; the defaults when the file is missing or unreadable (it holds nothing that cannot be chosen again). */
export function readBackupConfig(dataDir: string): BackupConfig {
  try {
    const parsed = backupConfigSchema.safeParse(JSON.parse(readFileSync(backupConfigPath(dataDir), 'utf8')));
    return parsed.success ? parsed.data : { ...DEFAULT_BACKUP_CONFIG };
  } catch {
    return { ...DEFAULT_BACKUP_CONFIG };
  }
}

/** Changes the configuration atomically and returns it. */
export function updateBackupConfig(dataDir: string, change: (c: BackupConfig) => BackupConfig): BackupConfig {
  const next = backupConfigSchema.parse(change(readBackupConfig(dataDir)));
  writeFileAtomic(backupConfigPath(dataDir), Buffer.from(`${JSON.stringify(next, null, 2)}\n`, 'utf8'));
  return next;
}
