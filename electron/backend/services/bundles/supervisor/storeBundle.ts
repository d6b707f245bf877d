import type { BundleRefusal, ImportResult } from '../../../../contract/supervisorChannels';
import type { Db } from '../../../db/connection';
import {
  type BundleRow,
  bundleOf,
  readFacility,
  recordFacilityImport,
  replaceBundle,
  upsertFacilityKey,
} from '../../../db/repos/supervisorRepo';
import type { BundleFamily } from '../format';
import { fingerprintOf } from '../format';
import type { OpenedFile } from './openedBundles';
import { alreadyStored } from './openedBundles';

export type Decisions = { trust: ReadonlySet<string>; acceptNewKey: ReadonlySet<string> };
export type StoreContext = {
  db: Db;
  actorId: string;
  nowIso: string;
  newId(): string;
  audit(
    action: 'bundle.imported' | 'bundle.refused' | 'bundle.facilityTrusted' | 'bundle.facilityKeyAccepted',
    facilityId: string | null,
    details: Record<string, string | number | boolean | string[]>,
  ): void;
};

const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;

/** A family's microcells of one quarter, as stored: its shape once, then [month 1–12, cats, count, histograms] rows. */
function familyOfQuarter(f: BundleFamily, quarter: string): { family: string; by: string; cells: string } | null {
  const cells = f.cells
    .filter((c) => quarterOf(c.month) === quarter)
    .map((c) => [Number(c.month.slice(5, 7)), c.cats, c.count, c.values]);
  if (cells.length === 0) return null;
  return {
    family: f.key,
    by: JSON.stringify({ by: f.by, values: f.values, measures: f.measures }),
    cells: JSON.stringify(cells),
  };
}

const result = (file: OpenedFile, outcome: ImportResult['outcome'], refusal: BundleRefusal | null): ImportResult => ({
  fileName: file.fileName,
  outcome,
  refusal,
  facilityName: file.refusal === null ? file.payload.facility.name : null,
  quarters: file.refusal === null ? [...file.payload.quarters] : [],
});

/**
 * Stores one opened bundle, in one transaction, or refuses it with nothing stored: a new facility only when the
 * person trusted it (after comparing its fingerprint), a changed key only when an admin accepted it (the sequence
 * starts again under the new key), never a sequence at or below the last one imported, and the same bundle again
 * changes nothing. Each quarter of the bundle replaces that facility's stored quarter.
 */
export function storeBundle(c: StoreContext, file: OpenedFile, decisions: Decisions): ImportResult {
  if (file.refusal !== null) {
    c.audit('bundle.refused', null, { reason: file.refusal });
    return result(file, 'refused', file.refusal);
  }
  const p = file.payload;
  const facilityId = p.facility.id;
  const refuse = (refusal: BundleRefusal) => {
    c.audit('bundle.refused', facilityId, { reason: refusal, sequence: p.sequence, fingerprint: file.fingerprint });
    return result(file, 'refused', refusal);
  };
  const known = readFacility(c.db, facilityId);
  const keyChanged = known !== undefined && !known.public_key.equals(file.facilityPublicKey);
  if (!known && !decisions.trust.has(facilityId)) return result(file, 'skipped', null);
  if (keyChanged && !decisions.acceptNewKey.has(facilityId)) return refuse('BUNDLE_FACILITY_KEY_CHANGED');
  if (known && !keyChanged && alreadyStored(c.db, file)) {
    c.audit('bundle.imported', facilityId, { outcome: 'unchanged', sequence: p.sequence, quarters: [...p.quarters] });
    return result(file, 'unchanged', null);
  }
  if (known && !keyChanged && p.sequence <= known.last_sequence) return refuse('BUNDLE_OLDER_SEQUENCE');

  let replaced = false;
  c.db.transaction(() => {
    if (!known || keyChanged) {
      upsertFacilityKey(c.db, {
        facility_id: facilityId,
        name: p.facility.name,
        region: p.facility.region,
        public_key: file.facilityPublicKey,
        fingerprint: file.fingerprint,
        last_sequence: 0,
        trusted_by: c.actorId,
        trusted_at: c.nowIso,
      });
      if (keyChanged)
        c.audit('bundle.facilityKeyAccepted', facilityId, {
          previousFingerprint: fingerprintOf(known.public_key),
          fingerprint: file.fingerprint,
        });
      else c.audit('bundle.facilityTrusted', facilityId, { fingerprint: file.fingerprint, region: p.facility.region });
    }
    for (const quarter of p.quarters) {
      if (bundleOf(c.db, facilityId, quarter)) replaced = true;
      const row: BundleRow = {
        id: c.newId(),
        facility_id: facilityId,
        quarter,
        year: Number(quarter.slice(0, 4)),
        sequence: p.sequence,
        payload_hash: file.payloadHash,
        created_at: p.createdAt,
        app_version: p.appVersion,
        schema_version: p.schemaVersion,
        imported_by: c.actorId,
        imported_at: c.nowIso,
      };
      const cells = p.families.flatMap((f) => familyOfQuarter(f, quarter) ?? []);
      replaceBundle(c.db, row, cells);
    }
    recordFacilityImport(c.db, facilityId, {
      name: p.facility.name,
      region: p.facility.region,
      sequence: p.sequence,
      at: c.nowIso,
    });
    c.audit('bundle.imported', facilityId, {
      outcome: replaced ? 'replaced' : 'imported',
      sequence: p.sequence,
      quarters: [...p.quarters],
      fingerprint: file.fingerprint,
    });
  })();
  return result(file, replaced ? 'replaced' : 'imported', null);
}
