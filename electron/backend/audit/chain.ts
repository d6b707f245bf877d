import { createHash } from 'node:crypto';

/** The fields of an audit row that its hash covers, in a fixed order. */
export type ChainedFields = {
  id: number;
  at: string;
  actorId: string | null;
  action: string;
  targetKind: string | null;
  targetId: string | null;
  details: string;
};

/** The hash the first row points back to. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * hash(row) = SHA-256(prev_hash ‖ canonical JSON of the row's fields). Because every row
 * carries its predecessor's hash, editing or deleting a row breaks the chain at that row
 * (or at the next one), which `findFirstBreak` reports.
 */
export function chainHash(prevHash: string, row: ChainedFields): string {
  const canonical = JSON.stringify([row.id, row.at, row.actorId, row.action, row.targetKind, row.targetId, row.details]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

export type StoredChainRow = ChainedFields & { prevHash: string; hash: string };

/**
 * Walks rows in id order and returns the id of the first row whose link or hash does not
 * hold, or null when the whole chain is intact. A gap in ids (a deleted row) is a break too.
 */
export function findFirstBreak(rows: Iterable<StoredChainRow>): { checked: number; firstBrokenId: number | null } {
  let prev = GENESIS_HASH;
  let expectedId = 1;
  let checked = 0;
  for (const row of rows) {
    checked += 1;
    if (row.id !== expectedId || row.prevHash !== prev || chainHash(prev, row) !== row.hash) {
      return { checked, firstBrokenId: row.id };
    }
    prev = row.hash;
    expectedId = row.id + 1;
  }
  return { checked, firstBrokenId: null };
}
