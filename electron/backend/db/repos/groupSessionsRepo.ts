import type { Db } from '../connection';

/** A group_sessions row, with the state of its note and its attendance counts. */
export type SessionRow = {
  id: string;
  group_id: string;
  date: string;
  time: string | null;
  duration_minutes: number;
  topic: string;
  planned_activities: string;
  note_status: 'draft' | 'signed' | null;
  recorded: number;
  attended: number;
};

export type StoredAttendance = {
  session_id: string;
  member_id: string;
  attendance: 'present' | 'late' | 'absent-excused' | 'absent-unexcused' | null;
  participation: number | null;
  note: string;
  mood_before: number | null;
  mood_before_by: 'facilitator' | 'member' | null;
  mood_after: number | null;
  mood_after_by: 'facilitator' | 'member' | null;
};

export type NoteRow = {
  session_id: string;
  text: string;
  status: 'draft' | 'signed';
  updated_by: string;
  updated_by_name: string;
  updated_at: string;
  signed_by: string | null;
  signed_by_name: string | null;
  signed_at: string | null;
};

export type AddendumRow = {
  id: string;
  session_id: string;
  text: string;
  signed_by: string;
  signed_by_name: string;
  signed_at: string;
};

const SESSION = `SELECT s.id, s.group_id, s.date, s.time, s.duration_minutes, s.topic, s.planned_activities,
    (SELECT n.status FROM group_session_notes n WHERE n.session_id = s.id) AS note_status,
    (SELECT count(*) FROM group_session_records r WHERE r.session_id = s.id AND r.attendance IS NOT NULL) AS recorded,
    (SELECT count(*) FROM group_session_records r WHERE r.session_id = s.id AND r.attendance IN ('present', 'late')) AS attended
  FROM group_sessions s`;

export function insertSession(
  db: Db,
  row: Omit<SessionRow, 'note_status' | 'recorded' | 'attended'> & { created_by: string; created_at: string },
): void {
  db.prepare(
    `INSERT INTO group_sessions (id, group_id, date, time, duration_minutes, topic, planned_activities, created_by, created_at, updated_at)
     VALUES (@id, @group_id, @date, @time, @duration_minutes, @topic, @planned_activities, @created_by, @created_at, @created_at)`,
  ).run(row);
}

export function updateSession(
  db: Db,
  id: string,
  fields: Pick<SessionRow, 'date' | 'time' | 'duration_minutes' | 'topic' | 'planned_activities'> & { updated_at: string },
): void {
  db.prepare(
    `UPDATE group_sessions SET date = @date, time = @time, duration_minutes = @duration_minutes, topic = @topic,
       planned_activities = @planned_activities, updated_at = @updated_at WHERE id = @id`,
  ).run({ ...fields, id });
}

export function deleteSession(db: Db, id: string): void {
  db.prepare('DELETE FROM group_sessions WHERE id = ?').run(id);
}

export function findSession(db: Db, id: string): SessionRow | undefined {
  return db.prepare(`${SESSION} WHERE s.id = ?`).get(id) as SessionRow | undefined;
}

/** A group's sessions, oldest first. */
export function listSessions(db: Db, groupId: string): SessionRow[] {
  return db.prepare(`${SESSION} WHERE s.group_id = ? ORDER BY s.date, s.time, s.id`).all(groupId) as SessionRow[];
}

/** Sessions dated in [from, to] of every group, or of the groups `facilitatorId` facilitates, with the group's name. */
export function listSessionsInRange(
  db: Db,
  range: { from: string; to: string; facilitatorId: string | null },
): (SessionRow & { group_name: string })[] {
  return db
    .prepare(
      `SELECT x.*, g.name AS group_name FROM (${SESSION} WHERE s.date BETWEEN @from AND @to) x JOIN groups g ON g.id = x.group_id
       WHERE @facilitator IS NULL OR EXISTS (SELECT 1 FROM group_facilitators f WHERE f.group_id = x.group_id AND f.account_id = @facilitator)
       ORDER BY x.date, x.time, g.name, x.id`,
    )
    .all({ from: range.from, to: range.to, facilitator: range.facilitatorId }) as (SessionRow & { group_name: string })[];
}

