// The end of the audit log, kept outside the chain (issue 16, section 4). The hash chain (chain.ts) catches an
// edited or deleted row in the middle, but deleting the newest rows, or all of them, leaves a shorter chain that
// still holds. So the newest row's id and hash are kept in the key file too, under an HMAC keyed from the data
// key, and "verify integrity" checks that the row they name is still there and still the same.
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../db/connection';

/** The newest audit row's id and hash when the anchor was written, with an HMAC over both. */
export type AuditAnchor = { auditId: number; hash: string; mac: string };

export const auditAnchorSchema = z.strictObject({
  auditId: z.number().int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  mac: z.string().regex(/^[0-9a-f]{64}$/),
}) satisfies z.ZodType<AuditAnchor>;

/**
 * What the anchor says about the log: `intact` (the anchored row is there, unchanged), `missing` (the key
 * file holds no anchor), `invalid` (its HMAC does not hold under this data key: edited, or from another
 * vault), `truncated` (no row with the anchored id: the newest rows, or all, were deleted), `altered` (a
 * row with that id exists but its hash differs: the end of the log was rewritten).
 */
export type AnchorState = 'intact' | 'missing' | 'invalid' | 'truncated' | 'altered';
export type AnchorCheck = { state: AnchorState; anchoredId: number | null; newestId: number | null };

/** HKDF-SHA256 from the data key with its own label (RFC 5869), as the seals do, so it is never the database key. */
function anchorKey(dataKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'kenes/audit-anchor/v1', 32));
}

function macOf(dataKey: Buffer, auditId: number, hash: string): string {
  const key = anchorKey(dataKey);
  try {
    return createHmac('sha256', key).update(`kenes-audit-anchor-v1|${auditId}|${hash}`, 'utf8').digest('hex');
  } finally {
    key.fill(0);
  }
}

/** An anchor for the given row, under the data key. */
export function makeAnchor(dataKey: Buffer, row: { id: number; hash: string }): AuditAnchor {
  return { auditId: row.id, hash: row.hash, mac: macOf(dataKey, row.id, row.hash) };
}

function newestRow(db: Db): { id: number; hash: string } | null {
  return (db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string }) ?? null;
}

/** The anchor of the database's newest audit row; null when the log is empty. */
export function anchorOf(db: Db, dataKey: Buffer): AuditAnchor | null {
  const row = newestRow(db);
  return row ? makeAnchor(dataKey, row) : null;
}

/** Checks the anchor from the key file against the log; reads only. */
export function checkAnchor(db: Db, dataKey: Buffer, anchor: AuditAnchor | null | undefined): AnchorCheck {
  const newestId = newestRow(db)?.id ?? null;
  if (!anchor) return { state: 'missing', anchoredId: null, newestId };
  const expected = Buffer.from(macOf(dataKey, anchor.auditId, anchor.hash), 'hex');
  const given = Buffer.from(anchor.mac, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { state: 'invalid', anchoredId: anchor.auditId, newestId };
  }
  const row = db.prepare('SELECT hash FROM audit_log WHERE id = ?').get(anchor.auditId) as { hash: string } | undefined;
  if (!row) return { state: 'truncated', anchoredId: anchor.auditId, newestId };
  return { state: row.hash === anchor.hash ? 'intact' : 'altered', anchoredId: anchor.auditId, newestId };
}

/**
 * The anchor to keep after a session's work: the newest row's, when the current anchor still holds (or there
 * is none yet). A broken anchor is returned unchanged: it is the evidence "verify integrity" reports, and
 * moving it forward would hide a truncation. Only a data-key rotation (which records the finding first) or a
 * restore writes a new anchor over a broken one.
 */
export function advancedAnchor(db: Db, dataKey: Buffer, current: AuditAnchor | null | undefined): AuditAnchor | null {
  const check = checkAnchor(db, dataKey, current);
  if (check.state !== 'intact' && check.state !== 'missing') return current ?? null;
  return anchorOf(db, dataKey) ?? current ?? null;
}
