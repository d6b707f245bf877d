import type { Migration } from './types';

/**
 * The directory of organisations (issue 17 §1): employers and services a person is referred to.
 *
 * `kind` is checked by the contract (organisationKinds.ts), not by a CHECK here: a new kind must not
 * need a table rebuild, and referrals (migration 0014) store the same strings. Text fields are '' when
 * not recorded. `search_key` is common/nameSearch.ts's key over the name and the other searchable text
 * (recomputed by the repo on every write; a change to that function needs a migration that recomputes
 * it, as 0008 did for clients). `dup_key` is the duplicate rule's key: kind, folded name and folded city
 * (services/directory/duplicateKey.ts); not unique, because a person may keep two on purpose.
 * Organisations are never deleted: a referral keeps pointing at an archived one.
 */
export const migration0013: Migration = {
  version: 13,
  name: 'directory',
  up(db) {
    db.exec(`
      CREATE TABLE organisations (
        id                  TEXT PRIMARY KEY,
        kind                TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 60),
        name                TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        address             TEXT NOT NULL DEFAULT '' CHECK (length(address) <= 300),
        city                TEXT NOT NULL DEFAULT '' CHECK (length(city) <= 100),
        district            TEXT NOT NULL DEFAULT '' CHECK (length(district) <= 100),
        phone               TEXT NOT NULL DEFAULT '' CHECK (length(phone) <= 100),
        email               TEXT NOT NULL DEFAULT '' CHECK (length(email) <= 200),
        contact_person      TEXT NOT NULL DEFAULT '' CHECK (length(contact_person) <= 200),
        languages           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages) AND json_type(languages) = 'array'),
        notes               TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
        sector              TEXT NOT NULL DEFAULT '' CHECK (length(sector) <= 100),
        quota_places        INTEGER CHECK (quota_places IS NULL OR quota_places >= 0),
        quota_updated_on    TEXT,
        vacancies           TEXT NOT NULL DEFAULT '' CHECK (length(vacancies) <= 2000),
        wage_min            INTEGER CHECK (wage_min IS NULL OR wage_min >= 0),
        wage_max            INTEGER CHECK (wage_max IS NULL OR wage_max >= 0),
        shifts              TEXT NOT NULL DEFAULT '' CHECK (length(shifts) <= 200),
        accepts_convictions INTEGER CHECK (accepts_convictions IS NULL OR accepts_convictions IN (0, 1)),
        archived            INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        search_key          TEXT NOT NULL DEFAULT '',
        name_key            TEXT NOT NULL DEFAULT '',
        dup_key             TEXT NOT NULL DEFAULT '',
        created_by          TEXT NOT NULL REFERENCES accounts (id),
        created_at          TEXT NOT NULL,
        updated_by          TEXT NOT NULL REFERENCES accounts (id),
        updated_at          TEXT NOT NULL,
        CHECK (wage_min IS NULL OR wage_max IS NULL OR wage_min <= wage_max)
      ) STRICT;
      CREATE INDEX organisations_list ON organisations (archived, name_key, id);
      CREATE INDEX organisations_kind ON organisations (kind, archived, name_key);
      CREATE INDEX organisations_city ON organisations (city, archived);
      CREATE INDEX organisations_dup ON organisations (dup_key);
    `);
  },
};
