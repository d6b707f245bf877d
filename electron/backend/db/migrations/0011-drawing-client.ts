import type { Migration } from './types';

/**
 * Issue 12, item 7: a drawing made in the Drawings area belongs to a client, or is explicitly a
 * practice drawing.
 *
 * - `client_id`: the client a free drawing (started from the client's page or the Drawings area)
 *   belongs to. Drawings of an assessment or of a group session keep finding their client through
 *   those links; the list reads whichever there is.
 * - `practice`: 1 for a drawing the psychologist marked "practice drawing" (a demonstration, a
 *   try-out of the tablet): it belongs to no client and is never counted as a client's record.
 *   A drawing is never both, and neither changes after creation (triggers).
 * - The client's `activity_at` (migration 0008) rises with their own drawings as with assessments.
 *
 * Drawings made before this version without a client stay as they were: neither a client's nor
 * practice; the list shows them as "no client" so nothing is relabelled after the fact.
 */
export const migration0011: Migration = {
  version: 11,
  name: 'drawing-client',
  up(db) {
    db.exec(`
      ALTER TABLE drawings ADD COLUMN client_id TEXT REFERENCES clients (id);
      ALTER TABLE drawings ADD COLUMN practice INTEGER NOT NULL DEFAULT 0 CHECK (practice IN (0, 1));
      CREATE INDEX drawings_client ON drawings (client_id) WHERE client_id IS NOT NULL;
      CREATE TRIGGER drawings_client_or_practice BEFORE INSERT ON drawings
        WHEN NEW.client_id IS NOT NULL AND NEW.practice = 1
        BEGIN SELECT RAISE(ABORT, 'a practice drawing belongs to no client'); END;
      CREATE TRIGGER drawings_client_fixed BEFORE UPDATE OF client_id, practice ON drawings
        BEGIN SELECT RAISE(ABORT, 'a drawing keeps its client'); END;
      -- The client's last activity (migration 0008) follows their own drawings too.
      CREATE TRIGGER drawings_client_activity_insert AFTER INSERT ON drawings WHEN NEW.client_id IS NOT NULL
        BEGIN UPDATE clients SET activity_at = max(coalesce(activity_at, ''), NEW.updated_at) WHERE id = NEW.client_id; END;
      CREATE TRIGGER drawings_client_activity_update AFTER UPDATE OF updated_at ON drawings WHEN NEW.client_id IS NOT NULL
        BEGIN UPDATE clients SET activity_at = max(coalesce(activity_at, ''), NEW.updated_at) WHERE id = NEW.client_id; END;
    `);
  },
};
