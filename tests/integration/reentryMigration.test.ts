import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Db, openEncryptedDatabase } from '../../electron/backend/db/connection';
import { migrate } from '../../electron/backend/db/migrate';
import { MIGRATIONS } from '../../electron/backend/db/migrations';

/**
 * Migration 0015 on a vault of the version before issue 17 (schema 12, as shipped): every client keeps every
 * field, the new profile columns read "not recorded", and the plan tables keep their rules themselves.
 */

let dir: string;
let db: Db | undefined;
afterEach(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

function at0012(): Db {
  dir = mkdtempSync(join(tmpdir(), 'kenes-mig15-'));
  db = openEncryptedDatabase(join(dir, 'm.db'), Buffer.alloc(32, 15));
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= 12),
  );
  db.prepare(
    "INSERT INTO accounts VALUES ('a1', 'psy', 'Psy', '[\"psychologist\"]', 'kk', 1, NULL, 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
  ).run();
  db.prepare(
    `INSERT INTO clients (id, code, created_by, created_at, updated_at, full_name, search_name, birth_date, sex, language, unit, notes)
     VALUES ('c1', 'K7MX-2P9Q', 'a1', '2026-01-02T00:00:00Z', '2026-01-03T00:00:00Z', 'Әлия', 'әлия', '1990-05-01', 'female', 'kk', 'Отряд 2', 'n')`,
  ).run();
  return db;
}

describe('migration 0015: client profile and re-entry plans', () => {
  it('keeps every client field, adds the profile as not recorded, and plans start empty', () => {
    const d = at0012();
    const before = d.prepare('SELECT * FROM clients').get() as Record<string, unknown>;
    expect(
      migrate(
        d,
        MIGRATIONS.filter((m) => m.version <= 15),
      ),
    ).toBe(15);
    const after = d.prepare('SELECT * FROM clients').get() as Record<string, unknown>;
    expect(after).toMatchObject(before);
    expect(after).toMatchObject({
      education_level: null,
      literacy: null,
      questionnaires_read_aloud: null,
      sentence_start: null,
      sentence_end: null,
    });
    expect(d.prepare('SELECT count(*) AS n FROM reentry_plans').get()).toEqual({ n: 0 });
    expect(d.prepare('SELECT count(*) AS n FROM reentry_items').get()).toEqual({ n: 0 });
  });

  it('keeps the plan’s rules in the database: known values only, probation after release, one row per area, nothing deleted', () => {
    const d = at0012();
    migrate(
      d,
      MIGRATIONS.filter((m) => m.version <= 15),
    );
    expect(() => d.prepare("UPDATE clients SET education_level = 'doctorate'").run()).toThrow(/CHECK/);
    expect(() =>
      d.prepare("INSERT INTO reentry_plans VALUES ('c1', '2027-03-14', '2027-03-13', 'a1', '2026-11-25T09:00:00Z')").run(),
    ).toThrow(/CHECK/);
    d.prepare("INSERT INTO reentry_plans VALUES ('c1', '2027-03-14', NULL, 'a1', '2026-11-25T09:00:00Z')").run();
    const item = d.prepare(
      "INSERT INTO reentry_items VALUES (?, 'c1', 'housing', '', 'done', NULL, '', 'a1', '2026-11-25T09:00:00Z')",
    );
    item.run('i1');
    expect(() => item.run('i2')).toThrow(/UNIQUE/);
    expect(() => d.prepare('DELETE FROM reentry_items').run()).toThrow(/not deleted/);
    expect(() => d.prepare('DELETE FROM reentry_plans').run()).toThrow(/not deleted/);
    // A change to the plan is activity in the client's record: the list's order follows it.
    expect((d.prepare("SELECT activity_at FROM clients WHERE id = 'c1'").get() as { activity_at: string }).activity_at).toBe(
      '2026-11-25T09:00:00Z',
    );
  });
});
