import type { Orientation } from '../../../../assessments/drawing/page';
import type { ThumbnailMimeType } from '../../../contract/thumbnailChannels';
import type { Db } from '../connection';

/** A drawing asked for, with its thumbnail if one is stored (current or not). */
export type ThumbnailLookupRow = {
  id: string;
  orientation: Orientation;
  medium: 'digital' | 'paper';
  updated_at: string;
  thumb_updated_at: string | null;
  mime: ThumbnailMimeType | null;
  width: number | null;
  height: number | null;
  bytes: Buffer | null;
};

/**
 * These drawings and their thumbnails, in one statement (the ids through json_each, so one prepared
 * statement serves any count). Ids with no drawing are simply absent.
 */
export function findThumbnails(db: Db, ids: readonly string[]): ThumbnailLookupRow[] {
  return db
    .prepare(
      `SELECT d.id, d.orientation, d.medium, d.updated_at,
              t.drawing_updated_at AS thumb_updated_at, t.mime, t.width, t.height, t.bytes
         FROM json_each(?) j
         JOIN drawings d ON d.id = j.value
         LEFT JOIN drawing_thumbnails t ON t.drawing_id = d.id`,
    )
    .all(JSON.stringify(ids)) as ThumbnailLookupRow[];
}

/** The stored thumbnail's drawing version, or undefined when there is none. */
export function thumbnailVersion(db: Db, drawingId: string): string | undefined {
  const row = db.prepare('SELECT drawing_updated_at FROM drawing_thumbnails WHERE drawing_id = ?').get(drawingId) as
    { drawing_updated_at: string } | undefined;
  return row?.drawing_updated_at;
}

/** Stores (or replaces a stale) thumbnail of a drawing. */
export function putThumbnail(
  db: Db,
  row: {
    drawing_id: string;
    drawing_updated_at: string;
    mime: ThumbnailMimeType;
    width: number;
    height: number;
    bytes: Buffer;
    created_at: string;
  },
): void {
  db.prepare(
    `INSERT INTO drawing_thumbnails (drawing_id, drawing_updated_at, mime, width, height, bytes, created_at)
     VALUES (@drawing_id, @drawing_updated_at, @mime, @width, @height, @bytes, @created_at)
     ON CONFLICT (drawing_id) DO UPDATE SET drawing_updated_at = excluded.drawing_updated_at, mime = excluded.mime, width = excluded.width,
       height = excluded.height, bytes = excluded.bytes, created_at = excluded.created_at`,
  ).run(row);
}
