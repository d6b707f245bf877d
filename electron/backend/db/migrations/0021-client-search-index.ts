import type { Migration } from './types';

/**
 * The gram tokens of the text expression `t` (SQL): every character and every pair of adjacent characters, except
 * those that hold or end in a space, each written `x` + its code points in hex (`ов` → `x43ex432`), separated by
 * spaces. Pairs starting with a space are kept: in `' ' || search_name` they are a word's first letter (an initial).
 * Written in hex so FTS5's plain `ascii` tokenizer keeps each gram whole whatever the letters are (no script,
 * case folding or Unicode version of a tokenizer can split or merge them). A trigger may not use a WITH clause, so
 * the positions 0…length-1 come from json_each over an array of that many zeros. The query side is gramToken in
 * db/repos/clientSearchRepo.ts; both must write the same tokens.
 */
export function gramsSql(t: string): string {
  const at = (offset: number) => `substr(${t}, j.key + ${offset}, 1)`;
  const hex = (offset: number) => `printf('x%x', unicode(${at(offset)}))`;
  return `(SELECT group_concat(concat_ws(' ',
      CASE WHEN ${at(1)} <> ' ' THEN ${hex(1)} END,
      CASE WHEN ${at(2)} NOT IN ('', ' ') THEN ${hex(1)} || ${hex(2)} END), ' ')
    FROM json_each('[' || replace(hex(zeroblob(length(${t}) - 1)), '00', '0,') || '0]') j)`;
}

/** What the indexes hold of a client row (`r` is NEW, or the table itself in the backfill). */
const nameText = (r: string) => `' ' || ${r}.search_name`;
const codeText = (r: string) => `substr(${r}.code, 1, 4) || substr(${r}.code, 6, 4)`;

/**
 * The current legal status period's status (the open one, else the latest), as clientsRepo's CURRENT_STATUS_ORDER
 * (copied: a migration never changes with the code after it).
 */
const currentStatusOf = (clientId: string) =>
  `(SELECT s.status FROM client_legal_statuses s WHERE s.client_id = ${clientId}
    ORDER BY s.end_date IS NULL DESC, s.start_date DESC, s.recorded_at DESC, s.rowid DESC LIMIT 1)`;
const consentInForceOf = (clientId: string) =>
  `EXISTS (SELECT 1 FROM client_consents k WHERE k.client_id = ${clientId} AND k.withdrawn_on IS NULL)`;

/**
 * Issue 18, item 5: a client search whose cost stays flat as a facility's records grow (it was a scan of every row).
 *
 * 1. Names and codes in two FTS5 indexes inside the encrypted database, keyed by the clients' rowid: VACUUM and
 *    VACUUM INTO (which makes backups) keep the rowids of a table that has indexes, and clients are never deleted, so
 *    there are no holes to close (tests/integration/clientSearchIndex.test.ts checks both, with holes). Both are
 *    contentless: they hold no copy of a name, only the index.
 *    - `client_search_trigrams` (trigram tokenizer, case-sensitive since the keys are already folded and lower case
 *      and a fold of its own could only differ): a name key fragment or a code fragment of 3 or more characters is
 *      a phrase of trigrams, an exact match of the substring.
 *    - `client_search_grams`: the one- and two-character grams (gramsSql) for shorter fragments, which trigrams
 *      cannot find, and for initials (a space and a letter of `' ' || search_name`).
 *    The name column holds `' ' || search_name`, the code column the code without its dash.
 * 2. `search_legal_status` (the current period's status, NULL when none) and `search_consent_in_force` on the
 *    client row, so the list's filters read a column and an index rather than two subqueries per client. Two
 *    indexes count by filter; a third walks the list's order with the filters in it, so a page is found from the
 *    index alone and only its rows are read.
 * Triggers keep all of it, in the same transaction as the write, so no service can forget to; existing databases
 * are filled here.
 */
