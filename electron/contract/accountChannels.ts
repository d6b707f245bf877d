import { z } from 'zod';
import { channel, none } from './channel';
import { SIGNED_IN, rolesAccess } from './roles';
import {
  accountSchema,
  fullNameSchema,
  idSchema,
  languageSchema,
  newUsernameSchema,
  passwordSchema,
  rolesSchema,
  signedInSchema,
} from './schemas';

/** One's own account (password, language) and, for admins, everyone's. */
export const accountChannels = {
  'account:changePassword': channel(
    z.object({ currentPassword: passwordSchema, newPassword: passwordSchema }).strict(),
    signedInSchema,
    SIGNED_IN,
  ),
  'account:setLanguage': channel(z.object({ language: languageSchema }).strict(), signedInSchema, SIGNED_IN),

  'accounts:list': channel(none, z.array(accountSchema), rolesAccess('admin')),
  'accounts:create': channel(
    z
      .object({
        fullName: fullNameSchema,
        username: newUsernameSchema,
        roles: rolesSchema,
        language: languageSchema,
        temporaryPassword: passwordSchema,
      })
      .strict(),
    accountSchema,
    rolesAccess('admin'),
  ),
  'accounts:update': channel(
    z.object({ id: idSchema, fullName: fullNameSchema, roles: rolesSchema, language: languageSchema }).strict(),
    accountSchema,
    rolesAccess('admin'),
  ),
  /** A new username for an account (same rules as a new one; look-alikes of others refused; audited). */
  'accounts:rename': channel(
    z.object({ id: idSchema, username: newUsernameSchema }).strict(),
    accountSchema,
    rolesAccess('admin'),
  ),
  /** Disabling deletes the account's key wrap; enabling needs a new temporary password. */
  'accounts:disable': channel(z.object({ id: idSchema }).strict(), accountSchema, rolesAccess('admin')),
  'accounts:enable': channel(
    z.object({ id: idSchema, temporaryPassword: passwordSchema }).strict(),
    accountSchema,
    rolesAccess('admin'),
  ),
  'accounts:resetPassword': channel(
    z.object({ id: idSchema, temporaryPassword: passwordSchema }).strict(),
    accountSchema,
    rolesAccess('admin'),
  ),
} as const;
