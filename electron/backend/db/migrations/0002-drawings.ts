import type { Migration } from './types';

/**
 * Drawings, stored as the binary stream of assessments/drawing/ENCODING.md.
 *
 * Why a `drawing_chunks` table rather than `strokes = strokes || ?`: SQLite cannot append to a
 * blob in place. An UPDATE writes a new copy of the whole row, so every 1.5–2 s flush would
 * re-encrypt and re-journal every overflow page of the drawing (1 MB after ~30 min of drawing:
 * ~250 pages through the WAL per flush, quadratic over a session, on prison-office hard disks with
 * synchronous=FULL). Inserting a chunk row writes only the new bytes. Reading concatenates
 * `strokes` and the chunks in `seq` order; `drawings:finish` folds them into `strokes` once and
 * deletes them, so a finished drawing is one blob, readable as such with standard SQLCipher tools.
 *
 * `pending_tail` is the stroke still being drawn at the last flush (a chunk holding one stroke),
 * replaced on every flush, so a stroke longer than the flush interval is not lost in a crash. It
 * is small and rewritten whole, which is the cheap case of the cost above.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'drawings',
  up(db) {
    db.exec(`
      CREATE TABLE drawings (
        id                 TEXT PRIMARY KEY,
        created_by         TEXT NOT NULL REFERENCES accounts (id),
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL,
        orientation        TEXT NOT NULL CHECK (orientation IN ('portrait', 'landscape')),
        instrument_id      TEXT,
        page_id            TEXT,
        medium             TEXT NOT NULL CHECK (medium IN ('digital', 'paper')),
        pointer_types      TEXT NOT NULL,
        screen_width       REAL,
        screen_height      REAL,
        device_pixel_ratio REAL,
        status             TEXT NOT NULL CHECK (status IN ('in-progress', 'finished')),
        strokes            BLOB NOT NULL,
        pending_tail       BLOB,
        event_count        INTEGER NOT NULL CHECK (event_count >= 0),
        finished_at        TEXT,
        finished_t         INTEGER,
        CHECK ((status = 'finished') = (finished_at IS NOT NULL AND finished_t IS NOT NULL)),
        CHECK (status = 'in-progress' OR pending_tail IS NULL)
      ) STRICT;
      CREATE INDEX drawings_status ON drawings (status, updated_at);

      CREATE TABLE drawing_chunks (
        drawing_id TEXT NOT NULL REFERENCES drawings (id) ON DELETE CASCADE,
        seq        INTEGER NOT NULL CHECK (seq >= 1),
        bytes      BLOB NOT NULL,
        PRIMARY KEY (drawing_id, seq)
      ) STRICT;
    `);
  },
};
