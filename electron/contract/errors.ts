import { z } from 'zod';

/**
 * Why the data folder cannot be used (issue 10): each is also an error code with its own translated
 * text, and the files are left exactly as they are.
 */
export const VAULT_PROBLEMS = [
  /** Another Kenes holds the data folder (its lock file names a running process). */
  'VAULT_IN_USE',
  /** vault.db (or its -wal/-shm) exists but neither copy of the key file does. */
  'KEY_FILE_MISSING',
  /** No copy of the key file can be read. */
  'KEY_FILE_UNREADABLE',
  /** The key file was written by a newer version of Kenes. */
  'KEY_FILE_NEWER',
  /** The key file exists but vault.db does not. */
  'DATABASE_MISSING',
  /** vault.db is empty (0 bytes). */
  'DATABASE_EMPTY',
  /** vault.db is not a Kenes database: a plain SQLite file, or one no page of which this key opens. */
  'DATABASE_NOT_KENES',
  /** vault.db is damaged; details.pages lists the pages whose checksum fails, when known. */
  'DATABASE_DAMAGED',
  /** The database was written by a newer version of Kenes. */
  'DB_FROM_FUTURE',
] as const;

/**
 * Every failure that crosses the IPC boundary has one of these codes. The renderer
 * shows `errors.<code>` from i18n; `message` is English for logs and developers only.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'UNKNOWN_CHANNEL',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'INVALID_CREDENTIALS',
  'THROTTLED',
  'INVALID_RECOVERY_KEY',
  /** A new recovery key or a rotation was confirmed without being prepared at this sign-in (a lock forgets it). */
  'KEYS_NOT_PREPARED',
  /** A rotation needs one temporary password for each account listed when it was prepared, and no other. */
  'ROTATION_ACCOUNTS',
  'WEAK_PASSWORD',
  'PASSWORD_REUSED',
  'USERNAME_TAKEN',
  /** A username that looks like an existing one (a Cyrillic «а», 0 for o…): refused, details name it. */
  'USERNAME_CONFUSABLE',
  'NOT_FOUND',
  'LAST_ADMIN',
  'SELF_DISABLE',
  /** Set-up refused: a vault file already exists (details.reasons names them); nothing is overwritten. */
  'VAULT_EXISTS',
  'VAULT_MISSING',
  ...VAULT_PROBLEMS,
  /** Entering client mode, or leaving it, when the session is not in the matching state. */
  'CLIENT_MODE',
  /** A finished drawing is read-only. */
  'DRAWING_FINISHED',
  /** An in-progress drawing this sign-in did not create or resume: resume it first (records the gap). */
  'DRAWING_INTERRUPTED',
  /** Bytes that do not decode, or would make the stored drawing invalid; nothing is stored. */
  'INVALID_DRAWING',
  /** An uploaded picture is not a PNG or JPEG, is damaged or cut off, or is not shaped as the page; nothing is stored. */
  'INVALID_IMAGE',
  /** An uploaded picture has too many bytes or pixels; nothing is stored. */
  'IMAGE_TOO_LARGE',
  /** No way to save files is configured (the app was started without one). */
  'EXPORT_UNAVAILABLE',
  /** The file manager could not show the data folder (none installed, or the transport has none). */
  'FOLDER_NOT_OPENED',
  /** Saving the exported file failed (disk full, no permission); it may be missing or incomplete. */
  'EXPORT_FAILED',
  // clients (issue 5)
  /** A legal status period would overlap one already recorded (other than the open one it follows). */
  'LEGAL_STATUS_OVERLAP',
  /** The consent was already withdrawn; a withdrawal is recorded once. */
  'CONSENT_WITHDRAWN',
  /**
   * No consent in force covers the activity (issue 12, item 4). details.reasons: [activity, 'none' | 'withdrawn'].
   * 'none': the caller may proceed with a recorded reason (consentReason); 'withdrawn': only a new consent opens it.
   */
  'CONSENT_REQUIRED',
  // signed records: assessments and group session notes (services/signing/signedRecord.ts)
  /**
   * A signed record and what it attests are read-only; corrections are addenda. details.reasons[0]
   * names the kind of record: 'assessment' (its drawings and their annotations too) or
   * 'groupSession' (the note, the attendance, the drawings and the aliases on it).
   */
  'RECORD_SIGNED',
  /** An addendum needs a signed record to add to; details.reasons[0] names the kind of record. */
  'RECORD_NOT_SIGNED',
  // assessments (issue 5)
  /** A discarded draft takes no changes. */
  'ASSESSMENT_DISCARDED',
  /** Signing refused: details.reasons lists what is missing (SIGNING_BLOCKERS of assessmentChannels.ts). */
  'ASSESSMENT_INCOMPLETE',
  /** The page, item or drawing does not fit the assessment's instrument (wrong kind, unknown page, orientation, already linked). */
  'INSTRUMENT_MISMATCH',
  /** The client pressed Finished on the questionnaire; answers wait until the psychologist hands the screen over again. */
  'QUESTIONNAIRE_FINISHED',
  // groups (issue 6)
  /** The client is already a member of this group who has not left. */
  'ALREADY_MEMBER',
  /** The group has as many active members as its capacity. */
  'GROUP_FULL',
  /** A finished group takes no new members, sessions or changes to its details; its status never goes back. */
  'GROUP_FINISHED',
  /** Signing refused: the record was signed before and its signature undone outside the app (it has a seal). */
  'RECORD_ALTERED',
  /** A session with attendance, a note or a drawing is a record and cannot be deleted. */
  'SESSION_NOT_EMPTY',
  // backups and restore (issue 16)
  /** A backup could not be written or did not verify; nothing that looks valid was left. */
  'BACKUP_FAILED',
  /** "Back up now" to the configured folder before a folder was chosen. */
  'BACKUP_FOLDER_UNSET',
  /** One backup at a time. */
  'BACKUP_RUNNING',
  /** The chosen file is not a Kenes backup. */
  'BACKUP_NOT_A_BACKUP',
  /** The backup file is cut short (an interrupted copy). */
  'BACKUP_TRUNCATED',
  /** Bytes of the backup are damaged (checksum, page or integrity check). */
  'BACKUP_CORRUPTED',
  /** The backup was changed after it was written (its header's HMAC, counts or audit anchor do not hold). */
  'BACKUP_TAMPERED',
  /**
   * "Verify a backup": the header's HMAC does not hold under this vault's current data key. The backup was made
   * before a data-key rotation, or it was changed; without a password of its time the two cannot be told apart.
   */
  'BACKUP_OTHER_KEY',
  /** Neither the password nor the recovery key opens this backup. */
  'BACKUP_WRONG_KEY',
  /** The backup was written by a newer version of Kenes. */
  'BACKUP_NEWER',
  // bundles across facilities (issue 15; services/bundles/format)
  /** The file is not a Kenes bundle (no magic), or not a supervisor key file. */
  'BUNDLE_NOT_A_BUNDLE',
  /** The bundle is cut short (an interrupted copy). */
  'BUNDLE_TRUNCATED',
  /** Bytes of the bundle were changed or damaged: its encryption does not authenticate, or its contents do not read. */
  'BUNDLE_DAMAGED',
  /** The bundle was sealed to another supervisor installation's key (named by its fingerprint in the clear header). */
  'BUNDLE_OTHER_SUPERVISOR',
  /** The facility's signature does not hold under the public key the bundle names. */
  'BUNDLE_SIGNATURE_INVALID',
  /** The bundle (or key file) was written by a newer version of Kenes. */
  'BUNDLE_NEWER_FORMAT',
  /** Exporting a bundle needs the supervisor's public key, imported once by an admin. */
  'BUNDLE_NO_SUPERVISOR_KEY',
  /** Exporting a bundle needs the facility's region, set by an admin. */
  'BUNDLE_REGION_UNSET',
  /** The chosen file is not a supervisor's public key file, or its key and fingerprint do not agree (damaged). */
  'SUPERVISOR_KEY_FILE_INVALID',
  /**
   * A referral step the referral's status does not allow (contract/referralChannels.ts NEXT_STATUSES,
   * OUTCOME_FROM). details.reasons: [the current status, the step asked for].
   */
  'REFERRAL_STEP',
  /** A referral's date does not fit: details.reasons ['future' | 'beforeReferral' | 'followUpBeforeReferral']. */
  'REFERRAL_DATE',
  // the supervisor installation (issue 15 §3)
  /** A supervising department's installation holds no client records: this channel is not answered there. */
  'SUPERVISOR_INSTALLATION',
  /** Only a supervising department's installation imports bundles and shows combined Trends. */
  'NOT_SUPERVISOR_INSTALLATION',
  /** Accounts on a supervisor installation hold only the admin and supervisor roles; details.reasons: the others. */
  'SUPERVISOR_ROLES_ONLY',
  /** An import was confirmed without its preview at this sign-in (a lock or a new choice forgets it). */
  'IMPORT_NOT_PREPARED',
  // directory of organisations (issue 17 §1)
  /**
   * A CSV file that cannot be used at all (per-line problems are the preview's, not this). details.reasons[0]:
   * 'tooLarge' | 'tooManyLines' | 'empty' | 'notText' | 'noNameColumn' | 'notReadable'.
   */
  'CSV_UNREADABLE',
  /** An organisation of the same kind, name and city is in the directory; details.reasons[0] is its id. */
  'ORGANISATION_EXISTS',
  'INTERNAL',
] as const;
export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const appErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  /** Machine-readable extras the UI may use: retryAfterMs, group (recovery key), field issues. */
  details: z
    .object({
      retryAfterMs: z.number().int().nonnegative().optional(),
      group: z.number().int().positive().optional(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      reasons: z.array(z.string()).optional(),
      /** DATABASE_DAMAGED: the damaged pages (1-based), at most the first 50. */
      pages: z.array(z.number().int().positive()).optional(),
    })
    .optional(),
});
export type AppError = z.infer<typeof appErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Thrown inside the backend; converted to `{ ok: false, error }` at the dispatch boundary. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: AppError['details'],
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}
