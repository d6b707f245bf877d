import type { Migration } from './types';

/**
 * Issue 18 §4: thumbnails as small cached images. One small WebP (or PNG) per drawing (320 px on
 * the long side, contract/thumbnailChannels.ts), rendered by the renderer with the drawing's own painter and
 * checked by the backend, so a screen of thumbnails reads a few kilobytes per drawing instead of
 * decoding and painting every stroke. It lives in the encrypted database like the drawing, and
 * goes with it (ON DELETE CASCADE); backups and restores copy the whole database, so it travels too.
 *
 * `drawing_updated_at` is the drawing's `updated_at` when the picture was rendered: a thumbnail is
 * current only while the two are equal (an unfinished drawing that takes more strokes, a resumed
 * one), otherwise it is answered as missing and rendered again. It is a cache, not a record: it is
 * not sealed with signed records and never replaces `drawings:get` for reading a drawing.
 * Drawings stored before this migration have none; the first screen that shows one renders it.
 */
export const migration0020: Migration = {
  version: 20,
  name: 'drawing-thumbnails',
  up(db) {
    db.exec(`
      CREATE TABLE drawing_thumbnails (
        drawing_id         TEXT PRIMARY KEY REFERENCES drawings (id) ON DELETE CASCADE,
        drawing_updated_at TEXT NOT NULL,
        mime               TEXT NOT NULL CHECK (mime IN ('image/webp', 'image/png')),
        width              INTEGER NOT NULL CHECK (width BETWEEN 1 AND 320),
        height             INTEGER NOT NULL CHECK (height BETWEEN 1 AND 320),
        bytes              BLOB NOT NULL CHECK (length(bytes) BETWEEN 1 AND 262144),
        created_at         TEXT NOT NULL
      ) STRICT;
    `);
  },
};
