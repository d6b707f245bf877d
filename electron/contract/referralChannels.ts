import { z } from 'zod';
import { channel } from './channel';
import { calendarDateSchema } from './clientChannels';
import { organisationKindSchema } from './organisationKinds';
import { rolesAccess } from './roles';
import { idSchema, isoDateTimeSchema } from './schemas';
import { clinicalText } from './signedRecord';

/**
 * Referrals followed to their outcome (issue 17 §2). A referral sends a client to an organisation of
 * the directory or to a kind of service, with a reason and a date; it is then followed step by step
 * (planned → made → contacted → accepted, declined or no answer → outcome) until an outcome is
 * recorded. Every step is kept as an event with its date and note. A follow-up date says when to
 * look again; open referrals whose follow-up date has come are "due" (the home screen lists them).
 * Reason, notes and outcome are clinical text: only psychologists write them, psychologists and
 * admins read them, facilitators and supervisors never.
 */

export const REFERRAL_STATUSES = ['planned', 'made', 'contacted', 'accepted', 'declined', 'no-answer', 'outcome'] as const;
export const referralStatusSchema = z.enum(REFERRAL_STATUSES);
export type ReferralStatus = z.infer<typeof referralStatusSchema>;

/**
 * The steps a status change may take (referrals:changeStatus). Forward only, skipping allowed
 * (a referral made yesterday may be accepted today without a recorded call); "no answer" may be
 * tried again. An outcome is recorded with its own form (referrals:recordOutcome, OUTCOME_FROM).
 * Declined and outcome end the referral; a new attempt is a new referral.
 */
export const NEXT_STATUSES: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  planned: ['made'],
  made: ['contacted', 'accepted', 'declined', 'no-answer'],
  contacted: ['accepted', 'declined', 'no-answer'],
  'no-answer': ['contacted', 'accepted', 'declined'],
  accepted: [],
  declined: [],
  outcome: [],
};
/** From where an outcome may be recorded: once the referral is made and not declined or unanswered; a recorded outcome may be corrected. */
export const OUTCOME_FROM: readonly ReferralStatus[] = ['made', 'contacted', 'accepted', 'outcome'];

/** Whether a status change from `from` to `to` is allowed. */
export const canChangeStatus = (from: ReferralStatus, to: ReferralStatus): boolean => NEXT_STATUSES[from].includes(to);
/** Whether an outcome may be recorded for a referral in `status`. */
export const canRecordOutcome = (status: ReferralStatus): boolean => OUTCOME_FROM.includes(status);
/** Open referrals are still followed: their follow-up date can be due. */
export const isOpenReferral = (status: ReferralStatus): boolean => status !== 'outcome' && status !== 'declined';

/** The follow-up a new referral gets unless the psychologist picks another day: two weeks after it is made. */
export const DEFAULT_FOLLOW_UP_DAYS = 14;

/** A calendar date `days` later (YYYY-MM-DD, no time zone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const OUTCOME_KINDS = [
  'employed',
  'legal-help',
  'documents-restored',
  'housing-found',
  'treatment-started',
  'other',
] as const;
export const outcomeKindSchema = z.enum(OUTCOME_KINDS);
export type OutcomeKind = z.infer<typeof outcomeKindSchema>;
export const LEGAL_HELP_KINDS = ['consultation', 'application', 'claim'] as const;
export const legalHelpKindSchema = z.enum(LEGAL_HELP_KINDS);

export const MAX_REFERRAL_REASON = 2000;
export const MAX_REFERRAL_EVENT_NOTE = 2000;
export const MAX_WORK_KIND = 200;

const reasonSchema = clinicalText(MAX_REFERRAL_REASON).trim();
const noteSchema = clinicalText(MAX_REFERRAL_EVENT_NOTE).trim();

/**
 * An outcome and its details. Stored as `outcome_kind` and `outcome_json` (the fields besides `kind`):
 * employed {startDate, workKind}; legal-help {help}; other {note}; the rest {}.
 */
