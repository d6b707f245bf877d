import type { Migration } from './types';

/** True when the session `id` has a signed note: the condition every freeze below shares. */
const signedSession = (id: string): string =>
  `EXISTS (SELECT 1 FROM group_session_notes WHERE session_id = ${id} AND status = 'signed')`;

/**
 * A signed group session is a signed record (issue 10, section 3), and signed content is sealed.
 *
 * 1. Signing a session note freezes everything the note attests, as migration 0005 does for an
 *    assessment: the grid (`group_session_records`), the session's facilitators, the session's
 *    drawings (rows, stroke chunks, pictures, annotations), and the alias of every member on its
 *    grid. Migration 0006 froze only the note, the addenda and the session row; OpenEMR users
 *    reported the same gap (signed encounters still accepting new forms).
 *
 *    The signed grid is exactly its stored lines: since this migration signing writes an empty line
 *    for every member listed without one (services/groups/notesService.ts), so a later enrolment
 *    or leaving date can no longer add a line to, or take one from, a signed session. Sessions
 *    signed before this migration get those lines here, before the triggers exist, attributed to
 *    the note's signer at the time of signing.
 *
 * 2. `signed_seals` holds a keyed digest (HMAC-SHA256 under a key derived from the data key) of
 *    each signed record's canonical content (services/signedSeal.ts). Triggers stop mistakes
 *    made through the app's connection; someone holding the key can drop them, and the seal is what
 *    "verify integrity" and the record's page then check. A seal is written once, for a signed
 *    record, and never changed or removed. SQL cannot compute an HMAC under a key it does not have,
 *    so records signed before this migration are sealed by the app on first use after the upgrade
 *    (the first view of a signed record, "verify integrity" or the next signing); the
 *    `seals.pending` setting, written only when there are such records, asks for that, once.
 *
 * `recursive_triggers` is on in connection.ts, so INSERT OR REPLACE fires the DELETE triggers on the
 * rows it would remove, and cannot slip past any of these.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'signed-sessions-and-seals',
  up(db) {
    db.exec(`
      INSERT INTO group_session_records (session_id, member_id, updated_by, updated_at)
      SELECT s.id, m.id, n.signed_by, n.signed_at
      FROM group_sessions s
      JOIN group_session_notes n ON n.session_id = s.id AND n.status = 'signed'
      JOIN group_members m ON m.group_id = s.group_id
      WHERE ((m.joined_on <= s.date AND (m.left_on IS NULL OR m.left_on >= s.date))
             OR EXISTS (SELECT 1 FROM drawings d WHERE d.group_session_id = s.id AND d.group_member_id = m.id))
        AND NOT EXISTS (SELECT 1 FROM group_session_records r WHERE r.session_id = s.id AND r.member_id = m.id);

      CREATE TABLE signed_seals (
        record_kind TEXT NOT NULL CHECK (record_kind IN ('assessment', 'groupSession')),
        record_id   TEXT NOT NULL,
        digest      TEXT NOT NULL CHECK (length(digest) = 64),
        sealed_at   TEXT NOT NULL,
        PRIMARY KEY (record_kind, record_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TRIGGER signed_seals_needs_signed BEFORE INSERT ON signed_seals
      WHEN CASE NEW.record_kind
        WHEN 'assessment' THEN (SELECT status FROM assessments WHERE id = NEW.record_id) IS NOT 'signed'
        ELSE NOT ${signedSession('NEW.record_id')}
      END
      BEGIN
        SELECT RAISE(ABORT, 'seals belong to signed records');
      END;
      CREATE TRIGGER signed_seals_no_update BEFORE UPDATE ON signed_seals
      BEGIN
        SELECT RAISE(ABORT, 'a seal is read-only');
      END;
      CREATE TRIGGER signed_seals_no_delete BEFORE DELETE ON signed_seals
      BEGIN
        SELECT RAISE(ABORT, 'a seal is read-only');
      END;

      -- Only when there is something to seal: until the app has sealed them, a missing seal is
      -- not yet a sign of tampering.
      INSERT INTO settings (key, value)
      SELECT 'seals.pending', '1'
      WHERE EXISTS (SELECT 1 FROM assessments WHERE status = 'signed')
         OR EXISTS (SELECT 1 FROM group_session_notes WHERE status = 'signed')
      ON CONFLICT (key) DO UPDATE SET value = excluded.value;

      -- A member's alias is part of every signed grid they are on.
      CREATE TRIGGER group_members_signed_alias BEFORE UPDATE OF alias ON group_members
      WHEN NEW.alias IS NOT OLD.alias AND EXISTS (
        SELECT 1 FROM group_session_records r WHERE r.member_id = OLD.id AND ${signedSession('r.session_id')})
      BEGIN
        SELECT RAISE(ABORT, 'the alias is part of a signed session');
      END;
      -- Without this, INSERT OR REPLACE would remove the row and insert it again with another alias,
      -- passing the UPDATE trigger above (the grid's foreign key is satisfied by the same id).
      CREATE TRIGGER group_members_signed_delete BEFORE DELETE ON group_members
      WHEN EXISTS (SELECT 1 FROM group_session_records r WHERE r.member_id = OLD.id AND ${signedSession('r.session_id')})
      BEGIN
        SELECT RAISE(ABORT, 'the member is part of a signed session');
      END;
    `);

    // The grid and the facilitators of a signed session: no line added, changed or removed.
    for (const table of ['group_session_records', 'group_session_facilitators']) {
      for (const [event, when] of [
        ['INSERT', signedSession('NEW.session_id')],
        ['UPDATE', `${signedSession('OLD.session_id')} OR ${signedSession('NEW.session_id')}`],
        ['DELETE', signedSession('OLD.session_id')],
      ] as const) {
        db.exec(`
          CREATE TRIGGER ${table}_signed_${event.toLowerCase()} BEFORE ${event} ON ${table}
          WHEN ${when}
          BEGIN
            SELECT RAISE(ABORT, 'a session with a signed note is read-only');
          END;
        `);
      }
    }

    // The session's drawings: none started, linked, drawn on or removed once the note is signed.
    for (const [event, when] of [
      ['INSERT', `NEW.group_session_id IS NOT NULL AND ${signedSession('NEW.group_session_id')}`],
      [
        'UPDATE',
        `(OLD.group_session_id IS NOT NULL AND ${signedSession('OLD.group_session_id')})
         OR (NEW.group_session_id IS NOT NULL AND ${signedSession('NEW.group_session_id')})`,
      ],
      ['DELETE', `OLD.group_session_id IS NOT NULL AND ${signedSession('OLD.group_session_id')}`],
    ] as const) {
      db.exec(`
        CREATE TRIGGER drawings_group_signed_${event.toLowerCase()} BEFORE ${event} ON drawings
        WHEN ${when}
        BEGIN
          SELECT RAISE(ABORT, 'a drawing of a signed session is read-only');
        END;
      `);
    }
    // Every table that holds part of a drawing: its stroke chunks, its picture, its annotations.
    for (const table of ['drawing_chunks', 'drawing_images', 'drawing_annotations']) {
      for (const [event, row] of [
        ['INSERT', 'NEW'],
        ['UPDATE', 'OLD'],
        ['DELETE', 'OLD'],
      ] as const) {
        db.exec(`
          CREATE TRIGGER ${table}_group_signed_${event.toLowerCase()} BEFORE ${event} ON ${table}
          WHEN ${signedSession(`(SELECT group_session_id FROM drawings WHERE id = ${row}.drawing_id)`)}
          BEGIN
            SELECT RAISE(ABORT, 'a drawing of a signed session is read-only');
          END;
        `);
      }
    }
  },
};
