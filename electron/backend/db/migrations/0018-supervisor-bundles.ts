import type { Migration } from './types';

/**
 * Issue 15 §3: the supervisor installation's own tables. On a facility's vault they stay empty.
 * - supervisor_identity: the installation's receiving key pair (X25519, raw 32 bytes each), made at set-up; one row.
 * - bundle_facilities: each facility trusted on first use, with its signing key (Ed25519), name and region as its
 *   newest bundle states them, and the highest sequence number imported under that key.
 * - bundles: one per facility and quarter (a newer bundle replaces the older), with the SHA-256 of the whole
 *   signed payload, so importing the same bundle again is recognised and changes nothing.
 * - bundle_cells: the unsuppressed microcells of one family for that quarter, as JSON (counts and value
 *   histograms, nothing about a person); suppression is applied only to the combined tables.
 */
export const migration0018: Migration = {
  version: 18,
  name: 'supervisor-bundles',
  up(db) {
    db.exec(`
      CREATE TABLE supervisor_identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        public_key BLOB NOT NULL CHECK (length(public_key) = 32),
        private_key BLOB NOT NULL CHECK (length(private_key) = 32),
        created_at TEXT NOT NULL
      );
      CREATE TABLE bundle_facilities (
        facility_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        region TEXT,
        public_key BLOB NOT NULL CHECK (length(public_key) = 32),
        fingerprint TEXT NOT NULL,
        last_sequence INTEGER NOT NULL DEFAULT 0,
        trusted_by TEXT NOT NULL REFERENCES accounts(id),
        trusted_at TEXT NOT NULL,
        last_import_at TEXT
      );
      CREATE TABLE bundles (
        id TEXT PRIMARY KEY,
        facility_id TEXT NOT NULL REFERENCES bundle_facilities(facility_id),
        quarter TEXT NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
        year INTEGER NOT NULL,
        sequence INTEGER NOT NULL,
        payload_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        app_version TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        imported_by TEXT NOT NULL REFERENCES accounts(id),
        imported_at TEXT NOT NULL,
        UNIQUE (facility_id, quarter)
      );
      CREATE INDEX bundles_year ON bundles (year, facility_id);
      CREATE TABLE bundle_cells (
        bundle_id TEXT NOT NULL REFERENCES bundles(id) ON DELETE CASCADE,
        family TEXT NOT NULL,
        by_list TEXT NOT NULL,
        cells TEXT NOT NULL,
        PRIMARY KEY (bundle_id, family)
      );
      CREATE INDEX bundle_cells_family ON bundle_cells (family, bundle_id);
    `);
  },
};
