import type { PaperMimeType } from '../../../../assessments/drawing/paper';
import type { Db } from '../connection';

/** A drawing_images row: the picture of a paper drawing. */
export type DrawingImageRow = {
  drawing_id: string;
  mime: PaperMimeType;
  width: number;
  height: number;
  bytes: Buffer;
  sha256: string;
};

/** Stores the picture of a paper drawing (the drawings row must exist, with medium 'paper'). */
export function insertDrawingImage(db: Db, row: DrawingImageRow): void {
  db.prepare(
    `INSERT INTO drawing_images (drawing_id, mime, width, height, bytes, sha256)
     VALUES (@drawing_id, @mime, @width, @height, @bytes, @sha256)`,
  ).run(row);
}

/** The picture of a paper drawing, or undefined for a digital one. */
export function findDrawingImage(db: Db, drawingId: string): DrawingImageRow | undefined {
  return db.prepare('SELECT * FROM drawing_images WHERE drawing_id = ?').get(drawingId) as DrawingImageRow | undefined;
}
