import { z } from 'zod';
import { channel, none, nothing } from './channel';
import { rolesAccess, roleSchema } from './roles';
import { idSchema, passwordSchema } from './schemas';

/** An account that gets a temporary password at a data-key rotation (every active account but the admin's). */
export const rotationAccountSchema = z.object({
  id: idSchema,
  username: z.string(),
  fullName: z.string(),
  roles: z.array(roleSchema),
});
export type RotationAccount = z.infer<typeof rotationAccountSchema>;

const recoveryKeyInput = z.string().min(1).max(200);

/**
 * Keys (issue 16, section 3), admins only. Both changes are prepared first and take effect only once the new
 * recovery key has been typed back, as at set-up: closing the screen half way changes nothing. What is prepared
 * lives in memory for this sign-in only (a lock forgets it).
 */
export const keyChannels = {
  /** With the admin's password: a new recovery key, shown this once; nothing changes until it is confirmed. */
  'keys:prepareRecoveryKey': channel(
    z.object({ password: passwordSchema }).strict(),
    z.object({ recoveryKey: z.string() }),
    rolesAccess('admin'),
  ),
  /** The prepared key typed back: its wrap replaces every recovery wrap (the old key stops opening the vault). */
  'keys:confirmRecoveryKey': channel(z.object({ recoveryKey: recoveryKeyInput }).strict(), nothing, rolesAccess('admin')),
  /** With the admin's password: a new data key and recovery key, and the accounts that will need a temporary password. */
  'keys:prepareRotation': channel(
    z.object({ password: passwordSchema }).strict(),
    z.object({ recoveryKey: z.string(), accounts: z.array(rotationAccountSchema) }),
    rolesAccess('admin'),
  ),
  /**
   * Re-encrypts the database under the prepared key. Needs the new recovery key typed back and one temporary
   * password for each account listed by keys:prepareRotation; those accounts must change it at their next sign-in.
   */
  'keys:rotate': channel(
    z
      .object({
        recoveryKey: recoveryKeyInput,
        temporaryPasswords: z.array(z.object({ accountId: idSchema, temporaryPassword: passwordSchema }).strict()).max(1000),
      })
      .strict(),
    z.object({ accounts: z.array(rotationAccountSchema) }),
    rolesAccess('admin'),
  ),
  /** Forgets whatever was prepared (the admin closed the screen). */
  'keys:cancel': channel(none, nothing, rolesAccess('admin')),
} as const;
