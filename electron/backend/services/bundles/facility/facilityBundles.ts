/**
 * The facility's side of issue 15: its identity (fingerprint), region, the supervisor's key, and exporting a bundle.
 * Admins only (the contract). The private key never leaves this module except into `sealBundle`.
 */
import { readFile } from 'node:fs/promises';
import { AppFailure } from '../../../../contract/errors';
import type { BundleExportInput, BundleStatus } from '../../../../contract/bundleChannels';
import type { Region } from '../../../../contract/regions';
import type { Db } from '../../../db/connection';
import { getSetting } from '../../../db/repos/settingsRepo';
import { trendsYears } from '../../../db/repos/trendsRepo';
import { MIGRATIONS } from '../../../db/migrations';
import type { SignedInContext } from '../../signedIn';
import { appVersion } from '../../backup/automatic';
import {
  BUNDLE_EXTENSION,
  type BundlePayload,
  PAYLOAD_VERSION,
  SUPERVISOR_KEY_EXTENSION,
  type SupervisorKey,
  fingerprintOf,
  readSupervisorKeyFile,
  sealBundle,
} from '../format';
import { readIdentity, recordSequence, setRegion, setSupervisorKey } from './identityRepo';
import { bundleFamilies } from './microcells';

/** At most ten years in one bundle: a larger export is a mistake, and the file would be large. */
const MAX_QUARTERS = 40;

const quarterKey = (ms: number): string => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
};

/** Every quarter from `from` to `to`, both included. */
export function quartersBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let q = Number(from.slice(6));
  while (`${y}-Q${q}` <= to) {
    out.push(`${y}-Q${q}`);
    q += 1;
    if (q > 4) {
      q = 1;
      y += 1;
    }
  }
  return out;
}

/** Quarters an admin may export: from Q1 of the first year with records to the current quarter. */
function exportableQuarters(db: Db, nowMs: number): string[] {
  const current = quarterKey(nowMs);
  const thisYear = Number(current.slice(0, 4));
  const first = Math.min(thisYear, ...trendsYears(db).filter((y) => y <= thisYear));
  return quartersBetween(`${first}-Q1`, current);
}

export function bundleStatus(s: SignedInContext): BundleStatus {
  const id = readIdentity(s.db);
  return {
    facilityName: getSetting(s.db, 'facilityName') ?? '',
    fingerprint: fingerprintOf(id.public_key),
    region: id.region,
    supervisor:
      id.supervisor_public_key && id.supervisor_name && id.supervisor_imported_at
        ? {
            name: id.supervisor_name,
            fingerprint: fingerprintOf(id.supervisor_public_key),
            importedAt: id.supervisor_imported_at,
          }
        : null,
    lastSequence: id.last_sequence,
    quarters: exportableQuarters(s.db, s.now()),
  };
}

export function setFacilityRegion(s: SignedInContext, input: { region: Region }): BundleStatus {
  const before = readIdentity(s.db).region;
  if (before !== input.region) {
    setRegion(s.db, input.region);
    s.audit('bundle.regionSet', null, { from: before ?? 'none', to: input.region });
  }
  return bundleStatus(s);
}

/**
 * A supervisor key read but not yet kept, per open database: the admin compares its fingerprint first. Gone with the
 * database at lock or sign-out, and replaced by the next pick.
 */
const pending = new WeakMap<Db, { token: string; key: SupervisorKey }>();

export async function pickSupervisorKey(
  s: SignedInContext,
): Promise<{ picked: { token: string; name: string; fingerprint: string } | null }> {
  if (!s.pickFiles) throw new AppFailure('EXPORT_UNAVAILABLE', 'no file picker is configured');
  const paths = await s.pickFiles({ name: 'Kenes supervisor key', extensions: [SUPERVISOR_KEY_EXTENSION], multiple: false });
  const path = paths?.[0];
  if (!path) return { picked: null };
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    // The error text would quote the path.
    throw new AppFailure('SUPERVISOR_KEY_FILE_INVALID', 'the chosen file could not be read');
  }
  const key = readSupervisorKeyFile(bytes);
  const token = s.newId();
  pending.set(s.db, { token, key });
  return { picked: { token, name: key.name, fingerprint: key.fingerprint } };
}

