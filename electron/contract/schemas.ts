import { z } from 'zod';
import { VAULT_PROBLEMS } from './errors';
import { installationKindSchema } from './installationKind';
import { roleSchema } from './roles';

/** Languages of the UI and of clients: Kazakh, Russian, English. */
export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const idSchema = z.string().regex(/^[0-9a-f]{32}$/, 'expected an id');
/** Usernames are what people type at a shared computer: short, no spaces, case-insensitive. */
/** The username rule's own message: forms recognise it to say which characters a username may hold. */
export const USERNAME_FORMAT_MESSAGE = 'Latin letters, digits, dot, dash and underscore only';

export const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(32)
  .regex(/^[\p{L}\p{N}._-]+$/u, USERNAME_FORMAT_MESSAGE)
  // One spelling per person whatever the keyboard: SQLite's NOCASE folds only ASCII,
  // and Kazakh and Russian usernames are common.
  .transform((s) => normalizeUsername(s));

/**
 * A username being given (new account, set-up admin, rename): Latin letters, digits, dot, dash and
 * underscore only, so one name has one spelling on every keyboard layout. Older accounts whose names
 * hold other letters still sign in through `usernameSchema` and can be renamed (issue 12).
 */
export const newUsernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(32)
  .regex(/^[A-Za-z0-9._-]+$/, USERNAME_FORMAT_MESSAGE)
  .transform((s) => normalizeUsername(s));

/** The stored and compared form of a username. */
export function normalizeUsername(username: string): string {
  return username.normalize('NFKC').trim().toLowerCase();
}
export const fullNameSchema = z.string().trim().min(2).max(120);
export const passwordSchema = z.string().min(1).max(256);
export const facilityNameSchema = z.string().trim().min(2).max(160);
export const rolesSchema = z
  .array(roleSchema)
  .min(1)
  .max(4)
  .refine((r) => new Set(r).size === r.length, 'duplicate role');
export const IDLE_TIMEOUT_MIN = 1;
export const IDLE_TIMEOUT_MAX = 60;
export const idleTimeoutSchema = z.number().int().min(IDLE_TIMEOUT_MIN).max(IDLE_TIMEOUT_MAX);
export const isoDateTimeSchema = z.string().datetime({ offset: true });

export const accountSchema = z.object({
  id: idSchema,
  username: z.string(),
  fullName: z.string(),
  roles: z.array(roleSchema),
  language: languageSchema,
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Account = z.infer<typeof accountSchema>;

/**
 * What an admin is told at sign-in about the key file (issue 10): copies that are missing or damaged,
 * the wraps lost in them, and whether the recovery key still has an intact wrap anywhere.
 */
export const keyFileHealthSchema = z.object({
  copies: z.array(
    z.object({
      file: z.enum(['vault.key', 'vault.key.2']),
      state: z.enum(['missing', 'damaged']),
      /** Wraps whose line is damaged in this copy; the username when the account is known. */
      damagedWraps: z.array(z.object({ kind: z.enum(['password', 'recovery']).nullable(), username: z.string().nullable() })),
    }),
  ),
  /** 'ok': intact in every copy; 'oneCopy': intact in one copy only; 'missing': recovery is impossible. */
  recoveryWrap: z.enum(['ok', 'oneCopy', 'missing']),
});
export type KeyFileHealth = z.infer<typeof keyFileHealthSchema>;

export const signedInSchema = z.object({
  account: accountSchema,
  facilityName: z.string(),
  idleTimeoutMinutes: idleTimeoutSchema,
  /** A facility's installation, or a supervising department's (issue 15): the renderer shows its own areas. */
  installationKind: installationKindSchema,
  /** Admins only, and only when something is wrong with the key file. */
  keyFileHealth: keyFileHealthSchema.nullable().optional(),
});
export type SignedInInfo = z.infer<typeof signedInSchema>;

/**
 * Client mode: the one thing the client at the screen may touch until the psychologist's password
 * ends it — a drawing, a questionnaire of an assessment, or one member's mood entry in a group
 * session. services/clientMode.ts lists the channels each kind opens.
 */
export const clientModeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('drawing'), drawingId: idSchema }),
  z.object({ kind: z.literal('questionnaire'), assessmentId: idSchema }),
  z.object({ kind: z.literal('groupMood'), sessionId: idSchema, memberId: idSchema }),
]);
export type ClientMode = z.infer<typeof clientModeSchema>;

