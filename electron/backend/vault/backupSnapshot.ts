// Taking the database's snapshot for a backup, and checking a database file, on a worker thread with its own
// connection, so the main process keeps answering while a large vault is copied.
//
// Why VACUUM INTO and not SQLite's backup API (sqlite3_backup_*): better-sqlite3 opens the backup's destination
// itself, without a key, and SQLite3MultipleCiphers refuses a backup between an encrypted source and an unkeyed
// destination ("backup is not supported with incompatible source and target databases",
// sqlite3mcIsBackupSupported in its amalgamation) — which is also what guarantees no plaintext copy. VACUUM INTO
// attaches its target with no key, and SQLite3MultipleCiphers then gives an attached database the main
// database's cipher and key (sqlite3mcHandleAttachKey / sqlite3mcCodecAttach: "use the key from the main
// database"), so every page reaches the disk encrypted under the data key; the vacuum's own journal pages are
// encrypted by the same codec. Like the backup API it runs online: it reads one consistent snapshot inside a
// read transaction, and in WAL mode other connections keep writing meanwhile.
// tests/integration/backup.test.ts scans the written bytes for a known plaintext marker.
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Rows per table (sqlite_* tables left out), sorted by name. */
export type TableCounts = Record<string, number>;

/** What the snapshot saw: the live counts just before and just after the copy. */
export type SnapshotResult = { before: TableCounts; after: TableCounts };

/** What a check of a database file found. */
export type DatabaseCheck = {
  /** PRAGMA integrity_check's lines; ['ok'] when sound. */
  integrity: string[];
  counts: TableCounts;
  schemaVersion: number;
  facilityName: string | null;
  /** The newest audit row, for the anchor (audit/anchor.ts). */
  newestAudit: { id: number; hash: string } | null;
};

/** The worker runs as CommonJS text, so it needs no build step of its own (Electron main, tsx and vitest alike). */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
function open(path, key, readonly) {
  const db = new Database(path, { fileMustExist: true, readonly });
  try {
    db.pragma("cipher='sqlcipher'");
    db.pragma('legacy=4');
    db.pragma('key="x\\'' + Buffer.from(key).toString('hex') + '\\'"');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    db.pragma('busy_timeout = 10000');
    db.pragma('temp_store = MEMORY');
    return db;
  } catch (e) { db.close(); throw e; }
}
function counts(db) {
  const out = {};
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all();
  for (const t of tables) out[t.name] = db.prepare('SELECT count(*) AS n FROM "' + t.name.replace(/"/g, '""') + '"').get().n;
  return out;
}
function scalar(db, sql) { try { const r = db.prepare(sql).get(); return r ? Object.values(r)[0] : null; } catch { return null; } }
const { op, path, key, out } = workerData;
let db;
try {
  db = open(path, key, op === 'check');
  key.fill(0);
  if (op === 'snapshot') {
    const before = counts(db);
    db.prepare('VACUUM INTO ?').run(out);
    const after = counts(db);
    parentPort.postMessage({ ok: true, value: { before, after } });
  } else {
    const integrity = db.pragma('integrity_check').map((r) => r.integrity_check);
    const newest = db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() || null;
    parentPort.postMessage({ ok: true, value: {
      integrity, counts: counts(db), schemaVersion: db.pragma('user_version', { simple: true }),
      facilityName: scalar(db, "SELECT value FROM settings WHERE key = 'facilityName'"),
      newestAudit: newest ? { id: newest.id, hash: newest.hash } : null,
    } });
  }
} catch (e) {
  key.fill(0);
  parentPort.postMessage({ ok: false, code: e && e.code ? String(e.code) : 'ERROR', message: e && e.message ? String(e.message) : '' });
} finally {
  if (db && db.open) db.close();
}
`;

/** An error from the worker: SQLite's code (SQLITE_NOTADB, SQLITE_CORRUPT …) and its message, never data. */
export class SnapshotError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SnapshotError';
  }
}

const driverPath = (): string => createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers');

function runWorker<T>(data: { op: 'snapshot' | 'check'; path: string; key: Buffer; out?: string }): Promise<T> {
  // The worker gets its own copy of the key (structured clone) and wipes it once the connection is keyed.
  const key = new Uint8Array(data.key);
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { driver: driverPath(), op: data.op, path: data.path, out: data.out, key },
    });
    key.fill(0);
    let settled = false;
    worker.once('message', (m: { ok: true; value: T } | { ok: false; code: string; message: string }) => {
      settled = true;
      if (m.ok) resolve(m.value);
      else reject(new SnapshotError(m.code, m.message));
    });
    worker.once('error', (e) => {
      settled = true;
      reject(e);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new SnapshotError('WORKER_EXIT', `the worker ended with ${code}`));
    });
  });
}

/**
 * Copies the live database at `path` into `out` (a new file) with VACUUM INTO on a worker, encrypted under the
 * same data key. `onProgress` gets the share of the source's size written so far (an estimate: a vacuumed copy
 * is at most as large as the source).
 */
export async function snapshotDatabase(
  path: string,
  dataKey: Buffer,
  out: string,
  onProgress?: (fraction: number) => void,
): Promise<SnapshotResult> {
  const size = (p: string) => {
    try {
      return statSync(p).size;
    } catch {
      return 0;
    }
  };
  const total = Math.max(1, size(path) + size(`${path}-wal`));
  const timer = onProgress ? setInterval(() => onProgress(Math.min(0.99, size(out) / total)), 100) : null;
  try {
    return await runWorker<SnapshotResult>({ op: 'snapshot', path, key: dataKey, out });
  } finally {
    if (timer) clearInterval(timer);
  }
}

/** Opens a database file read-only with the key on a worker and checks it; throws SnapshotError when it cannot be opened. */
export function checkDatabaseFile(path: string, dataKey: Buffer): Promise<DatabaseCheck> {
  return runWorker<DatabaseCheck>({ op: 'check', path, key: dataKey });
}
