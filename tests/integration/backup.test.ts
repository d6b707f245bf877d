import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Db, openEncryptedDatabase } from '../../electron/backend/db/connection';
import { type Backend, openBackend } from '../../electron/backend/openBackend';
import { recoverRawKeyHex } from '../../electron/backend/vault/rawKey';
import { addClient } from './fixtures/clientSetup';
import { ADMIN, FACILITY, FAST_KDF, fails, ok } from './helpers';

const dirs: string[] = [];
const backends: Backend[] = [];
afterEach(async () => {
  for (const b of backends.splice(0)) await b.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(name: string): string {
  const d = mkdtempSync(join(tmpdir(), `kenes-bk-${name}-`));
  dirs.push(d);
  return d;
}

/** A backend whose folder picker answers `pick.folder` and whose file picker answers `pick.file`. */
function backendOn(
  dataDir: string,
  pick: { folder: string | null; file: string | null },
  clock = { t: Date.parse('2026-11-25T09:00:00Z') },
) {
  const b = openBackend({
    dataDir,
    kdfCost: FAST_KDF,
    now: () => clock.t,
    idleCheckMs: 0,
    flushBoundMs: 50,
    log: () => undefined,
    appVersion: '0.1.0-test',
    pickFolder: async () => pick.folder,
    pickBackupFile: async () => pick.file,
  });
  backends.push(b);
  return b;
}

async function setUp(b: Backend): Promise<string> {
  const { recoveryKey } = ok(await b.invoke('vault:setup', { language: 'en', facilityName: FACILITY, admin: ADMIN }));
  return recoveryKey;
}

async function runBackup(b: Backend, destination: 'configured' | 'choose' = 'configured') {
  const { jobId } = ok(await b.invoke('backup:run', { destination }));
  if (!jobId) throw new Error('no job');
  for (;;) {
    const job = ok(await b.invoke('backup:job', { jobId }));
    if (job.phase === 'done' || job.phase === 'failed') return job;
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function rawDb(dir: string, recoveryKey: string): Promise<Db> {
  const hex = (await recoverRawKeyHex(join(dir, 'vault.key'), recoveryKey)).slice(2, -1);
  return openEncryptedDatabase(join(dir, 'vault.db'), Buffer.from(hex, 'hex'), { fileMustExist: true });
}

/** Every row of every table, hashed per table. */
function tablesState(db: Db): Record<string, { rows: number; sha256: string }> {
  const out: Record<string, { rows: number; sha256: string }> = {};
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as {
    name: string;
  }[];
  for (const { name } of tables) {
    // Some tables are WITHOUT ROWID: rows are compared as sorted text.
    const rows = db
      .prepare(`SELECT * FROM "${name}"`)
      .all()
      .map((r) => JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)))
      .sort();
    out[name] = { rows: rows.length, sha256: createHash('sha256').update(rows.join('\n')).digest('hex') };
  }
  return out;
}

/** SHA-256 of every file under a folder (sub-folders included), by relative path. */
function snapshot(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(out, snapshot(path, `${prefix}${entry.name}/`));
    else out[prefix + entry.name] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

const MARKER_NAME = 'Жанаргүл Маркерқызы Плейнтекстова';

/** A vault with a client, backed up into `folder`; returns the backup's path. */
async function vaultWithBackup() {
  const data = tempDir('data');
  const folder = tempDir('usb');
  const pick = { folder, file: null as string | null };
  const b = backendOn(data, pick);
  const recoveryKey = await setUp(b);
  await addClient(b.invoke, { fullName: MARKER_NAME });
  ok(await b.invoke('backup:chooseFolder', {}));
  // No automatic backup at the tests' sign-outs: its work files would come and go under the file snapshots.
  ok(await b.invoke('backup:configure', { automatic: false, keepDaily: 7, keepWeekly: 4 }));
  const job = await runBackup(b);
  expect(job).toMatchObject({ phase: 'done', error: null });
  const file = join(folder, job.fileName ?? '');
  return { data, folder, pick, b, recoveryKey, file };
}

describe('backups (issue 16, section 1)', () => {
  it('writes one verified, encrypted file with its header, and reports it in the status', async () => {
    const { b, file, folder } = await vaultWithBackup();
    expect(readdirSync(folder)).toEqual(['kenes-backup-20261125-090000.kbak']);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('KENESBAK');
    // Never plaintext: neither the client's name nor SQLite's plain header appears anywhere in the file.
    expect(bytes.includes(Buffer.from(MARKER_NAME, 'utf8'))).toBe(false);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    const header = JSON.parse(bytes.subarray(12, 12 + bytes.readUInt32BE(8)).toString('utf8')) as Record<string, unknown>;
    expect(header).toMatchObject({ format: 'kenes-backup', version: 1, appVersion: '0.1.0-test', automatic: false });
    expect((header.counts as Record<string, number>).clients).toBe(1);
    const status = ok(await b.invoke('backup:status', {}));
    expect(status).toMatchObject({
      overdue: false,
      lastFailure: null,
      lastVerified: { fileName: 'kenes-backup-20261125-090000.kbak' },
    });
  });

  it('refuses a second backup while one runs, and "Back up now" before a folder is chosen', async () => {
    const data = tempDir('data');
    const b = backendOn(data, { folder: null, file: null });
    await setUp(b);
    fails(await b.invoke('backup:run', { destination: 'configured' }), 'BACKUP_FOLDER_UNSET');
    const status = ok(await b.invoke('backup:status', {}));
    expect(status.overdue).toBe(true);
  });

  it('backs up at sign-out when automatic, at most once a day, keeping the newest verified one', async () => {
    const data = tempDir('data');
    const folder = tempDir('auto');
    const clock = { t: Date.parse('2026-11-25T09:00:00Z') };
    const b = backendOn(data, { folder, file: null }, clock);
    await setUp(b);
    ok(await b.invoke('backup:chooseFolder', {}));
    ok(await b.invoke('backup:configure', { automatic: true, keepDaily: 2, keepWeekly: 0 }));
    for (const day of ['2026-11-25', '2026-11-25', '2026-11-26', '2026-11-27']) {
      clock.t = Date.parse(`${day}T17:00:00Z`);
      ok(await b.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
      ok(await b.invoke('auth:signOut', {}));
      await new Promise((r) => setTimeout(r, 50));
      ok(await b.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
      // Waits for the job through the status.
      for (let i = 0; i < 200 && ok(await b.invoke('backup:status', {})).runningJobId; i++)
        await new Promise((r) => setTimeout(r, 20));
      ok(await b.invoke('auth:signOut', {}));
      for (let i = 0; i < 200; i++) {
        ok(await b.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
        const running = ok(await b.invoke('backup:status', {})).runningJobId;
        ok(await b.invoke('auth:lock', {}));
        if (!running) break;
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    // One a day (the second sign-out on the 25th made none), and only the newest two days kept.
    expect(readdirSync(folder).sort()).toEqual([
      'kenes-backup-auto-20261126-170000.kbak',
      'kenes-backup-auto-20261127-170000.kbak',
    ]);
  });

  it('takes a consistent snapshot while another process writes, and the restore holds every table as it was then', async () => {
    const data = tempDir('data');
    const folder = tempDir('usb');
    const pick = { folder, file: null as string | null };
    const b = backendOn(data, pick);
    const recoveryKey = await setUp(b);
    for (let i = 0; i < 20; i++) await addClient(b.invoke, { fullName: `Клиент ${i}` });
    ok(await b.invoke('backup:chooseFolder', {}));
    const hex = (await recoverRawKeyHex(join(data, 'vault.key'), recoveryKey)).slice(2, -1);
    // Another process inserts rows as fast as it can for the whole backup.
    const script = join(tempDir('child'), 'writer.cjs');
    writeFileSync(
      script,
      `const D = require(${JSON.stringify(createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers'))});
       const db = new D(process.argv[2]); db.pragma("cipher='sqlcipher'"); db.pragma('legacy=4');
       db.pragma("key=\\"x'${hex}'\\""); db.pragma('busy_timeout = 5000');
       let i = 0; process.stdout.write('ready\\n');
       const step = () => { for (let k = 0; k < 20; k++) db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('load.' + String(i++).padStart(6, '0'), 'x'); setImmediate(step); };
       step();`,
    );
    const child = spawn(process.execPath, [script, join(data, 'vault.db')], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    await new Promise((r) => setTimeout(r, 100));
    const job = await runBackup(b);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(job.phase).toBe('done');
    const live = await rawDb(data, recoveryKey);
    const liveState = tablesState(live);
    const liveLoad = (
      live.prepare("SELECT key FROM settings WHERE key LIKE 'load.%' ORDER BY key").all() as { key: string }[]
    ).map((r) => r.key);
    live.close();

    // Restore into a new installation from its first-run screen.
    const fresh = tempDir('fresh');
    const b2 = backendOn(fresh, { folder: null, file: join(folder, job.fileName ?? '') });
    const summary = ok(await b2.invoke('restore:open', {}));
    if (!summary) throw new Error('no summary');
    const preview = ok(await b2.invoke('restore:unlock', { token: summary.token, recoveryKey }));
    expect(preview.facilityName).toBe(FACILITY);
    expect(ok(await b2.invoke('restore:apply', { token: summary.token }))).toEqual({ movedAsideTo: null });
    const restored = await rawDb(fresh, recoveryKey);
    const restoredState = tablesState(restored);
    const restoredLoad = (
      restored.prepare("SELECT key FROM settings WHERE key LIKE 'load.%' ORDER BY key").all() as { key: string }[]
    ).map((r) => r.key);
    const lastAudit = restored.prepare('SELECT action FROM audit_log ORDER BY id DESC LIMIT 1').get();
    restored.close();
    // The writer's rows are a prefix of the live ones: the snapshot is one moment, not a mix.
    expect(restoredLoad.length).toBeGreaterThan(0);
    expect(liveLoad.slice(0, restoredLoad.length)).toEqual(restoredLoad);
    for (const table of Object.keys(liveState)) {
      if (table === 'settings' || table === 'audit_log') continue;
      expect(restoredState[table], table).toEqual(liveState[table]);
    }
    expect(lastAudit).toEqual({ action: 'backup.restored' });
    // The restored vault opens with the admin's password of that time.
    ok(await b2.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
    const found = ok(await b2.invoke('clients:search', { query: 'Клиент 19' }));
    expect(found.total).toBe(1);
  }, 60_000);
});

describe('verifying a backup after the data key changed (issue 16, sections 1 and 3)', () => {
  it('says the backup needs a key of its time, never that it was altered, and it still opens with that key', async () => {
    const { b, file, pick } = await vaultWithBackup();
    pick.file = file;
    expect(ok(await b.invoke('backup:verify', {}))).toMatchObject({ counts: { clients: 1 } });
    const prepared = ok(await b.invoke('keys:prepareRotation', { password: ADMIN.password }));
    ok(await b.invoke('keys:rotate', { recoveryKey: prepared.recoveryKey, temporaryPasswords: [] }));
    fails(await b.invoke('backup:verify', {}), 'BACKUP_OTHER_KEY');
    // The preview of a restore checks it completely with the password of its time, and changes nothing.
    const summary = ok(await b.invoke('restore:open', {}));
    if (!summary) throw new Error('no summary');
    const preview = ok(
      await b.invoke('restore:unlock', { token: summary.token, username: ADMIN.username, password: ADMIN.password }),
    );
    expect(preview).toMatchObject({ facilityName: FACILITY, counts: { clients: 1 } });
    ok(await b.invoke('restore:cancel', {}));
  }, 60_000);
});

describe('restore (issue 16, section 2)', () => {
  it('moves the current vault aside intact, says where, and restores the backup over it', async () => {
    const { data, b, file, pick, recoveryKey } = await vaultWithBackup();
    // After the backup the vault changes: a second client.
    await addClient(b.invoke, { fullName: 'После Копии' });
    pick.file = file;
    const summary = ok(await b.invoke('restore:open', {}));
    if (!summary) throw new Error('no summary');
    expect(summary.counts.clients).toBe(1);
    const preview = ok(
      await b.invoke('restore:unlock', { token: summary.token, username: ADMIN.username, password: ADMIN.password }),
    );
    expect(preview).toMatchObject({ facilityName: FACILITY, counts: { clients: 1 } });
    const { movedAsideTo } = ok(await b.invoke('restore:apply', { token: summary.token }));
    expect(movedAsideTo).toBe(join(data, 'before-restore-2026-11-25-09-00-00'));
    // The previous vault is there whole (its -wal was folded in at sign-out) and still opens with its own key file.
    expect(readdirSync(movedAsideTo ?? '').sort()).toEqual(['vault.db', 'vault.key', 'vault.key.2']);
    const old = await rawDb(movedAsideTo ?? '', recoveryKey);
    expect(old.prepare('SELECT count(*) AS n FROM clients').get()).toEqual({ n: 2 });
    old.close();
    expect(ok(await b.invoke('vault:status', {})).state).toBe('signed-out');
    ok(await b.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
    const db = await rawDb(data, recoveryKey);
    const names = (db.prepare('SELECT full_name FROM clients').all() as { full_name: string }[]).map((r) => r.full_name);
    expect(names).toEqual([MARKER_NAME]);
    const row = db.prepare("SELECT details FROM audit_log WHERE action = 'backup.restored'").get() as { details: string };
    db.close();
    expect(JSON.parse(row.details)).toMatchObject({ via: 'password', backupCreatedAt: '2026-11-25T09:00:00.000Z' });
  });

  it('is refused to anyone but an admin while the vault is usable', async () => {
    const { b } = await vaultWithBackup();
    ok(await b.invoke('auth:signOut', {}));
    fails(await b.invoke('restore:open', {}), 'FORBIDDEN');
  });

  describe('refusals leave every file byte-identical', () => {
    const damage: [string, (bytes: Buffer, headerEnd: number) => Buffer, string][] = [
      ['a truncated file', (bytes) => bytes.subarray(0, bytes.length - 4096), 'BACKUP_TRUNCATED'],
      [
        'a corrupted database part',
        (bytes, headerEnd) => {
          const out = Buffer.from(bytes);
          out[headerEnd + 5000] = (out[headerEnd + 5000] ?? 0) ^ 0xff;
          return out;
        },
        'BACKUP_CORRUPTED',
      ],
      ['a file that is not a backup', () => Buffer.from('hello, not a backup at all'), 'BACKUP_NOT_A_BACKUP'],
      [
        'a newer format',
        (bytes) => Buffer.from(bytes.toString('latin1').replace('"version":1,', '"version":9,'), 'latin1'),
        'BACKUP_NEWER',
      ],
      [
        'a newer schema',
        (bytes) => Buffer.from(bytes.toString('latin1').replace(/"schemaVersion":\d+,/, '"schemaVersion":99,'), 'latin1'),
        'BACKUP_NEWER',
      ],
    ];
    for (const [what, change, code] of damage) {
      it(`refuses ${what} (${code})`, async () => {
        const { data, b, file, pick } = await vaultWithBackup();
        const bytes = readFileSync(file);
        const damaged = join(tempDir('bad'), 'bad.kbak');
        writeFileSync(damaged, change(bytes, 12 + bytes.readUInt32BE(8)));
        ok(await b.invoke('auth:signOut', {}));
        // A damaged vault lets anyone restore: make the folder unusable the way a lost key file does.
        rmSync(join(data, 'vault.key'));
        rmSync(join(data, 'vault.key.2'));
        const before = snapshot(data);
        pick.file = damaged;
        fails(await b.invoke('restore:open', {}), code);
        expect(snapshot(data)).toEqual(before);
      });
    }

    it('refuses a wrong password and a wrong recovery key (BACKUP_WRONG_KEY), and a changed header (BACKUP_TAMPERED)', async () => {
      const { data, b, file, pick, recoveryKey } = await vaultWithBackup();
      ok(await b.invoke('auth:signOut', {}));
      rmSync(join(data, 'vault.key'));
      rmSync(join(data, 'vault.key.2'));
      const before = snapshot(data);
      pick.file = file;
      const summary = ok(await b.invoke('restore:open', {}));
      if (!summary) throw new Error('no summary');
      fails(
        await b.invoke('restore:unlock', { token: summary.token, username: ADMIN.username, password: 'Not-The-Password-2026!' }),
        'BACKUP_WRONG_KEY',
      );
      const otherKey = recoveryKey.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
      const wrongKey = await b.invoke('restore:unlock', { token: summary.token, recoveryKey: otherKey });
      expect(wrongKey.ok).toBe(false);
      expect(snapshot(data)).toEqual(before);
      // Same length, different count: only the header's HMAC can tell.
      const bytes = readFileSync(file);
      const tampered = join(tempDir('bad'), 't.kbak');
      writeFileSync(tampered, Buffer.from(bytes.toString('latin1').replace('"clients":1', '"clients":7'), 'latin1'));
      pick.file = tampered;
      const s2 = ok(await b.invoke('restore:open', {}));
      if (!s2) throw new Error('no summary');
      fails(await b.invoke('restore:unlock', { token: s2.token, recoveryKey }), 'BACKUP_TAMPERED');
      expect(snapshot(data)).toEqual(before);
    });
  });
});
