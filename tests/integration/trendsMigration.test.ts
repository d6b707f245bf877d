import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Db, openEncryptedDatabase } from '../../electron/backend/db/connection';
import { migrate } from '../../electron/backend/db/migrate';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { trendsSignedOfInstrument } from '../../electron/backend/db/repos/trendsRepo';

let dir: string;
let db: Db | undefined;
afterEach(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const UP_TO_11 = MIGRATIONS.filter((m) => m.version <= 11);
const UP_TO_12 = MIGRATIONS.filter((m) => m.version <= 12);

/** A database at schema 11 with one signed and one draft PHQ-9. */
function at0011(): Db {
  dir = mkdtempSync(join(tmpdir(), 'kenes-mig12-'));
  db = openEncryptedDatabase(join(dir, 'm.db'), Buffer.alloc(32, 12));
  migrate(db, UP_TO_11);
  db.prepare(
    "INSERT INTO accounts VALUES ('a1', 'psy', 'Psy', '[\"psychologist\"]', 'kk', 1, NULL, 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
  ).run();
  db.prepare(
    "INSERT INTO clients (id, code, created_by, created_at, updated_at, notes) VALUES ('c1', 'K7MX-2P9Q', 'a1', 't', 't', '')",
  ).run();
  const insert = db.prepare(
    `INSERT INTO assessments (id, client_id, instrument_id, instrument_version, instrument_kind, status, created_by, created_at,
       updated_at, form, totals, scores, signed_by, signed_name, signed_at)
     VALUES (?, 'c1', 'phq9', '1.0.0', 'questionnaire', ?, 'a1', '2026-03-01T09:00:00Z', '2026-03-01T09:00:00Z', '{}',
       '[{"scaleId":"total","value":7,"band":null}]', ?, ?, ?, ?)`,
  );
  insert.run('signed1', 'signed', '{}', 'a1', 'Psy', '2026-03-02T10:00:00.000Z');
  insert.run('draft1', 'draft', null, null, null, null);
  return db;
}

describe('migration 0012: trends indexes', () => {
  it('adds the indexes on top of 0011 and keeps every row; the trends queries use them', () => {
    const d = at0011();
    const before = d.prepare('SELECT * FROM assessments ORDER BY id').all();
    expect(migrate(d, UP_TO_12)).toBe(12);
    expect(d.prepare('SELECT * FROM assessments ORDER BY id').all()).toEqual(before);
    const indexes = (
      d.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%trends%'").all() as { name: string }[]
    )
      .map((r) => r.name)
      .sort();
    expect(indexes).toEqual([
      'assessments_trends_flags',
      'assessments_trends_instrument',
      'assessments_trends_referrals',
      'assessments_trends_signed',
      'group_members_trends_left',
    ]);
    // Only the signed one is counted, and the plan reads the covering index, not the table.
    expect(trendsSignedOfInstrument(d, 'phq9', 2026).map((r) => r.id)).toEqual(['signed1']);
    const plan = d
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id, client_id, substr(signed_at, 1, 10) AS date, totals FROM assessments
          WHERE status = 'signed' AND instrument_id = ? AND signed_at >= ? AND signed_at < ?`,
      )
      .all('phq9', '2026-01-01', '2027-01-01') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('COVERING INDEX assessments_trends_instrument');
  });
});
