// Backup, verify and restore of a large vault (issue 16, Benchmarks): 10,000 clients, 100,000 assessments and
// 20,000 finished drawings with their strokes, in seconds and megabytes, with the backup's size as a share of the
// database's. The rows are written with SQL (the channels would take hours); the backup, verify and restore run
// through the real channels.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEncryptedDatabase, closeDatabase } from '../../electron/backend/db/connection';
import { type Backend, openBackend } from '../../electron/backend/openBackend';
import { recoverRawKeyHex } from '../../electron/backend/vault/rawKey';
import type { BenchRow } from './run';

const CLIENTS = 10_000;
const ASSESSMENTS = 100_000;
const DRAWINGS = 20_000;
const ADMIN = { fullName: 'Bench Admin', username: 'bench', password: 'Kokterek-Almaty-1987!' };
const FAST = { N: 2 ** 12, r: 8, p: 1 };
const id = () => randomBytes(16).toString('hex');

function ok<T>(r: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

async function waitJob(b: Backend, jobId: string): Promise<void> {
  for (;;) {
    const job = ok(await b.invoke('backup:job', { jobId }));
    if (job.phase === 'done') return;
    if (job.phase === 'failed') throw new Error(job.error ?? 'failed');
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function backupBenchmarks(): Promise<BenchRow[]> {
  const data = mkdtempSync(join(tmpdir(), 'kenes-bench-backup-'));
  const usb = mkdtempSync(join(tmpdir(), 'kenes-bench-usb-'));
  const fresh = mkdtempSync(join(tmpdir(), 'kenes-bench-restore-'));
  let file: string | null = null;
  try {
    const setup = openBackend({ dataDir: data, kdfCost: FAST, idleCheckMs: 0, log: () => undefined });
    const { recoveryKey, signedIn } = ok(
      await setup.invoke('vault:setup', { language: 'ru', facilityName: 'Bench facility', admin: ADMIN }),
    );
    await setup.close();
    const key = Buffer.from((await recoverRawKeyHex(join(data, 'vault.key'), recoveryKey)).slice(2, -1), 'hex');
    const db = openEncryptedDatabase(join(data, 'vault.db'), key, { fileMustExist: true });
    const admin = signedIn.account.id;
    const at = '2025-01-01T00:00:00.000Z';
    db.transaction(() => {
      const clients: string[] = [];
      const insC = db.prepare(
        `INSERT INTO clients (id, code, created_by, created_at, updated_at, full_name, search_name, birth_date, sex, language, unit, notes)
         VALUES (?, ?, ?, ?, ?, ?, ?, '1980-01-01', 'male', 'ru', 'Отряд 1', '')`,
      );
      for (let i = 0; i < CLIENTS; i++) {
        const cid = id();
        clients.push(cid);
        insC.run(cid, `B${String(i).padStart(7, '0')}`, admin, at, at, `Клиент ${i}`, `клиент ${i}`);
      }
      const insA = db.prepare(
        `INSERT INTO assessments (id, client_id, instrument_id, instrument_version, instrument_kind, status, created_by, created_at,
           updated_at, form, conclusion, referrals, totals, flag_ids)
         VALUES (?, ?, 'phq9', '1.0.0', 'questionnaire', 'draft', ?, ?, ?, ?, 'Заключение', '[]', '[]', '[]')`,
      );
      const form = JSON.stringify({ answers: {}, acknowledgements: {}, filler: 'x'.repeat(600) });
      for (let i = 0; i < ASSESSMENTS; i++) insA.run(id(), clients[i % CLIENTS], admin, at, at, form);
      const insD = db.prepare(
        `INSERT INTO drawings (id, created_by, created_at, updated_at, orientation, instrument_id, page_id, medium, pointer_types,
           screen_width, screen_height, device_pixel_ratio, status, strokes, pending_tail, event_count, finished_at, finished_t, client_id)
         VALUES (?, ?, ?, ?, 'portrait', NULL, NULL, 'digital', '["pen"]', 1280, 800, 1, 'finished', ?, NULL, 40, ?, 60000, ?)`,
      );
      // About 4 KB of stroke bytes per drawing: a few dozen strokes, as a real free drawing.
      for (let i = 0; i < DRAWINGS; i++) insD.run(id(), admin, at, at, randomBytes(4096), at, clients[i % CLIENTS]);
    })();
    closeDatabase(db);
    const dbBytes = statSync(join(data, 'vault.db')).size;

    const b = openBackend({
      dataDir: data,
      kdfCost: FAST,
      idleCheckMs: 0,
      log: () => undefined,
      pickFolder: async () => usb,
      pickBackupFile: async () => file,
    });
    ok(await b.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
    let t = performance.now();
    const { jobId } = ok(await b.invoke('backup:run', { destination: 'choose' }));
    await waitJob(b, jobId ?? '');
    const backupMs = performance.now() - t;
    file = join(usb, readdirSync(usb)[0] ?? '');
    const backupBytes = statSync(file).size;
    t = performance.now();
    ok(await b.invoke('backup:verify', {}));
    const verifyMs = performance.now() - t;
    await b.close();

    const r = openBackend({
      dataDir: fresh,
      kdfCost: FAST,
      idleCheckMs: 0,
      log: () => undefined,
      pickBackupFile: async () => file,
    });
    t = performance.now();
    const summary = ok(await r.invoke('restore:open', {}));
    ok(await r.invoke('restore:unlock', { token: summary?.token ?? '', recoveryKey }));
    ok(await r.invoke('restore:apply', { token: summary?.token ?? '' }));
    const restoreMs = performance.now() - t;
    await r.close();

    const suite = 'backup';
    const note = `${CLIENTS} clients, ${ASSESSMENTS} assessments, ${DRAWINGS} drawings`;
    return [
      { suite, case: 'database size', value: dbBytes / 1_048_576, unit: 'MB', note },
      { suite, case: 'backup file size', value: backupBytes / 1_048_576, unit: 'MB', note },
      { suite, case: 'backup size / database size', value: (100 * backupBytes) / dbBytes, unit: '%' },
      { suite, case: 'backup (snapshot, write, verify)', value: backupMs / 1000, unit: 's' },
      { suite, case: 'verify a backup file', value: verifyMs / 1000, unit: 's' },
      {
        suite,
        case: 'restore (open, unlock and check, apply)',
        value: restoreMs / 1000,
        unit: 's',
        note: 'scrypt at a test cost',
      },
    ];
  } finally {
    for (const d of [data, usb, fresh]) rmSync(d, { recursive: true, force: true });
  }
}

// Run alone: npx tsx tests/bench/backup.bench.ts
if (process.argv[1]?.endsWith('backup.bench.ts')) console.table(await backupBenchmarks());
