import type { Migration } from './types';

/**
 * Assessments (issue 5, items 2 and 5): one client, one instrument at the version stored at
 * creation, the scoring form, inquiry answers, conclusion, recommendations and referrals, and a
 * signature.
 *
 * Clinical integrity (docs/DESIGN.md): a signed assessment is never edited. The services refuse it with
 * RECORD_SIGNED; these triggers make the same true for every code path and for anyone writing
 * SQL through the app's connection: a signed row cannot be updated or deleted, addenda are
 * insert-only and only for signed assessments, and the drawings of a signed assessment (their
 * rows, stroke chunks, pictures and annotations) cannot change either.
 *
 * The form, inquiry, referrals and stored scores are JSON in TEXT columns: they are read and
 * written whole, their shape is validated by zod at the boundary and by the scoring engine, and
 * nothing queries inside them. `totals` and `flag_ids` are a small copy of the scores kept up to
 * date on every save (and frozen at signing), so a client's list of 200 assessments does not parse
 * 200 forms. `signed_name` keeps the signer's full name as it was when they signed.
 *
 * Drawings get `assessment_id` (the assessment a page drawing belongs to, set once) and
 * `assessment_seq` (the order drawings were linked in: the latest of a page is its current one).
 */
export const migration0005: Migration = {
  version: 5,
  name: 'assessments',
  up(db) {
    db.exec(`
      CREATE TABLE assessments (
        id                 TEXT PRIMARY KEY,
        client_id          TEXT NOT NULL REFERENCES clients (id),
        instrument_id      TEXT NOT NULL,
        instrument_version TEXT NOT NULL,
        instrument_kind    TEXT NOT NULL CHECK (instrument_kind IN ('drawing', 'questionnaire')),
        status             TEXT NOT NULL CHECK (status IN ('draft', 'signed', 'discarded')),
        created_by         TEXT NOT NULL REFERENCES accounts (id),
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL,
        form               TEXT NOT NULL,
        inquiry            TEXT NOT NULL DEFAULT '{}',
        conclusion         TEXT NOT NULL DEFAULT '' CHECK (length(conclusion) <= 20000),
        recommendations    TEXT NOT NULL DEFAULT '' CHECK (length(recommendations) <= 20000),
        referrals          TEXT NOT NULL DEFAULT '[]',
        client_language    TEXT CHECK (client_language IS NULL OR client_language IN ('kk', 'ru', 'en')),
        client_answered    TEXT NOT NULL DEFAULT '[]',
        client_finished_at TEXT,
        totals             TEXT NOT NULL DEFAULT '[]',
        flag_ids           TEXT NOT NULL DEFAULT '[]',
        scores             TEXT,
        signed_by          TEXT REFERENCES accounts (id),
        signed_name        TEXT,
        signed_at          TEXT,
        discarded_at       TEXT,
        CHECK ((status = 'signed') = (signed_by IS NOT NULL AND signed_name IS NOT NULL AND signed_at IS NOT NULL AND scores IS NOT NULL)),
        CHECK ((status = 'discarded') = (discarded_at IS NOT NULL))
      ) STRICT;
      CREATE INDEX assessments_client ON assessments (client_id, created_at);

      CREATE TABLE assessment_addenda (
        id            TEXT PRIMARY KEY,
        assessment_id TEXT NOT NULL REFERENCES assessments (id),
        text          TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
        signed_by     TEXT NOT NULL REFERENCES accounts (id),
        signed_name   TEXT NOT NULL,
        signed_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX assessment_addenda_assessment ON assessment_addenda (assessment_id, signed_at);

      CREATE TRIGGER assessments_signed_update BEFORE UPDATE ON assessments
      WHEN OLD.status = 'signed'
      BEGIN
        SELECT RAISE(ABORT, 'a signed assessment is read-only');
      END;
      CREATE TRIGGER assessments_signed_delete BEFORE DELETE ON assessments
      WHEN OLD.status = 'signed'
      BEGIN
        SELECT RAISE(ABORT, 'a signed assessment is read-only');
      END;
      CREATE TRIGGER assessments_discarded_update BEFORE UPDATE ON assessments
      WHEN OLD.status = 'discarded'
      BEGIN
        SELECT RAISE(ABORT, 'a discarded assessment is read-only');
      END;
      CREATE TRIGGER assessment_addenda_needs_signed BEFORE INSERT ON assessment_addenda
      WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) IS NOT 'signed'
      BEGIN
        SELECT RAISE(ABORT, 'addenda belong to signed assessments');
      END;
      CREATE TRIGGER assessment_addenda_no_update BEFORE UPDATE ON assessment_addenda
      BEGIN
        SELECT RAISE(ABORT, 'an addendum is read-only');
      END;
      CREATE TRIGGER assessment_addenda_no_delete BEFORE DELETE ON assessment_addenda
      BEGIN
        SELECT RAISE(ABORT, 'an addendum is read-only');
      END;

      ALTER TABLE drawings ADD COLUMN assessment_id TEXT REFERENCES assessments (id);
      ALTER TABLE drawings ADD COLUMN assessment_seq INTEGER CHECK ((assessment_seq IS NULL) = (assessment_id IS NULL));
      CREATE INDEX drawings_assessment ON drawings (assessment_id, assessment_seq) WHERE assessment_id IS NOT NULL;

      -- Linked once, to a draft, and never moved (services/assessments/assessmentDrawings.ts).
      CREATE TRIGGER drawings_assessment_link BEFORE UPDATE OF assessment_id, assessment_seq ON drawings
      WHEN OLD.assessment_id IS NOT NEW.assessment_id OR OLD.assessment_seq IS NOT NEW.assessment_seq
      BEGIN
        SELECT CASE
          WHEN OLD.assessment_id IS NOT NULL THEN RAISE(ABORT, 'a drawing stays with its assessment')
          WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) IS NOT 'draft'
            THEN RAISE(ABORT, 'drawings are added to draft assessments only')
        END;
      END;
      CREATE TRIGGER drawings_insert_assessment BEFORE INSERT ON drawings
      WHEN NEW.assessment_id IS NOT NULL AND (SELECT status FROM assessments WHERE id = NEW.assessment_id) IS NOT 'draft'
      BEGIN
        SELECT RAISE(ABORT, 'drawings are added to draft assessments only');
      END;
      CREATE TRIGGER drawings_signed_update BEFORE UPDATE ON drawings
      WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) = 'signed'
      BEGIN
        SELECT RAISE(ABORT, 'a drawing of a signed assessment is read-only');
      END;
      CREATE TRIGGER drawings_signed_delete BEFORE DELETE ON drawings
      WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) = 'signed'
      BEGIN
        SELECT RAISE(ABORT, 'a drawing of a signed assessment is read-only');
      END;
    `);
    // The same guard on every table that holds part of a drawing: its stroke chunks, its picture, its annotations.
    for (const [table, column] of [
      ['drawing_chunks', 'drawing_id'],
      ['drawing_images', 'drawing_id'],
      ['drawing_annotations', 'drawing_id'],
    ] as const) {
      for (const [event, row] of [
        ['INSERT', 'NEW'],
        ['UPDATE', 'OLD'],
        ['DELETE', 'OLD'],
      ] as const) {
        db.exec(`
          CREATE TRIGGER ${table}_signed_${event.toLowerCase()} BEFORE ${event} ON ${table}
          WHEN (SELECT a.status FROM drawings d JOIN assessments a ON a.id = d.assessment_id WHERE d.id = ${row}.${column}) = 'signed'
          BEGIN
            SELECT RAISE(ABORT, 'a drawing of a signed assessment is read-only');
          END;
        `);
      }
    }
  },
};