export { VAULT_PROBLEMS };
export const vaultProblemSchema = z.object({
  code: z.enum(VAULT_PROBLEMS),
  /** DATABASE_DAMAGED: the pages whose checksum fails (1-based), when known. */
  pages: z.array(z.number().int().positive()).optional(),
  /** The data folder, so the person can find it, copy it or restore it. */
  dataDir: z.string(),
});
export type VaultProblem = z.infer<typeof vaultProblemSchema>;

export const vaultStatusSchema = z.object({
  /** 'unavailable': the data folder cannot be used as it is; `problem` says why. Set-up is never offered then. */
  state: z.enum(['uninitialized', 'signed-out', 'locked', 'signed-in', 'unavailable']),
  problem: vaultProblemSchema.nullable().optional(),
  /** Language for screens shown before anyone is signed in. */
  language: languageSchema,
  /**
   * Who locked the screen, kept in memory only, so the lock screen can greet them (in their own
   * language: while locked, `language` above is theirs too, unless changed on the lock screen).
   */
  lockedUser: z.object({ username: z.string(), fullName: z.string() }).nullable(),
  signedIn: signedInSchema.nullable(),
  retryAfterMs: z.number().int().nonnegative(),
  /** Set while the signed-in psychologist has handed the screen to a client drawing this drawing. */
  clientMode: clientModeSchema.nullable().optional(),
});
export type VaultStatus = z.infer<typeof vaultStatusSchema>;

