import { nameSearchKey } from '../../../../common/nameSearch';
import type { Migration } from './types';

/** Raises a client's last activity to `at` (ISO times compare as text). */
const touch = (clientId: string, at: string): string =>
  `UPDATE clients SET activity_at = max(coalesce(activity_at, ''), ${at}) WHERE id = ${clientId};`;

/** The client of an assessment. */
const ofAssessment = (id: string): string => `(SELECT client_id FROM assessments WHERE id = ${id})`;
/** The client of a group membership. */
const ofMember = (id: string): string => `(SELECT client_id FROM group_members WHERE id = ${id})`;

/**
 * Issue 12, items 5 and 7.
 *
 * 1. `search_name` becomes the search key of common/nameSearch.ts (Kazakh, Russian and Latin
 *    spellings folded together), recomputed here for every client. Changing that function needs a
 *    migration like this one.
 * 2. `activity_at`: the last time anything happened in a client's record — the client row, a
 *    consent or legal status, an assessment, its drawings and addenda, a group membership or a
 *    line of a group session's grid. The list's "Changed" column and its order read it. Triggers
 *    keep it, so no service can forget to; they only ever raise it.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'client-search-and-activity',
  up(db) {
    const rows = db.prepare('SELECT id, full_name FROM clients WHERE full_name IS NOT NULL').all() as {
      id: string;
      full_name: string;
    }[];
    const setKey = db.prepare('UPDATE clients SET search_name = ? WHERE id = ?');
    for (const row of rows) setKey.run(nameSearchKey(row.full_name), row.id);

    db.exec(`
      ALTER TABLE clients ADD COLUMN activity_at TEXT;
      UPDATE clients SET activity_at = max(
        updated_at,
        coalesce((SELECT max(updated_at) FROM assessments a WHERE a.client_id = clients.id), ''),
        coalesce((SELECT max(d.updated_at) FROM drawings d JOIN assessments a ON a.id = d.assessment_id
                  WHERE a.client_id = clients.id), ''),
        coalesce((SELECT max(x.signed_at) FROM assessment_addenda x JOIN assessments a ON a.id = x.assessment_id
                  WHERE a.client_id = clients.id), ''),
        coalesce((SELECT max(updated_at) FROM group_members m WHERE m.client_id = clients.id), ''),
        coalesce((SELECT max(r.updated_at) FROM group_session_records r JOIN group_members m ON m.id = r.member_id
                  WHERE m.client_id = clients.id), ''),
        coalesce((SELECT max(max(recorded_at, coalesce(withdrawn_at, ''))) FROM client_consents c WHERE c.client_id = clients.id), ''),
        coalesce((SELECT max(recorded_at) FROM client_legal_statuses s WHERE s.client_id = clients.id), '')
      );
      CREATE INDEX clients_activity ON clients (activity_at);

      CREATE TRIGGER clients_activity_insert AFTER INSERT ON clients
      BEGIN ${touch('NEW.id', 'NEW.updated_at')} END;
      CREATE TRIGGER clients_activity_update AFTER UPDATE OF updated_at ON clients
      BEGIN ${touch('NEW.id', 'NEW.updated_at')} END;

      CREATE TRIGGER assessments_activity_insert AFTER INSERT ON assessments
      BEGIN ${touch('NEW.client_id', 'NEW.updated_at')} END;
      CREATE TRIGGER assessments_activity_update AFTER UPDATE OF updated_at ON assessments
      BEGIN ${touch('NEW.client_id', 'NEW.updated_at')} END;
      CREATE TRIGGER assessment_addenda_activity AFTER INSERT ON assessment_addenda
      BEGIN ${touch(ofAssessment('NEW.assessment_id'), 'NEW.signed_at')} END;
      CREATE TRIGGER drawings_activity AFTER UPDATE OF updated_at, assessment_id ON drawings
      WHEN NEW.assessment_id IS NOT NULL
      BEGIN ${touch(ofAssessment('NEW.assessment_id'), 'NEW.updated_at')} END;

      CREATE TRIGGER client_consents_activity_insert AFTER INSERT ON client_consents
      BEGIN ${touch('NEW.client_id', 'NEW.recorded_at')} END;
      CREATE TRIGGER client_consents_activity_withdrawn AFTER UPDATE OF withdrawn_at ON client_consents
      WHEN NEW.withdrawn_at IS NOT NULL
      BEGIN ${touch('NEW.client_id', 'NEW.withdrawn_at')} END;
      CREATE TRIGGER client_legal_statuses_activity AFTER INSERT ON client_legal_statuses
      BEGIN ${touch('NEW.client_id', 'NEW.recorded_at')} END;

      CREATE TRIGGER group_members_activity_insert AFTER INSERT ON group_members
      BEGIN ${touch('NEW.client_id', 'NEW.updated_at')} END;
      CREATE TRIGGER group_members_activity_update AFTER UPDATE OF updated_at ON group_members
      BEGIN ${touch('NEW.client_id', 'NEW.updated_at')} END;
      CREATE TRIGGER group_session_records_activity_insert AFTER INSERT ON group_session_records
      BEGIN ${touch(ofMember('NEW.member_id'), 'NEW.updated_at')} END;
      CREATE TRIGGER group_session_records_activity_update AFTER UPDATE OF updated_at ON group_session_records
      BEGIN ${touch(ofMember('NEW.member_id'), 'NEW.updated_at')} END;
    `);
  },
};
