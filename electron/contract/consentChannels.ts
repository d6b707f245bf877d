import { z } from 'zod';
import { channel } from './channel';
import { rolesAccess } from './roles';
import { idSchema, isoDateTimeSchema } from './schemas';
import { clinicalText } from './signedRecord';

/**
 * Consent checks (issue 12, item 4). An assessment or a group enrolment begins only on a consent in
 * force that covers it, or — when the client never gave one — on a reason the psychologist or
 * facilitator records (for example a court-ordered assessment). The rule is common/consentCoverage.ts.
 */

export const MAX_CONSENT_REASON = 1000;
/** Why an activity begins without a consent: clinical text with something in it. */
export const consentReasonSchema = clinicalText(MAX_CONSENT_REASON).trim().min(1, 'empty');

/** The reason recorded when a record was begun without a consent. */
export const consentExceptionSchema = z.object({
  activity: z.enum(['assessment', 'group-therapy']),
  reason: z.string(),
  recordedBy: idSchema,
  /** The recorder's full name, as the report prints it. */
  recordedByName: z.string(),
  recordedAt: isoDateTimeSchema,
});
export type ConsentException = z.infer<typeof consentExceptionSchema>;

export const consentChannels = {
  /** The reason an assessment was begun without a consent, or null; audited as a view of the client's record. */
  'consents:forAssessment': channel(
    z.object({ assessmentId: idSchema }).strict(),
    consentExceptionSchema.nullable(),
    rolesAccess('psychologist', 'admin'),
  ),
} as const;
