import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Db, openEncryptedDatabase } from '../../electron/backend/db/connection';
import { migrate } from '../../electron/backend/db/migrate';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { trendsLegalStatuses } from '../../electron/backend/db/repos/trendsRepo';

let dir: string;
let db: Db | undefined;
afterEach(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const UP_TO = (v: number) => MIGRATIONS.filter((m) => m.version <= v);

type Old = { id: string; client: string; status: string; start: string; end: string | null };
const OLD: Old[] = [
  { id: 'p1', client: 'c1', status: 'in-custody', start: '2023-02-01', end: '2025-03-01' },
  { id: 'p2', client: 'c1', status: 'on-probation', start: '2025-03-01', end: null },
  { id: 'p3', client: 'c2', status: 'in-custody', start: '2024-06-10', end: null },
  { id: 'p4', client: 'c3', status: 'released', start: '2022-01-01', end: null },
];

/** A vault written by the app at schema `version` (before 0016), with clients whose periods hold the three old values. */
function oldVault(version: number): Db {
  dir = mkdtempSync(join(tmpdir(), 'kenes-mig16-'));
  db = openEncryptedDatabase(join(dir, 'm.db'), Buffer.alloc(32, 16));
  migrate(db, UP_TO(version));
  db.prepare(
    "INSERT INTO accounts VALUES ('a1', 'psy', 'Psy', '[\"psychologist\"]', 'kk', 1, NULL, 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
  ).run();
  for (const [i, c] of ['c1', 'c2', 'c3'].entries()) {
    db.prepare(
      `INSERT INTO clients (id, code, created_by, created_at, updated_at, notes) VALUES (?, ?, 'a1', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '')`,
    ).run(c, `K7MX-2P9${'QRS'[i]}`);
  }
  const insert = db.prepare(
    `INSERT INTO client_legal_statuses (id, client_id, status, start_date, end_date, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, 'a1', ?)`,
  );
  for (const p of OLD) insert.run(p.id, p.client, p.status, p.start, p.end, `${p.start}T09:00:00.000Z`);
  return db;
}

const rows = (d: Db) => d.prepare('SELECT * FROM client_legal_statuses ORDER BY id').all() as Record<string, unknown>[];

describe('migration 0016: legal statuses as Kazakh law has them', () => {
  for (const from of [11, 15]) {
    it(`keeps every period of a schema-${from} vault with its first value; 'released' is mapped, the others wait`, () => {
      const d = oldVault(from);
      const before = rows(d);
      expect(migrate(d)).toBe(MIGRATIONS.at(-1)!.version);
      const after = rows(d);
      expect(after).toHaveLength(before.length);
      for (const [i, b] of before.entries()) {
        // Same id, client, dates, author and time; the first value kept in original_status.
        expect(after[i]).toEqual({ ...b, original_status: b.status });
      }
      expect(after.map((r) => r.status)).toEqual(['in-custody', 'on-probation', 'in-custody', 'released']);
      expect(d.prepare('SELECT count(*) AS n FROM legal_status_mappings').get()).toEqual({ n: 0 });
      // Trends reads the same periods (an old value is "not recorded" there until mapped: population.ts).
      expect(trendsLegalStatuses(d)).toHaveLength(4);
    });
  }

  it('keeps the history protected, lets an old value be mapped once, and accepts only values of the law from now on', () => {
    const d = oldVault(15);
    migrate(d);
    const refused = (sql: string, ...params: unknown[]) => expect(() => d.prepare(sql).run(...params)).toThrow();
    // Nothing is deleted; REPLACE (a delete and an insert) neither.
    refused("DELETE FROM client_legal_statuses WHERE id = 'p4'");
    // A new period cannot hold an old value or claim one as its first.
    refused(
      `INSERT INTO client_legal_statuses (id, client_id, status, start_date, recorded_by, recorded_at)
       VALUES ('n1', 'c3', 'in-custody', '2026-02-01', 'a1', 't')`,
    );
    refused(
      `INSERT INTO client_legal_statuses (id, client_id, status, original_status, start_date, recorded_by, recorded_at)
       VALUES ('n1', 'c3', 'parole', 'released', '2026-02-01', 'a1', 't')`,
    );
    refused(
      `INSERT INTO client_legal_statuses (id, client_id, status, start_date, recorded_by, recorded_at)
       VALUES ('n1', 'c3', 'on probation', '2026-02-01', 'a1', 't')`,
    );
    // A status of the law is accepted, and raises the client's last activity as before.
    d.prepare(
      `INSERT INTO client_legal_statuses (id, client_id, status, start_date, recorded_by, recorded_at)
       VALUES ('n1', 'c2', 'sentence-medium-security', '2026-02-01', 'a1', '2026-02-01T10:00:00.000Z')`,
    ).run();
    expect(d.prepare("SELECT activity_at FROM clients WHERE id = 'c2'").get()).toEqual({
      activity_at: '2026-02-01T10:00:00.000Z',
    });
    // Mapping: an old value to a value of the law, once; never back, never a value of the law changed, never the first value.
    d.prepare("UPDATE client_legal_statuses SET status = 'pre-trial-detention' WHERE id = 'p1'").run();
    refused("UPDATE client_legal_statuses SET status = 'sentence-full-security' WHERE id = 'p1'");
    d.prepare("UPDATE client_legal_statuses SET status = 'parole' WHERE id = 'p2'").run();
    refused("UPDATE client_legal_statuses SET status = 'on-probation' WHERE id = 'p2'");
    refused("UPDATE client_legal_statuses SET status = 'parole' WHERE id = 'p4'");
    refused("UPDATE client_legal_statuses SET original_status = NULL WHERE id = 'p1'");
    refused("UPDATE client_legal_statuses SET status = 'parole', start_date = '2020-01-01' WHERE id = 'p3'");
    // The end date is still given once.
    d.prepare("UPDATE client_legal_statuses SET end_date = '2026-01-31' WHERE id = 'p3'").run();
    refused("UPDATE client_legal_statuses SET end_date = '2026-01-30' WHERE id = 'p3'");
    refused("UPDATE client_legal_statuses SET end_date = NULL WHERE id = 'p3'");
    expect(d.prepare("SELECT status, original_status, end_date FROM client_legal_statuses WHERE id = 'p1'").get()).toEqual({
      status: 'pre-trial-detention',
      original_status: 'in-custody',
      end_date: '2025-03-01',
    });
    // An answer is recorded once and kept.
    const answer = d.prepare("INSERT INTO legal_status_mappings VALUES ('in-custody', ?, 2, 'a1', '2026-02-01T10:00:00.000Z')");
    answer.run('pre-trial-detention');
    expect(() => answer.run('sentence-full-security')).toThrow();
    refused("UPDATE legal_status_mappings SET mapped_to = 'parole'");
    refused('DELETE FROM legal_status_mappings');
  });
});