export const outcomeSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('employed'),
      startDate: calendarDateSchema,
      workKind: clinicalText(MAX_WORK_KIND).trim().min(1, 'empty'),
    })
    .strict(),
  z.object({ kind: z.literal('legal-help'), help: legalHelpKindSchema }).strict(),
  z.object({ kind: z.literal('documents-restored') }).strict(),
  z.object({ kind: z.literal('housing-found') }).strict(),
  z.object({ kind: z.literal('treatment-started') }).strict(),
  z.object({ kind: z.literal('other'), note: clinicalText(MAX_REFERRAL_EVENT_NOTE).trim().min(1, 'empty') }).strict(),
]);
export type Outcome = z.infer<typeof outcomeSchema>;

/** One step of a referral's history. */
export const referralEventSchema = z.object({
  id: idSchema,
  status: referralStatusSchema,
  on: calendarDateSchema,
  note: z.string(),
  by: idSchema,
  byName: z.string(),
  at: isoDateTimeSchema,
});
export type ReferralEvent = z.infer<typeof referralEventSchema>;

export const referralSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  /** The organisation of the directory, when one was named (it may have been archived since). */
  organisation: z
    .object({ id: idSchema, name: z.string(), city: z.string().nullable(), phone: z.string().nullable(), archived: z.boolean() })
    .nullable(),
  /** The kind of service: the organisation's kind when one was named. */
  serviceKind: organisationKindSchema,
  reason: z.string(),
  /** When the referral was made, or is planned for. */
  referredOn: calendarDateSchema,
  status: referralStatusSchema,
  followUpOn: calendarDateSchema.nullable(),
  outcome: outcomeSchema.nullable(),
  outcomeOn: calendarDateSchema.nullable(),
  /** The signed assessment whose conclusion made this referral, if any. */
  sourceAssessmentId: idSchema.nullable(),
  createdBy: idSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  /** Oldest first. */
  events: z.array(referralEventSchema),
});
export type Referral = z.infer<typeof referralSchema>;

/** Where the referral goes: an organisation of the directory, or a kind of service without a named organisation. */
export const referralTargetSchema = z.union([
  z.object({ organisationId: idSchema }).strict(),
  z.object({ serviceKind: organisationKindSchema }).strict(),
]);

const PSYCHOLOGIST = rolesAccess('psychologist');
const CLINICIANS = rolesAccess('psychologist', 'admin');

export const referralChannels = {
  /** A client's referrals, newest first; audited as one read of the client's record. */
  'referrals:listForClient': channel(z.object({ clientId: idSchema }).strict(), z.array(referralSchema), CLINICIANS),
  /** One referral with its history; audited as a read of the client's record. */
  'referrals:get': channel(z.object({ id: idSchema }).strict(), referralSchema, CLINICIANS),
  /**
   * A new referral from the client's page (or, with sourceAssessmentId, from an assessment of the
   * same client). 'made' needs a date not after today; 'planned' may be dated ahead. A follow-up date
   * is never before the referral's date (REFERRAL_DATE).
   */
  'referrals:create': channel(
    z
      .object({
        clientId: idSchema,
        target: referralTargetSchema,
        reason: reasonSchema,
        status: z.enum(['planned', 'made']),
        referredOn: calendarDateSchema,
        followUpOn: calendarDateSchema.nullable(),
        sourceAssessmentId: idSchema.nullable().default(null),
      })
      .strict(),
    referralSchema,
    PSYCHOLOGIST,
  ),
  /**
   * The next step, dated (not after today, not before the referral) and with a note; refused with
   * REFERRAL_STEP unless NEXT_STATUSES allows it. `followUpOn`, when given, replaces the follow-up date.
   */
  'referrals:changeStatus': channel(
    z
      .object({
        id: idSchema,
        status: referralStatusSchema.exclude(['planned', 'outcome']),
        on: calendarDateSchema,
        note: noteSchema,
        followUpOn: calendarDateSchema.nullable().optional(),
      })
      .strict(),
    referralSchema,
    PSYCHOLOGIST,
  ),
  /** Records (or corrects) the outcome; the referral is then closed and no longer due. */
  'referrals:recordOutcome': channel(
    z.object({ id: idSchema, outcome: outcomeSchema, on: calendarDateSchema, note: noteSchema }).strict(),
    referralSchema,
    PSYCHOLOGIST,
  ),
  /** Sets or clears the follow-up date of an open referral. */
  'referrals:setFollowUp': channel(
    z.object({ id: idSchema, followUpOn: calendarDateSchema.nullable() }).strict(),
    referralSchema,
    PSYCHOLOGIST,
  ),
} as const;
