import { z } from 'zod';
import { channel, none, nothing } from './channel';
import { installationKindSchema } from './installationKind';
import { PUBLIC, SIGNED_IN } from './roles';
import {
  facilityNameSchema,
  fullNameSchema,
  languageSchema,
  newUsernameSchema,
  passwordSchema,
  signedInSchema,
  usernameSchema,
  vaultStatusSchema,
} from './schemas';

/** The vault and signing in: set-up, status, recovery, sign-in, lock and sign-out. */
export const vaultChannels = {
  /** Where the vault stands: set up or not, locked, who is signed in. */
  'vault:status': channel(none, vaultStatusSchema, PUBLIC),
  /** First run: creates the encrypted database, the first admin and the recovery key (returned once). */
  'vault:setup': channel(
    z
      .object({
        language: languageSchema,
        facilityName: facilityNameSchema,
        /** A facility's installation (the default) or a supervising department's (issue 15); chosen once. */
        installationKind: installationKindSchema.optional(),
        admin: z.object({ fullName: fullNameSchema, username: newUsernameSchema, password: passwordSchema }).strict(),
      })
      .strict(),
    z.object({ recoveryKey: z.string(), signedIn: signedInSchema }),
    PUBLIC,
  ),
  /**
   * Shows the data folder in the file manager. Only while the folder cannot be used (the
   * damaged-vault screen), so the person can copy it aside or put a saved copy back.
   */
  'vault:openDataFolder': channel(none, nothing, PUBLIC),
  /** Language of the screens shown before sign-in. */
  'vault:setLanguage': channel(z.object({ language: languageSchema }).strict(), nothing, PUBLIC),
  /** Recovery key restores access: sets a new password for an admin account. */
  'vault:recover': channel(
    z.object({ recoveryKey: z.string().min(1).max(200), username: usernameSchema, newPassword: passwordSchema }).strict(),
    signedInSchema,
    PUBLIC,
  ),
  /** Sign in, or unlock a locked screen (the same check; audited as unlock for the same person). */
  'auth:signIn': channel(z.object({ username: usernameSchema, password: passwordSchema }).strict(), signedInSchema, PUBLIC),
  'auth:lock': channel(none, nothing, SIGNED_IN),
  'auth:signOut': channel(none, nothing, SIGNED_IN),
  /** The renderer has sent its pending saves after auth:flushRequested: the backend may lock now. */
  'auth:flushed': channel(z.object({ requestId: z.string().min(1).max(100) }).strict(), nothing, SIGNED_IN),
  /** The person is at the keyboard: postpones the idle lock. */
  'auth:activity': channel(none, nothing, SIGNED_IN),
} as const;
