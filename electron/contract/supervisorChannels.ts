import { z } from 'zod';
import { channel, none, nothing } from './channel';
import { regionSchema } from './regions';
import { rolesAccess } from './roles';
import { TRENDS_DIMENSIONS, trendsCatalogueSchema, trendsViewInputSchema, trendsViewOutputSchema } from './trendsChannels';

/**
 * The supervising department's installation (issue 15 §3). Set-up chooses the installation's kind once; a supervisor
 * installation holds no client records, only facilities, their bundles and accounts, and answers only the channels
 * listed in installationChannels.ts. Its roles are admin and supervisor.
 */
export { INSTALLATION_KINDS, SUPERVISOR_INSTALLATION_ROLES, installationKindSchema } from './installationKind';
export type { InstallationKind } from './installationKind';

const READERS = rolesAccess('admin', 'supervisor');
const ADMIN = rolesAccess('admin');

const fingerprintSchema = z.string().regex(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){4}$/);
const quarterSchema = z.string().regex(/^\d{4}-Q[1-4]$/);
const idSchema = z.string().min(1).max(100);
const isoSchema = z.iso.datetime({ offset: true });

/** The installation's own receiving key (X25519): its readable fingerprint, for facilities to compare. */
export const supervisorIdentitySchema = z.object({ fingerprint: fingerprintSchema, createdAt: isoSchema });

/** A facility whose key the installation trusts (on first use, after its fingerprint was shown and confirmed). */
export const bundleFacilitySchema = z.object({
  facilityId: idSchema,
  name: z.string(),
  region: regionSchema.nullable(),
  fingerprint: fingerprintSchema,
  lastSequence: z.number().int().nonnegative(),
  quarters: z.array(quarterSchema),
  trustedAt: isoSchema,
  lastImportAt: isoSchema.nullable(),
});
export type BundleFacility = z.infer<typeof bundleFacilitySchema>;

/**
 * Why a bundle file was refused; each has its own message. The format's own refusals (not a bundle, newer format,
 * truncated, damaged, another supervisor's, bad signature) come from the format module's error codes.
 */
export const BUNDLE_REFUSALS = [
  'BUNDLE_NOT_A_BUNDLE',
  'BUNDLE_NEWER_FORMAT',
  'BUNDLE_TRUNCATED',
  'BUNDLE_DAMAGED',
  'BUNDLE_OTHER_SUPERVISOR',
  'BUNDLE_SIGNATURE_INVALID',
  'BUNDLE_OLDER_SEQUENCE',
  'BUNDLE_FACILITY_KEY_CHANGED',
  'BUNDLE_UNREADABLE',
] as const;
export const bundleRefusalSchema = z.enum(BUNDLE_REFUSALS);
export type BundleRefusal = z.infer<typeof bundleRefusalSchema>;

/**
 * One chosen file, opened and checked, before anything is stored. `new-facility`: its key is not known yet (trust it
 * after comparing the fingerprint); `key-changed`: the facility is known under another key (only an admin may accept
 * the new one); `ready`: a trusted facility's newer bundle; `unchanged`: this very bundle is stored already.
 */
export const importPreviewItemSchema = z.object({
  fileName: z.string().max(300),
  state: z.enum(['ready', 'new-facility', 'key-changed', 'unchanged', 'refused']),
  refusal: bundleRefusalSchema.nullable(),
  facilityId: idSchema.nullable(),
  facilityName: z.string().nullable(),
  region: regionSchema.nullable(),
  fingerprint: fingerprintSchema.nullable(),
  /** The key the installation knows the facility by, when it changed. */
  previousFingerprint: fingerprintSchema.nullable(),
  sequence: z.number().int().nonnegative().nullable(),
  quarters: z.array(quarterSchema),
  createdAt: isoSchema.nullable(),
});
export type ImportPreviewItem = z.infer<typeof importPreviewItemSchema>;

export const importPreviewSchema = z.object({ previewId: z.string(), items: z.array(importPreviewItemSchema) });
export type ImportPreview = z.infer<typeof importPreviewSchema>;

