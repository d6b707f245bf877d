import { LEGAL_STATUSES, UNMAPPED_LEGAL_STATUSES } from '../../../contract/legalStatuses';
import type { Migration } from './types';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Legal statuses as Kazakh law has them (issue 17 §4). The first model had three values; the new one has fourteen
 * (electron/contract/legalStatuses.ts). Nothing is lost:
 * - every period is kept with its id, dates and who recorded it, and its first value in `original_status`;
 * - 'released' means the same in both models and is mapped here;
 * - 'in-custody' (detention or which institution?) and 'on-probation' (which kind, or parole?) stay as they are until
 *   an admin or psychologist answers once how to map them (services/legalStatus/mapping.ts); the answer is recorded
 *   in `legal_status_mappings` and audited.
 *
 * SQLite cannot change a CHECK, so the table is rebuilt (same columns plus `original_status`), then its index and
 * triggers are made again: nothing deleted, a period gets its end once, and — new — an old value is mapped once to a
 * value of the law, the rest of the row unchanged. New periods can only hold a value of the law.
 */
export const migration0016: Migration = {
  version: 16,
  name: 'legal-statuses',
  up(db) {
    const all = list([...LEGAL_STATUSES, ...UNMAPPED_LEGAL_STATUSES]);
    const unmapped = list(UNMAPPED_LEGAL_STATUSES);
    db.exec(`
      CREATE TABLE client_legal_statuses_0016 (
        id              TEXT PRIMARY KEY,
        client_id       TEXT NOT NULL REFERENCES clients (id),
        status          TEXT NOT NULL CHECK (status IN (${all})),
        original_status TEXT CHECK (original_status IS NULL OR original_status IN ('in-custody', 'on-probation', 'released')),
        start_date      TEXT NOT NULL,
        end_date        TEXT,
        recorded_by     TEXT NOT NULL REFERENCES accounts (id),
        recorded_at     TEXT NOT NULL,
        CHECK (end_date IS NULL OR end_date >= start_date),
        CHECK (status NOT IN (${unmapped}) OR original_status = status)
      ) STRICT;
      INSERT INTO client_legal_statuses_0016 (id, client_id, status, original_status, start_date, end_date, recorded_by, recorded_at)
        SELECT id, client_id, status, status, start_date, end_date, recorded_by, recorded_at FROM client_legal_statuses;
      DROP TABLE client_legal_statuses;
      ALTER TABLE client_legal_statuses_0016 RENAME TO client_legal_statuses;
      CREATE INDEX client_legal_statuses_client ON client_legal_statuses (client_id, start_date);

      CREATE TRIGGER client_legal_statuses_no_delete BEFORE DELETE ON client_legal_statuses
      BEGIN SELECT RAISE(ABORT, 'legal status periods are not deleted'); END;
      CREATE TRIGGER client_legal_statuses_new_values BEFORE INSERT ON client_legal_statuses
      WHEN NEW.original_status IS NOT NULL OR NEW.status IN (${unmapped})
      BEGIN SELECT RAISE(ABORT, 'a new legal status period holds a status of the law'); END;
      CREATE TRIGGER client_legal_statuses_only_closed_or_mapped BEFORE UPDATE ON client_legal_statuses
      WHEN NEW.id IS NOT OLD.id OR NEW.client_id IS NOT OLD.client_id OR NEW.start_date IS NOT OLD.start_date
        OR NEW.recorded_by IS NOT OLD.recorded_by OR NEW.recorded_at IS NOT OLD.recorded_at
        OR NEW.original_status IS NOT OLD.original_status
        OR (NEW.end_date IS NOT OLD.end_date AND (OLD.end_date IS NOT NULL OR NEW.end_date IS NULL))
        OR (NEW.status IS NOT OLD.status AND (OLD.status NOT IN (${unmapped}) OR NEW.status IN (${unmapped})))
      BEGIN SELECT RAISE(ABORT, 'a legal status period only gets its end date once, and an old value its mapping once'); END;
      CREATE TRIGGER client_legal_statuses_activity AFTER INSERT ON client_legal_statuses
      BEGIN UPDATE clients SET activity_at = max(coalesce(activity_at, ''), NEW.recorded_at) WHERE id = NEW.client_id; END;

      -- The one-time answers: which status of the law an old value meant at this facility.
      CREATE TABLE legal_status_mappings (
        original_status TEXT PRIMARY KEY CHECK (original_status IN (${unmapped})),
        mapped_to       TEXT NOT NULL CHECK (mapped_to IN (${list(LEGAL_STATUSES)})),
        periods         INTEGER NOT NULL CHECK (periods >= 0),
        answered_by     TEXT NOT NULL REFERENCES accounts (id),
        answered_at     TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER legal_status_mappings_no_update BEFORE UPDATE ON legal_status_mappings
      BEGIN SELECT RAISE(ABORT, 'a legal status mapping is answered once'); END;
      CREATE TRIGGER legal_status_mappings_no_delete BEFORE DELETE ON legal_status_mappings
      BEGIN SELECT RAISE(ABORT, 'a legal status mapping is answered once'); END;
    `);
  },
};
