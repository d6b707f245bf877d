import type { Db } from '../connection';

/** A consent_exceptions row: an activity begun without a consent in force, and the reason recorded. */
export type ConsentExceptionRow = {
  id: string;
  client_id: string;
  activity: 'assessment' | 'group-therapy';
  record_kind: 'assessment' | 'groupMember';
  record_id: string;
  reason: string;
  recorded_by: string;
  recorded_at: string;
};

/** Inserts the exception of one record (an assessment or a group membership). */
export function insertConsentException(db: Db, row: ConsentExceptionRow): void {
  db.prepare(
    `INSERT INTO consent_exceptions (id, client_id, activity, record_kind, record_id, reason, recorded_by, recorded_at)
     VALUES (@id, @client_id, @activity, @record_kind, @record_id, @reason, @recorded_by, @recorded_at)`,
  ).run(row);
}

/** The exception recorded for a record, if it was begun without a consent. */
export function findConsentException(
  db: Db,
  recordKind: ConsentExceptionRow['record_kind'],
  recordId: string,
): ConsentExceptionRow | undefined {
  return db.prepare('SELECT * FROM consent_exceptions WHERE record_kind = ? AND record_id = ?').get(recordKind, recordId) as
    ConsentExceptionRow | undefined;
}
