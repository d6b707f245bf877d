import { z } from 'zod';
import { channel, none } from './channel';
import { rolesAccess } from './roles';
import { idSchema, isoDateTimeSchema, languageSchema } from './schemas';
import { legalStatusSchema, originalLegalStatusSchema, recordedLegalStatusSchema } from './legalStatuses';
import { clinicalText } from './signedRecord';

/**
 * Alphabet of client codes: digits and capitals without 0/O, 1/I/L and U, so a code read aloud
 * or copied from paper is not mistaken for another. 30 symbols, 8 places: 6.5 × 10^11 codes.
 */
export const CLIENT_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
/** A client code as stored and shown: two groups of four, e.g. `K7M4-QX9B`. */
export const CLIENT_CODE_PATTERN = /^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/;

/**
 * A code as a person types it: any case, with or without the dash, spaces around. Normalised to
 * the stored form, so "k7m4qx9b" finds K7M4-QX9B.
 */
export const clientCodeSchema = z
  .string()
  .max(20)
  .transform((s) => s.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase())
  .pipe(z.string().regex(/^[2-9A-HJKMNP-TV-Z]{8}$/, 'expected a client code'))
  .transform((s) => `${s.slice(0, 4)}-${s.slice(4)}`);

/** A calendar date (no time, no zone): dates of birth, consent, legal status. */
export const calendarDateSchema = z.iso.date();

