import { createHash, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { AppFailure } from '../../../contract/errors';
import type { Db } from '../../db/connection';
import {
  type SealedKind,
  type StoredValues,
  alteredAudited,
  clearSealsPending,
  findSeal,
  insertSeal,
  isSigned,
  listSignedOrSealedRecords,
  listUnsealedRecords,
  readAssessmentContent,
  readDrawingAnnotations,
  readDrawingChunks,
  readSealedDrawings,
  readSessionContent,
  readSessionFacilitatorIds,
  readSessionRecords,
  sealsPending,
} from '../../db/repos/signedSealsRepo';
import type { SignedInContext } from '../signedIn';

/**
 * Seals of signed records (issue 10, section 3; migration 0007). Triggers stop mistakes made
 * through the app, not someone who holds the data key and drops them. At signing the app stores
 * HMAC-SHA256 over the canonical signed content, under a key derived from the data key, and checks
 * it whenever the record is shown and in "verify integrity": a record changed behind the app's back
 * is marked as altered and the alteration audited once.
 *
 * Limits, stated plainly: anyone holding the data key can derive the seal key too, so a seal proves
 * the record was not changed by someone who edited rows without also recomputing the seal (a DB
 * browser, a script, a careless repair); it is not a signature against the key holder.
 */

/** A value canonical JSON can hold. */
export type Canonical = null | boolean | number | string | readonly Canonical[] | { readonly [key: string]: Canonical };

/**
 * JSON with object keys sorted (by UTF-16 code units, as Array.prototype.sort does) at every depth,
 * no whitespace, arrays in the order given: callers order rows by id. Numbers must be finite.
 */
export function canonicalJson(value: Canonical): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('canonical JSON holds finite numbers only');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as { readonly [key: string]: Canonical };
  const keys = Object.keys(obj).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k] as Canonical)}`).join(',')}}`;
}

/** HKDF-SHA256 from the data key, with its own label, so the seal key is never the database key (RFC 5869). */
export function sealKey(dataKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'kenes/signed-record-seal/v1', 32));
}

/** The seal: HMAC-SHA256 over the canonical JSON of the content, hex. */
export function sealDigest(dataKey: Buffer, content: Canonical): string {
  return createHmac('sha256', sealKey(dataKey)).update(canonicalJson(content), 'utf8').digest('hex');
}

/** A stored row as canonical values: a blob becomes the SHA-256 of its bytes, so the content stays small. */
function values(row: StoredValues): Canonical {
  const out: Record<string, Canonical> = {};
  for (const [k, v] of Object.entries(row)) {
    out[k] = Buffer.isBuffer(v)
      ? `sha256:${createHash('sha256').update(v).digest('hex')}`
      : typeof v === 'bigint'
        ? v.toString()
        : v;
  }
  return out;
}

/** The drawings with their stroke chunks and annotations, in id order. */
function drawingsContent(db: Db, owner: { assessmentId: string } | { sessionId: string }): Canonical {
  return readSealedDrawings(db, owner).map((d) => ({
    drawing: values(d),
    chunks: readDrawingChunks(db, String(d.id)).map(values),
    annotations: readDrawingAnnotations(db, String(d.id)).map(values),
  }));
}

/**
 * What a signature attests, as canonical values; undefined when there is no such record. An
 * assessment: its answers, inquiry, conclusion, scores and signature, its drawings and their
 * annotations. A session: its details, the note, the facilitators, the grid with each member's
 * alias, and the drawings with their annotations. Addenda come after the signature and are not
 * part of it (their own triggers keep them as written).
 */
export function sealContent(db: Db, kind: SealedKind, id: string): Canonical | undefined {
  if (kind === 'assessment') {
    const row = readAssessmentContent(db, id);
    return row && { kind, assessment: values(row), drawings: drawingsContent(db, { assessmentId: id }) };
  }
  const row = readSessionContent(db, id);
  return (
    row && {
      kind,
      session: values(row),
      facilitators: readSessionFacilitatorIds(db, id),
      grid: readSessionRecords(db, id).map(values),
      drawings: drawingsContent(db, { sessionId: id }),
    }
  );
}

