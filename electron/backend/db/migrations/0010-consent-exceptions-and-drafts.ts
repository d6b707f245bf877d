import type { Migration } from './types';

/**
 * Issue 12, items 4 and 1.
 *
 * 1. `consent_exceptions`: an assessment started, or a group enrolment made, without a consent in
 *    force that covers it, and the reason the psychologist or facilitator recorded (for example a
 *    court-ordered assessment). One row per record; like a consent, it is never changed or deleted.
 * 2. `form_drafts`: what a person has typed into a client form (new client, edit profile) and not
 *    saved yet, one per account and form; only its owner reads it, and saving or cancelling the form
 *    deletes it. Kept in the encrypted database like everything else the person typed.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'consent-exceptions-and-drafts',
  up(db) {
    db.exec(`
      CREATE TABLE consent_exceptions (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id),
        activity TEXT NOT NULL CHECK (activity IN ('assessment', 'group-therapy')),
        record_kind TEXT NOT NULL CHECK (record_kind IN ('assessment', 'groupMember')),
        record_id TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (length(reason) > 0),
        recorded_by TEXT NOT NULL REFERENCES accounts (id),
        recorded_at TEXT NOT NULL,
        UNIQUE (record_kind, record_id)
      );
      CREATE INDEX consent_exceptions_client ON consent_exceptions (client_id);
      CREATE TRIGGER consent_exceptions_no_update BEFORE UPDATE ON consent_exceptions
      BEGIN SELECT RAISE(ABORT, 'a consent exception is kept as recorded'); END;
      CREATE TRIGGER consent_exceptions_no_delete BEFORE DELETE ON consent_exceptions
      BEGIN SELECT RAISE(ABORT, 'a consent exception is not deleted'); END;

      CREATE TABLE form_drafts (
        account_id TEXT NOT NULL REFERENCES accounts (id),
        form TEXT NOT NULL,
        client_id TEXT REFERENCES clients (id),
        data TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (account_id, form)
      );
    `);
  },
};
