import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Db, openEncryptedDatabase } from '../../electron/backend/db/connection';
import { migrate } from '../../electron/backend/db/migrate';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { migration0001 } from '../../electron/backend/db/migrations/0001-initial';
import { AppFailure } from '../../electron/contract/errors';

const LATEST = MIGRATIONS.at(-1)!.version;
let dir: string;
let db: Db | undefined;
afterEach(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

function freshDb(): Db {
  dir = mkdtempSync(join(tmpdir(), 'kenes-mig-'));
  db = openEncryptedDatabase(join(dir, 'm.db'), Buffer.alloc(32, 7));
  return db;
}

describe('migrations', () => {
  it('0001 creates accounts, settings and the audit log and records the version', () => {
    const d = freshDb();
    expect(migrate(d, [migration0001])).toBe(1);
    expect(d.pragma('user_version', { simple: true })).toBe(1);
    const tables = (
      d.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
    ).map((r) => r.name);
    expect(tables).toEqual(['accounts', 'audit_log', 'settings']);
    expect(() => d.prepare("INSERT INTO accounts VALUES ('a','u','n','[]','de',1,NULL,0,'t','t')").run()).toThrow(/CHECK/);
  });

  it('is idempotent', () => {
    const d = freshDb();
    migrate(d);
    expect(migrate(d)).toBe(LATEST);
  });

  it('refuses a database written by a newer app', () => {
    const d = freshDb();
    migrate(d);
    d.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    expect(() => migrate(d)).toThrow(AppFailure);
  });

  it('rolls back a failing step completely', () => {
    const d = freshDb();
    migrate(d);
    const broken = [
      ...MIGRATIONS,
      { version: LATEST + 1, name: 'broken', up: (x: Db) => x.exec('CREATE TABLE half (a); SELECT * FROM missing') },
    ];
    expect(() => migrate(d, broken)).toThrow();
    expect(d.pragma('user_version', { simple: true })).toBe(LATEST);
    expect(d.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
  });

  it('refuses to open with a wrong key', () => {
    freshDb();
    migrate(db!);
    db!.close();
    db = undefined;
    expect(() => openEncryptedDatabase(join(dir, 'm.db'), Buffer.alloc(32, 8))).toThrow();
  });
});