function writeSeal(s: SignedInContext, kind: SealedKind, id: string): void {
  const content = sealContent(s.db, kind, id);
  if (content === undefined) throw new Error('sealing a record that does not exist');
  // A seal already there means the record was signed once and its signature undone outside the app:
  // signing again would hide that. The signing transaction rolls back.
  if (findSeal(s.db, kind, id))
    throw new AppFailure('RECORD_ALTERED', 'this record was signed before and changed outside the app');
  insertSeal(s.db, { record_kind: kind, record_id: id, digest: sealDigest(s.dataKey, content), sealed_at: s.nowIso() });
}

/** Seals a record just signed; call inside the signing transaction, after the status is 'signed'. */
export function sealRecord(s: SignedInContext, kind: SealedKind, id: string): void {
  sealPendingRecords(s, { kind, id });
  writeSeal(s, kind, id);
}

/**
 * Seals the records signed before migration 0007, once, on the first check after the upgrade
 * (the migration cannot: SQL has no key). Audited with the numbers sealed.
 */
export function sealPendingRecords(s: SignedInContext, signing?: { kind: SealedKind; id: string }): void {
  if (!sealsPending(s.db)) return;
  s.db.transaction(() => {
    // Within a signing transaction, the record being signed is sealed by its caller.
    const unsealed = listUnsealedRecords(s.db).filter((r) => r.kind !== signing?.kind || r.id !== signing.id);
    for (const r of unsealed) writeSeal(s, r.kind, r.id);
    clearSealsPending(s.db);
    s.audit('record.sealed', null, {
      assessments: unsealed.filter((r) => r.kind === 'assessment').length,
      groupSessions: unsealed.filter((r) => r.kind === 'groupSession').length,
    });
  })();
}

/**
 * True when the stored content no longer matches its seal (a record whose signature was undone
 * or that was removed included), or a signed record has lost its seal. A draft that was never
 * signed has no seal and is not altered.
 */
function sealBroken(s: SignedInContext, kind: SealedKind, id: string): boolean {
  const seal = findSeal(s.db, kind, id);
  if (!seal) return isSigned(s.db, kind, id);
  const content = sealContent(s.db, kind, id);
  if (content === undefined) return true;
  const expected = Buffer.from(sealDigest(s.dataKey, content), 'hex');
  const stored = Buffer.from(seal.digest, 'hex');
  return stored.length !== expected.length || !timingSafeEqual(stored, expected);
}

/**
 * The same check without writing anything: false while records signed before migration 0007 wait
 * for their seals. For views built on the way to another answer; the audited views use isAltered.
 */
export function alteredQuietly(s: SignedInContext, kind: SealedKind, id: string): boolean {
  return !sealsPending(s.db) && sealBroken(s, kind, id);
}

/** Audits an alteration the first time it is found (ids only, never content). */
function reportAltered(s: SignedInContext, kind: SealedKind, id: string): void {
  if (alteredAudited(s.db, kind, id)) return;
  s.audit('record.altered', { kind, id });
}

/** Checks one record against its seal; an alteration is audited once. */
export function isAltered(s: SignedInContext, kind: SealedKind, id: string): boolean {
  sealPendingRecords(s);
  const altered = sealBroken(s, kind, id);
  if (altered) reportAltered(s, kind, id);
  return altered;
}

/** Every signed record whose content does not match its seal, for "verify integrity"; each new one is audited. */
export function findAlteredRecords(s: SignedInContext): { kind: SealedKind; id: string }[] {
  sealPendingRecords(s);
  const altered = listSignedOrSealedRecords(s.db).filter((r) => sealBroken(s, r.kind, r.id));
  for (const r of altered) reportAltered(s, r.kind, r.id);
  return altered;
}
