import type { Db } from '../connection';

/** An assessments row as stored; JSON columns are text (see migration 0005). */
export type AssessmentRow = {
  id: string;
  client_id: string;
  instrument_id: string;
  instrument_version: string;
  instrument_kind: 'drawing' | 'questionnaire';
  status: 'draft' | 'signed' | 'discarded';
  created_by: string;
  created_at: string;
  updated_at: string;
  form: string;
  inquiry: string;
  conclusion: string;
  recommendations: string;
  referrals: string;
  client_language: 'kk' | 'ru' | 'en' | null;
  client_answered: string;
  client_finished_at: string | null;
  totals: string;
  flag_ids: string;
  scores: string | null;
  signed_by: string | null;
  signed_name: string | null;
  signed_at: string | null;
  discarded_at: string | null;
};

/** Columns a list needs: no form, no text. */
export type AssessmentListRow = Pick<
  AssessmentRow,
  | 'id'
  | 'instrument_id'
  | 'instrument_version'
  | 'instrument_kind'
  | 'status'
  | 'created_at'
  | 'updated_at'
  | 'signed_at'
  | 'totals'
  | 'flag_ids'
> & { addendum_count: number };

export type AddendumRow = {
  id: string;
  assessment_id: string;
  text: string;
  signed_by: string;
  signed_name: string;
  signed_at: string;
};

/** A drawing linked to an assessment, as the assessment needs it. */
export type LinkedDrawingRow = {
  id: string;
  assessment_id: string;
  page_id: string | null;
  medium: 'digital' | 'paper';
  status: 'in-progress' | 'finished';
  assessment_seq: number;
};

export function insertAssessment(db: Db, row: AssessmentRow): void {
  db.prepare(
    `INSERT INTO assessments (id, client_id, instrument_id, instrument_version, instrument_kind, status, created_by, created_at,
       updated_at, form, inquiry, conclusion, recommendations, referrals, client_language, client_answered, client_finished_at,
       totals, flag_ids, scores, signed_by, signed_name, signed_at, discarded_at)
     VALUES (@id, @client_id, @instrument_id, @instrument_version, @instrument_kind, @status, @created_by, @created_at,
       @updated_at, @form, @inquiry, @conclusion, @recommendations, @referrals, @client_language, @client_answered, @client_finished_at,
       @totals, @flag_ids, @scores, @signed_by, @signed_name, @signed_at, @discarded_at)`,
  ).run(row);
}

export function findAssessment(db: Db, id: string): AssessmentRow | undefined {
  return db.prepare('SELECT * FROM assessments WHERE id = ?').get(id) as AssessmentRow | undefined;
}

type AssessmentChanges = Partial<
  Pick<
    AssessmentRow,
    | 'instrument_version'
    | 'form'
    | 'inquiry'
    | 'conclusion'
    | 'recommendations'
    | 'referrals'
    | 'client_language'
    | 'client_answered'
    | 'client_finished_at'
    | 'totals'
    | 'flag_ids'
    | 'status'
    | 'scores'
    | 'signed_by'
    | 'signed_name'
    | 'signed_at'
    | 'discarded_at'
  >
> & { updated_at: string };

const UPDATABLE = new Set<string>([
  // At signing: the version that scored the result (services/assessments/assessmentSigning.ts).
  'instrument_version',
  'form',
  'inquiry',
  'conclusion',
  'recommendations',
  'referrals',
  'client_language',
  'client_answered',
  'client_finished_at',
  'totals',
  'flag_ids',
  'status',
  'scores',
  'signed_by',
  'signed_name',
  'signed_at',
  'discarded_at',
  'updated_at',
]);

/** Updates the given columns of one assessment (the triggers refuse it once signed or discarded). */
export function updateAssessment(db: Db, id: string, changes: AssessmentChanges): void {
  const columns = Object.keys(changes).filter((c) => UPDATABLE.has(c));
  const assignments = columns.map((c) => `${c} = @${c}`).join(', ');
  db.prepare(`UPDATE assessments SET ${assignments} WHERE id = @id`).run({ ...changes, id });
}

/** A client's assessments that are not discarded, newest first, with their number of addenda. */
export function listClientAssessments(db: Db, clientId: string): AssessmentListRow[] {
  return db
    .prepare(
      `SELECT a.id, a.instrument_id, a.instrument_version, a.instrument_kind, a.status, a.created_at, a.updated_at, a.signed_at,
         a.totals, a.flag_ids, (SELECT count(*) FROM assessment_addenda x WHERE x.assessment_id = a.id) AS addendum_count
       FROM assessments a
       WHERE a.client_id = ? AND a.status <> 'discarded'
       ORDER BY a.created_at DESC, a.rowid DESC`,
    )
    .all(clientId) as AssessmentListRow[];
}

/** The drawings linked to any of a client's assessments, in link order. */
export function listClientLinkedDrawings(db: Db, clientId: string): LinkedDrawingRow[] {
  return db
    .prepare(
      `SELECT d.id, d.assessment_id, d.page_id, d.medium, d.status, d.assessment_seq
       FROM assessments a JOIN drawings d ON d.assessment_id = a.id
       WHERE a.client_id = ? AND a.status <> 'discarded'
       ORDER BY d.assessment_id, d.assessment_seq`,
    )
    .all(clientId) as LinkedDrawingRow[];
}

/** Links a drawing to a page of an assessment as the page's newest drawing (migration 0005's trigger keeps it linked once). */
export function linkDrawing(db: Db, drawingId: string, assessmentId: string, instrumentId: string, pageId: string): void {
  db.prepare(
    `UPDATE drawings SET assessment_id = @assessmentId, instrument_id = @instrumentId, page_id = @pageId,
       assessment_seq = (SELECT coalesce(max(assessment_seq), 0) + 1 FROM drawings WHERE assessment_id = @assessmentId)
     WHERE id = @drawingId`,
  ).run({ drawingId, assessmentId, instrumentId, pageId });
}

/** Whether the drawing is linked to any assessment or to a group session (a paper scan may be used once). */
export function drawingLinks(
  db: Db,
  drawingId: string,
): { assessment_id: string | null; group_session_id: string | null } | undefined {
  return db.prepare('SELECT assessment_id, group_session_id FROM drawings WHERE id = ?').get(drawingId) as
    { assessment_id: string | null; group_session_id: string | null } | undefined;
}

/** The status of the assessment a drawing belongs to, or null for a drawing of no assessment. */
export function assessmentStatusOfDrawing(db: Db, drawingId: string): AssessmentRow['status'] | null {
  const row = db
    .prepare('SELECT a.status FROM drawings d JOIN assessments a ON a.id = d.assessment_id WHERE d.id = ?')
    .get(drawingId) as { status: AssessmentRow['status'] } | undefined;
  return row?.status ?? null;
}

export function insertAddendum(db: Db, row: AddendumRow): void {
  db.prepare(
    `INSERT INTO assessment_addenda (id, assessment_id, text, signed_by, signed_name, signed_at)
     VALUES (@id, @assessment_id, @text, @signed_by, @signed_name, @signed_at)`,
  ).run(row);
}

/** Oldest first. */
export function listAddenda(db: Db, assessmentId: string): AddendumRow[] {
  return db
    .prepare('SELECT * FROM assessment_addenda WHERE assessment_id = ? ORDER BY signed_at, rowid')
    .all(assessmentId) as AddendumRow[];
}
