import { z } from 'zod';
import { channel, none, nothing } from './channel';
import { PUBLIC, rolesAccess } from './roles';
import { passwordSchema, usernameSchema } from './schemas';

const ADMIN = rolesAccess('admin');
const isoDate = z.iso.datetime();
/** Rows per table, as a backup's header and a restore's preview show them. */
const countsSchema = z.record(z.string().max(100), z.number().int().nonnegative());

/** What an admin sees of backups: where they go, how the last ones went, and whether one is overdue. */
export const backupStatusSchema = z.object({
  /** The configured folder for automatic backups and "Back up now"; null until one is chosen. */
  folder: z.string().nullable(),
  automatic: z.boolean(),
  keepDaily: z.number().int(),
  keepWeekly: z.number().int(),
  lastVerified: z.object({ at: isoDate, fileName: z.string(), automatic: z.boolean() }).nullable(),
  lastFailure: z.object({ at: isoDate, reason: z.string(), automatic: z.boolean() }).nullable(),
  /** A failed automatic backup not yet shown to an admin: the sign-in shows it once. */
  unseenFailure: z.boolean(),
  /** No verified backup in the last 7 days (or none at all). */
  overdue: z.boolean(),
  /** The backup running now, if any. */
  runningJobId: z.string().nullable(),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

/** A backup under way or finished. */
export const backupJobSchema = z.object({
  id: z.string(),
  automatic: z.boolean(),
  phase: z.enum(['copying', 'writing', 'verifying', 'done', 'failed']),
  fraction: z.number().min(0).max(1),
  fileName: z.string().nullable(),
  bytes: z.number().int().nullable(),
  /** The failure's error code when phase is 'failed'. */
  error: z.string().nullable(),
});
export type BackupJobView = z.infer<typeof backupJobSchema>;

/** What a backup file says about itself before any key is given (unauthenticated until unlocked). */
export const backupSummarySchema = z.object({
  token: z.string(),
  fileName: z.string(),
  createdAt: isoDate,
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  counts: countsSchema,
  automatic: z.boolean(),
});
export type BackupSummary = z.infer<typeof backupSummarySchema>;

/** What an unlocked, fully checked backup holds: shown before anything changes. */
export const restorePreviewSchema = z.object({
  createdAt: isoDate,
  facilityName: z.string(),
  counts: countsSchema,
  schemaVersion: z.number().int(),
  /** This app's schema: a lower schemaVersion is migrated at restore. */
  currentSchemaVersion: z.number().int(),
  automatic: z.boolean(),
});
export type RestorePreview = z.infer<typeof restorePreviewSchema>;

const tokenSchema = z.string().regex(/^[0-9a-f]{32}$/);

/** Backups and restore (issue 16). Restore channels are public only while no usable vault exists (first run, damaged vault); otherwise an admin must be signed in. */
export const backupChannels = {
  /** Where backups go, the last verified one, the last failure and whether one is overdue. */
  'backup:status': channel(none, backupStatusSchema, ADMIN),
  /** Automatic backups on or off, and how many daily and weekly copies to keep. */
  'backup:configure': channel(
    z
      .object({
        automatic: z.boolean(),
        keepDaily: z.number().int().min(1).max(60),
        keepWeekly: z.number().int().min(0).max(52),
      })
      .strict(),
    backupStatusSchema,
    ADMIN,
  ),
  /** Chooses the backup folder with the system's folder picker; unchanged when cancelled. */
  'backup:chooseFolder': channel(none, backupStatusSchema, ADMIN),
  /** Starts a backup into the configured folder, or into a folder chosen now (a USB stick); returns at once. */
  'backup:run': channel(
    z.object({ destination: z.enum(['configured', 'choose']) }).strict(),
    z.object({ jobId: z.string().nullable() }),
    ADMIN,
  ),
  /** A backup's progress and outcome. */
  'backup:job': channel(z.object({ jobId: z.string().min(1).max(64) }).strict(), backupJobSchema, ADMIN),
  /** The failure shown at sign-in has been seen. */
  'backup:failureSeen': channel(none, nothing, ADMIN),
  /** "Verify a backup": checks a chosen file completely with the current data key. */
  'backup:verify': channel(
    none,
    z.object({ fileName: z.string(), createdAt: isoDate, counts: countsSchema, schemaVersion: z.number().int() }).nullable(),
    ADMIN,
  ),
  /** Chooses a backup file for a restore and reads its header; null when the picker was cancelled. */
  'restore:open': channel(none, backupSummarySchema.nullable(), PUBLIC),
  /** Unlocks the chosen backup with a password valid then, or the recovery key, and checks all of it. */
  'restore:unlock': channel(
    z.union([
      z.object({ token: tokenSchema, username: usernameSchema, password: passwordSchema }).strict(),
      z.object({ token: tokenSchema, recoveryKey: z.string().min(1).max(200) }).strict(),
    ]),
    restorePreviewSchema,
    PUBLIC,
  ),
  /** Restores: the current vault is moved aside intact (the answer says where); everyone is signed out. */
  'restore:apply': channel(z.object({ token: tokenSchema }).strict(), z.object({ movedAsideTo: z.string().nullable() }), PUBLIC),
  /** Leaves a restore without changing anything. */
  'restore:cancel': channel(none, nothing, PUBLIC),
} as const;