/** Facilitators of the given sessions, by name. */
export function listSessionFacilitators(
  db: Db,
  sessionIds: readonly string[],
): { session_id: string; id: string; full_name: string }[] {
  if (sessionIds.length === 0) return [];
  return db
    .prepare(
      `SELECT f.session_id, a.id, a.full_name FROM group_session_facilitators f JOIN accounts a ON a.id = f.account_id
       WHERE f.session_id IN (SELECT value FROM json_each(?)) ORDER BY a.full_name, a.id`,
    )
    .all(JSON.stringify(sessionIds)) as { session_id: string; id: string; full_name: string }[];
}

export function replaceSessionFacilitators(db: Db, sessionId: string, accountIds: readonly string[]): void {
  db.prepare('DELETE FROM group_session_facilitators WHERE session_id = ?').run(sessionId);
  const insert = db.prepare('INSERT INTO group_session_facilitators (session_id, account_id) VALUES (?, ?)');
  for (const id of accountIds) insert.run(sessionId, id);
}

/** True when the session holds anything recorded: a grid line, a note or a drawing. */
export function sessionHasRecords(db: Db, id: string): boolean {
  return (
    db
      .prepare(
        `SELECT 1 WHERE EXISTS (SELECT 1 FROM group_session_records WHERE session_id = @id)
           OR EXISTS (SELECT 1 FROM group_session_notes WHERE session_id = @id)
           OR EXISTS (SELECT 1 FROM drawings WHERE group_session_id = @id)`,
      )
      .get({ id }) !== undefined
  );
}

export function listAttendance(db: Db, sessionId: string): StoredAttendance[] {
  return db.prepare('SELECT * FROM group_session_records WHERE session_id = ?').all(sessionId) as StoredAttendance[];
}

/** One member's grid line of one session. */
export function findAttendance(db: Db, sessionId: string, memberId: string): StoredAttendance | undefined {
  return db.prepare('SELECT * FROM group_session_records WHERE session_id = ? AND member_id = ?').get(sessionId, memberId) as
    StoredAttendance | undefined;
}

/** Every grid line of a group's sessions (the dashboard's input). */
export function listGroupAttendance(db: Db, groupId: string): StoredAttendance[] {
  return db
    .prepare(
      `SELECT r.session_id, r.member_id, r.attendance, r.participation, r.note, r.mood_before, r.mood_before_by, r.mood_after, r.mood_after_by
       FROM group_sessions s JOIN group_session_records r ON r.session_id = s.id WHERE s.group_id = ?`,
    )
    .all(groupId) as StoredAttendance[];
}

/** One member's grid lines. */
export function listMemberAttendance(db: Db, memberId: string): StoredAttendance[] {
  return db.prepare('SELECT * FROM group_session_records WHERE member_id = ?').all(memberId) as StoredAttendance[];
}

