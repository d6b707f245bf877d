import { z } from 'zod';
import { channel, none } from './channel';
import { regionSchema } from './regions';
import { rolesAccess } from './roles';

/**
 * The facility's side of bundles across facilities (issue 15 §1–2), admins only. The backend keeps the facility's
 * signing key (made with the vault) and never returns it; the renderer sees only fingerprints, short readable codes.
 *
 * - `bundles:status`: the facility's identity (fingerprint), region, the supervisor key kept, the last sequence number
 *   and which quarters may be exported.
 * - `bundles:setRegion`: the region a bundle states (required before the first export); audited `bundle.regionSet`.
 * - `bundles:pickSupervisorKey`: opens the system's file picker (pickFiles port; the renderer never sends a path),
 *   reads the supervisor's key file and answers its name and fingerprint for the admin to compare — nothing is
 *   kept yet. `bundles:confirmSupervisorKey` keeps that key (the token names the pick; a lock forgets it); audited
 *   `bundle.supervisorKeyImported` with the fingerprint.
 * - `bundles:export`: the quarters `from`…`to` as one bundle, signed and sealed to the supervisor's key, handed to
 *   the saveFile port; audited `bundle.exported` (quarters, sequence, families and cells counted, never a figure or
 *   the path), or `bundle.exportFailed`; a cancelled dialog is not recorded and uses no sequence number.
 */
export const quarterSchema = z.string().regex(/^\d{4}-Q[1-4]$/);
const fingerprintSchema = z.string().regex(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){4}$/);

export const bundleStatusSchema = z.object({
  facilityName: z.string(),
  fingerprint: fingerprintSchema,
  region: regionSchema.nullable(),
  supervisor: z.object({ name: z.string(), fingerprint: fingerprintSchema, importedAt: z.string() }).nullable(),
  lastSequence: z.number().int().nonnegative(),
  /** Quarters that may be exported, oldest first: from the first year with records to the current quarter. */
  quarters: z.array(quarterSchema),
});
export type BundleStatus = z.infer<typeof bundleStatusSchema>;

export const bundleExportInputSchema = z
  .object({ from: quarterSchema, to: quarterSchema })
  .strict()
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] });
export type BundleExportInput = z.infer<typeof bundleExportInputSchema>;

const ADMINS = rolesAccess('admin');

export const bundleChannels = {
  'bundles:status': channel(none, bundleStatusSchema, ADMINS),
  'bundles:setRegion': channel(z.object({ region: regionSchema }).strict(), bundleStatusSchema, ADMINS),
  'bundles:pickSupervisorKey': channel(
    none,
    z.object({ picked: z.object({ token: z.string(), name: z.string(), fingerprint: fingerprintSchema }).nullable() }),
    ADMINS,
  ),
  'bundles:confirmSupervisorKey': channel(z.object({ token: z.string().min(1).max(100) }).strict(), bundleStatusSchema, ADMINS),
  'bundles:export': channel(
    bundleExportInputSchema,
    z.object({ saved: z.boolean(), sequence: z.number().int().positive().nullable(), fileName: z.string() }),
    ADMINS,
  ),
} as const;
