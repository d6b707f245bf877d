import { z } from 'zod';
import { channel, none } from './channel';
import { rolesAccess } from './roles';

/**
 * Programme trends (issue 14 §1, §2): aggregate tables for supervisors, admins and psychologists of
 * their own facility. Nothing about a person crosses this boundary: no row about one person, no
 * code, name, free text, exact date or drawing; only counts over fixed period buckets and fixed
 * dimensions, and statistics over groups of at least k. Every count from 1 to k−1 is suppressed,
 * then complementary cells until the exact audit (electron/backend/services/trends/disclosure)
 * finds no hidden cell recoverable from everything the Trends area can show for the same measure
 * and year (the table, its margins, the month, quarter and year tables and every `by`).
 *
 * A suppressed value is one symbol ("<k"), with no reason: telling which hidden cells are primary
 * (1..k−1) and which complementary (0 or ≥ k) gives away intervals the linear audit does not model.
 */

/** Lowest k an admin may set, and the default (issue 14 §2). */
export const TRENDS_K_MIN = 5;
/** Highest k accepted (a facility-wide threshold above this would hide everything). */
export const TRENDS_K_MAX = 50;
export const trendsKSchema = z.number().int().min(TRENDS_K_MIN).max(TRENDS_K_MAX);

export const TRENDS_GRANULARITIES = ['month', 'quarter', 'year'] as const;
export const trendsGranularitySchema = z.enum(TRENDS_GRANULARITIES);
export type TrendsGranularity = z.infer<typeof trendsGranularitySchema>;

/** The fixed dimensions (issue 14 §1); a table crosses the period with at most one of them. */
export const TRENDS_DIMENSIONS = ['unit', 'programmeType', 'legalStatus', 'ageBand', 'sex', 'language'] as const;
export const trendsDimensionSchema = z.enum(TRENDS_DIMENSIONS);
export type TrendsDimension = z.infer<typeof trendsDimensionSchema>;
/**
 * What a table's columns are: a dimension, or `outcome`, the measure's own split (new/returning,
 * instrument, band, reliable change class, alert state, attendance, leaving reason, referral outcome, kind of
 * legal help, employment after release).
 */
export const trendsBySchema = z.enum([...TRENDS_DIMENSIONS, 'outcome']);
export type TrendsBy = z.infer<typeof trendsBySchema>;

export const TRENDS_MEASURES = [
  /**
   * Clients seen in the year (a signed assessment or a group session attended), each counted once, in the month of
   * their first contact of the year: so months add up to the year, which is the number of different people seen.
   * Outcome: new (that contact is their first ever) / returning.
   */
  'clientsSeen',
  /**
   * Assessments signed of one instrument (per instrument, so that no all-instrument total links the instruments'
   * tables). The bands, scores and drawing-process measures of the same instrument are views of the same counts.
   */
  'assessmentsSigned',
  /** Signed questionnaire results of one instrument; outcome: the band of its main scale ('none' when out of every band). */
  'questionnaireBands',
  /** Signed questionnaire results of one instrument; statistic: mean and median of the main scale's total with 95% CIs. */
  'questionnaireScores',
  /**
   * Clients with two or more signed results of one instrument, once per year: change from their first result ever to
   * their latest of the year, counted in that latest result's month; statistic: mean change; outcome: improved /
   * unchanged / deteriorated by the RCI, only when the definition holds published reliable-change parameters
   * (catalogue `rci`).
   */
  'questionnaireChange',
  /** PHQ-9 item-9 safety flags raised (in non-discarded assessments); outcome: acknowledged / notAcknowledged. */
  'phq9Alerts',
  /**
   * Signed assessments of one drawing protocol; statistic: the chosen process metric of the assessment's current
   * digital drawings (summed over its pages; paper drawings have none).
   */
  'drawingProcess',
  /** Group sessions held (with at least one attendance mark); dimensions of the group only (unit, programme type). */
  'groupSessions',
  /** Attendance lines recorded; outcome: present / late / absentExcused / absentUnexcused; statistic: attendance rate. */
  'groupAttendance',
  /** Memberships that ended; outcome: completed / left / droppedOut. */
  'groupRetention',
  /** Attendance lines with mood before and after; statistic: mean change of mood (after − before). */
  'groupMood',
  /**
   * Referrals made (issue 17 §7: the referrals table, any status but planned), counted in the month they were made;
   * outcome: where each stands now — the outcome recorded (employed, legal help, documents restored, housing found,
   * treatment started, other outcome), declined, no answer, or still in progress.
   */
  'referrals',
  /** Legal help given (referrals whose outcome is legal help), counted in the month it was recorded; outcome: its kind. */
  'legalHelp',
  /**
   * People released in the period (the re-entry plan's release date), counted in the month of release; outcome: the
   * first employment recorded by a referral's outcome (its start date) within 3 months of release, within 3 to 6
   * months, not within 6 months, or not yet known (less than 6 months have passed and no employment is recorded).
   */
  'employmentAfterRelease',
] as const;
export const trendsMeasureSchema = z.enum(TRENDS_MEASURES);
export type TrendsMeasure = z.infer<typeof trendsMeasureSchema>;

/** Process metrics the drawing-protocol measure offers (stored with each finished drawing, so no strokes are decoded). */
export const TRENDS_DRAWING_METRICS = ['durationMinutes', 'events'] as const;
export const trendsDrawingMetricSchema = z.enum(TRENDS_DRAWING_METRICS);

/** A category of a dimension or outcome: a fixed key, a unit's name, or null for "not recorded". */
export const trendsCategorySchema = z.string().min(1).max(100).nullable();
const instrumentIdSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/);
const yearSchema = z.number().int().min(2000).max(2100);

