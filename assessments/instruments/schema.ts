/**
 * The shape of an instrument definition (drawing protocol or questionnaire), validated at load.
 * Content rules come from docs/INSTRUMENTS.md; the data model from docs/DESIGN.md "Instruments
 * and scoring". Objects are strict so that a misspelt key ("revesed") is an error, not a silently
 * unreversed item.
 */
import { z } from 'zod';
import { METRIC_IDS } from './metricIds';

export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const text = z.string().refine((s) => s.trim().length > 0, 'text is empty');
const id = z.string().regex(/^[a-z][A-Za-z0-9_-]*$/, 'ids start with a lower-case letter; letters, digits, _ and - only');
// https://semver.org/#is-there-a-suggested-regular-expression-regex-to-check-a-semver-string (core + pre-release)
const semver = z
  .string()
  .regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/, 'version must be semver, e.g. 1.0.0');

/**
 * 'validated': the text is the instrument's published, validated wording (the original, or a
 * published validated translation) reproduced faithfully. 'working': our own wording or our own
 * translation; the app shows it as "not validated" (docs/INSTRUMENTS.md).
 */
export const TranslationStatusSchema = z.enum(['validated', 'working']);
/**
 * `bySex`: a text whose Russian (or other) grammar splits by gender ("измотанным(ой)") holds both
 * whole forms; the form shown to a client is chosen from their recorded sex, `text` (the split
 * form) when it is not recorded (issue 13 §8).
 */
export const LocalizedEntrySchema = z.strictObject({
  text,
  status: TranslationStatusSchema,
  bySex: z.strictObject({ female: text, male: text }).optional(),
});
/** Every user-facing text exists in all three languages; a missing one fails the load. */
export const LocalizedTextSchema = z.strictObject({
  kk: LocalizedEntrySchema,
  ru: LocalizedEntrySchema,
  en: LocalizedEntrySchema,
});

export const SourceSchema = z.strictObject({ citation: text, url: z.url().optional(), note: text.optional() });

/** What the licence allows; the note says it to the psychologist in their language. */
export const LicenceSchema = z.strictObject({
  kind: z.enum(['publicDomain', 'copyrightedFreeToUse', 'freeWithCitation', 'copyrightedManualCited', 'professionalPractice']),
  note: LocalizedTextSchema,
});

// ---- Drawing pages -------------------------------------------------------------------------

export const TOOLS = ['pencil', 'colouredPencil', 'marker', 'eraser'] as const;
export const ToolSchema = z.enum(TOOLS);
/** Actions the client may take besides drawing (issue 13 §5); the eraser is a tool, listed in `tools`. */
export const DRAWING_ACTIONS = ['undo', 'redo', 'clear'] as const;
export const DrawingActionSchema = z.enum(DRAWING_ACTIONS);
export const PaletteColourSchema = z.strictObject({
  id,
  hex: z.string().regex(/^#[0-9a-f]{6}$/, 'colour must be #rrggbb in lower case'),
  name: LocalizedTextSchema,
});
export const InquiryQuestionSchema = z.strictObject({ id, text: LocalizedTextSchema });
export const PageSchema = z.strictObject({
  id,
  title: LocalizedTextSchema,
  /** 'either': the psychologist or client picks when drawing starts (free drawing). */
  orientation: z.enum(['portrait', 'landscape', 'either']),
  /** Sheet proportion: A4 (docs/DESIGN.md) or the PPAT's 12×18 in sheet (Gantt & Tabone 1998). */
  paper: z.enum(['A4', '12x18in']).default('A4'),
  tools: z.array(ToolSchema).min(1),
  /** What the client may take back (issue 13 §5: PPAT and the classic Non-existent Animal allow none); all by default. */
  actions: z.array(DrawingActionSchema).default([...DRAWING_ACTIONS]),
  /** Colours offered with coloured pencils or markers; absent for graphite-only pages. */
  palette: z.array(PaletteColourSchema).min(1).optional(),
  phase: z.enum(['achromatic', 'chromatic']).optional(),
  /** An optional page may be left undrawn (HTP chromatic phase). */
  optional: z.boolean().default(false),
  instruction: LocalizedTextSchema,
  /** Post-drawing inquiry: the answers are the client's words, one per question. */
  inquiry: z.array(InquiryQuestionSchema).default([]),
});

// ---- Items ---------------------------------------------------------------------------------

export const AnchorSchema = z.strictObject({ value: z.int(), label: LocalizedTextSchema });
export const ChoiceOptionSchema = z.strictObject({ value: id, label: LocalizedTextSchema });
export const ResponseOptionSchema = z.strictObject({ value: z.int(), label: LocalizedTextSchema });
/** A questionnaire's answer scale, shared by its items (e.g. PHQ-9 "not at all" 0 … 3). */
export const ResponseScaleSchema = z.strictObject({ id, options: z.array(ResponseOptionSchema).min(2) });

const itemBase = { id, label: LocalizedTextSchema, help: LocalizedTextSchema.optional() };
export const IndicatorItemSchema = z.strictObject({ ...itemBase, kind: z.literal('indicator') });
export const RatingItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('rating'),
  min: z.int(),
  max: z.int(),
  anchors: z.array(AnchorSchema).min(2),
});
export const ResponseItemSchema = z.strictObject({ ...itemBase, kind: z.literal('response'), responseScale: id });
export const SingleChoiceItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('singleChoice'),
  options: z.array(ChoiceOptionSchema).min(2),
});
export const MultipleChoiceItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('multipleChoice'),
  options: z.array(ChoiceOptionSchema).min(2),
});
export const NumberItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('number'),
  min: z.number(),
  max: z.number(),
  integer: z.boolean().default(true),
  unit: LocalizedTextSchema.optional(),
});
export const TextItemSchema = z.strictObject({ ...itemBase, kind: z.literal('text'), multiline: z.boolean().default(true) });
export const ItemSchema = z.discriminatedUnion('kind', [
  IndicatorItemSchema,
  RatingItemSchema,
  ResponseItemSchema,
  SingleChoiceItemSchema,
  MultipleChoiceItemSchema,
  NumberItemSchema,
  TextItemSchema,
]);

