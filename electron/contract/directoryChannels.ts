import { z } from 'zod';
import { channel, none } from './channel';
import { calendarDateSchema } from './clientChannels';
import { organisationKindSchema } from './organisationKinds';
import { rolesAccess } from './roles';
import { idSchema, isoDateTimeSchema, languageSchema } from './schemas';

/**
 * The directory of organisations (issue 17 §1): employers and the services a person is referred to.
 * Admins and psychologists edit it; facilitators read it (plan: roles). Organisations are not client
 * records, so reads are not audited; every change, import and export is, with ids and counts only.
 * Text fields are '' when not recorded; numbers and the yes/no are null when unknown.
 */

/** One line of text as people type it: no control characters, trimmed. */
const line = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    // eslint-disable-next-line no-control-regex
    .regex(/^[^\u0000-\u001F\u007F]*$/, 'no control characters');
/** Several lines (notes, vacancies): line breaks and tabs allowed. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    // eslint-disable-next-line no-control-regex
    .regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/, 'no control characters');

export const ORGANISATION_LIMITS = {
  name: 200,
  address: 300,
  city: 100,
  district: 100,
  phone: 100,
  email: 200,
  contactPerson: 200,
  notes: 2000,
  sector: 100,
  vacancies: 2000,
  shifts: 200,
  /** Tenge a month; far above any wage, low enough to catch a pasted phone number. */
  wage: 100_000_000,
  quotaPlaces: 100_000,
} as const;

/** The fields a person edits, in the order the form and the CSV file show them. */
export const ORGANISATION_FIELDS = [
  'kind',
  'name',
  'address',
  'city',
  'district',
  'phone',
  'email',
  'contactPerson',
  'languages',
  'notes',
  'sector',
  'quotaPlaces',
  'quotaUpdatedOn',
  'vacancies',
  'wageMin',
  'wageMax',
  'shifts',
  'acceptsConvictions',
] as const;
export type OrganisationField = (typeof ORGANISATION_FIELDS)[number];
export const organisationFieldSchema = z.enum(ORGANISATION_FIELDS);

/** Fields that only an employer has (issue 17 §1: "For employers also"). */
export const EMPLOYER_FIELDS = [
  'sector',
  'quotaPlaces',
  'quotaUpdatedOn',
  'vacancies',
  'wageMin',
  'wageMax',
  'shifts',
  'acceptsConvictions',
] as const satisfies readonly OrganisationField[];

const L = ORGANISATION_LIMITS;
const wageSchema = z.int().min(0).max(L.wage).nullable();

const organisationShape = {
  kind: organisationKindSchema,
  name: line(L.name).min(1),
  address: line(L.address),
  city: line(L.city),
  district: line(L.district),
  phone: line(L.phone),
  email: line(L.email).refine((e) => e === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e), 'not an e-mail address'),
  contactPerson: line(L.contactPerson),
  /** Languages the organisation serves people in. */
  languages: z
    .array(languageSchema)
    .max(3)
    .refine((l) => new Set(l).size === l.length, 'duplicate language'),
  notes: text(L.notes),
  sector: line(L.sector),
  quotaPlaces: z.int().min(0).max(L.quotaPlaces).nullable(),
  /** When the quota places were last confirmed. */
  quotaUpdatedOn: calendarDateSchema.nullable(),
  vacancies: text(L.vacancies),
  wageMin: wageSchema,
  wageMax: wageSchema,
  shifts: line(L.shifts),
  /** 1 yes, 0 no, null not known. */
  acceptsConvictions: z.boolean().nullable(),
};

type OrganisationFieldsShape = z.infer<z.ZodObject<typeof organisationShape>>;

/** An employer field holds something (a non-employer's must all be empty). */
export function employerFieldsUsed(o: Pick<OrganisationFieldsShape, (typeof EMPLOYER_FIELDS)[number]>): boolean {
  return EMPLOYER_FIELDS.some((f) => {
    const v = o[f];
    return v !== null && v !== '';
  });
}