/** What became of one file: stored (new quarters), replaced (an older bundle of a quarter), unchanged, refused or skipped. */
export const importResultSchema = z.object({
  fileName: z.string(),
  outcome: z.enum(['imported', 'replaced', 'unchanged', 'refused', 'skipped']),
  refusal: bundleRefusalSchema.nullable(),
  facilityName: z.string().nullable(),
  quarters: z.array(quarterSchema),
});
export type ImportResult = z.infer<typeof importResultSchema>;

/** An import under way or finished; the renderer polls it for its progress bar, as a backup's. */
export const importJobSchema = z.object({
  id: z.string(),
  phase: z.enum(['importing', 'done', 'failed']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  fraction: z.number().min(0).max(1),
  results: z.array(importResultSchema),
  /** The failure's error code when phase is 'failed' (the sign-in ended). */
  error: z.string().nullable(),
});
export type ImportJob = z.infer<typeof importJobSchema>;

/** Combined Trends add the facility and its region as dimensions. */
export const COMBINED_BY = [...TRENDS_DIMENSIONS, 'outcome', 'facility', 'region'] as const;
export const combinedBySchema = z.enum(COMBINED_BY);
export type CombinedBy = z.infer<typeof combinedBySchema>;

export const combinedViewInputSchema = trendsViewInputSchema.extend({ by: combinedBySchema.nullable() }).strict();
export type CombinedViewInput = z.infer<typeof combinedViewInputSchema>;
/**
 * Like a facility's view; columns of `facility` are the facilities' names (as their bundles name them), of `region`
 * the region keys. `facilities`: how many facilities' bundles are combined for the year.
 */
export const combinedViewSchema = trendsViewOutputSchema.extend({
  by: combinedBySchema.nullable(),
  facilities: z.number().int().nonnegative(),
});
export type CombinedView = z.infer<typeof combinedViewSchema>;

export const combinedCatalogueSchema = trendsCatalogueSchema.extend({
  measures: z.array(trendsCatalogueSchema.shape.measures.element.extend({ by: z.array(combinedBySchema) })),
  facilities: z.number().int().nonnegative(),
});
export type CombinedCatalogue = z.infer<typeof combinedCatalogueSchema>;

/** The supervisor installation's channels (issue 15 §3). Reading is for admins and supervisors; keys for admins. */
export const supervisorChannels = {
  'supervisor:identity': channel(none, supervisorIdentitySchema, READERS),
  /** Writes the public-key file facilities import (saveFile port); audited. */
  'supervisor:exportPublicKey': channel(none, z.object({ saved: z.boolean() }), ADMIN),
  'supervisor:facilities': channel(none, z.array(bundleFacilitySchema), READERS),
  /**
   * Picks bundle files (pickFiles port; the renderer never sends a path), opens and checks each, stores nothing.
   * `null` when the picker was cancelled.
   */
  'supervisor:previewImport': channel(none, importPreviewSchema.nullable(), READERS),
  /**
   * Imports the previewed files: `trust` the new facilities whose fingerprints the person compared; `acceptNewKey`
   * the facilities whose changed key an admin accepts (FORBIDDEN for others). Returns the job to poll.
   */
  'supervisor:startImport': channel(
    z
      .object({
        previewId: z.string().regex(/^[0-9a-f]{32}$/),
        trust: z.array(idSchema).max(1000),
        acceptNewKey: z.array(idSchema).max(1000),
      })
      .strict(),
    z.object({ jobId: z.string() }),
    READERS,
  ),
  'supervisor:importJob': channel(z.object({ jobId: z.string().max(100) }).strict(), importJobSchema, READERS),
  'supervisor:cancelImport': channel(z.object({ previewId: z.string().max(100) }).strict(), nothing, READERS),
  'supervisor:trendsCatalogue': channel(none, combinedCatalogueSchema, READERS),
  /** One combined table, suppressed over the measure's linked set across every facility; audited with no figure. */
  'supervisor:trendsView': channel(combinedViewInputSchema, combinedViewSchema, READERS),
} as const;
