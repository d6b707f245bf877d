import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppFailure } from '../../../../contract/errors';
import type { ImportPreviewItem, BundleRefusal } from '../../../../contract/supervisorChannels';
import { BUNDLE_REFUSALS } from '../../../../contract/supervisorChannels';
import type { Region } from '../../../../contract/regions';
import type { Db } from '../../../db/connection';
import { bundleOf, readFacility } from '../../../db/repos/supervisorRepo';
import type { OpenVault } from '../../../vault/vault';
import { type BundlePayload, canonicalJson, fingerprintOf, openBundle } from '../format';

/** Bundles are a few megabytes; a bigger file is refused unread. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** One chosen file after opening: either refused, or its checked payload (held in memory until imported or cancelled). */
export type OpenedFile =
  | { fileName: string; refusal: BundleRefusal }
  | {
      fileName: string;
      refusal: null;
      payload: BundlePayload;
      facilityPublicKey: Buffer;
      fingerprint: string;
      /** SHA-256 of the payload's canonical JSON: the same bundle again has the same hash, whichever file holds it. */
      payloadHash: string;
    };

export type Preview = { id: string; files: OpenedFile[] };

const previews = new WeakMap<OpenVault, Map<string, Preview>>();

const isRefusal = (code: string): code is BundleRefusal => (BUNDLE_REFUSALS as readonly string[]).includes(code);

/** Reads and opens one file; every failure becomes its refusal, nothing is thrown. */
export function openFile(path: string, privateKey: Buffer): OpenedFile {
  const fileName = basename(path).slice(0, 300);
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_FILE_BYTES) return { fileName, refusal: 'BUNDLE_NOT_A_BUNDLE' };
    bytes = readFileSync(path);
  } catch {
    return { fileName, refusal: 'BUNDLE_UNREADABLE' };
  }
  try {
    const opened = openBundle(bytes, privateKey);
    return {
      fileName,
      refusal: null,
      payload: opened.payload,
      facilityPublicKey: opened.facilityPublicKey,
      fingerprint: opened.facilityFingerprint,
      payloadHash: createHash('sha256').update(canonicalJson(opened.payload)).digest('hex'),
    };
  } catch (error) {
    if (error instanceof AppFailure && isRefusal(error.code)) return { fileName, refusal: error.code };
    return { fileName, refusal: 'BUNDLE_DAMAGED' };
  }
}

/**
 * Several files of one facility are imported in the order of their sequence numbers, so choosing a folder's bundles
 * at once never refuses the older ones for arriving after a newer one; refused files come last.
 */
export function importOrder(files: OpenedFile[]): OpenedFile[] {
  return [...files].sort((a, b) => {
    if (a.refusal !== null || b.refusal !== null) return (a.refusal === null ? 0 : 1) - (b.refusal === null ? 0 : 1);
    const byFacility = a.payload.facility.id.localeCompare(b.payload.facility.id);
    return byFacility !== 0 ? byFacility : a.payload.sequence - b.payload.sequence;
  });
}

/** True when every quarter of the bundle is stored from this very payload. */
export function alreadyStored(db: Db, file: Extract<OpenedFile, { refusal: null }>): boolean {
  return file.payload.quarters.every((q) => bundleOf(db, file.payload.facility.id, q)?.payload_hash === file.payloadHash);
}

/** How a file stands against what is stored (before anything is written). */
export function previewItem(db: Db, file: OpenedFile, sequenceSoFar: Map<string, number>): ImportPreviewItem {
  const empty = {
    fileName: file.fileName,
    facilityId: null,
    facilityName: null,
    region: null,
    fingerprint: null,
    previousFingerprint: null,
    sequence: null,
    quarters: [],
    createdAt: null,
  };
  if (file.refusal !== null) return { ...empty, state: 'refused', refusal: file.refusal };
  const p = file.payload;
  const known = readFacility(db, p.facility.id);
  const base = {
    ...empty,
    facilityId: p.facility.id,
    facilityName: p.facility.name,
    region: p.facility.region as Region,
    fingerprint: file.fingerprint,
    sequence: p.sequence,
    quarters: [...p.quarters],
    createdAt: p.createdAt,
  };
  if (!known) return { ...base, state: 'new-facility', refusal: null };
  if (!known.public_key.equals(file.facilityPublicKey))
    return { ...base, state: 'key-changed', refusal: null, previousFingerprint: fingerprintOf(known.public_key) };
  if (alreadyStored(db, file)) return { ...base, state: 'unchanged', refusal: null };
  const last = Math.max(known.last_sequence, sequenceSoFar.get(p.facility.id) ?? 0);
  if (p.sequence <= last) return { ...base, state: 'refused', refusal: 'BUNDLE_OLDER_SEQUENCE' };
  sequenceSoFar.set(p.facility.id, p.sequence);
  return { ...base, state: 'ready', refusal: null };
}

export function keepPreview(open: OpenVault, files: OpenedFile[]): Preview {
  let map = previews.get(open);
  if (!map) {
    map = new Map();
    previews.set(open, map);
  }
  // One preview at a time per sign-in: a new choice of files forgets the previous one.
  map.clear();
  const preview = { id: randomBytes(16).toString('hex'), files };
  map.set(preview.id, preview);
  return preview;
}

export function takePreview(open: OpenVault, id: string): Preview {
  const preview = previews.get(open)?.get(id);
  if (!preview) throw new AppFailure('IMPORT_NOT_PREPARED', 'choose the bundle files again');
  previews.get(open)?.delete(id);
  return preview;
}

export function dropPreview(open: OpenVault, id: string): void {
  previews.get(open)?.delete(id);
}
