import { z } from 'zod';
import { regionSchema } from '../../../../contract/regions';

/**
 * What a bundle carries (issue 15 §2): the facility, the quarters, and per Trends family its microcells for those
 * quarters — the month, the categories per dimension (and the outcome), how many units, and per value the Trends
 * statistics use a histogram of the values — unsuppressed (suppression is applied only after facilities are
 * combined). Nothing about a person: no id, code, name, free text or exact date; a category is one of Trends' fixed
 * categories or the facility's own unit name.
 */

/** The version of this payload's shape; a reader refuses a higher one as BUNDLE_NEWER_FORMAT. */
export const PAYLOAD_VERSION = 1;

const base64Key = z
  .string()
  .regex(/^[A-Za-z0-9+/]{43}=$/, 'a 32-byte key in base64')
  .refine((s) => Buffer.from(s, 'base64').length === 32, 'a 32-byte key in base64');
export const quarterKeySchema = z.string().regex(/^\d{4}-Q[1-4]$/, 'YYYY-Qn');
const monthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
/** A category as Trends classifies units: a fixed key, a unit's name, or null for "not recorded". */
const category = z
  .string()
  .min(1)
  .max(200)
  .regex(/^\P{Cc}*$/u, 'no control characters')
  .nullable();
/** A value's histogram: [value, how many units had it], values ascending, each once. */
const histogram = z
  .array(z.tuple([z.number().finite(), z.number().int().positive()]))
  .refine((h) => h.every((bin, i) => i === 0 || (h[i - 1] as [number, number])[0] < bin[0]), 'values ascending, each once');

export const microcellSchema = z.object({
  month: monthKey,
  /** One category per entry of the family's `by`, in that order. */
  cats: z.array(category),
  count: z.number().int().positive(),
  /** One histogram per entry of the family's `values` (units without that value are counted in `count` only). */
  values: z.array(histogram),
});
export type Microcell = z.infer<typeof microcellSchema>;

export const bundleFamilySchema = z
  .object({
    /** Trends' family: 'clients', 'alerts', 'sessions', … or 'instrument:phq9', 'change:gad7' (one linked set). */
    key: z
      .string()
      .regex(/^[a-zA-Z][a-zA-Z0-9-]*(:[a-zA-Z0-9_-]+)?$/)
      .max(100),
    /** The Trends measures that are views of this family (e.g. assessmentsSigned, questionnaireScores). */
    measures: z
      .array(
        z
          .string()
          .regex(/^[a-zA-Z][a-zA-Z0-9]*$/)
          .max(60),
      )
      .min(1),
    /** The family's dimensions in order, 'outcome' last when it has one (trendsChannels' TrendsBy). */
    by: z.array(
      z
        .string()
        .regex(/^[a-zA-Z][a-zA-Z0-9]*$/)
        .max(60),
    ),
    /** What each histogram is of, in order: 'total', 'change', 'minutes', 'events', 'attended', 'moodChange'. */
    values: z.array(
      z
        .string()
        .regex(/^[a-zA-Z][a-zA-Z0-9]*$/)
        .max(60),
    ),
    cells: z.array(microcellSchema),
  })
  .superRefine((f, ctx) => {
    f.cells.forEach((c, i) => {
      if (c.cats.length !== f.by.length)
        ctx.addIssue({ code: 'custom', path: ['cells', i, 'cats'], message: 'one category per by' });
      if (c.values.length !== f.values.length)
        ctx.addIssue({ code: 'custom', path: ['cells', i, 'values'], message: 'one histogram per value' });
      for (const h of c.values) {
        if (h.reduce((s, [, n]) => s + n, 0) > c.count)
          ctx.addIssue({ code: 'custom', path: ['cells', i], message: 'more values than units' });
      }
    });
  });
export type BundleFamily = z.infer<typeof bundleFamilySchema>;

const quarterOfMonth = (month: string): string => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;

export const bundlePayloadSchema = z
  .object({
    payloadVersion: z.number().int().positive(),
    facility: z.object({
      /** Stable across key changes: made with the facility's first key pair. */
      id: z.uuid(),
      name: z.string().min(1).max(200),
      region: regionSchema,
      /** Raw Ed25519 public key, base64: the key whose signature the bundle carries. */
      publicKey: base64Key,
    }),
    /** The quarters covered, ascending, each once; every microcell's month lies in one of them. */
    quarters: z.array(quarterKeySchema).min(1).max(200),
    createdAt: z.iso.datetime(),
    appVersion: z.string().min(1).max(50),
    schemaVersion: z.number().int().nonnegative(),
    /** Per facility, one more for each bundle exported: the supervisor refuses a replayed or older one. */
    sequence: z.number().int().positive(),
    families: z.array(bundleFamilySchema),
  })
  .superRefine((p, ctx) => {
    if (!p.quarters.every((q, i) => i === 0 || (p.quarters[i - 1] as string) < q)) {
      ctx.addIssue({ code: 'custom', path: ['quarters'], message: 'ascending, each once' });
    }
    const quarters = new Set(p.quarters);
    p.families.forEach((f, i) =>
      f.cells.forEach((c, j) => {
        if (!quarters.has(quarterOfMonth(c.month))) {
          ctx.addIssue({ code: 'custom', path: ['families', i, 'cells', j, 'month'], message: 'outside the quarters' });
        }
      }),
    );
  });
export type BundlePayload = z.infer<typeof bundlePayloadSchema>;
