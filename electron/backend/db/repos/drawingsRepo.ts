import type { Orientation } from '../../../../assessments/drawing/page';
import type { Db } from '../connection';

/** A drawings row without its blobs (they can be megabytes; most reads need only these). */
export type DrawingRow = {
  id: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  orientation: Orientation;
  instrument_id: string | null;
  page_id: string | null;
  medium: 'digital' | 'paper';
  /** JSON array of pointer types. */
  pointer_types: string;
  screen_width: number | null;
  screen_height: number | null;
  device_pixel_ratio: number | null;
  status: 'in-progress' | 'finished';
  event_count: number;
  finished_at: string | null;
  finished_t: number | null;
  /** The client a free drawing belongs to (migration 0011); assessment and group drawings find theirs through those links. */
  client_id: string | null;
  /** 1 for an explicit practice drawing: no client's record (migration 0011). */
  practice: 0 | 1;
  /** Computed by the SELECT, not stored: 1 when `pending_tail` is not NULL. */
  has_pending_tail: 0 | 1;
};

/** A new drawing: the row and the start of its stream (the header and an empty chunk). */
export type NewDrawingRow = Omit<DrawingRow, 'has_pending_tail' | 'client_id' | 'practice'> & {
  strokes: Uint8Array;
  client_id?: string | null;
  practice?: 0 | 1;
};

const META = `id, created_by, created_at, updated_at, orientation, instrument_id, page_id, medium, pointer_types,
  screen_width, screen_height, device_pixel_ratio, status, event_count, finished_at, finished_t, client_id, practice,
  (pending_tail IS NOT NULL) AS has_pending_tail`;

/** Inserts a new drawing. */
export function insertDrawing(db: Db, row: NewDrawingRow): void {
  db.prepare(
    `INSERT INTO drawings (id, created_by, created_at, updated_at, orientation, instrument_id, page_id, medium, pointer_types,
       screen_width, screen_height, device_pixel_ratio, status, strokes, pending_tail, event_count, finished_at, finished_t,
       client_id, practice)
     VALUES (@id, @created_by, @created_at, @updated_at, @orientation, @instrument_id, @page_id, @medium, @pointer_types,
       @screen_width, @screen_height, @device_pixel_ratio, @status, @strokes, NULL, @event_count, @finished_at, @finished_t,
       @client_id, @practice)`,
  ).run({ ...row, client_id: row.client_id ?? null, practice: row.practice ?? 0 });
}

/** One drawing's row, without blobs. */
export function findDrawing(db: Db, id: string): DrawingRow | undefined {
  return db.prepare(`SELECT ${META} FROM drawings WHERE id = ?`).get(id) as DrawingRow | undefined;
}

/** One assessment's drawings in link order: the last of a page is the page's current drawing (migration 0005). */
export function listAssessmentDrawings(db: Db, assessmentId: string): DrawingRow[] {
  return db
    .prepare(`SELECT ${META} FROM drawings WHERE assessment_id = ? ORDER BY assessment_seq`)
    .all(assessmentId) as DrawingRow[];
}

/** A drawing with the code of the client it belongs to: its own, its assessment's or its group member's. */
export type DrawingListRow = DrawingRow & { client_code: string | null };

/** Every drawing, newest first, each with its client's code (null for practice drawings and old free ones). */
export function listAllDrawings(db: Db): DrawingListRow[] {
  return db
    .prepare(
      `SELECT ${META},
         (SELECT c.code FROM clients c WHERE c.id = coalesce(d.client_id,
            (SELECT a.client_id FROM assessments a WHERE a.id = d.assessment_id),
            (SELECT m.client_id FROM group_members m WHERE m.id = d.group_member_id))) AS client_code
       FROM drawings d ORDER BY d.created_at DESC, d.id`,
    )
    .all() as DrawingListRow[];
}

/** Drawings still in progress, most recently written first. */
export function listDrawingsInProgress(db: Db): DrawingRow[] {
  return db
    .prepare(`SELECT ${META} FROM drawings WHERE status = 'in-progress' ORDER BY updated_at DESC, id`)
    .all() as DrawingRow[];
}

/** The stored stream: `strokes` followed by the appended chunks in order (the pending tail is not included). */
export function readStream(db: Db, id: string): Buffer {
  const head = db.prepare('SELECT strokes FROM drawings WHERE id = ?').get(id) as { strokes: Buffer } | undefined;
  if (!head) return Buffer.alloc(0);
  const chunks = db.prepare('SELECT bytes FROM drawing_chunks WHERE drawing_id = ? ORDER BY seq').all(id) as { bytes: Buffer }[];
  return Buffer.concat([head.strokes, ...chunks.map((c) => c.bytes)]);
}

/** Bytes of the stored stream (`strokes` and chunks, not the pending tail), without reading them. */
export function streamLength(db: Db, id: string): number {
  const row = db
    .prepare(
      `SELECT length(strokes) + (SELECT coalesce(sum(length(bytes)), 0) FROM drawing_chunks WHERE drawing_id = @id) AS n
       FROM drawings WHERE id = @id`,
    )
    .get({ id }) as { n: number } | undefined;
  return row?.n ?? 0;
}

/** The stroke in progress at the last flush, or null. */
export function readPendingTail(db: Db, id: string): Buffer | null {
  const row = db.prepare('SELECT pending_tail FROM drawings WHERE id = ?').get(id) as { pending_tail: Buffer | null } | undefined;
  return row?.pending_tail ?? null;
}

/** Appends one chunk after the drawing's last one. */
export function insertChunk(db: Db, drawingId: string, bytes: Uint8Array): void {
  db.prepare(
    `INSERT INTO drawing_chunks (drawing_id, seq, bytes)
     VALUES (@drawingId, (SELECT coalesce(max(seq), 0) + 1 FROM drawing_chunks WHERE drawing_id = @drawingId), @bytes)`,
  ).run({ drawingId, bytes });
}

/** Removes every chunk of a drawing (after they were folded into `strokes`). */
export function deleteChunks(db: Db, drawingId: string): void {
  db.prepare('DELETE FROM drawing_chunks WHERE drawing_id = ?').run(drawingId);
}

type DrawingChanges = Partial<{
  pointer_types: string;
  event_count: number;
  pending_tail: Uint8Array | null;
  strokes: Uint8Array;
  status: 'finished';
  finished_at: string;
  finished_t: number;
}> & { updated_at: string };

const UPDATABLE = new Set<string>([
  'pointer_types',
  'event_count',
  'pending_tail',
  'strokes',
  'status',
  'finished_at',
  'finished_t',
  'updated_at',
]);

/** Updates the given columns of one drawing. */
export function updateDrawing(db: Db, id: string, changes: DrawingChanges): void {
  const columns = Object.keys(changes).filter((c) => UPDATABLE.has(c));
  const assignments = columns.map((c) => `${c} = @${c}`).join(', ');
  db.prepare(`UPDATE drawings SET ${assignments} WHERE id = @id`).run({ ...changes, id });
}