export const migration0021: Migration = {
  version: 21,
  name: 'client-search-index',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE client_search_trigrams USING fts5(
        name, code, tokenize = 'trigram case_sensitive 1', content = '', contentless_delete = 1);
      CREATE VIRTUAL TABLE client_search_grams USING fts5(
        name, code, tokenize = 'ascii', content = '', contentless_delete = 1, detail = 'column');

      INSERT INTO client_search_trigrams (rowid, name, code)
        SELECT rowid, ${nameText('clients')}, ${codeText('clients')} FROM clients;
      INSERT INTO client_search_grams (rowid, name, code)
        SELECT rowid, ${gramsSql(nameText('clients'))}, ${gramsSql(codeText('clients'))} FROM clients;

      CREATE TRIGGER clients_search_insert AFTER INSERT ON clients
      BEGIN
        INSERT INTO client_search_trigrams (rowid, name, code) VALUES (NEW.rowid, ${nameText('NEW')}, ${codeText('NEW')});
        INSERT INTO client_search_grams (rowid, name, code)
          VALUES (NEW.rowid, ${gramsSql(nameText('NEW'))}, ${gramsSql(codeText('NEW'))});
      END;
      CREATE TRIGGER clients_search_update AFTER UPDATE OF search_name ON clients
      WHEN NEW.search_name IS NOT OLD.search_name
      BEGIN
        DELETE FROM client_search_trigrams WHERE rowid = OLD.rowid;
        DELETE FROM client_search_grams WHERE rowid = OLD.rowid;
        INSERT INTO client_search_trigrams (rowid, name, code) VALUES (NEW.rowid, ${nameText('NEW')}, ${codeText('NEW')});
        INSERT INTO client_search_grams (rowid, name, code)
          VALUES (NEW.rowid, ${gramsSql(nameText('NEW'))}, ${gramsSql(codeText('NEW'))});
      END;
      -- Clients are never deleted today (clients_no_delete); should that change, the index follows.
      CREATE TRIGGER clients_search_delete AFTER DELETE ON clients
      BEGIN
        DELETE FROM client_search_trigrams WHERE rowid = OLD.rowid;
        DELETE FROM client_search_grams WHERE rowid = OLD.rowid;
      END;

      ALTER TABLE clients ADD COLUMN search_legal_status TEXT;
      ALTER TABLE clients ADD COLUMN search_consent_in_force INTEGER NOT NULL DEFAULT 0;
      UPDATE clients SET search_legal_status = ${currentStatusOf('clients.id')},
        search_consent_in_force = ${consentInForceOf('clients.id')};

      CREATE TRIGGER client_legal_statuses_search_insert AFTER INSERT ON client_legal_statuses
      BEGIN UPDATE clients SET search_legal_status = ${currentStatusOf('NEW.client_id')} WHERE id = NEW.client_id; END;
      CREATE TRIGGER client_legal_statuses_search_update AFTER UPDATE ON client_legal_statuses
      BEGIN UPDATE clients SET search_legal_status = ${currentStatusOf('NEW.client_id')} WHERE id = NEW.client_id; END;
      CREATE TRIGGER client_consents_search_insert AFTER INSERT ON client_consents
      BEGIN UPDATE clients SET search_consent_in_force = ${consentInForceOf('NEW.client_id')} WHERE id = NEW.client_id; END;
      CREATE TRIGGER client_consents_search_update AFTER UPDATE OF withdrawn_on ON client_consents
      BEGIN UPDATE clients SET search_consent_in_force = ${consentInForceOf('NEW.client_id')} WHERE id = NEW.client_id; END;

      CREATE INDEX clients_search_status ON clients (search_legal_status, search_consent_in_force, unit);
      CREATE INDEX clients_search_unit ON clients (unit, search_consent_in_force, search_legal_status);
      CREATE INDEX clients_search_activity ON clients (activity_at, search_legal_status, search_consent_in_force, unit);
    `);
  },
};
