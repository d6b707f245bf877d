import { z } from 'zod';
import { channel, none } from './channel';
import { calendarDateSchema } from './clientChannels';
import { AT_RISK_ABSENCES_DEFAULT } from './groupChannels';
import { organisationKindSchema } from './organisationKinds';
import { rolesAccess } from './roles';
import { idSchema, isoDateTimeSchema } from './schemas';

/**
 * The home screen: what is due today, per role (issue 17 §6). One call returns, for each role the caller
 * holds, a count and the first few items of each kind, each with the place it opens. Nothing of a
 * record's content travels here: ids, client codes, dates, instrument ids, group names and member
 * aliases (what the lists those places show already carry).
 */

/** Items listed per section; the count says how many there are in all. */
export const HOME_PREVIEW = 5;
/** Consents given this long ago or more are due for renewal (for clients seen lately, below). */
export const CONSENT_RENEW_MONTHS = 12;
/** …for clients with something recorded in this many days: an old consent of someone no longer seen is not due. */
export const CONSENT_ACTIVE_DAYS = 90;
/** Releases within this many days are listed, so the re-entry plan is ready in time. */
export const RELEASE_WITHIN_DAYS = 30;
/**
 * A member is at risk of dropping out after this many absences in a row, excused or not (the last sessions with
 * attendance marked): the group dashboard's rule, at its default.
 */
export const AT_RISK_ABSENCES = AT_RISK_ABSENCES_DEFAULT;
/** The last audit check is due again after this many days. */
export const AUDIT_CHECK_DAYS = 30;

/** Where an item opens: an area and, inside it, the record. */
export const homePlaceSchema = z.discriminatedUnion('area', [
  z.object({ area: z.literal('client'), clientId: idSchema }).strict(),
  z.object({ area: z.literal('assessment'), clientId: idSchema, assessmentId: idSchema }).strict(),
  /** The Drawings area with this unfinished drawing's Resume dialog open. */
  z.object({ area: z.literal('drawings'), drawingId: idSchema }).strict(),
  z.object({ area: z.literal('groupSession'), groupId: idSchema, sessionId: idSchema }).strict(),
  z.object({ area: z.literal('groupMember'), groupId: idSchema, memberId: idSchema }).strict(),
  z.object({ area: z.literal('accounts') }).strict(),
  z.object({ area: z.literal('backup') }).strict(),
  z.object({ area: z.literal('audit') }).strict(),
]);
export type HomePlace = z.infer<typeof homePlaceSchema>;

const clientRef = { clientId: idSchema, clientCode: z.string() };

export const drawingDueSchema = z.object({
  id: idSchema,
  clientCode: z.string().nullable(),
  instrumentId: z.string().nullable(),
  updatedAt: isoDateTimeSchema,
  place: homePlaceSchema,
});
export const assessmentDueSchema = z.object({
  id: idSchema,
  ...clientRef,
  instrumentId: z.string(),
  /** When the draft was last saved, or (alerts) when the flag was raised by an answer. */
  at: isoDateTimeSchema,
  place: homePlaceSchema,
});
export const referralDueSchema = z.object({
  id: idSchema,
  ...clientRef,
  serviceKind: organisationKindSchema,
  /** The organisation referred to, when the referral names one (a directory entry, not client content). */
  organisationName: z.string().nullable(),
  followUpOn: calendarDateSchema,
  place: homePlaceSchema,
});
export const consentDueSchema = z.object({ ...clientRef, givenOn: calendarDateSchema, place: homePlaceSchema });
export const releaseDueSchema = z.object({ ...clientRef, releaseDate: calendarDateSchema, place: homePlaceSchema });
export const sessionDueSchema = z.object({
  id: idSchema,
  groupName: z.string(),
  date: calendarDateSchema,
  time: z.string().nullable(),
  place: homePlaceSchema,
});
export const memberAtRiskSchema = z.object({
  id: idSchema,
  groupName: z.string(),
  alias: z.string(),
  /** The date of the latest of the missed sessions. */
  lastMissedOn: calendarDateSchema,
  place: homePlaceSchema,
});
export const accountDueSchema = z.object({ id: idSchema, fullName: z.string(), username: z.string(), place: homePlaceSchema });

const section = <T extends z.ZodType>(item: T) => z.object({ total: z.number().int().nonnegative(), items: z.array(item) });

export const psychologistHomeSchema = z.object({
  drawings: section(drawingDueSchema),
  drafts: section(assessmentDueSchema),
  followUps: section(referralDueSchema),
  consents: section(consentDueSchema),
  alerts: section(assessmentDueSchema),
  releases: section(releaseDueSchema),
});
export const facilitatorHomeSchema = z.object({
  today: section(sessionDueSchema),
  /** Later this week: tomorrow to Sunday. */
  week: section(sessionDueSchema),
  unsignedNotes: section(sessionDueSchema),
  atRisk: section(memberAtRiskSchema),
});
export const adminHomeSchema = z.object({
  backup: z.object({
    lastVerifiedAt: isoDateTimeSchema.nullable(),
    /** No verified backup in the last 7 days (or none at all). */
    overdue: z.boolean(),
    /** The last backup failed after the last verified one. */
    failed: z.boolean(),
    place: homePlaceSchema,
  }),
  temporaryPasswords: section(accountDueSchema),
  auditCheck: z.object({
    lastAt: isoDateTimeSchema.nullable(),
    /** null when never checked; false when the last check found a break, an altered record or a broken anchor. */
    intact: z.boolean().nullable(),
    /** Never checked, or not in the last AUDIT_CHECK_DAYS days. */
    due: z.boolean(),
    place: homePlaceSchema,
  }),
});

export const homeDueSchema = z.object({
  /** The calendar date the lists were made for (the computer's time zone). */
  today: calendarDateSchema,
  psychologist: psychologistHomeSchema.nullable(),
  facilitator: facilitatorHomeSchema.nullable(),
  admin: adminHomeSchema.nullable(),
});
export type HomeDue = z.infer<typeof homeDueSchema>;
export type PsychologistHome = z.infer<typeof psychologistHomeSchema>;
export type FacilitatorHome = z.infer<typeof facilitatorHomeSchema>;
export type AdminHome = z.infer<typeof adminHomeSchema>;

export const homeChannels = {
  /**
   * What is due for the caller, per role held (a role not held gives null). Audited as a list read: the
   * counts per section, never an item.
   */
  'home:due': channel(none, homeDueSchema, rolesAccess('psychologist', 'facilitator', 'admin')),
} as const;
