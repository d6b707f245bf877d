import { z } from 'zod';
import { channel, nothing } from './channel';
import { rolesAccess } from './roles';
import { idSchema, isoDateTimeSchema } from './schemas';

/**
 * Drafts of client forms (issue 12, item 1): what a person typed into the new-client form or a
 * client's edit form and has not saved, kept per account in the encrypted database so that a lock
 * (manual, idle, suspend) never loses it. Only the account that typed it reads it back; saving or
 * cancelling the form discards it.
 */

/** Which form: a new client's, the edit form of one client, or a referral dialog of one client. */
export const formRefSchema = z.discriminatedUnion('form', [
  z.object({ form: z.literal('client-new') }).strict(),
  z.object({ form: z.literal('client-edit'), clientId: idSchema }).strict(),
  // Referral dialogs (issue 17 §2): a new referral of a client, and the step or outcome form of one referral.
  z.object({ form: z.literal('referral-new'), clientId: idSchema }).strict(),
  z.object({ form: z.literal('referral-step'), clientId: idSchema, referralId: idSchema }).strict(),
  z.object({ form: z.literal('referral-outcome'), clientId: idSchema, referralId: idSchema }).strict(),
]);
export type FormRef = z.infer<typeof formRefSchema>;

/** A form is a few dozen fields; 64 KB of JSON only stops a runaway renderer. */
export const MAX_DRAFT_JSON = 64 * 1024;
/** The form's values as the renderer holds them; the form checks them again when it takes them back. */
export const draftDataSchema = z
  .record(z.string().max(64), z.json())
  .refine((d) => JSON.stringify(d).length <= MAX_DRAFT_JSON, 'the draft is too large');

export const formDraftSchema = z.object({ data: draftDataSchema, updatedAt: isoDateTimeSchema });
export type FormDraft = z.infer<typeof formDraftSchema>;

const STAFF = rolesAccess('psychologist', 'admin');

export const draftChannels = {
  /** The caller's draft of the form, or null. A draft of an existing client's form is audited as access to that client. */
  'drafts:get': channel(formRefSchema, formDraftSchema.nullable(), STAFF),
  /** Replaces the caller's draft of the form. */
  'drafts:save': channel(z.object({ ref: formRefSchema, data: draftDataSchema }).strict(), nothing, STAFF),
  /** Deletes the caller's draft of the form (saved or cancelled); nothing when there was none. */
  'drafts:discard': channel(formRefSchema, nothing, STAFF),
} as const;