/** A group of items; `pageId` ties it to a drawing page so the form can show it beside the drawing. */
export const SectionSchema = z.strictObject({
  id,
  title: LocalizedTextSchema,
  pageId: id.optional(),
  items: z.array(ItemSchema).min(1),
});

// ---- Scales, bands, rules, flags ---------------------------------------------------------------

/** `reversed` scores min + max − answer within the item's own range (e.g. RSES 3 − answer). */
export const ItemRefSchema = z.strictObject({
  itemId: id,
  weight: z.number().default(1),
  reversed: z.boolean().default(false),
});
/**
 * docs/INSTRUMENTS.md: a total is not computed when any item is missing unless the instrument's
 * published rule allows prorating. Prorating scales the answered items up to the full item count.
 */
export const MissingRuleSchema = z.union([
  z.literal('none-missing'),
  z.strictObject({ prorate: z.strictObject({ maxMissing: z.int().min(1) }) }),
]);
/** Inclusive range; `informal` marks a guide without published cut-offs (RSES). */
export const BandSchema = z.strictObject({
  min: z.number(),
  max: z.number(),
  label: LocalizedTextSchema,
  informal: z.boolean().default(false),
});
/**
 * An inclusive range of values that has no band: the source publishes none for it (RSES 26–30,
 * PCL-5 below its provisional cut-off). It counts towards "the bands cover the scale's range", so
 * no band is ever invented to fill a gap; a value in it scores with band null ("no band").
 */
export const NoBandRangeSchema = z.strictObject({ min: z.number(), max: z.number() });
const scaleBase = {
  id,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  bands: z.array(BandSchema).default([]),
  noBand: z.array(NoBandRangeSchema).default([]),
  /** Where the bands (and the no-band ranges) come from; required by loadInstrument when there are bands. */
  bandSource: text.optional(),
};
/** sum and mean combine weighted item values; count counts indicator items marked present. */
export const ItemScaleSchema = z.strictObject({
  ...scaleBase,
  method: z.enum(['sum', 'mean', 'count']),
  items: z.array(ItemRefSchema).min(1),
  missing: MissingRuleSchema,
});
/** minuend − subtrahend, both other scales of the same instrument (DAPR coping). */
export const DifferenceScaleSchema = z.strictObject({
  ...scaleBase,
  method: z.literal('difference'),
  minuend: id,
  subtrahend: id,
});
export const ScaleSchema = z.union([ItemScaleSchema, DifferenceScaleSchema]);

/** A published skip rule: `itemId` may be skipped when `when` holds, and then scores `scoreAs`. */
export const SkipRuleSchema = z.strictObject({
  itemId: id,
  when: z.strictObject({ itemId: id, equals: z.number() }),
  scoreAs: z.number(),
  source: text,
});

/**
 * Raised when the item's answer compares true, or, with operator 'unanswered', when the item has
 * no answer at all (its `value` is then not used): a safety question left blank is not a "no"
 * (issue 10). Never on a drawing instrument (no risk labels).
 */
export const FlagSchema = z.strictObject({
  id,
  itemId: id,
  operator: z.enum(['>', '>=', '=', 'unanswered']),
  value: z.number(),
  severity: z.literal('safety'),
  requiresAcknowledgement: z.boolean(),
  message: LocalizedTextSchema,
});

// ---- Metric suggestions ----------------------------------------------------------------------

export const SuggestedValueSchema = z.union([z.boolean(), z.number(), z.string()]);
/**
 * thresholds: the first step whose `below` exceeds the metric gives the value, else `otherwise`.
 * value: the metric itself (rounded for integer items, clamped to the item's range).
 */
