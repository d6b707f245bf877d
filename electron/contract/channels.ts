import { z } from 'zod';
import { assessmentChannels } from './assessmentChannels';
import { channel, none, nothing } from './channel';
import { clientChannels } from './clientChannels';
import { drawingChannels } from './drawingChannels';
import { drawingExtraChannels } from './drawingExtraChannels';
import { groupChannels } from './groupChannels';
import { reportChannels } from './reportChannels';
import { PUBLIC, SIGNED_IN, rolesAccess, roleSchema } from './roles';
import {
  accountSchema,
  auditActionSchema,
  auditEntrySchema,
  facilityNameSchema,
  fullNameSchema,
  idSchema,
  idleTimeoutSchema,
  isoDateTimeSchema,
  languageSchema,
  passwordSchema,
  rolesSchema,
  sessionSchema,
  usernameSchema,
  vaultStatusSchema,
} from './schemas';


/** Vault, session, accounts, settings and audit: the foundation's channels. */
const foundationChannels = {
  /** Where the vault stands: set up or not, locked, who is signed in. */
  'vault:status': channel(none, vaultStatusSchema, PUBLIC),
  /** First run: creates the encrypted database, the first admin and the recovery key (returned once). */
  'vault:setup': channel(
    z
      .object({
        language: languageSchema,
        facilityName: facilityNameSchema,
        admin: z.object({ fullName: fullNameSchema, username: usernameSchema, password: passwordSchema }).strict(),
      })
      .strict(),
    z.object({ recoveryKey: z.string(), session: sessionSchema }),
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
    sessionSchema,
    PUBLIC,
  ),
  /** Sign in, or unlock a locked screen (the same check; audited as unlock for the same person). */
  'session:signIn': channel(z.object({ username: usernameSchema, password: passwordSchema }).strict(), sessionSchema, PUBLIC),
  'session:lock': channel(none, nothing, SIGNED_IN),
  'session:signOut': channel(none, nothing, SIGNED_IN),
  /** The person is at the keyboard: postpones the idle lock. */
  'session:activity': channel(none, nothing, SIGNED_IN),

  'account:changePassword': channel(
    z.object({ currentPassword: passwordSchema, newPassword: passwordSchema }).strict(),
    sessionSchema,
    SIGNED_IN,
  ),
  'account:setLanguage': channel(z.object({ language: languageSchema }).strict(), sessionSchema, SIGNED_IN),

  'accounts:list': channel(none, z.array(accountSchema), rolesAccess('admin')),
  'accounts:create': channel(
    z
      .object({
        fullName: fullNameSchema,
        username: usernameSchema,
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

  'settings:get': channel(none, z.object({ facilityName: z.string(), idleTimeoutMinutes: idleTimeoutSchema }), SIGNED_IN),
  'settings:update': channel(
    z.object({ facilityName: facilityNameSchema, idleTimeoutMinutes: idleTimeoutSchema }).strict(),
    sessionSchema,
    rolesAccess('admin'),
  ),

  'audit:list': channel(
    z
      .object({
        from: isoDateTimeSchema.optional(),
        to: isoDateTimeSchema.optional(),
        actorId: idSchema.optional(),
        action: auditActionSchema.optional(),
        limit: z.number().int().min(1).max(500),
        offset: z.number().int().min(0),
      })
      .strict(),
    z.object({ entries: z.array(auditEntrySchema), total: z.number().int().nonnegative() }),
    rolesAccess('admin'),
  ),
  /**
   * Checks the audit chain and every signed record's seal. `alteredRecords`: signed records changed
   * outside the app, by kind and id only (never content); each is audited once as record.altered.
   */
  'audit:verify': channel(
    none,
    z.object({
      checked: z.number().int().nonnegative(),
      firstBrokenId: z.number().int().positive().nullable(),
      alteredRecords: z.array(z.object({ kind: z.enum(['assessment', 'groupSession']), id: idSchema })),
    }),
    rolesAccess('admin'),
  ),
} as const;

/**
 * The IPC contract: every channel the renderer may call, declared once (each domain in its own
 * file, composed here). The backend validates input and access from here; the renderer's types
 * are inferred from here.
 */
export const channels = {
  ...foundationChannels,
  ...drawingChannels,
  ...drawingExtraChannels,
  ...clientChannels,
  ...assessmentChannels,
  ...reportChannels,
  ...groupChannels,
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;
export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[];
export const isChannelName = (name: unknown): name is ChannelName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);

export { roleSchema };
