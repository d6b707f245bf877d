import type { Migration } from './types';

/** Accounts, facility settings and the hash-chained audit log. */
export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE accounts (
        id                   TEXT PRIMARY KEY,
        username             TEXT NOT NULL UNIQUE COLLATE NOCASE,
        full_name            TEXT NOT NULL,
        roles                TEXT NOT NULL,
        language             TEXT NOT NULL CHECK (language IN ('kk', 'ru', 'en')),
        active               INTEGER NOT NULL CHECK (active IN (0, 1)),
        wrap_id              TEXT UNIQUE,
        must_change_password INTEGER NOT NULL CHECK (must_change_password IN (0, 1)),
        created_at           TEXT NOT NULL,
        updated_at           TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_log (
        id          INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        actor_id    TEXT,
        action      TEXT NOT NULL,
        target_kind TEXT,
        target_id   TEXT,
        details     TEXT NOT NULL,
        prev_hash   TEXT NOT NULL,
        hash        TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_at ON audit_log (at);
      CREATE INDEX audit_log_actor ON audit_log (actor_id);
      CREATE INDEX audit_log_action ON audit_log (action);
    `);
  },
};
