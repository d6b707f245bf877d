import type { Db } from '../connection';

/** A drawing_annotations row. */
export type AnnotationRow = {
  id: string;
  drawing_id: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  kind: 'pin' | 'note';
  x: number;
  y: number;
  text: string;
  deleted_at: string | null;
};

/** Inserts a new annotation. */
export function insertAnnotation(db: Db, row: Omit<AnnotationRow, 'deleted_at'>): void {
  db.prepare(
    `INSERT INTO drawing_annotations (id, drawing_id, created_by, created_at, updated_at, kind, x, y, text, deleted_at)
     VALUES (@id, @drawing_id, @created_by, @created_at, @updated_at, @kind, @x, @y, @text, NULL)`,
  ).run(row);
}

/** One annotation, deleted or not. */
export function findAnnotation(db: Db, id: string): AnnotationRow | undefined {
  return db.prepare('SELECT * FROM drawing_annotations WHERE id = ?').get(id) as AnnotationRow | undefined;
}

/** A drawing's annotations that are not deleted, oldest first. */
export function listAnnotations(db: Db, drawingId: string): AnnotationRow[] {
  return db
    .prepare('SELECT * FROM drawing_annotations WHERE drawing_id = ? AND deleted_at IS NULL ORDER BY created_at, rowid')
    .all(drawingId) as AnnotationRow[];
}

/** Changes an annotation's text and position. */
export function updateAnnotation(db: Db, id: string, changes: { text: string; x: number; y: number; updated_at: string }): void {
  db.prepare('UPDATE drawing_annotations SET text = @text, x = @x, y = @y, updated_at = @updated_at WHERE id = @id').run({
    ...changes,
    id,
  });
}

/** Marks an annotation deleted; the row stays (see migration 0003). */
export function markAnnotationDeleted(db: Db, id: string, at: string): void {
  db.prepare('UPDATE drawing_annotations SET deleted_at = @at, updated_at = @at WHERE id = @id AND deleted_at IS NULL').run({
    id,
    at,
  });
}
