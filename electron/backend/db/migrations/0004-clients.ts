import type { Migration } from './types';

/**
 * Clients (issue 5, item 1): the people psychologists and facilitators work with.
 *
 * `code` is the pseudonymous code generated per installation (one installation = one facility);
 * everything else that identifies a person is optional, because a facility may decide to keep
 * names only on paper. `search_name` is the full name folded for search (NFKC, lower case), kept
 * beside it so a search is one indexed-free scan of a narrow column rather than a fold per row.
 *
 * Legal status and consent are histories, not fields: a psychologist must be able to show what was
 * true when an assessment was made, and a withdrawn consent must stay visible as withdrawn.
 * Nothing here is ever deleted (no ON DELETE CASCADE from clients): a client record is closed by
 * the facility's retention process, not by a button.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'clients',
  up(db) {
    db.exec(`
      CREATE TABLE clients (
        id          TEXT PRIMARY KEY,
        code        TEXT NOT NULL UNIQUE,
        created_by  TEXT NOT NULL REFERENCES accounts (id),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        full_name   TEXT CHECK (full_name IS NULL OR length(full_name) BETWEEN 1 AND 200),
        search_name TEXT,
        birth_date  TEXT CHECK (birth_date IS NULL OR birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        sex         TEXT CHECK (sex IS NULL OR sex IN ('female', 'male')),
        language    TEXT CHECK (language IS NULL OR language IN ('kk', 'ru', 'en')),
        unit        TEXT CHECK (unit IS NULL OR length(unit) BETWEEN 1 AND 100),
        notes       TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 5000),
        CHECK ((full_name IS NULL) = (search_name IS NULL))
      ) STRICT;
      CREATE INDEX clients_unit ON clients (unit);
      CREATE INDEX clients_updated ON clients (updated_at);

      CREATE TABLE client_legal_statuses (
        id          TEXT PRIMARY KEY,
        client_id   TEXT NOT NULL REFERENCES clients (id),
        status      TEXT NOT NULL CHECK (status IN ('in-custody', 'on-probation', 'released')),
        start_date  TEXT NOT NULL,
        end_date    TEXT,
        recorded_by TEXT NOT NULL REFERENCES accounts (id),
        recorded_at TEXT NOT NULL,
        CHECK (end_date IS NULL OR end_date >= start_date)
      ) STRICT;
      CREATE INDEX client_legal_statuses_client ON client_legal_statuses (client_id, start_date);

      CREATE TABLE client_consents (
        id              TEXT PRIMARY KEY,
        client_id       TEXT NOT NULL REFERENCES clients (id),
        given_on        TEXT NOT NULL,
        scope           TEXT NOT NULL,
        note            TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
        recorded_by     TEXT NOT NULL REFERENCES accounts (id),
        recorded_at     TEXT NOT NULL,
        withdrawn_on    TEXT,
        withdrawn_by    TEXT REFERENCES accounts (id),
        withdrawn_at    TEXT,
        withdrawal_note TEXT,
        CHECK ((withdrawn_on IS NULL) = (withdrawn_by IS NULL)),
        CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
      ) STRICT;
      CREATE INDEX client_consents_client ON client_consents (client_id, given_on);

      -- The history is kept by the database too, whatever a future channel tries: nothing is
      -- deleted, a code never changes, a period only gets its end once, a consent stays as given
      -- and a withdrawal is final.
      CREATE TRIGGER clients_no_delete BEFORE DELETE ON clients
      BEGIN SELECT RAISE(ABORT, 'client records are not deleted'); END;
      CREATE TRIGGER clients_code_fixed BEFORE UPDATE OF id, code, created_by, created_at ON clients
      WHEN NEW.id IS NOT OLD.id OR NEW.code IS NOT OLD.code OR NEW.created_by IS NOT OLD.created_by OR NEW.created_at IS NOT OLD.created_at
      BEGIN SELECT RAISE(ABORT, 'a client code never changes'); END;
      CREATE TRIGGER client_legal_statuses_no_delete BEFORE DELETE ON client_legal_statuses
      BEGIN SELECT RAISE(ABORT, 'legal status periods are not deleted'); END;
      CREATE TRIGGER client_legal_statuses_only_closed BEFORE UPDATE ON client_legal_statuses
      WHEN OLD.end_date IS NOT NULL OR NEW.end_date IS NULL OR NEW.id IS NOT OLD.id OR NEW.client_id IS NOT OLD.client_id
        OR NEW.status IS NOT OLD.status OR NEW.start_date IS NOT OLD.start_date
        OR NEW.recorded_by IS NOT OLD.recorded_by OR NEW.recorded_at IS NOT OLD.recorded_at
      BEGIN SELECT RAISE(ABORT, 'a legal status period only gets its end date, once'); END;
      CREATE TRIGGER client_consents_no_delete BEFORE DELETE ON client_consents
      BEGIN SELECT RAISE(ABORT, 'consents are not deleted'); END;
      CREATE TRIGGER client_consents_only_withdrawn BEFORE UPDATE ON client_consents
      WHEN OLD.withdrawn_on IS NOT NULL OR NEW.withdrawn_on IS NULL OR NEW.id IS NOT OLD.id OR NEW.client_id IS NOT OLD.client_id
        OR NEW.given_on IS NOT OLD.given_on OR NEW.scope IS NOT OLD.scope OR NEW.note IS NOT OLD.note
        OR NEW.recorded_by IS NOT OLD.recorded_by OR NEW.recorded_at IS NOT OLD.recorded_at
      BEGIN SELECT RAISE(ABORT, 'a consent is kept as given; a withdrawal is recorded once'); END;
    `);
  },
};
