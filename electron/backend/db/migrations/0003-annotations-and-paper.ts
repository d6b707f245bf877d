import type { Migration } from './types';

/**
 * Annotations and paper drawings (issue 3, items 8 and 9).
 *
 * `drawing_annotations` is the psychologist's layer, kept in its own table rather than in the
 * stroke stream: the stream is the client's process (replayed and measured), and mixing marks
 * into it would change both. Rows are never deleted; `deleted_at` hides them, and the audit log
 * says who deleted what, so a note that informed a conclusion can still be shown to have existed.
 * Coordinates are page units (0.1 mm, assessments/drawing/page.ts); 2970 is the page's long side.
 *
 * `drawing_images` holds the picture of a paper drawing, one per drawing. The `drawings` row keeps
 * `medium = 'paper'` (a value 0002 already allows), status 'finished' and an empty stroke stream,
 * so every existing reader of `drawings` keeps working. A trigger keeps pictures to paper drawings.
 * `sha256` lets anyone holding the data key confirm, with standard SQLCipher tools, that a picture
 * is byte for byte the one imported.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'annotations-and-paper',
  up(db) {
    db.exec(`
      CREATE TABLE drawing_annotations (
        id         TEXT PRIMARY KEY,
        drawing_id TEXT NOT NULL REFERENCES drawings (id) ON DELETE CASCADE,
        created_by TEXT NOT NULL REFERENCES accounts (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        kind       TEXT NOT NULL CHECK (kind IN ('pin', 'note')),
        x          REAL NOT NULL CHECK (x >= 0 AND x <= 2970),
        y          REAL NOT NULL CHECK (y >= 0 AND y <= 2970),
        text       TEXT NOT NULL CHECK (length(text) <= 500),
        deleted_at TEXT,
        CHECK (kind = 'pin' OR length(text) > 0)
      ) STRICT;
      CREATE INDEX drawing_annotations_drawing ON drawing_annotations (drawing_id, created_at);

      CREATE TABLE drawing_images (
        drawing_id TEXT PRIMARY KEY REFERENCES drawings (id) ON DELETE CASCADE,
        mime       TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg')),
        width      INTEGER NOT NULL CHECK (width > 0),
        height     INTEGER NOT NULL CHECK (height > 0),
        bytes      BLOB NOT NULL,
        sha256     TEXT NOT NULL CHECK (length(sha256) = 64)
      ) STRICT;

      CREATE TRIGGER drawing_images_paper_only BEFORE INSERT ON drawing_images
      WHEN (SELECT medium FROM drawings WHERE id = NEW.drawing_id) IS NOT 'paper'
      BEGIN
        SELECT RAISE(ABORT, 'pictures belong to paper drawings');
      END;
    `);
  },
};