export function upsertAttendance(db: Db, row: StoredAttendance & { updated_by: string; updated_at: string }): void {
  db.prepare(
    `INSERT INTO group_session_records (session_id, member_id, attendance, participation, note, mood_before, mood_before_by,
       mood_after, mood_after_by, updated_by, updated_at)
     VALUES (@session_id, @member_id, @attendance, @participation, @note, @mood_before, @mood_before_by, @mood_after, @mood_after_by,
       @updated_by, @updated_at)
     ON CONFLICT (session_id, member_id) DO UPDATE SET attendance = excluded.attendance, participation = excluded.participation,
       note = excluded.note, mood_before = excluded.mood_before, mood_before_by = excluded.mood_before_by, mood_after = excluded.mood_after,
       mood_after_by = excluded.mood_after_by, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run(row);
}

const NOTE = `SELECT n.*, u.full_name AS updated_by_name, s.full_name AS signed_by_name FROM group_session_notes n
  JOIN accounts u ON u.id = n.updated_by LEFT JOIN accounts s ON s.id = n.signed_by`;

export function findNote(db: Db, sessionId: string): NoteRow | undefined {
  return db.prepare(`${NOTE} WHERE n.session_id = ?`).get(sessionId) as NoteRow | undefined;
}

/** Writes the draft; the triggers of migration 0006 refuse it once the note is signed. */
export function saveNoteDraft(db: Db, row: { session_id: string; text: string; updated_by: string; updated_at: string }): void {
  db.prepare(
    `INSERT INTO group_session_notes (session_id, text, status, updated_by, updated_at) VALUES (@session_id, @text, 'draft', @updated_by, @updated_at)
     ON CONFLICT (session_id) DO UPDATE SET text = excluded.text, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run(row);
}

export function signNote(db: Db, sessionId: string, by: string, at: string): void {
  db.prepare(
    `UPDATE group_session_notes SET status = 'signed', signed_by = ?, signed_at = ? WHERE session_id = ? AND status = 'draft'`,
  ).run(by, at, sessionId);
}

export function insertAddendum(
  db: Db,
  row: { id: string; session_id: string; text: string; signed_by: string; signed_at: string },
): void {
  db.prepare(
    'INSERT INTO group_note_addenda (id, session_id, text, signed_by, signed_at) VALUES (@id, @session_id, @text, @signed_by, @signed_at)',
  ).run(row);
}

export function listAddenda(db: Db, sessionId: string): AddendumRow[] {
  return db
    .prepare(
      `SELECT d.*, a.full_name AS signed_by_name FROM group_note_addenda d JOIN accounts a ON a.id = d.signed_by
       WHERE d.session_id = ? ORDER BY d.signed_at, d.rowid`,
    )
    .all(sessionId) as AddendumRow[];
}

/** Links a just-created drawing to a member and a session (migration 0006 keeps the link fixed). */
export function linkDrawing(db: Db, drawingId: string, sessionId: string, memberId: string): void {
  db.prepare('UPDATE drawings SET group_session_id = ?, group_member_id = ? WHERE id = ?').run(sessionId, memberId, drawingId);
}

/** Group drawings of a session (all members), or of a member (all sessions), oldest first. */
export function listGroupDrawings(
  db: Db,
  filter: { sessionId: string } | { memberId: string },
): { id: string; session_id: string; member_id: string }[] {
  const where = 'sessionId' in filter ? 'group_session_id = ?' : 'group_member_id = ?';
  return db
    .prepare(
      `SELECT id, group_session_id AS session_id, group_member_id AS member_id FROM drawings WHERE ${where} ORDER BY created_at, id`,
    )
    .all('sessionId' in filter ? filter.sessionId : filter.memberId) as { id: string; session_id: string; member_id: string }[];
}

/** The group a drawing belongs to through its session, or undefined for a drawing outside groups. */
export function drawingGroupId(db: Db, drawingId: string): string | undefined {
  const row = db
    .prepare('SELECT s.group_id FROM drawings d JOIN group_sessions s ON s.id = d.group_session_id WHERE d.id = ?')
    .get(drawingId) as { group_id: string } | undefined;
  return row?.group_id;
}

/** True when the member has a line on the grid of a session whose note is signed: their alias is then part of a signed record. */
export function memberOnSignedSession(db: Db, memberId: string): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM group_session_records r JOIN group_session_notes n ON n.session_id = r.session_id AND n.status = 'signed'
         WHERE r.member_id = ? LIMIT 1`,
      )
      .get(memberId) !== undefined
  );
}

/** True when the drawing belongs to a group session whose note is signed. */
export function drawingSessionSigned(db: Db, drawingId: string): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM drawings d JOIN group_session_notes n ON n.session_id = d.group_session_id AND n.status = 'signed' WHERE d.id = ?`,
      )
      .get(drawingId) !== undefined
  );
}