export function confirmSupervisorKey(s: SignedInContext, input: { token: string }): BundleStatus {
  const p = pending.get(s.db);
  if (!p || p.token !== input.token)
    throw new AppFailure('NOT_FOUND', 'no supervisor key is waiting to be kept: choose the file again');
  pending.delete(s.db);
  const before = readIdentity(s.db).supervisor_public_key;
  setSupervisorKey(s.db, { name: p.key.name, publicKey: p.key.publicKey }, s.account.id, s.nowIso());
  s.audit('bundle.supervisorKeyImported', null, {
    fingerprint: p.key.fingerprint,
    replaced: before ? fingerprintOf(before) : 'none',
  });
  return bundleStatus(s);
}

/** A file-name part from the facility's name: letters and digits of any script, dashes between. */
function slug(name: string, fallback: string): string {
  const s = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return s || fallback;
}

export function bundleFileName(facilityName: string, fingerprint: string, from: string, to: string): string {
  return `kenes-bundle-${slug(facilityName, fingerprint.slice(0, 4).toLowerCase())}-${from}-${to}.${BUNDLE_EXTENSION}`;
}

export async function exportBundle(
  s: SignedInContext,
  input: BundleExportInput,
): Promise<{ saved: boolean; sequence: number | null; fileName: string }> {
  if (!s.saveFile) throw new AppFailure('EXPORT_UNAVAILABLE', 'no way to save files is configured');
  const id = readIdentity(s.db);
  if (!id.region) throw new AppFailure('BUNDLE_REGION_UNSET', 'set the facility region before exporting');
  if (!id.supervisor_public_key) throw new AppFailure('BUNDLE_NO_SUPERVISOR_KEY', "import the supervisor's key before exporting");
  const allowed = exportableQuarters(s.db, s.now());
  if (!allowed.includes(input.from) || !allowed.includes(input.to)) {
    throw new AppFailure('VALIDATION', 'the quarters must lie between the first year with records and the current quarter');
  }
  const quarters = quartersBetween(input.from, input.to);
  if (quarters.length > MAX_QUARTERS) throw new AppFailure('VALIDATION', `at most ${MAX_QUARTERS} quarters in one bundle`);

  const facilityName = getSetting(s.db, 'facilityName') ?? '';
  const fingerprint = fingerprintOf(id.public_key);
  const fileName = bundleFileName(facilityName, fingerprint, input.from, input.to);
  const sequence = id.last_sequence + 1;
  const families = bundleFamilies(s.db, quarters, s.nowIso().slice(0, 10));
  const payload: BundlePayload = {
    payloadVersion: PAYLOAD_VERSION,
    facility: { id: id.facility_id, name: facilityName, region: id.region, publicKey: id.public_key.toString('base64') },
    quarters,
    createdAt: s.nowIso(),
    appVersion: appVersion(s),
    schemaVersion: MIGRATIONS.at(-1)?.version ?? 0,
    sequence,
    families,
  };
  const details = {
    from: input.from,
    to: input.to,
    sequence,
    families: families.length,
    cells: families.reduce((n, f) => n + f.cells.length, 0),
    supervisor: fingerprintOf(id.supervisor_public_key),
  };
  let bytes: Buffer;
  try {
    bytes = sealBundle({ payload, facilityPrivateKey: id.private_key, supervisorPublicKey: id.supervisor_public_key });
  } finally {
    id.private_key.fill(0);
  }
  let saved: boolean;
  try {
    ({ saved } = await s.saveFile(fileName, bytes));
  } catch {
    // The port's error is not passed on: it may quote the chosen path.
    s.audit('bundle.exportFailed', null, details);
    throw new AppFailure('EXPORT_FAILED', 'the bundle could not be written');
  }
  if (!saved) return { saved: false, sequence: null, fileName };
  recordSequence(s.db, sequence);
  s.audit('bundle.exported', null, details);
  return { saved: true, sequence, fileName };
}
