import type { Region } from '../../../../contract/regions';
import type { Db } from '../../../db/connection';

/** The facility's identity row (migration 0017): made with the vault, so it always exists from schema 17 on. */
export type IdentityRow = {
  facility_id: string;
  public_key: Buffer;
  private_key: Buffer;
  region: Region | null;
  supervisor_name: string | null;
  supervisor_public_key: Buffer | null;
  supervisor_imported_at: string | null;
  last_sequence: number;
};

export function readIdentity(db: Db): IdentityRow {
  const row = db
    .prepare(
      `SELECT facility_id, public_key, private_key, region, supervisor_name, supervisor_public_key, supervisor_imported_at,
              last_sequence FROM facility_identity WHERE id = 1`,
    )
    .get() as IdentityRow | undefined;
  if (!row) throw new Error('the facility identity is missing (migration 0017 makes it)');
  return row;
}

export function setRegion(db: Db, region: Region): void {
  db.prepare('UPDATE facility_identity SET region = ? WHERE id = 1').run(region);
}

export function setSupervisorKey(db: Db, key: { name: string; publicKey: Buffer }, by: string, at: string): void {
  db.prepare(
    `UPDATE facility_identity SET supervisor_name = ?, supervisor_public_key = ?, supervisor_imported_by = ?,
            supervisor_imported_at = ? WHERE id = 1`,
  ).run(key.name, key.publicKey, by, at);
}

/** Records that the bundle with this sequence number was written; numbers only grow. */
export function recordSequence(db: Db, sequence: number): void {
  db.prepare('UPDATE facility_identity SET last_sequence = max(last_sequence, ?) WHERE id = 1').run(sequence);
}
