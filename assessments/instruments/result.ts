/**
 * What scoring produces and what a stored result embeds. It carries the instrument id and version
 * and copies of the bands and flag messages it used, so a later change to a definition never
 * changes a signed result (docs/DESIGN.md: "Scores are stored with the instrument version").
 * Notes are codes with parameters, never prose: the renderer words them in the user's language.
 */
import { z } from 'zod';
import { BandSchema, FlagSchema, LANGUAGES, LocalizedTextSchema, TranslationStatusSchema } from './schema';

export const ScaleResultSchema = z.strictObject({
  /** null when the scale may not be computed (see notes). */
  value: z.number().nullable(),
  band: BandSchema.nullable(),
  /** Items (or, for a difference, the items of its scales) without an answer. */
  missing: z.array(z.string()),
  prorated: z.boolean(),
});

const scaleId = z.string();
export const ScoringNoteSchema = z.discriminatedUnion('code', [
  /** Not computed: more items missing than the scale's rule allows (maxMissing 0 = none-missing). */
  z.strictObject({
    code: z.literal('scaleNotComputed'),
    scaleId,
    params: z.strictObject({ missing: z.array(z.string()), maxMissing: z.int() }),
  }),
  /** Computed from fewer items and scaled up, as the instrument's published rule allows. */
  z.strictObject({
    code: z.literal('scaleProrated'),
    scaleId,
    params: z.strictObject({ missing: z.array(z.string()), answered: z.int(), total: z.int() }),
  }),
  /** Not computed because a scale it is derived from was not computed. */
  z.strictObject({
    code: z.literal('dependencyNotComputed'),
    scaleId,
    params: z.strictObject({ scaleIds: z.array(z.string()) }),
  }),
  /** A skipped item was scored by a published skip rule (K10 items 3 and 6). */
  z.strictObject({
    code: z.literal('skipRuleApplied'),
    itemId: z.string(),
    params: z.strictObject({ whenItemId: z.string(), scoredAs: z.number() }),
  }),
  /** The value falls in no band (possible only where bands need not cover the range). */
  z.strictObject({ code: z.literal('valueOutsideBands'), scaleId, params: z.strictObject({ value: z.number() }) }),
]);

export const RaisedFlagSchema = z.strictObject({
  id: z.string(),
  itemId: z.string(),
  /** The answer that raised it; null for a flag raised because the item has no answer. */
  answer: z.number().nullable(),
  severity: FlagSchema.shape.severity,
  requiresAcknowledgement: z.boolean(),
  message: LocalizedTextSchema,
});

/**
 * How a questionnaire was given (issue 13 §1): the language of the text the client answered and
 * whether that text is the validated version or a working translation. Absent on results signed
 * before it was recorded and on drawing protocols.
 */
export const AdministrationSchema = z.strictObject({ language: z.enum(LANGUAGES), textStatus: TranslationStatusSchema });

export const ScoredResultSchema = z.strictObject({
  instrumentId: z.string(),
  version: z.string(),
  administration: AdministrationSchema.optional(),
  /** Keyed by scale id, in the definition's order. */
  scales: z.record(z.string(), ScaleResultSchema),
  flags: z.array(RaisedFlagSchema),
  notes: z.array(ScoringNoteSchema),
});

export type ScaleResult = z.infer<typeof ScaleResultSchema>;
export type ScoringNote = z.infer<typeof ScoringNoteSchema>;
export type ScoringNoteCode = ScoringNote['code'];
export type RaisedFlag = z.infer<typeof RaisedFlagSchema>;
export type Administration = z.infer<typeof AdministrationSchema>;
/** Embedded in a stored result as is; self-contained for display even if the definition changes. */
export type ScoredResult = z.infer<typeof ScoredResultSchema>;
