import { z } from 'zod';

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
  'WEAK_PASSWORD',
  'PASSWORD_REUSED',
  'USERNAME_TAKEN',
  'NOT_FOUND',
  'LAST_ADMIN',
  'SELF_DISABLE',
  'VAULT_EXISTS',
  'VAULT_MISSING',
  'DB_FROM_FUTURE',
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
  /** Saving the exported file failed (disk full, no permission); it may be missing or incomplete. */
  'EXPORT_FAILED',
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
