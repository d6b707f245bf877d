import type { Migration } from './types';

/**
 * Issue 17 §6: indexes for the home screen (db/repos/homeRepo.ts), so its lists read a few index entries instead of
 * every assessment row (whose forms are the bulk of the file) on a facility of 10,000 clients. The assessment ones are
 * partial: they hold drafts only, which are few, and cost nothing for signed and discarded records. No data changes.
 *
 * - a psychologist's own assessment drafts, oldest first;
 * - drafts with a safety flag raised, per instrument (the alerts awaiting acknowledgement);
 * - consents by client, withdrawal and date, so a client's newest consent in force (withdrawn_on IS NULL) is one
 *   covering index seek (a partial index on withdrawn_on IS NULL would not cover it: SQLite would read each row);
 * - clients by activity with their id and code, so the clients seen lately are read from the index alone. The
 *   existing clients_activity (0008) stays for the client list, which reads whole rows anyway.
 */
export const migration0019: Migration = {
  version: 19,
  name: 'home-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX assessments_home_drafts ON assessments (created_by, updated_at) WHERE status = 'draft';
      CREATE INDEX assessments_home_alerts ON assessments (instrument_id, updated_at)
        WHERE status = 'draft' AND flag_ids <> '[]';
      CREATE INDEX client_consents_in_force ON client_consents (client_id, withdrawn_on, given_on);
      CREATE INDEX clients_home_activity ON clients (activity_at, id, code);
    `);
  },
};
