import type { Migration } from './types';

/**
 * Group therapy records (issue 6).
 *
 * A membership (`group_members`) is one client's time in one group: a client who leaves and comes
 * back gets a second row, so the history keeps both periods. The alias and language shown to
 * facilitators live on the membership, not on the client record, which facilitators never see.
 *
 * `group_session_records` holds one member's line of a session's grid (attendance, participation,
 * short note, mood before/after and who typed each score). The group's note of a session is in
 * `group_session_notes`; once signed it is read-only, enforced here by triggers so no channel and
 * no future code path can change or delete it, nor the session it describes; corrections are
 * `group_note_addenda`, which are never changed or deleted either.
 *
 * Group drawings are ordinary `drawings` rows with the session and the member they belong to, so
 * the canvas, client mode, replay and export keep working on them unchanged.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'groups',
  up(db) {
    db.exec(`
      CREATE TABLE groups (
        id               TEXT PRIMARY KEY,
        name             TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        programme_type   TEXT NOT NULL CHECK (programme_type IN
                           ('psychosocial-adaptation', 'anger-management', 'addiction-recovery', 'pre-release', 'other')),
        programme_text   TEXT CHECK (programme_text IS NULL OR length(programme_text) <= 200),
        unit             TEXT CHECK (unit IS NULL OR length(unit) BETWEEN 1 AND 100),
        start_date       TEXT NOT NULL,
        end_date         TEXT CHECK (end_date IS NULL OR end_date >= start_date),
        weekdays         TEXT NOT NULL,
        time             TEXT,
        planned_sessions INTEGER CHECK (planned_sessions IS NULL OR planned_sessions > 0),
        capacity         INTEGER CHECK (capacity IS NULL OR capacity > 0),
        status           TEXT NOT NULL CHECK (status IN ('planned', 'running', 'finished')),
        goals            TEXT NOT NULL DEFAULT '' CHECK (length(goals) <= 5000),
        created_by       TEXT NOT NULL REFERENCES accounts (id),
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX groups_start ON groups (start_date);

      CREATE TABLE group_facilitators (
        group_id   TEXT NOT NULL REFERENCES groups (id),
        account_id TEXT NOT NULL REFERENCES accounts (id),
        PRIMARY KEY (group_id, account_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX group_facilitators_account ON group_facilitators (account_id, group_id);

      CREATE TABLE group_members (
        id             TEXT PRIMARY KEY,
        group_id       TEXT NOT NULL REFERENCES groups (id),
        client_id      TEXT NOT NULL REFERENCES clients (id),
        alias          TEXT NOT NULL CHECK (length(alias) BETWEEN 1 AND 60),
        language       TEXT CHECK (language IS NULL OR language IN ('kk', 'ru', 'en')),
        joined_on      TEXT NOT NULL,
        left_on        TEXT CHECK (left_on IS NULL OR left_on >= joined_on),
        leaving_reason TEXT CHECK (leaving_reason IS NULL OR leaving_reason IN ('completed', 'released', 'transferred', 'dropped-out', 'other')),
        leaving_note   TEXT NOT NULL DEFAULT '' CHECK (length(leaving_note) <= 1000),
        created_by     TEXT NOT NULL REFERENCES accounts (id),
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        CHECK ((left_on IS NULL) = (leaving_reason IS NULL))
      ) STRICT;
      CREATE INDEX group_members_group ON group_members (group_id, joined_on);
      CREATE INDEX group_members_client ON group_members (client_id, joined_on);
      -- One open membership per client and group.
      CREATE UNIQUE INDEX group_members_open ON group_members (group_id, client_id) WHERE left_on IS NULL;

      CREATE TABLE group_sessions (
        id                 TEXT PRIMARY KEY,
        group_id           TEXT NOT NULL REFERENCES groups (id),
        date               TEXT NOT NULL,
        time               TEXT,
        duration_minutes   INTEGER NOT NULL CHECK (duration_minutes > 0),
        topic              TEXT NOT NULL DEFAULT '' CHECK (length(topic) <= 200),
        planned_activities TEXT NOT NULL DEFAULT '' CHECK (length(planned_activities) <= 5000),
        created_by         TEXT NOT NULL REFERENCES accounts (id),
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL
      ) STRICT;
      CREATE INDEX group_sessions_group ON group_sessions (group_id, date, time);
      CREATE INDEX group_sessions_date ON group_sessions (date, group_id);

      CREATE TABLE group_session_facilitators (
        session_id TEXT NOT NULL REFERENCES group_sessions (id) ON DELETE CASCADE,
        account_id TEXT NOT NULL REFERENCES accounts (id),
        PRIMARY KEY (session_id, account_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE group_session_records (
        session_id     TEXT NOT NULL REFERENCES group_sessions (id),
        member_id      TEXT NOT NULL REFERENCES group_members (id),
        attendance     TEXT CHECK (attendance IS NULL OR attendance IN ('present', 'late', 'absent-excused', 'absent-unexcused')),
        participation  INTEGER CHECK (participation IS NULL OR participation BETWEEN 1 AND 5),
        note           TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
        mood_before    INTEGER CHECK (mood_before IS NULL OR mood_before BETWEEN 0 AND 10),
        mood_before_by TEXT CHECK (mood_before_by IS NULL OR mood_before_by IN ('facilitator', 'member')),
        mood_after     INTEGER CHECK (mood_after IS NULL OR mood_after BETWEEN 0 AND 10),
        mood_after_by  TEXT CHECK (mood_after_by IS NULL OR mood_after_by IN ('facilitator', 'member')),
        updated_by     TEXT NOT NULL REFERENCES accounts (id),
        updated_at     TEXT NOT NULL,
        PRIMARY KEY (session_id, member_id),
        CHECK ((mood_before IS NULL) = (mood_before_by IS NULL)),
        CHECK ((mood_after IS NULL) = (mood_after_by IS NULL))
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX group_session_records_member ON group_session_records (member_id, session_id);

      CREATE TABLE group_session_notes (
        session_id TEXT PRIMARY KEY REFERENCES group_sessions (id),
        text       TEXT NOT NULL CHECK (length(text) <= 20000),
        status     TEXT NOT NULL CHECK (status IN ('draft', 'signed')),
        updated_by TEXT NOT NULL REFERENCES accounts (id),
        updated_at TEXT NOT NULL,
        signed_by  TEXT REFERENCES accounts (id),
        signed_at  TEXT,
        CHECK ((status = 'signed') = (signed_by IS NOT NULL AND signed_at IS NOT NULL))
      ) STRICT;

      CREATE TABLE group_note_addenda (
        id         TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES group_session_notes (session_id),
        text       TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
        signed_by  TEXT NOT NULL REFERENCES accounts (id),
        signed_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX group_note_addenda_session ON group_note_addenda (session_id, signed_at);

      CREATE TRIGGER group_session_notes_signed_update BEFORE UPDATE ON group_session_notes
      WHEN OLD.status = 'signed'
      BEGIN
        SELECT RAISE(ABORT, 'a signed session note is read-only');
      END;
      CREATE TRIGGER group_session_notes_signed_delete BEFORE DELETE ON group_session_notes
      WHEN OLD.status = 'signed'
      BEGIN
        SELECT RAISE(ABORT, 'a signed session note is read-only');
      END;
      CREATE TRIGGER group_sessions_signed_update BEFORE UPDATE ON group_sessions
      WHEN EXISTS (SELECT 1 FROM group_session_notes WHERE session_id = OLD.id AND status = 'signed')
      BEGIN
        SELECT RAISE(ABORT, 'a session with a signed note is read-only');
      END;
      CREATE TRIGGER group_sessions_signed_delete BEFORE DELETE ON group_sessions
      WHEN EXISTS (SELECT 1 FROM group_session_notes WHERE session_id = OLD.id AND status = 'signed')
      BEGIN
        SELECT RAISE(ABORT, 'a session with a signed note is read-only');
      END;
      CREATE TRIGGER group_note_addenda_needs_signed BEFORE INSERT ON group_note_addenda
      WHEN (SELECT status FROM group_session_notes WHERE session_id = NEW.session_id) IS NOT 'signed'
      BEGIN
        SELECT RAISE(ABORT, 'addenda belong to signed notes');
      END;
      CREATE TRIGGER group_note_addenda_no_update BEFORE UPDATE ON group_note_addenda
      BEGIN
        SELECT RAISE(ABORT, 'an addendum is read-only');
      END;
      CREATE TRIGGER group_note_addenda_no_delete BEFORE DELETE ON group_note_addenda
      BEGIN
        SELECT RAISE(ABORT, 'an addendum is read-only');
      END;

      ALTER TABLE drawings ADD COLUMN group_session_id TEXT REFERENCES group_sessions (id);
      ALTER TABLE drawings ADD COLUMN group_member_id TEXT REFERENCES group_members (id)
        CHECK ((group_member_id IS NULL) = (group_session_id IS NULL));
      CREATE INDEX drawings_group_session ON drawings (group_session_id, group_member_id) WHERE group_session_id IS NOT NULL;
      CREATE INDEX drawings_group_member ON drawings (group_member_id) WHERE group_member_id IS NOT NULL;

      -- A drawing is linked once, right after it is created (services/groups), and never moved:
      -- the member must belong to the session's group, and a link never changes.
      CREATE TRIGGER drawings_group_link BEFORE UPDATE OF group_session_id, group_member_id ON drawings
      WHEN OLD.group_session_id IS NOT NEW.group_session_id OR OLD.group_member_id IS NOT NEW.group_member_id
      BEGIN
        SELECT CASE
          WHEN OLD.group_session_id IS NOT NULL OR OLD.group_member_id IS NOT NULL
            THEN RAISE(ABORT, 'a group drawing stays with its member and session')
          WHEN (SELECT group_id FROM group_sessions WHERE id = NEW.group_session_id)
               IS NOT (SELECT group_id FROM group_members WHERE id = NEW.group_member_id)
            THEN RAISE(ABORT, 'the member is not in the session''s group')
        END;
      END;
    `);
  },
};
