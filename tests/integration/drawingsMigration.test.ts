import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Db, openEncryptedDatabase } from '../../electron/backend/db/connection';
import { migrate } from '../../electron/backend/db/migrate';
import { migration0001 } from '../../electron/backend/db/migrations/0001-initial';
import { migration0002 } from '../../electron/backend/db/migrations/0002-drawings';

let dir: string;
let db: Db | undefined;
afterEach(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

function migratedTo0001(): Db {
  dir = mkdtempSync(join(tmpdir(), 'kenes-mig2-'));
  db = openEncryptedDatabase(join(dir, 'm.db'), Buffer.alloc(32, 9));
  migrate(db, [migration0001]);
  db.prepare(
    "INSERT INTO accounts VALUES ('a1', 'psy', 'Psy', '[\"psychologist\"]', 'kk', 1, NULL, 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
  ).run();
  return db;
}

const insert = (d: Db, over: Record<string, unknown> = {}) =>
  d
    .prepare(
      `INSERT INTO drawings (id, created_by, created_at, updated_at, orientation, instrument_id, page_id, medium, pointer_types,
        screen_width, screen_height, device_pixel_ratio, status, strokes, pending_tail, event_count, finished_at, finished_t)
       VALUES (@id, @created_by, 't', 't', @orientation, NULL, NULL, @medium, '[]', 1, 1, 1, @status, x'00', @pending_tail, 0, @finished_at, @finished_t)`,
    )
    .run({
      id: 'd1',
      created_by: 'a1',
      orientation: 'portrait',
      medium: 'digital',
      status: 'in-progress',
      pending_tail: null,
      finished_at: null,
      finished_t: null,
      ...over,
    });

describe('migration 0002: drawings', () => {
  it('adds drawings and their chunks on top of 0001, keeping existing rows', () => {
    const d = migratedTo0001();
    expect(migrate(d, [migration0001, migration0002])).toBe(2);
    expect(d.pragma('user_version', { simple: true })).toBe(2);
    const tables = (
      d.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
    ).map((r) => r.name);
    expect(tables).toEqual(['accounts', 'audit_log', 'drawing_chunks', 'drawings', 'settings']);
    expect(d.prepare('SELECT count(*) AS n FROM accounts').get()).toEqual({ n: 1 });
  });

  it('refuses impossible rows: unknown values, an unknown author, a finished drawing without its end or with a tail', () => {
    const d = migratedTo0001();
    migrate(d, [migration0001, migration0002]);
    expect(() => insert(d, { orientation: 'square' })).toThrow(/CHECK/);
    expect(() => insert(d, { medium: 'canvas' })).toThrow(/CHECK/);
    expect(() => insert(d, { created_by: 'nobody' })).toThrow(/FOREIGN KEY/);
    expect(() => insert(d, { status: 'finished' })).toThrow(/CHECK/);
    expect(() => insert(d, { status: 'finished', finished_at: 't', finished_t: 5, pending_tail: Buffer.of(0) })).toThrow(/CHECK/);
    insert(d, { status: 'finished', finished_at: 't', finished_t: 5 });
  });

  it('deletes a drawing’s chunks with the drawing', () => {
    const d = migratedTo0001();
    migrate(d, [migration0001, migration0002]);
    insert(d);
    d.prepare("INSERT INTO drawing_chunks VALUES ('d1', 1, x'00'), ('d1', 2, x'00')").run();
    expect(() => d.prepare("INSERT INTO drawing_chunks VALUES ('d1', 2, x'00')").run()).toThrow(/UNIQUE/);
    d.prepare("DELETE FROM drawings WHERE id = 'd1'").run();
    expect(d.prepare('SELECT count(*) AS n FROM drawing_chunks').get()).toEqual({ n: 0 });
  });
});
