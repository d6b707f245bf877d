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

const T = '2026-12-03T15:00:00.000Z';
const id = (n: number) => n.toString(16).padStart(32, '0');
const [ACCOUNT, CLIENT_A, CLIENT_B, GROUP, MEMBER_A, MEMBER_B, SIGNED, DRAFT] = [1, 2, 3, 4, 5, 6, 7, 8].map(id) as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

/**
 * A database at migration 0006: a group with two members, a session whose note is signed (member A
 * has a grid line, member B was only enrolled) and a session still in draft.
 */
function seeded(): Db {
  dir = mkdtempSync(join(tmpdir(), 'kenes-mig7-'));
  db = openEncryptedDatabase(join(dir, 'm.db'), Buffer.alloc(32, 7));
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= 6),
  );
  db.prepare(`INSERT INTO accounts VALUES (?, 'f', 'Fac', '["facilitator"]', 'ru', 1, NULL, 0, ?, ?)`).run(ACCOUNT, T, T);
  for (const [c, code] of [
    [CLIENT_A, 'K7M4-QX9B'],
    [CLIENT_B, 'K7M4-QX9C'],
  ] as const) {
    db.prepare('INSERT INTO clients (id, code, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
      c,
      code,
      ACCOUNT,
      T,
      T,
    );
  }
  db.prepare(
    `INSERT INTO groups (id, name, programme_type, start_date, weekdays, status, created_by, created_at, updated_at)
     VALUES (?, 'G', 'other', '2026-12-01', '[]', 'running', ?, ?, ?)`,
  ).run(GROUP, ACCOUNT, T, T);
  for (const [m, c, alias] of [
    [MEMBER_A, CLIENT_A, 'A'],
    [MEMBER_B, CLIENT_B, 'B'],
  ] as const) {
    db.prepare(
      `INSERT INTO group_members (id, group_id, client_id, alias, joined_on, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, '2026-12-01', ?, ?, ?)`,
    ).run(m, GROUP, c, alias, ACCOUNT, T, T);
  }
  for (const s of [SIGNED, DRAFT]) {
    db.prepare(
      `INSERT INTO group_sessions (id, group_id, date, duration_minutes, created_by, created_at, updated_at) VALUES (?, ?, '2026-12-03', 60, ?, ?, ?)`,
    ).run(s, GROUP, ACCOUNT, T, T);
    db.prepare('INSERT INTO group_session_facilitators VALUES (?, ?)').run(s, ACCOUNT);
  }
  db.prepare(
    `INSERT INTO group_session_records (session_id, member_id, attendance, updated_by, updated_at) VALUES (?, ?, 'present', ?, ?)`,
  ).run(SIGNED, MEMBER_A, ACCOUNT, T);
  db.prepare(
    `INSERT INTO group_session_notes (session_id, text, status, updated_by, updated_at, signed_by, signed_at) VALUES (?, 'n', 'signed', ?, ?, ?, ?)`,
  ).run(SIGNED, ACCOUNT, T, ACCOUNT, T);
  return db;
}

describe('migration 0007 (signed sessions and seals)', () => {
  it('gives a signed session a grid line for every member it listed, and asks the app to seal what was signed before', () => {
    const d = seeded();
    migrate(
      d,
      MIGRATIONS.filter((m) => m.version <= 7),
    );
    expect(d.pragma('user_version', { simple: true })).toBe(7);
    expect(
      d
        .prepare(
          'SELECT member_id, attendance, updated_by, updated_at FROM group_session_records WHERE session_id = ? ORDER BY member_id',
        )
        .all(SIGNED),
    ).toEqual([
      { member_id: MEMBER_A, attendance: 'present', updated_by: ACCOUNT, updated_at: T },
      { member_id: MEMBER_B, attendance: null, updated_by: ACCOUNT, updated_at: T },
    ]);
    // The draft session is left as it was.
    expect(d.prepare('SELECT count(*) AS n FROM group_session_records WHERE session_id = ?').get(DRAFT)).toEqual({ n: 0 });
    expect(d.prepare("SELECT value FROM settings WHERE key = 'seals.pending'").get()).toEqual({ value: '1' });
  });

  it('freezes the grid, facilitators and aliases of a signed session, and leaves a draft session writable, upserts and REPLACE included', () => {
    const d = seeded();
    migrate(d);
    const refused = [
      () => d.prepare(`UPDATE group_session_records SET attendance = 'late' WHERE session_id = ?`).run(SIGNED),
      () =>
        d
          .prepare(
            `INSERT OR REPLACE INTO group_session_records (session_id, member_id, attendance, updated_by, updated_at) VALUES (?, ?, 'late', ?, ?)`,
          )
          .run(SIGNED, MEMBER_A, ACCOUNT, T),
      () => d.prepare('DELETE FROM group_session_facilitators WHERE session_id = ?').run(SIGNED),
      () => d.prepare(`UPDATE group_members SET alias = 'Z' WHERE id = ?`).run(MEMBER_B),
      () =>
        d
          .prepare(
            `REPLACE INTO group_members (id, group_id, client_id, alias, joined_on, created_by, created_at, updated_at) VALUES (?, ?, ?, 'Z', '2026-12-01', ?, ?, ?)`,
          )
          .run(MEMBER_A, GROUP, CLIENT_A, ACCOUNT, T, T),
      () => d.prepare(`INSERT INTO signed_seals VALUES ('groupSession', ?, ?, ?)`).run(DRAFT, 'a'.repeat(64), T),
    ];
    for (const attempt of refused) expect(attempt).toThrow(/read-only|signed/);
    // What the app does to a draft session keeps working.
    d.prepare(
      `INSERT INTO group_session_records (session_id, member_id, attendance, updated_by, updated_at) VALUES (?, ?, 'late', ?, ?)
       ON CONFLICT (session_id, member_id) DO UPDATE SET attendance = excluded.attendance`,
    ).run(DRAFT, MEMBER_A, ACCOUNT, T);
    d.prepare(
      `INSERT OR REPLACE INTO group_session_records (session_id, member_id, attendance, updated_by, updated_at) VALUES (?, ?, 'present', ?, ?)`,
    ).run(DRAFT, MEMBER_A, ACCOUNT, T);
    d.prepare('DELETE FROM group_session_facilitators WHERE session_id = ?').run(DRAFT);
    // A seal is written once for a signed record, and then kept.
    d.prepare(`INSERT INTO signed_seals VALUES ('groupSession', ?, ?, ?)`).run(SIGNED, 'a'.repeat(64), T);
    expect(() => d.prepare(`UPDATE signed_seals SET digest = ?`).run('b'.repeat(64))).toThrow(/read-only/);
    expect(() =>
      d.prepare(`INSERT OR REPLACE INTO signed_seals VALUES ('groupSession', ?, ?, ?)`).run(SIGNED, 'b'.repeat(64), T),
    ).toThrow(/read-only/);
  });

  it('asks for no sealing in a database with nothing signed', () => {
    dir = mkdtempSync(join(tmpdir(), 'kenes-mig7-'));
    db = openEncryptedDatabase(join(dir, 'm.db'), Buffer.alloc(32, 7));
    migrate(db);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'seals.pending'").get()).toBeUndefined();
  });
});
