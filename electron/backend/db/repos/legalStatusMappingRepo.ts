import type { LegalStatus, UnmappedLegalStatus } from '../../../contract/legalStatuses';
import type { Db } from '../connection';

/**
 * The one-time mapping of migration 0016's old legal status values. Reads return counts and ids of periods to the
 * service only; nothing here is shown about a person.
 */

/** Old values still held by periods: how many periods and clients. */
export function pendingOldStatuses(db: Db): { status: UnmappedLegalStatus; periods: number; clients: number }[] {
  return db
    .prepare(
      `SELECT status, count(*) AS periods, count(DISTINCT client_id) AS clients FROM client_legal_statuses
        WHERE status IN ('in-custody', 'on-probation') GROUP BY status ORDER BY status`,
    )
    .all() as { status: UnmappedLegalStatus; periods: number; clients: number }[];
}

export type MappingRow = {
  original_status: UnmappedLegalStatus;
  mapped_to: LegalStatus;
  periods: number;
  answered_by: string;
  answered_at: string;
};

/** The answers given so far. */
export function mappingAnswers(db: Db): MappingRow[] {
  return db.prepare('SELECT * FROM legal_status_mappings ORDER BY original_status').all() as MappingRow[];
}

/** The clients whose periods hold `from`, with how many periods each (for the per-client audit entries). */
export function clientsHolding(db: Db, from: UnmappedLegalStatus): { client_id: string; periods: number }[] {
  return db
    .prepare(
      'SELECT client_id, count(*) AS periods FROM client_legal_statuses WHERE status = ? GROUP BY client_id ORDER BY client_id',
    )
    .all(from) as { client_id: string; periods: number }[];
}

/** Maps every period holding `from` to `to` (migration 0016's trigger allows it once); returns how many. */
export function mapOldStatus(db: Db, from: UnmappedLegalStatus, to: LegalStatus): number {
  return db.prepare('UPDATE client_legal_statuses SET status = ? WHERE status = ?').run(to, from).changes;
}

/** Records the answer; the table refuses a second one for the same old value. */
export function insertMappingAnswer(db: Db, row: MappingRow): void {
  db.prepare(
    `INSERT INTO legal_status_mappings (original_status, mapped_to, periods, answered_by, answered_at)
     VALUES (@original_status, @mapped_to, @periods, @answered_by, @answered_at)`,
  ).run(row);
}