export const MetricMappingSchema = z.union([
  z.strictObject({
    kind: z.literal('thresholds'),
    steps: z.array(z.strictObject({ below: z.number(), value: SuggestedValueSchema })).min(1),
    otherwise: SuggestedValueSchema,
  }),
  z.strictObject({ kind: z.literal('value') }),
]);
export const MetricSuggestionSchema = z.strictObject({
  metric: z.enum(METRIC_IDS),
  pageId: id,
  itemId: id,
  mapping: MetricMappingSchema,
  /** What the metric measures and why these thresholds, in kk/ru/en; starting points, not norms (issue 13 §4). */
  rationale: LocalizedTextSchema,
});

// ---- Sources of the wording, reliable change --------------------------------------------------------

/**
 * Where one language's text comes from: the published validated version (cited), or our working
 * translation (the citation says from what). `status` must agree with the texts' own statuses for
 * the items a client answers (loadInstrument checks it).
 */
export const WordingSourceSchema = z.strictObject({ status: TranslationStatusSchema, citation: text, url: z.url().optional() });
export const WordingSourcesSchema = z.strictObject({ kk: WordingSourceSchema, ru: WordingSourceSchema, en: WordingSourceSchema });

/**
 * Published parameters for the Jacobson & Truax (1991) reliable change index of one scale:
 * SEdiff = sd × √2 × √(1 − reliability); a change larger than 1.96 × SEdiff is reliable. Filled only
 * where a source publishes both the SD and the reliability for the same sample; `source` cites it.
 */
export const ReliableChangeSchema = z.strictObject({
  scaleId: id,
  sd: z.number().positive(),
  reliability: z.number().gt(0).lt(1),
  source: text,
});

// ---- The instrument ------------------------------------------------------------------------------

export const InstrumentSchema = z.strictObject({
  id,
  version: semver,
  kind: z.enum(['drawing', 'questionnaire']),
  /** Language-neutral short code shown in lists, e.g. "PHQ-9". */
  code: text,
  name: LocalizedTextSchema,
  instructions: LocalizedTextSchema,
  sources: z.array(SourceSchema).min(1),
  /** Per language: the source of the wording and whether it is the validated text or a working one. */
  wordingSources: WordingSourcesSchema,
  licence: LicenceSchema,
  /** Shown verbatim with the instrument, e.g. "© WHO 2003" for the K10. */
  copyright: text.optional(),
  pages: z.array(PageSchema).default([]),
  responseScales: z.array(ResponseScaleSchema).default([]),
  sections: z.array(SectionSchema).min(1),
  scales: z.array(ScaleSchema).default([]),
  skipRules: z.array(SkipRuleSchema).default([]),
  flags: z.array(FlagSchema).default([]),
  metricSuggestions: z.array(MetricSuggestionSchema).default([]),
  /**
   * Issue 13 §6: the validity caveat and the findings of the cited sources, in kk/ru/en, shown where
   * decisions are made (scoring step, signed view, PDF next to drawing-derived counts).
   */
  caveats: z.array(LocalizedTextSchema).default([]),
  /** Issue 14: published SD and reliability for the reliable change index, per scale (absent when none published). */
  reliableChange: z.array(ReliableChangeSchema).default([]),
});

export type TranslationStatus = z.infer<typeof TranslationStatusSchema>;
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Tool = z.infer<typeof ToolSchema>;
export type DrawingAction = z.infer<typeof DrawingActionSchema>;
export type PaletteColour = z.infer<typeof PaletteColourSchema>;
export type InquiryQuestion = z.infer<typeof InquiryQuestionSchema>;
export type Page = z.infer<typeof PageSchema>;
export type Anchor = z.infer<typeof AnchorSchema>;
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>;
export type ResponseScale = z.infer<typeof ResponseScaleSchema>;
export type Item = z.infer<typeof ItemSchema>;
export type ItemKind = Item['kind'];
export type Section = z.infer<typeof SectionSchema>;
export type ItemRef = z.infer<typeof ItemRefSchema>;
export type MissingRule = z.infer<typeof MissingRuleSchema>;
export type Band = z.infer<typeof BandSchema>;
export type NoBandRange = z.infer<typeof NoBandRangeSchema>;
export type WordingSource = z.infer<typeof WordingSourceSchema>;
export type WordingSources = z.infer<typeof WordingSourcesSchema>;
export type ReliableChange = z.infer<typeof ReliableChangeSchema>;
export type Scale = z.infer<typeof ScaleSchema>;
export type ItemScale = z.infer<typeof ItemScaleSchema>;
export type DifferenceScale = z.infer<typeof DifferenceScaleSchema>;
export type SkipRule = z.infer<typeof SkipRuleSchema>;
export type Flag = z.infer<typeof FlagSchema>;
export type SuggestedValue = z.infer<typeof SuggestedValueSchema>;
export type MetricMapping = z.infer<typeof MetricMappingSchema>;
export type MetricSuggestion = z.infer<typeof MetricSuggestionSchema>;
/** A loaded, validated definition (defaults filled in). */
export type Instrument = z.infer<typeof InstrumentSchema>;
/** What a definition file writes (defaults may be omitted). */
export type InstrumentInput = z.input<typeof InstrumentSchema>;