/** The rules across fields, shared by the form's input and the CSV import's lines. */
export function organisationIssues(
  o: OrganisationFieldsShape,
): { path: OrganisationField; reason: 'wageRange' | 'employerOnly'; message: string }[] {
  const issues: { path: OrganisationField; reason: 'wageRange' | 'employerOnly'; message: string }[] = [];
  if (o.wageMin !== null && o.wageMax !== null && o.wageMin > o.wageMax)
    issues.push({ path: 'wageMax', reason: 'wageRange', message: 'wage range: the maximum is below the minimum' });
  if (o.kind !== 'employer' && employerFieldsUsed(o)) {
    const path = EMPLOYER_FIELDS.find((f) => o[f] !== null && o[f] !== '') ?? 'sector';
    issues.push({ path, reason: 'employerOnly', message: 'employers only' });
  }
  return issues;
}

export const organisationFieldsSchema = z
  .object(organisationShape)
  .strict()
  .superRefine((o, ctx) => {
    for (const issue of organisationIssues(o)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  });
export type OrganisationFields = z.output<typeof organisationFieldsSchema>;

/** An organisation as stored. */
export const organisationSchema = z.object({
  id: idSchema,
  ...organisationShape,
  archived: z.boolean(),
  createdBy: idSchema,
  createdAt: isoDateTimeSchema,
  updatedBy: idSchema,
  updatedAt: isoDateTimeSchema,
});
export type Organisation = z.infer<typeof organisationSchema>;

export const DIRECTORY_SEARCH_MAX = 200;
/** The list's search and filters, combined with AND. */
export const directorySearchSchema = z
  .object({
    /** Any part of the name, contact person, sector, vacancies, address or district; Kazakh, Russian and Latin spellings meet. */
    query: z.string().trim().max(200).optional(),
    kind: organisationKindSchema.optional(),
    /** Exactly one of the cities in use (directory:cities). */
    city: z.string().trim().min(1).max(L.city).optional(),
    /** Organisations that serve people in this language. */
    language: languageSchema.optional(),
    /** Archived organisations are hidden unless asked for. */
    archived: z.enum(['active', 'archived', 'all']).default('active'),
    limit: z.int().min(1).max(DIRECTORY_SEARCH_MAX).default(50),
    offset: z.int().min(0).default(0),
  })
  .strict();
export type DirectorySearch = z.input<typeof directorySearchSchema>;

// CSV import (preview, then confirm)

/** Why a line of a CSV file was not taken. */
export const CSV_LINE_REASONS = [
  /** The name (or another required cell) is empty. */
  'required',
  'tooLong',
  /** The kind is neither a kind's code nor its word in kk, ru or en. */
  'unknownKind',
  'unknownLanguage',
  /** Not a whole number (spaces between thousands are fine), or negative. */
  'notANumber',
  /** Neither YYYY-MM-DD nor DD.MM.YYYY, or no such day. */
  'notADate',
  /** Not yes or no in kk, ru or en (or 1/0). */
  'notYesNo',
  'notAnEmail',
  /** The wage's maximum is below its minimum. */
  'wageRange',
  /** An employer's cell (sector, quota, wage…) on a line of another kind. */
  'employerOnly',
  'controlCharacters',
  /** A quote that does not close, or stray quotes inside a cell. */
  'badQuotes',
  /** More cells than the header has columns. */
  'tooManyCells',
  /** The same kind, name and city as an earlier line of the file (details.value: that line). */
  'duplicateInFile',
] as const;
export const csvLineReasonSchema = z.enum(CSV_LINE_REASONS);
export type CsvLineReason = z.infer<typeof csvLineReasonSchema>;

/** One problem of one line: the line number as a text editor counts it (the header is line 1). */
export const csvLineErrorSchema = z.object({
  line: z.int().positive(),
  field: organisationFieldSchema.nullable(),
  reason: csvLineReasonSchema,
  /** The cell as read, cut to 80 characters, so the person finds it (shown only, never audited). */
  value: z.string(),
});
export type CsvLineError = z.infer<typeof csvLineErrorSchema>;

/** A line that matches an organisation already in the directory (same kind, name and city once normalised). */
export const importDuplicateSchema = z.object({
  line: z.int().positive(),
  existing: organisationSchema.pick({ id: true, kind: true, name: true, city: true, archived: true }),
  /** The fields a merge would change (the line's non-empty cells that differ). */
  changes: z.array(organisationFieldSchema),
});
export type ImportDuplicate = z.infer<typeof importDuplicateSchema>;

/** Lines read, errors and duplicates are capped in the answer (the counts are not). */
export const IMPORT_MAX_LINES = 10_000;
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_LISTED = 1000;

export const importPreviewSchema = z.object({
  /** Names the preview for directory:importConfirm; forgotten at lock or sign-out. */
  previewId: idSchema,
  /** Data lines read (the header not counted, empty lines skipped). */
  lines: z.int().nonnegative(),
  /** How each recognised header was read. */
  columns: z.array(z.object({ header: z.string(), field: organisationFieldSchema })),
  /** Headers that are not a field in any language: their cells are left out. */
  ignoredHeaders: z.array(z.string()),
  /** Lines that will be added as new organisations. */
  newCount: z.int().nonnegative(),
  /** Lines with errors (each is left out); `errors` lists at most IMPORT_MAX_LISTED problems. */
  errorLines: z.int().nonnegative(),
  errors: z.array(csvLineErrorSchema),
  duplicates: z.array(importDuplicateSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

/** What to do with a line that matches an existing organisation. */
export const DUPLICATE_ACTIONS = ['merge', 'add', 'skip'] as const;
export const duplicateActionSchema = z.enum(DUPLICATE_ACTIONS);
export type DuplicateAction = z.infer<typeof duplicateActionSchema>;

const READERS = rolesAccess('admin', 'psychologist', 'facilitator');
const EDITORS = rolesAccess('admin', 'psychologist');
const byId = z.object({ id: idSchema }).strict();

export const directoryChannels = {
  /** The list, by name; with search and filters by kind, city and language. */
  'directory:search': channel(
    directorySearchSchema,
    z.object({ total: z.int().nonnegative(), rows: z.array(organisationSchema) }),
    READERS,
  ),
  /** One organisation, archived ones too. */
  'directory:get': channel(byId, organisationSchema, READERS),
  /** Cities of organisations in the directory, for the filter. */
  'directory:cities': channel(none, z.array(z.string()), READERS),
  /**
   * Adds an organisation. ORGANISATION_EXISTS (details.reasons: [its id]) when one of the same kind, name and city
   * exists, unless `allowDuplicate` (two branches of one employer in one city are two organisations).
   */
  'directory:create': channel(
    z.object({ fields: organisationFieldsSchema, allowDuplicate: z.boolean().default(false) }).strict(),
    organisationSchema,
    EDITORS,
  ),
  /** Replaces an organisation's fields; the same duplicate rule (another organisation, not itself). */
  'directory:update': channel(
    z.object({ id: idSchema, fields: organisationFieldsSchema, allowDuplicate: z.boolean().default(false) }).strict(),
    organisationSchema,
    EDITORS,
  ),
  /** Archives (hides from the list and the referral picker) or brings back; nothing is deleted, referrals keep pointing at it. */
  'directory:archive': channel(z.object({ id: idSchema, archived: z.boolean() }).strict(), organisationSchema, EDITORS),
  /**
   * Asks for a CSV file (the pickFiles port: the renderer never sends a path), reads and checks every line,
   * and answers what an import would do; null when the person cancelled. Lines without a kind take `defaultKind`
   * (the labour mobility centre's list of employers has none). CSV_UNREADABLE when the file cannot be used at all.
   */
  'directory:importPreview': channel(
    z.object({ defaultKind: organisationKindSchema }).strict(),
    importPreviewSchema.nullable(),
    EDITORS,
  ),
  /**
   * Imports the previewed file's good lines in one transaction. Each duplicate is merged (its non-empty cells
   * replace the stored ones), added as another organisation or skipped; a duplicate without a decision is merged.
   * NOT_FOUND when the preview is no longer held (a lock forgets it).
   */
  'directory:importConfirm': channel(
    z
      .object({
        previewId: idSchema,
        decisions: z.array(z.object({ line: z.int().positive(), action: duplicateActionSchema }).strict()).max(IMPORT_MAX_LINES),
      })
      .strict(),
    z.object({ added: z.int().nonnegative(), merged: z.int().nonnegative(), skipped: z.int().nonnegative() }),
    EDITORS,
  ),
  /** The list as CSV (headers and kinds in `language`, read back by the import), with the screen's filter. */
  'directory:exportCsv': channel(
    z.object({ filter: directorySearchSchema.omit({ limit: true, offset: true }), language: languageSchema }).strict(),
    z.object({ saved: z.boolean(), count: z.int().nonnegative() }),
    READERS,
  ),
} as const;
