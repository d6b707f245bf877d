import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from './schemas';

/**
 * What every signed record shares (assessments and group session notes): who signed and when, the
 * addenda that correct it, and the rule for the free text in it.
 */

/** A person named on a record: the account id and the full name as it was when they acted. */
export const personRefSchema = z.object({ id: idSchema, fullName: z.string() });
export type PersonRef = z.infer<typeof personRefSchema>;

/** Who signed the record, and when. */
export const signatureSchema = z.object({ by: personRefSchema, at: isoDateTimeSchema });
export type Signature = z.infer<typeof signatureSchema>;

/** A signed, dated correction added to a signed record; oldest first wherever listed. */
export const addendumSchema = signatureSchema.extend({ id: idSchema, text: z.string() });
export type Addendum = z.infer<typeof addendumSchema>;

/** Free text a clinician writes: tabs and line breaks are kept; other control characters have no place in it. */
export const clinicalText = (max: number) =>
  z
    .string()
    .max(max)
    // eslint-disable-next-line no-control-regex
    .regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/, 'no control characters');

/** The text of an addendum: clinical text with something in it. */
export const addendumTextSchema = (max: number) => clinicalText(max).trim().min(1, 'empty');
