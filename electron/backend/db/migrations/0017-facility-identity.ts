import { generateKeyPairSync, randomUUID } from 'node:crypto';
import type { Migration } from './types';

/**
 * Issue 15 §1–2: the facility's identity for bundles, one row inside the encrypted database.
 * - facility_id: stable across key changes, so a supervisor can tell "the same facility, a new key" from a stranger.
 * - public_key / private_key: the Ed25519 signing pair, raw 32 bytes each. It is made right here, so a new vault gets
 *   it at set-up (set-up runs every migration) and an existing vault at the first sign-in after the upgrade (the
 *   migrations run when the database is opened with its key) — with no later step that could be skipped.
 * - region: one of contract/regions.ts, set by an admin before the first export.
 * - supervisor_*: the supervisor's X25519 public key, imported once from its key file after the admin compared the
 *   fingerprint; who imported it and when.
 * - last_sequence: the sequence number of the last bundle exported (the next one takes the next number).
 */
export const migration0017: Migration = {
  version: 17,
  name: 'facility-identity',
  up(db) {
    db.exec(`
      CREATE TABLE facility_identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        facility_id TEXT NOT NULL,
        public_key BLOB NOT NULL CHECK (length(public_key) = 32),
        private_key BLOB NOT NULL CHECK (length(private_key) = 32),
        created_at TEXT NOT NULL,
        region TEXT,
        supervisor_name TEXT,
        supervisor_public_key BLOB CHECK (supervisor_public_key IS NULL OR length(supervisor_public_key) = 32),
        supervisor_imported_by TEXT REFERENCES accounts(id),
        supervisor_imported_at TEXT,
        last_sequence INTEGER NOT NULL DEFAULT 0 CHECK (last_sequence >= 0)
      );
    `);
    // Raw 32-byte keys, as services/bundles/format/keys.ts reads them (a migration imports no service).
    const jwk = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
    const keys = { publicKey: Buffer.from(jwk.x ?? '', 'base64url'), privateKey: Buffer.from(jwk.d ?? '', 'base64url') };
    db.prepare('INSERT INTO facility_identity (id, facility_id, public_key, private_key, created_at) VALUES (1, ?, ?, ?, ?)').run(
      randomUUID(),
      keys.publicKey,
      keys.privateKey,
      new Date().toISOString(),
    );
    keys.privateKey.fill(0);
  },
};
