import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, openEncryptedDatabase } from '../../electron/backend/db/connection';
import { migrate } from '../../electron/backend/db/migrate';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { type Backend, openBackend } from '../../electron/backend/openBackend';
import { openBackupFile } from '../../electron/backend/services/backup/verifyBackup';
import { sha256OfFile, writeBackupFile } from '../../electron/backend/vault/backupFile';
import { facilityNameHash, signHeader } from '../../electron/backend/vault/backupFormat';
import { checkDatabaseFile } from '../../electron/backend/vault/backupSnapshot';
import { newLookupSalt, usernameTag } from '../../electron/backend/vault/lookupTag';
import { newDataKey, newId, passwordSecret, wrapDataKey } from '../../electron/backend/vault/wrap';
import { ADMIN, FACILITY, FAST_KDF, ok } from './helpers';

const ROOT = resolve(import.meta.dirname, '../..');
const CHILD = resolve(import.meta.dirname, 'fixtures/backupChild.ts');
const dirs: string[] = [];
const backends: Backend[] = [];
afterEach(async () => {
  for (const b of backends.splice(0)) await b.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const temp = (name: string) => {
  const d = mkdtempSync(join(tmpdir(), `kenes-bkc-${name}-`));
  dirs.push(d);
  return d;
};
const backendOn = (dataDir: string, file: string | null = null, folder: string | null = null) => {
  const b = openBackend({
    dataDir,
    kdfCost: FAST_KDF,
    idleCheckMs: 0,
    log: () => undefined,
    pickFolder: async () => folder,
    pickBackupFile: async () => file,
  });
  backends.push(b);
  return b;
};

/** Runs the child and SIGKILLs it `delayMs` after it says "go". */
function killDuring(args: string[], delayMs: number): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const watchdog = setTimeout(() => child.kill('SIGKILL'), 60_000);
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('go')) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.once('exit', (_code, signal) => {
      clearTimeout(watchdog);
      if (signal === 'SIGKILL') done();
      else fail(new Error(`the child ended by itself: ${err}`));
    });
  });
}

async function vaultWithClients(dir: string): Promise<void> {
  const b = openBackend({ dataDir: dir, kdfCost: FAST_KDF, idleCheckMs: 0, log: () => undefined });
  ok(await b.invoke('vault:setup', { language: 'ru', facilityName: FACILITY, admin: ADMIN }));
  await b.close();
}

describe('backup and restore survive SIGKILL (issue 16, tests)', () => {
  it('a backup killed at any point leaves no file that looks valid, and the vault still opens', async () => {
    const data = temp('data');
    const usb = temp('usb');
    await vaultWithClients(data);
    for (const delay of [0, 40, 120, 300]) await killDuring(['backup', data, usb], delay);
    // Whatever is named like a backup is a whole, verified backup; interrupted writes are only .tmp files.
    for (const name of readdirSync(usb).filter((n) => n.endsWith('.kbak'))) await openBackupFile(join(usb, name));
    const b = backendOn(data);
    ok(await b.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
  }, 120_000);

  it('a restore killed at any point leaves a vault that opens, with the old data or the restored', async () => {
    const data = temp('data');
    const usb = temp('usb');
    await vaultWithClients(data);
    const b = backendOn(data, null, usb);
    ok(await b.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
    const { jobId } = ok(await b.invoke('backup:run', { destination: 'choose' }));
    for (;;) {
      const job = ok(await b.invoke('backup:job', { jobId: jobId ?? '' }));
      if (job.phase === 'done') break;
      expect(job.phase).not.toBe('failed');
      await new Promise((r) => setTimeout(r, 10));
    }
    await b.close();
    backends.splice(0);
    const file = join(usb, readdirSync(usb)[0] ?? '');
    for (const delay of [0, 60, 150, 400]) {
      await killDuring(['restore', data, usb, file], delay);
      const after = backendOn(data);
      expect(ok(await after.invoke('vault:status', {})).state).toBe('signed-out');
      ok(await after.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
      await after.close();
      backends.splice(0);
      expect(readdirSync(data).filter((n) => n === 'restore.json' || n.startsWith('restore-staging-'))).toEqual([]);
    }
  }, 180_000);
});

describe('restore across a schema migration', () => {
  it('migrates a backup of an older schema and records both versions', async () => {
    const work = temp('old');
    const key = newDataKey();
    const dbPath = join(work, 'old.db');
    const older = MIGRATIONS.slice(0, -1);
    const oldVersion = older.at(-1)?.version ?? 0;
    const db = openEncryptedDatabase(dbPath, key);
    migrate(db, older);
    const lookupSalt = newLookupSalt();
    const wrap = await wrapDataKey(key, passwordSecret(ADMIN.password), {
      kind: 'password',
      tag: usernameTag(lookupSalt, ADMIN.username),
      cost: FAST_KDF,
    });
    db.prepare(
      `INSERT INTO accounts (id, username, full_name, roles, language, active, wrap_id, must_change_password, created_at, updated_at)
       VALUES (?, ?, ?, '["admin"]', 'ru', 1, ?, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
    ).run(newId(), ADMIN.username, ADMIN.fullName, wrap.id);
    db.prepare("INSERT INTO settings (key, value) VALUES ('facilityName', ?), ('idleTimeoutMinutes', '10')").run(FACILITY);
    closeDatabase(db);
    const check = await checkDatabaseFile(dbPath, key);
    const header = signHeader(
      {
        format: 'kenes-backup',
        version: 1,
        createdAt: '2026-06-01T10:00:00.000Z',
        appVersion: '0.0.9',
        schemaVersion: check.schemaVersion,
        facilityNameHash: facilityNameHash(FACILITY),
        counts: check.counts,
        keys: { lookupSalt, wraps: [wrap] },
        auditAnchor: null,
        database: await sha256OfFile(dbPath),
        automatic: false,
      },
      key,
    );
    const file = join(work, 'old.kbak');
    await writeBackupFile(file, header, dbPath);

    const data = temp('fresh');
    const b = backendOn(data, file);
    const summary = ok(await b.invoke('restore:open', {}));
    if (!summary) throw new Error('no summary');
    expect(summary.schemaVersion).toBe(oldVersion);
    const preview = ok(
      await b.invoke('restore:unlock', { token: summary.token, username: ADMIN.username, password: ADMIN.password }),
    );
    expect(preview).toMatchObject({
      schemaVersion: oldVersion,
      currentSchemaVersion: MIGRATIONS.at(-1)?.version,
      facilityName: FACILITY,
    });
    ok(await b.invoke('restore:apply', { token: summary.token }));
    ok(await b.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
    const restored = openEncryptedDatabase(join(data, 'vault.db'), key, { fileMustExist: true });
    const version = restored.pragma('user_version', { simple: true });
    const row = restored.prepare("SELECT details FROM audit_log WHERE action = 'backup.restored'").get() as { details: string };
    restored.close();
    expect(version).toBe(MIGRATIONS.at(-1)?.version);
    expect(JSON.parse(row.details)).toMatchObject({ fromSchema: oldVersion, toSchema: MIGRATIONS.at(-1)?.version });
  });
});
