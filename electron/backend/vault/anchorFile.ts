// Moves the audit log's anchor (audit/anchor.ts) in the key file to the newest row. Called when a sign-in ends
// (every lock and sign-out goes through Vault.close) and after "verify integrity", so what a session wrote is
// anchored before the database closes. Rows written after the last anchor are covered by the chain only.
import { type AuditAnchor, advancedAnchor } from '../audit/anchor';
import type { Db } from '../db/connection';
import { inspectKeyFile, keyFileWritable, writeKeyFile } from './keyFile';

function sameAnchor(a: AuditAnchor | null | undefined, b: AuditAnchor | null | undefined): boolean {
  return (a?.auditId ?? null) === (b?.auditId ?? null) && (a?.mac ?? null) === (b?.mac ?? null);
}

/**
 * Writes the advanced anchor when it moved. Never throws: a key file that cannot be written (both copies
 * damaged, a full disk) must not keep the database open or fail a lock; the anchor then stays where it was.
 */
export function advanceAnchor(keyFilePath: string, db: Db, dataKey: Buffer): void {
  try {
    const state = inspectKeyFile(keyFilePath);
    if (state.problem || !state.keyFile || !keyFileWritable(state)) return;
    const next = advancedAnchor(db, dataKey, state.keyFile.anchor);
    if (sameAnchor(next, state.keyFile.anchor)) return;
    writeKeyFile(keyFilePath, { ...state.keyFile, anchor: next });
  } catch {
    // See above: the lock goes on; the next lock tries again.
  }
}