export const AUDIT_ACTIONS = [
  'vault.created',
  'session.signIn',
  'session.signInFailed',
  'session.signOut',
  'session.lock',
  'session.unlock',
  'account.created',
  'account.updated',
  'account.disabled',
  'account.enabled',
  'account.passwordChanged',
  /** A wrong current password when changing one's own password (slowed down like sign-in). */
  'account.passwordChangeFailed',
  'account.passwordReset',
  'account.languageChanged',
  /** An admin changed an account's username (old and new name in the details). */
  'account.renamed',
  'recovery.used',
  'recovery.failed',
  // keys (issue 16, section 3)
  /** The recovery key was replaced: a new wrap, every older recovery wrap deleted. */
  'keys.recoveryKeyRenewed',
  /** The data key was rotated; details count the temporary passwords given. */
  'keys.rotated',
  /** A wrong password when preparing a recovery key or a rotation (slowed down like sign-in). */
  'keys.passwordFailed',
  'settings.updated',
  'audit.verified',
  'drawing.created',
  'drawing.viewed',
  'drawing.listed',
  'drawing.resumed',
  'drawing.finished',
  'drawing.imported',
  'drawing.exported',
  'drawing.exportFailed',
  'drawing.annotationsViewed',
  /** A screen of drawing thumbnails (issue 18): the ids of the pictures sent, in one row per screen. */
  'drawing.thumbnailsViewed',
  'annotation.added',
  'annotation.updated',
  'annotation.deleted',
  'clientMode.entered',
  'clientMode.exited',
  'clientMode.exitFailed',
  // clients (issue 5)
  'client.created',
  'client.viewed',
  'client.updated',
  'client.searched',
  'client.legalStatusAdded',
  /** An old value of this client's legal status history was mapped to a status of the law (migration 0016). */
  'client.legalStatusMapped',
  'client.consentRecorded',
  'client.consentWithdrawn',
  'client.consentException',
  'client.consentExceptionViewed',
  'client.draftSaved',
  'client.draftOpened',
  'client.draftDiscarded',
  // re-entry plans (issue 17 §3): area and field names, never the content
  'reentry.viewed',
  'reentry.datesSaved',
  'reentry.itemSaved',
  'reentry.exported',
  'reentry.exportFailed',
  // assessments (issue 5)
  'assessment.created',
  'assessment.viewed',
  'assessment.listed',
  'assessment.draftSaved',
  'assessment.drawingStarted',
  'assessment.paperAttached',
  'assessment.clientViewed',
  'assessment.clientAnswered',
  'assessment.clientFinished',
  'assessment.signed',
  'assessment.signFailed',
  'assessment.addendumAdded',
  'assessment.discarded',
  // report (issue 5)
  'assessment.exported',
  'assessment.exportFailed',
  // groups (issue 6)
  'group.listed',
  'group.viewed',
  'group.created',
  'group.updated',
  'group.statusChanged',
  'group.facilitatorsChanged',
  'group.memberEnrolled',
  'group.memberRegistered',
  'group.memberUpdated',
  'group.memberLeft',
  'group.dashboardViewed',
  'group.memberProgressViewed',
  'groupSession.calendarViewed',
  'groupSession.created',
  'groupSession.updated',
  'groupSession.deleted',
  'groupSession.viewed',
  'groupSession.gridSaved',
  'groupSession.noteSaved',
  'groupSession.noteSigned',
  'groupSession.signFailed',
  'groupSession.addendumAdded',
  'groupSession.drawingStarted',
  'groupSession.moodSelfEntered',
  // seals of signed records (issue 10)
  'record.sealed',
  'record.altered',
  // the one-time mapping of the old legal statuses (issue 17 §4): old value, new value and counts
  'legalStatus.mapped',
  // trends (issue 14): which table and dimensions, never its content
  'trends.viewed',
  // a Trends view saved as CSV or PDF, or the attempt that failed (issue 14 §1)
  'trends.exported',
  'trends.exportFailed',
  // a de-identified record-level export saved, or the attempt that failed (issue 14 §3): counts and settings, no rows
  'deidentified.exported',
  'deidentified.exportFailed',
  // backups and restore (issue 16)
  'backup.created',
  'backup.failed',
  'backup.verified',
  'backup.configured',
  'backup.restored',
  // directory of organisations (issue 17 §1): ids, field names and counts, never a name
  'organisation.created',
  'organisation.updated',
  'organisation.archived',
  'organisation.restored',
  'directory.imported',
  'directory.exported',
  'directory.exportFailed',
  // the supervisor installation (issue 15 §3): fingerprints, sequences, quarters and outcomes, never a figure
  'supervisor.keyExported',
  'bundle.imported',
  'bundle.refused',
  'bundle.facilityTrusted',
  'bundle.facilityKeyAccepted',
  // referrals (issue 17 §2), against the client: ids and statuses, never the reason, notes, organisation or outcome
  'referral.listed',
  'referral.viewed',
  'referral.created',
  'referral.statusChanged',
  'referral.outcomeRecorded',
  'referral.followUpSet',
  // the home screen read (issue 17 §6): each section's count, never an item
  'home.viewed',
  // the facility's side of bundles across facilities (issue 15): region, supervisor key (its fingerprint), and each
  // bundle exported (quarters, sequence, family and cell counts, never a figure or the path)
  'bundle.regionSet',
  'bundle.supervisorKeyImported',
  'bundle.exported',
  'bundle.exportFailed',
] as const;
export const auditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof auditActionSchema>;

export const auditEntrySchema = z.object({
  id: z.number().int().positive(),
  at: isoDateTimeSchema,
  actorId: idSchema.nullable(),
  actorUsername: z.string().nullable(),
  action: auditActionSchema,
  targetKind: z.string().nullable(),
  targetId: z.string().nullable(),
  /** Small facts about the event (reason, changed fields); never record content. */
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const lockReasonSchema = z.enum(['manual', 'idle', 'suspend', 'screen-lock']);
export type LockReason = z.infer<typeof lockReasonSchema>;

/** Pushed from the backend to the renderer (not requests): the screen must follow. */
export const backendEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('auth:locked'), reason: lockReasonSchema }),
  /**
   * The backend is about to lock (idle, suspend, screen lock): the renderer sends every pending
   * save, then answers auth:flushed with this id. The backend locks after the answer or a short bound.
   */
  z.object({ type: z.literal('auth:flushRequested'), reason: lockReasonSchema, requestId: z.string() }),
  /**
   * The idle lock comes in `lockInMs` (the renderer counts down and offers to stay); null: the
   * warning is over, the person is back.
   */
  z.object({ type: z.literal('auth:idleWarning'), lockInMs: z.number().int().nonnegative().nullable() }),
  /** A client has the screen, or no longer has it: Electron keeps the window in kiosk mode meanwhile. */
  z.object({ type: z.literal('clientMode:changed'), active: z.boolean() }),
]);
export type BackendEvent = z.infer<typeof backendEventSchema>;
