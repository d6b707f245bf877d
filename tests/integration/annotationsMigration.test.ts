import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Db, openEncryptedDatabase } from '../../electron/backend/db/connection';
import { migrate } from '../../electron/backend/db/migrate';
import { migration0001 } from '../../electron/backend/db/migrations/0001-initial';
import { migration0002 } from '../../electron/backend/db/migrations/0002-drawings';
import { migration0003 } from '../../electron/backend/db/migrations/0003-annotations-and-paper';

let dir: string;
let db: Db | undefined;
afterEach(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A database at schema 2 holding one account, one digital and one paper drawing. */
function migratedTo0002(): Db {
  dir = mkdtempSync(join(tmpdir(), 'kenes-mig3-'));
  db = openEncryptedDatabase(join(dir, 'm.db'), Buffer.alloc(32, 5));
  migrate(db, [migration0001, migration0002]);
  db.prepare(
    "INSERT INTO accounts VALUES ('a1', 'psy', 'Psy', '[\"psychologist\"]', 'kk', 1, NULL, 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
  ).run();
  const drawing = db.prepare(
    `INSERT INTO drawings (id, created_by, created_at, updated_at, orientation, instrument_id, page_id, medium, pointer_types,
       screen_width, screen_height, device_pixel_ratio, status, strokes, pending_tail, event_count, finished_at, finished_t)
     VALUES (?, 'a1', 't', 't', 'portrait', NULL, NULL, ?, '[]', NULL, NULL, NULL, 'finished', x'00', NULL, 0, 't', 0)`,
  );
  drawing.run('digital1', 'digital');
  drawing.run('paper1', 'paper');
  return db;
}

const annotate = (d: Db, over: Record<string, unknown> = {}) =>
  d
    .prepare(
      `INSERT INTO drawing_annotations (id, drawing_id, created_by, created_at, updated_at, kind, x, y, text, deleted_at)
       VALUES (@id, @drawing_id, @created_by, 't', 't', @kind, @x, @y, @text, NULL)`,
    )
    .run({ id: 'n1', drawing_id: 'digital1', created_by: 'a1', kind: 'note', x: 10, y: 10, text: 'note', ...over });

const picture = (d: Db, drawingId: string, over: Record<string, unknown> = {}) =>
  d
    .prepare(
      `INSERT INTO drawing_images (drawing_id, mime, width, height, bytes, sha256) VALUES (@drawing_id, @mime, 420, 594, x'89', @sha256)`,
    )
    .run({ drawing_id: drawingId, mime: 'image/png', sha256: 'a'.repeat(64), ...over });

describe('migration 0003: annotations and paper pictures', () => {
  it('adds both tables on top of 0002, keeping existing drawings', () => {
    const d = migratedTo0002();
    expect(migrate(d, [migration0001, migration0002, migration0003])).toBe(3);
    const tables = (
      d.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
    ).map((r) => r.name);
    expect(tables).toEqual([
      'accounts',
      'audit_log',
      'drawing_annotations',
      'drawing_chunks',
      'drawing_images',
      'drawings',
      'settings',
    ]);
    expect(d.prepare('SELECT count(*) AS n FROM drawings').get()).toEqual({ n: 2 });
  });

  it('refuses impossible annotations: unknown kind, off any page, empty notes, long text, unknown drawing or author', () => {
    const d = migratedTo0002();
    migrate(d, [migration0001, migration0002, migration0003]);
    expect(() => annotate(d, { kind: 'arrow' })).toThrow(/CHECK/);
    expect(() => annotate(d, { x: -1 })).toThrow(/CHECK/);
    expect(() => annotate(d, { y: 2971 })).toThrow(/CHECK/);
    expect(() => annotate(d, { text: '' })).toThrow(/CHECK/);
    expect(() => annotate(d, { text: 'ә'.repeat(501) })).toThrow(/CHECK/);
    expect(() => annotate(d, { drawing_id: 'nope' })).toThrow(/FOREIGN KEY/);
    expect(() => annotate(d, { created_by: 'nobody' })).toThrow(/FOREIGN KEY/);
    annotate(d, { id: 'p1', kind: 'pin', text: '' });
    annotate(d, { text: 'ә'.repeat(500) });
  });

  it('keeps pictures to paper drawings, one each, of the two types, and deletes them with the drawing', () => {
    const d = migratedTo0002();
    migrate(d, [migration0001, migration0002, migration0003]);
    expect(() => picture(d, 'digital1')).toThrow(/pictures belong to paper drawings/);
    expect(() => picture(d, 'missing')).toThrow(/pictures belong to paper drawings/);
    expect(() => picture(d, 'paper1', { mime: 'image/gif' })).toThrow(/CHECK/);
    expect(() => picture(d, 'paper1', { sha256: 'abc' })).toThrow(/CHECK/);
    picture(d, 'paper1');
    expect(() => picture(d, 'paper1')).toThrow(/UNIQUE|PRIMARY KEY/);
    annotate(d, { drawing_id: 'paper1' });
    d.prepare("DELETE FROM drawings WHERE id = 'paper1'").run();
    expect(
      d.prepare('SELECT (SELECT count(*) FROM drawing_images) + (SELECT count(*) FROM drawing_annotations) AS n').get(),
    ).toEqual({ n: 0 });
  });
});