export const SEXES = ['female', 'male'] as const;
// Legal statuses as Kazakh law names them (issue 17 §4; owner: legalStatuses.ts). Re-exported: others import them here.
export {
  LEGAL_STATUSES,
  legalStatusSchema,
  type LegalStatus,
  UNMAPPED_LEGAL_STATUSES,
  RECORDED_LEGAL_STATUSES,
  type RecordedLegalStatus,
  ORIGINAL_LEGAL_STATUSES,
} from './legalStatuses';
/** Issue 17 §5: the highest education completed, as Kazakhstan's school system names its stages. */
export const EDUCATION_LEVELS = ['none', 'primary', 'basic-secondary', 'general-secondary', 'vocational', 'higher'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
/** Whether the client reads written questionnaires unaided; the report prints it beside the scores. */
export const LITERACY_LEVELS = ['reads-writes', 'reads-with-difficulty', 'cannot-read'] as const;
export type Literacy = (typeof LITERACY_LEVELS)[number];
/** What a client agreed to; recorded as the psychologist read it to them. */
export const CONSENT_SCOPES = ['assessment', 'group-therapy', 'data-storage', 'report-sharing'] as const;
export const consentScopeSchema = z.enum(CONSENT_SCOPES);

const optionalName = z.string().trim().min(1).max(200).nullable();
const unitSchema = z.string().trim().min(1).max(100).nullable();
const notesSchema = clinicalText(5000);
const shortNoteSchema = clinicalText(1000).trim();

/** One period of a legal status; `endDate` null while it lasts. */
export const legalStatusPeriodSchema = z.object({
  id: idSchema,
  /** A status of the law, or an old value ('in-custody', 'on-probation') until the one-time mapping is answered. */
  status: recordedLegalStatusSchema,
  /** The value recorded before migration 0016, kept for audit; null for periods recorded since. */
  originalStatus: originalLegalStatusSchema.nullable(),
  startDate: calendarDateSchema,
  endDate: calendarDateSchema.nullable(),
  recordedBy: idSchema,
  recordedAt: isoDateTimeSchema,
});
export type LegalStatusPeriod = z.infer<typeof legalStatusPeriodSchema>;

/** A consent as given, and its withdrawal when there is one. */
export const consentSchema = z.object({
  id: idSchema,
  givenOn: calendarDateSchema,
  scope: z.array(consentScopeSchema).min(1),
  note: z.string(),
  recordedBy: idSchema,
  recordedAt: isoDateTimeSchema,
  withdrawal: z.object({ on: calendarDateSchema, by: idSchema, at: isoDateTimeSchema, note: z.string() }).nullable(),
});
export type Consent = z.infer<typeof consentSchema>;

/** A row of the client list: enough to recognise and filter, nothing clinical. */
export const clientSummarySchema = z.object({
  id: idSchema,
  code: z.string(),
  fullName: z.string().nullable(),
  birthDate: calendarDateSchema.nullable(),
  language: languageSchema.nullable(),
  unit: z.string().nullable(),
  /** The period that has no end date, or the latest one; null when none was recorded. */
  legalStatus: legalStatusPeriodSchema.nullable(),
  /** True when at least one consent is in force (given and not withdrawn). */
  consentInForce: z.boolean(),
  /** The last edit of the client's own fields. */
  updatedAt: isoDateTimeSchema,
  /** The last activity anywhere in the record: an edit, a consent, an assessment, a drawing, a group session. */
  activityAt: isoDateTimeSchema,
});
export type ClientSummary = z.infer<typeof clientSummarySchema>;

export const clientDetailSchema = clientSummarySchema.extend({
  sex: z.enum(SEXES).nullable(),
  notes: z.string(),
  createdBy: idSchema,
  createdAt: isoDateTimeSchema,
  /** Oldest first. */
  legalStatuses: z.array(legalStatusPeriodSchema),
  /** Oldest first. */
  consents: z.array(consentSchema),
  /** Issue 17 §5 (migration 0015); null: not recorded. */
  educationLevel: z.enum(EDUCATION_LEVELS).nullable(),
  literacy: z.enum(LITERACY_LEVELS).nullable(),
  /** True: questionnaires are read aloud to the client; false: the client reads them. */
  questionnairesReadAloud: z.boolean().nullable(),
  sentenceStart: calendarDateSchema.nullable(),
  sentenceEnd: calendarDateSchema.nullable(),
});
export type ClientDetail = z.infer<typeof clientDetailSchema>;

const identityFields = {
  fullName: optionalName,
  birthDate: calendarDateSchema.nullable(),
  sex: z.enum(SEXES).nullable(),
  language: languageSchema.nullable(),
  unit: unitSchema,
  notes: notesSchema,
};

/**
 * The profile fields of issue 17 §5. Optional in the inputs: left out, the stored value stays (older
 * screens and tests send only the identity). A sentence cannot end before it starts.
 */
export const profileFields = {
  educationLevel: z.enum(EDUCATION_LEVELS).nullable().optional(),
  literacy: z.enum(LITERACY_LEVELS).nullable().optional(),
  questionnairesReadAloud: z.boolean().nullable().optional(),
  sentenceStart: calendarDateSchema.nullable().optional(),
  sentenceEnd: calendarDateSchema.nullable().optional(),
};
const sentenceInOrder = (p: { sentenceStart?: string | null; sentenceEnd?: string | null }) =>
  !p.sentenceStart || !p.sentenceEnd || p.sentenceEnd >= p.sentenceStart;
const SENTENCE_ORDER = { path: ['sentenceEnd'], message: 'the sentence ends before it starts' };

const legalStatusInput = z
  .object({ status: legalStatusSchema, startDate: calendarDateSchema, endDate: calendarDateSchema.nullable() })
  .strict()
  .refine((p) => p.endDate === null || p.endDate >= p.startDate, { path: ['endDate'], message: 'ends before it starts' });

const consentInput = z
  .object({
    givenOn: calendarDateSchema,
    scope: z
      .array(consentScopeSchema)
      .min(1)
      .max(CONSENT_SCOPES.length)
      .refine((s) => new Set(s).size === s.length, 'duplicate scope'),
    note: shortNoteSchema,
  })
  .strict();

export const CLIENT_SEARCH_MAX = 200;
/** Filters of the client list; all optional, combined with AND. */
export const clientSearchSchema = z
  .object({
    /** Matches the code (any part, any case, dash optional) or any part of the full name. */
    query: z.string().trim().max(200).optional(),
    unit: z.string().trim().min(1).max(100).optional(),
    /** The current legal status, or 'none' for clients without one. */
    legalStatus: z.union([legalStatusSchema, z.literal('none')]).optional(),
    /** Clients with a consent in force, or without. */
    consent: z.enum(['in-force', 'none']).optional(),
    limit: z.int().min(1).max(CLIENT_SEARCH_MAX).default(50),
    offset: z.int().min(0).default(0),
  })
  .strict();

const CLINICIANS = rolesAccess('psychologist', 'admin');
const byClient = z.object({ clientId: idSchema }).strict();

/**
 * The client register (issue 5, item 1). Psychologists and admins only: facilitators see group
 * members through the groups channels, supervisors never see a client. Every view and change is
 * audited (who, which client, what kind of change), never the content.
 */
export const clientChannels = {
  /** Registers a client under a new code; identifying fields are optional. */
  'clients:create': channel(
    z
      .object({ ...identityFields, ...profileFields, legalStatus: legalStatusInput.nullable(), consent: consentInput.nullable() })
      .strict()
      .refine(sentenceInOrder, SENTENCE_ORDER),
    clientDetailSchema,
    CLINICIANS,
  ),
  /** Replaces the identifying fields, unit and notes, and the profile fields sent (the code never changes). */
  'clients:update': channel(
    z
      .object({ id: idSchema, ...identityFields, ...profileFields })
      .strict()
      .refine(sentenceInOrder, SENTENCE_ORDER),
    clientDetailSchema,
    CLINICIANS,
  ),
  /** One client's record; audited as a view. */
  'clients:get': channel(byClient, clientDetailSchema, CLINICIANS),
  /** The list with search and filters, most recently changed first; audited with the number of rows, never the query. */
  'clients:search': channel(
    clientSearchSchema,
    z.object({ total: z.int().nonnegative(), rows: z.array(clientSummarySchema) }),
    CLINICIANS,
  ),
  /** Quick open: the client with exactly this code, or NOT_FOUND. */
  'clients:findByCode': channel(
    z.object({ code: clientCodeSchema }).strict(),
    z.object({ id: idSchema, code: z.string() }),
    CLINICIANS,
  ),
  /** Units in use, for the list's filter. */
  'clients:units': channel(none, z.array(z.string()), CLINICIANS),
  /** Adds a legal status period; an open period before it is closed on the new start date. */
  'clients:addLegalStatus': channel(byClient.extend({ period: legalStatusInput }).strict(), clientDetailSchema, CLINICIANS),
  'clients:recordConsent': channel(byClient.extend({ consent: consentInput }).strict(), clientDetailSchema, CLINICIANS),
  /** Withdrawal is recorded, never a deletion: the consent stays visible as withdrawn. */
  'clients:withdrawConsent': channel(
    z.object({ consentId: idSchema, withdrawnOn: calendarDateSchema, note: shortNoteSchema }).strict(),
    clientDetailSchema,
    CLINICIANS,
  ),
} as const;
