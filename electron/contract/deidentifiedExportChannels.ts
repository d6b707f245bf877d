import { z } from 'zod';
import { channel, none } from './channel';
import { rolesAccess } from './roles';

/**
 * De-identified record-level export for programme evaluation (issue 14 §3): an admin, on purpose, audited. One CSV
 * row per signed assessment or per group attendance record of a year, with a pseudonym instead of the person, an age
 * band instead of the date of birth, the quarter instead of dates, and no name, code, free text, or unit with fewer
 * than k clients. The quasi-identifiers (age band, sex, unit, legal status, language) are made k-anonymous: records in
 * classes of fewer than k clients are generalised, else left out, and the export says how many. A data dictionary in
 * the chosen language is saved with it.
 */

export const DEIDENTIFIED_KINDS = ['assessments', 'attendance'] as const;
export const deidentifiedKindSchema = z.enum(DEIDENTIFIED_KINDS);
export type DeidentifiedKind = z.infer<typeof deidentifiedKindSchema>;

export const DEIDENTIFIED_LANGUAGES = ['kk', 'ru', 'en'] as const;

/** Why an admin wants pseudonyms that stay the same across exports (recorded in the audit log). */
export const STABLE_REASON_MIN = 10;
export const STABLE_REASON_MAX = 300;

export const deidentifiedExportInputSchema = z
  .object({
    kind: deidentifiedKindSchema,
    year: z.number().int().min(2000).max(2100),
    /**
     * `perExport`: a random key made for this export and forgotten after it, so two exports cannot be linked.
     * `stable`: keyed by a facility secret kept in the vault, so exports can be linked over time; needs a reason.
     */
    pseudonyms: z.discriminatedUnion('mode', [
      z.object({ mode: z.literal('perExport') }).strict(),
      z.object({ mode: z.literal('stable'), reason: z.string().trim().min(STABLE_REASON_MIN).max(STABLE_REASON_MAX) }).strict(),
    ]),
    /** Language of the data dictionary saved with the data. */
    dictionaryLanguage: z.enum(DEIDENTIFIED_LANGUAGES),
  })
  .strict();
export type DeidentifiedExportInput = z.infer<typeof deidentifiedExportInputSchema>;

/** What the export did to reach k-anonymity; counts of rows, never their content. */
export const deidentifiedSummarySchema = z.object({
  kind: deidentifiedKindSchema,
  year: z.number().int(),
  k: z.number().int().positive(),
  pseudonyms: z.enum(['perExport', 'stable']),
  /** Rows written. */
  rows: z.number().int().nonnegative(),
  /** Distinct pseudonyms among them. */
  clients: z.number().int().nonnegative(),
  /** Units with fewer than k clients, written as "other unit" (*). */
  unitsMerged: z.number().int().nonnegative(),
  /** Rows written with at least one quasi-identifier coarsened (unit merge included). */
  generalisedRows: z.number().int().nonnegative(),
  /** Rows left out because even the coarsest form left them in a class of fewer than k clients. */
  suppressedRows: z.number().int().nonnegative(),
});
export type DeidentifiedSummary = z.infer<typeof deidentifiedSummarySchema>;

const ADMIN = rolesAccess('admin');

/** One column of the data dictionary: its CSV name and what it holds, in the requested language. */
export const dictionaryEntrySchema = z.object({ column: z.string(), meaning: z.string(), values: z.string() });

export const deidentifiedExportChannels = {
  /** Years with signed assessments or group sessions, newest first, and the k in force. */
  'deidentified:options': channel(none, z.object({ years: z.array(z.number().int()), k: z.number().int().positive() }), ADMIN),
  /**
   * Builds the export and saves the CSV, then its data dictionary, through the save port (dialogs in Electron).
   * `saved` is false when the admin cancelled the data file (nothing is written or audited then).
   */
  'deidentified:export': channel(
    deidentifiedExportInputSchema,
    z.object({ saved: z.boolean(), dictionarySaved: z.boolean(), summary: deidentifiedSummarySchema }),
    ADMIN,
  ),
  /** The data dictionary, to show before exporting. */
  'deidentified:dictionary': channel(
    z.object({ kind: deidentifiedKindSchema, language: z.enum(DEIDENTIFIED_LANGUAGES) }).strict(),
    z.object({ title: z.string(), notes: z.array(z.string()), columns: z.array(dictionaryEntrySchema) }),
    ADMIN,
  ),
} as const;
