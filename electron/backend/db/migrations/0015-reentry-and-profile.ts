import type { Migration } from './types';

/**
 * Issue 17 §3 and §5: the client profile's education, literacy and sentence dates, and a re-entry plan per client.
 *
 * The profile columns are all optional (NULL: not recorded), so every existing client is valid as it is.
 * `questionnaires_read_aloud` is 1 when questionnaires are read aloud to the client, 0 when the client reads them,
 * NULL when not recorded; the report prints it next to the scores, since it changes how answers were given.
 *
 * A plan is one row of key dates per client (`reentry_plans`) and at most one checklist item per area
 * (`reentry_items`, UNIQUE (client_id, area)); an area with no row is "not started" with no owner. Items are
 * edited in place (a plan is a working list, not a signed record), and never deleted: "not needed" is a status.
 * Dates order inside one row is kept by CHECKs; the order against the sentence dates is the service's check,
 * because it spans two tables. The change triggers raise the client's activity like every other part of the record.
 */
const DATE = (column: string) => `${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;
const touch = (at: string) => `UPDATE clients SET activity_at = max(coalesce(activity_at, ''), ${at}) WHERE id = NEW.client_id;`;

export const migration0015: Migration = {
  version: 15,
  name: 'reentry-and-profile',
  up(db) {
    db.exec(`
      ALTER TABLE clients ADD COLUMN education_level TEXT CHECK (education_level IS NULL OR education_level IN
        ('none', 'primary', 'basic-secondary', 'general-secondary', 'vocational', 'higher'));
      ALTER TABLE clients ADD COLUMN literacy TEXT CHECK (literacy IS NULL OR literacy IN
        ('reads-writes', 'reads-with-difficulty', 'cannot-read'));
      ALTER TABLE clients ADD COLUMN questionnaires_read_aloud INTEGER CHECK (questionnaires_read_aloud IS NULL OR questionnaires_read_aloud IN (0, 1));
      ALTER TABLE clients ADD COLUMN sentence_start TEXT CHECK (${DATE('sentence_start')});
      ALTER TABLE clients ADD COLUMN sentence_end TEXT CHECK (${DATE('sentence_end')});

      CREATE TABLE reentry_plans (
        client_id     TEXT PRIMARY KEY REFERENCES clients (id),
        release_date  TEXT CHECK (${DATE('release_date')}),
        probation_end TEXT CHECK (${DATE('probation_end')}),
        updated_by    TEXT NOT NULL REFERENCES accounts (id),
        updated_at    TEXT NOT NULL,
        CHECK (probation_end IS NULL OR release_date IS NULL OR probation_end >= release_date)
      ) STRICT;
      CREATE INDEX reentry_plans_release ON reentry_plans (release_date) WHERE release_date IS NOT NULL;

      CREATE TABLE reentry_items (
        id         TEXT PRIMARY KEY,
        client_id  TEXT NOT NULL REFERENCES clients (id),
        area       TEXT NOT NULL CHECK (area IN ('identity-documents', 'registration', 'housing', 'employment',
                     'benefits', 'health', 'family-contact', 'legal-matters')),
        owner      TEXT NOT NULL DEFAULT '' CHECK (length(owner) <= 200),
        status     TEXT NOT NULL CHECK (status IN ('not-started', 'in-progress', 'done', 'not-needed')),
        due_on     TEXT CHECK (${DATE('due_on')}),
        note       TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
        updated_by TEXT NOT NULL REFERENCES accounts (id),
        updated_at TEXT NOT NULL,
        UNIQUE (client_id, area)
      ) STRICT;

      CREATE TRIGGER reentry_plans_no_delete BEFORE DELETE ON reentry_plans
      BEGIN SELECT RAISE(ABORT, 're-entry plans are not deleted'); END;
      CREATE TRIGGER reentry_items_no_delete BEFORE DELETE ON reentry_items
      BEGIN SELECT RAISE(ABORT, 're-entry items are not deleted'); END;
      CREATE TRIGGER reentry_plans_activity_insert AFTER INSERT ON reentry_plans BEGIN ${touch('NEW.updated_at')} END;
      CREATE TRIGGER reentry_plans_activity_update AFTER UPDATE ON reentry_plans BEGIN ${touch('NEW.updated_at')} END;
      CREATE TRIGGER reentry_items_activity_insert AFTER INSERT ON reentry_items BEGIN ${touch('NEW.updated_at')} END;
      CREATE TRIGGER reentry_items_activity_update AFTER UPDATE ON reentry_items BEGIN ${touch('NEW.updated_at')} END;
    `);
  },
};