/** A count: its value, or suppressed (shown as "<k", never blank or 0). */
export const trendsCountSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('value'), value: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('suppressed') }),
]);
export type TrendsCount = z.infer<typeof trendsCountSchema>;

/**
 * A statistic over the units counted in the matching count cell that have a value (a questionnaire with too many
 * missing items, a paper drawing have none): shown only when the count is published and both it and the number of
 * values are ≥ k; that number itself is never published (it would be a second, unsuppressed count). `empty`: no
 * values. Intervals are 95%: the mean's by Student's t (Wilson's for a rate), the median's by order statistics
 * (distribution-free); an interval that cannot be formed is null. A rate has no median (null).
 */
export const trendsStatSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('stat'),
    mean: z.number(),
    meanLow: z.number().nullable(),
    meanHigh: z.number().nullable(),
    median: z.number().nullable(),
    medianLow: z.number().nullable(),
    medianHigh: z.number().nullable(),
  }),
  z.object({ kind: z.literal('suppressed') }),
  z.object({ kind: z.literal('empty') }),
]);
export type TrendsStat = z.infer<typeof trendsStatSchema>;

const grid = <T extends z.ZodType>(cell: T) =>
  z.object({ cells: z.array(z.array(cell)), rowTotals: z.array(cell), columnTotals: z.array(cell), grandTotal: cell });

export const trendsViewInputSchema = z
  .object({
    measure: trendsMeasureSchema,
    /** Required by the questionnaire and drawing measures (catalogue `instruments`); refused elsewhere. */
    instrumentId: instrumentIdSchema.optional(),
    /** drawingProcess only (default durationMinutes). */
    metric: trendsDrawingMetricSchema.optional(),
    granularity: trendsGranularitySchema,
    year: yearSchema,
    by: trendsBySchema.nullable(),
  })
  .strict();
export type TrendsViewInput = z.infer<typeof trendsViewInputSchema>;

export const trendsViewOutputSchema = z.object({
  measure: trendsMeasureSchema,
  instrumentId: z.string().nullable(),
  metric: trendsDrawingMetricSchema.nullable(),
  granularity: trendsGranularitySchema,
  year: yearSchema,
  by: trendsBySchema.nullable(),
  /** The k in force. */
  k: trendsKSchema,
  /** Period keys: '2026-01' … '2026-12', '2026-Q1' … '2026-Q4', or '2026'. */
  rows: z.array(z.string().regex(/^\d{4}(-\d{2}|-Q[1-4])?$/)),
  /** Categories of `by` ([] when `by` is null: the table is one column, its row totals). */
  columns: z.array(trendsCategorySchema),
  /** Counts; column totals and the grand total are the whole year's figures. */
  counts: grid(trendsCountSchema),
  /**
   * True when a quarter's or the year's figure is not the sum of its months. Every measure is now counted as events
   * (people once per year, at one date), so this is false; kept so a later per-period count of people can say so.
   */
  distinctPeople: z.boolean(),
  /** The statistic of the measure, cell by cell like `counts`; null for pure count measures. */
  statistic: z.object({ kind: z.enum(['score', 'change', 'rate', 'median']), grid: grid(trendsStatSchema) }).nullable(),
});
export type TrendsView = z.infer<typeof trendsViewOutputSchema>;
export type TrendsCell = TrendsCount;

export const trendsCatalogueSchema = z.object({
  k: trendsKSchema,
  kMin: z.literal(TRENDS_K_MIN),
  /** Years with any data, newest first (the current year always included). */
  years: z.array(yearSchema),
  measures: z.array(
    z.object({
      id: trendsMeasureSchema,
      /** Instruments the measure needs one of ([] when it takes none). */
      instruments: z.array(z.object({ id: z.string(), kind: z.enum(['drawing', 'questionnaire']), rci: z.boolean() })),
      /** The `by` values the measure offers (besides null). */
      by: z.array(trendsBySchema),
      /** Outcome categories when the measure has a split (per instrument for bands: see `bands`), else null. */
      outcomes: z.array(z.string()).nullable(),
      statistic: z.enum(['score', 'change', 'rate', 'median']).nullable(),
      metrics: z.array(trendsDrawingMetricSchema),
    }),
  ),
  /** Categories of each dimension (units: the names recorded; null: not recorded). */
  dimensions: z.array(z.object({ id: trendsDimensionSchema, categories: z.array(trendsCategorySchema) })),
  /** Band ids (and their order) per questionnaire, for the bands measure's columns; labels come from the definition. */
  bands: z.array(z.object({ instrumentId: z.string(), bandIds: z.array(z.string()) })),
});
export type TrendsCatalogue = z.infer<typeof trendsCatalogueSchema>;

const TRENDS_READERS = rolesAccess('supervisor', 'admin', 'psychologist');

/** The Trends area's channels. Each view is audited `trends.viewed` with the table and dimensions, no content. */
export const trendsChannels = {
  /** What can be asked: the k in force, years, measures (with their instruments and `by`s), categories. */
  'trends:catalogue': channel(none, trendsCatalogueSchema, TRENDS_READERS),
  /** One table with its margins, suppressed over the measure's whole linked set. */
  'trends:view': channel(trendsViewInputSchema, trendsViewOutputSchema, TRENDS_READERS),
  /** The facility's k (admin): may be raised, never below 5 (VALIDATION otherwise); audited settings.updated. */
  'trends:setK': channel(z.object({ k: trendsKSchema }).strict(), z.object({ k: trendsKSchema }), rolesAccess('admin')),
} as const;
