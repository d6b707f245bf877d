import type { Db } from '../connection';

/** The kinds of signed record that carry a seal (migration 0007). */
export type SealedKind = 'assessment' | 'groupSession';

export type SealRow = { record_kind: SealedKind; record_id: string; digest: string; sealed_at: string };

/** A row of plain values as stored; blobs stay Buffers until the seal hashes them. */
export type StoredValues = Record<string, string | number | bigint | Buffer | null>;

export function insertSeal(db: Db, row: SealRow): void {
  db.prepare(
    'INSERT INTO signed_seals (record_kind, record_id, digest, sealed_at) VALUES (@record_kind, @record_id, @digest, @sealed_at)',
  ).run(row);
}

export function findSeal(db: Db, kind: SealedKind, id: string): SealRow | undefined {
  return db.prepare('SELECT * FROM signed_seals WHERE record_kind = ? AND record_id = ?').get(kind, id) as SealRow | undefined;
}

const SIGNED = `SELECT 'assessment' AS kind, id FROM assessments WHERE status = 'signed'
  UNION SELECT 'groupSession' AS kind, session_id AS id FROM group_session_notes WHERE status = 'signed'`;

/** Every signed record and every record with a seal (one whose signature was undone behind the app's back), assessments first. */
export function listSignedOrSealedRecords(db: Db): { kind: SealedKind; id: string }[] {
  return db.prepare(`${SIGNED} UNION SELECT record_kind AS kind, record_id AS id FROM signed_seals ORDER BY kind, id`).all() as {
    kind: SealedKind;
    id: string;
  }[];
}

/** Whether the record is signed now. */
export function isSigned(db: Db, kind: SealedKind, id: string): boolean {
  return db.prepare(`SELECT 1 FROM (${SIGNED}) WHERE kind = ? AND id = ?`).get(kind, id) !== undefined;
}

/** Signed records without a seal: those signed before migration 0007, until the app seals them. */
export function listUnsealedRecords(db: Db): { kind: SealedKind; id: string }[] {
  return (db.prepare(SIGNED).all() as { kind: SealedKind; id: string }[]).filter((r) => findSeal(db, r.kind, r.id) === undefined);
}

/** Whether migration 0007 asked for the records signed before it to be sealed, and that request's end. */
export const sealsPending = (db: Db): boolean =>
  db.prepare("SELECT 1 FROM settings WHERE key = 'seals.pending'").get() !== undefined;
export const clearSealsPending = (db: Db): void => void db.prepare("DELETE FROM settings WHERE key = 'seals.pending'").run();

/** Whether a record was already reported as altered, so the audit log says it once. */
export function alteredAudited(db: Db, kind: SealedKind, id: string): boolean {
  return (
    db
      .prepare("SELECT 1 FROM audit_log WHERE action = 'record.altered' AND target_kind = ? AND target_id = ? LIMIT 1")
      .get(kind, id) !== undefined
  );
}

// The signed content, column by column. Columns are named, never `*`, so a column a later
// migration adds does not change the content of records sealed before it.

export const readAssessmentContent = (db: Db, id: string): StoredValues | undefined =>
  db
    .prepare(
      `SELECT id, client_id, instrument_id, instrument_version, instrument_kind, status, created_by, created_at, form, inquiry,
         conclusion, recommendations, referrals, client_language, client_answered, client_finished_at, totals, flag_ids, scores,
         signed_by, signed_name, signed_at
       FROM assessments WHERE id = ?`,
    )
    .get(id) as StoredValues | undefined;

export const readSessionContent = (db: Db, id: string): StoredValues | undefined =>
  db
    .prepare(
      `SELECT s.id, s.group_id, s.date, s.time, s.duration_minutes, s.topic, s.planned_activities,
         n.text AS note_text, n.status AS note_status, n.signed_by AS note_signed_by, n.signed_at AS note_signed_at
       FROM group_sessions s LEFT JOIN group_session_notes n ON n.session_id = s.id WHERE s.id = ?`,
    )
    .get(id) as StoredValues | undefined;

export const readSessionFacilitatorIds = (db: Db, id: string): string[] =>
  (
    db.prepare('SELECT account_id FROM group_session_facilitators WHERE session_id = ? ORDER BY account_id').all(id) as {
      account_id: string;
    }[]
  ).map((r) => r.account_id);

/** The grid's lines with the alias each member is shown by. */
export const readSessionRecords = (db: Db, id: string): StoredValues[] =>
  db
    .prepare(
      `SELECT r.member_id, m.alias, r.attendance, r.participation, r.note, r.mood_before, r.mood_before_by, r.mood_after, r.mood_after_by
       FROM group_session_records r LEFT JOIN group_members m ON m.id = r.member_id WHERE r.session_id = ? ORDER BY r.member_id`,
    )
    .all(id) as StoredValues[];

const DRAWING_COLUMNS = `d.id, d.created_by, d.created_at, d.orientation, d.instrument_id, d.page_id, d.medium, d.status, d.strokes,
  d.pending_tail, d.event_count, d.finished_at, d.finished_t, d.assessment_id, d.assessment_seq, d.group_session_id, d.group_member_id,
  i.mime AS image_mime, i.width AS image_width, i.height AS image_height, i.bytes AS image_bytes`;

/** The drawings of an assessment or of a session, in id order, with their pictures. */
export function readSealedDrawings(db: Db, owner: { assessmentId: string } | { sessionId: string }): StoredValues[] {
  const where = 'assessmentId' in owner ? 'd.assessment_id = ?' : 'd.group_session_id = ?';
  return db
    .prepare(
      `SELECT ${DRAWING_COLUMNS} FROM drawings d LEFT JOIN drawing_images i ON i.drawing_id = d.id WHERE ${where} ORDER BY d.id`,
    )
    .all('assessmentId' in owner ? owner.assessmentId : owner.sessionId) as StoredValues[];
}

export const readDrawingChunks = (db: Db, drawingId: string): StoredValues[] =>
  db.prepare('SELECT seq, bytes FROM drawing_chunks WHERE drawing_id = ? ORDER BY seq').all(drawingId) as StoredValues[];

export const readDrawingAnnotations = (db: Db, drawingId: string): StoredValues[] =>
  db
    .prepare(
      `SELECT id, drawing_id, created_by, created_at, updated_at, kind, x, y, text, deleted_at
       FROM drawing_annotations WHERE drawing_id = ? ORDER BY id`,
    )
    .all(drawingId) as StoredValues[];
