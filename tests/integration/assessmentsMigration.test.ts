import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Db, openEncryptedDatabase } from '../../electron/backend/db/connection';
import { migrate } from '../../electron/backend/db/migrate';
import { MIGRATIONS } from '../../electron/backend/db/migrations';

let dir: string;
let db: Db;
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const T = '2026-11-25T09:00:00.000Z';
const id = (n: number) => n.toString(16).padStart(32, '0');

/** A database at migration 0005 with one account, one client, a draft and one drawing linked to it. */
function seeded(): Db {
  dir = mkdtempSync(join(tmpdir(), 'kenes-mig5-'));
  db = openEncryptedDatabase(join(dir, 'm.db'), Buffer.alloc(32, 5));
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= 5),
  );
  db.prepare(`INSERT INTO accounts VALUES (?, 'p', 'Psy', '["psychologist"]', 'ru', 1, NULL, 0, ?, ?)`).run(id(1), T, T);
  db.prepare(`INSERT INTO clients (id, code, created_by, created_at, updated_at) VALUES (?, 'K7M4-QX9B', ?, ?, ?)`).run(
    id(2),
    id(1),
    T,
    T,
  );
  db.prepare(
    `INSERT INTO assessments (id, client_id, instrument_id, instrument_version, instrument_kind, status, created_by, created_at, updated_at, form)
     VALUES (?, ?, 'htp', '1.0.0', 'drawing', 'draft', ?, ?, ?, '{"answers":{},"acknowledgements":{}}')`,
  ).run(id(3), id(2), id(1), T, T);
  db.prepare(
    `INSERT INTO drawings (id, created_by, created_at, updated_at, orientation, medium, pointer_types, status, strokes, event_count, finished_at, finished_t)
     VALUES (?, ?, ?, ?, 'portrait', 'digital', '[]', 'finished', x'00', 0, ?, 0)`,
  ).run(id(4), id(1), T, T, T);
  db.prepare('UPDATE drawings SET assessment_id = ?, assessment_seq = 1 WHERE id = ?').run(id(3), id(4));
  return db;
}

const sign = (d: Db) =>
  d
    .prepare(
      `UPDATE assessments SET status = 'signed', signed_by = ?, signed_name = 'Psy', signed_at = ?, scores = '{}' WHERE id = ?`,
    )
    .run(id(1), T, id(3));

describe('migration 0005 (assessments)', () => {
  it('lets a draft change and refuses to sign without signer, time and stored scores', () => {
    const d = seeded();
    d.prepare(`UPDATE assessments SET conclusion = 'draft text' WHERE id = ?`).run(id(3));
    expect(() => d.prepare(`UPDATE assessments SET status = 'signed' WHERE id = ?`).run(id(3))).toThrow(/CHECK/);
    expect(() => d.prepare(`INSERT INTO assessment_addenda VALUES (?, ?, 'x', ?, 'Psy', ?)`).run(id(9), id(3), id(1), T)).toThrow(
      /signed assessments/,
    );
  });

  it('makes a signed assessment, its addenda and its drawings read-only', () => {
    const d = seeded();
    sign(d);
    expect(() => d.prepare(`UPDATE assessments SET conclusion = 'x' WHERE id = ?`).run(id(3))).toThrow(/read-only/);
    expect(() => d.prepare('DELETE FROM assessments WHERE id = ?').run(id(3))).toThrow(/read-only/);
    d.prepare(`INSERT INTO assessment_addenda VALUES (?, ?, 'correction', ?, 'Psy', ?)`).run(id(9), id(3), id(1), T);
    expect(() => d.prepare(`UPDATE assessment_addenda SET text = 'y'`).run()).toThrow(/read-only/);
    expect(() => d.prepare('DELETE FROM assessment_addenda').run()).toThrow(/read-only/);
    expect(() => d.prepare(`UPDATE drawings SET event_count = 9 WHERE id = ?`).run(id(4))).toThrow(/read-only/);
    expect(() => d.prepare('DELETE FROM drawings WHERE id = ?').run(id(4))).toThrow(/read-only/);
    expect(() => d.prepare(`INSERT INTO drawing_chunks VALUES (?, 1, x'00')`).run(id(4))).toThrow(/read-only/);
    expect(() =>
      d
        .prepare(
          `INSERT INTO drawing_annotations (id, drawing_id, created_by, created_at, updated_at, kind, x, y, text) VALUES (?, ?, ?, ?, ?, 'pin', 1, 1, '')`,
        )
        .run(id(8), id(4), id(1), T, T),
    ).toThrow(/read-only/);
  });

  it('links a drawing once, and only to a draft', () => {
    const d = seeded();
    expect(() => d.prepare('UPDATE drawings SET assessment_id = NULL, assessment_seq = NULL WHERE id = ?').run(id(4))).toThrow(
      /stays with its assessment/,
    );
    d.prepare(
      `INSERT INTO drawings (id, created_by, created_at, updated_at, orientation, medium, pointer_types, status, strokes, event_count, finished_at, finished_t)
       VALUES (?, ?, ?, ?, 'portrait', 'paper', '[]', 'finished', x'00', 0, ?, 0)`,
    ).run(id(5), id(1), T, T, T);
    sign(d);
    expect(() => d.prepare('UPDATE drawings SET assessment_id = ?, assessment_seq = 2 WHERE id = ?').run(id(3), id(5))).toThrow(
      /draft assessments only/,
    );
  });
});
