import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3-multiple-ciphers';
import { type Db, openEncryptedDatabase } from '../../electron/backend/db/connection';
import { findAccountByUsername } from '../../electron/backend/db/repos/accountsRepo';
import { handlers } from '../../electron/backend/handlers';
import { type Backend, openBackend } from '../../electron/backend/openBackend';
import { type SignedInContext, signedInContext } from '../../electron/backend/services/signedIn';
import { recoverRawKeyHex } from '../../electron/backend/vault/rawKey';
import type { OpenVault, Vault } from '../../electron/backend/vault/vault';
import { addClient } from '../integration/fixtures/clientSetup';
import { createDraft, signedHtp, signedPhq9 } from '../integration/fixtures/assessmentSetup';
import { PSYCHOLOGIST_PASSWORD, setUpWithPsychologist } from '../integration/fixtures/drawingSetup';
import { FAST_KDF, PSYCHOLOGIST } from '../integration/helpers';
import type { BenchRow } from './run';

/**
 * Issue 5: opening a client with 200 assessments — clients:get, assessments:listForClient and one
 * assessments:get, as the client page does — on the encrypted database, and the same handlers
 * (same queries, same audit writes) on an unencrypted copy with the same schema, as the baseline.
 * The ratio is the price of encryption for the person waiting.
 */
const ASSESSMENTS = 200;
const HTP = 20;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function time(n: number, work: () => unknown): Promise<number> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await work();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/** 200 assessments for one client through invoke: signed HTPs with three drawings each, PHQ-9s signed and in draft, GAD-7 drafts. */
async function buildClient(backend: Backend): Promise<{ clientId: string; htpId: string }> {
  const invoke = backend.invoke;
  const clientId = (await addClient(invoke)).id;
  let htpId = '';
  for (let i = 0; i < HTP; i++) htpId = (await signedHtp(invoke, clientId, PSYCHOLOGIST_PASSWORD)).id;
  for (let i = HTP; i < ASSESSMENTS; i++) {
    if (i % 3 === 0) await signedPhq9(invoke, clientId, PSYCHOLOGIST_PASSWORD, [i % 4, 1, 2, 1, 0, 1, (i >> 2) % 4, 0, 0]);
    else await createDraft(invoke, clientId, i % 3 === 1 ? 'phq9' : 'gad7');
  }
  return { clientId, htpId };
}

/** Same pragmas as openEncryptedDatabase, without the key. */
function openPlain(path: string): Db {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('synchronous = FULL');
  return db;
}

/** Copies schema and rows: tables, then rows, then indexes and triggers (so triggers do not fire on the copy). */
function copyToPlain(from: Db, path: string): void {
  const to = openPlain(path);
  to.pragma('foreign_keys = OFF');
  const objects = from
    .prepare(`SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid`)
    .all() as { type: string; name: string; sql: string }[];
  to.transaction(() => {
    for (const o of objects.filter((x) => x.type === 'table')) {
      to.exec(o.sql);
      const rows = from.prepare(`SELECT * FROM "${o.name}"`).all() as Record<string, unknown>[];
      const first = rows[0];
      if (!first) continue;
      const columns = Object.keys(first);
      const insert = to.prepare(
        `INSERT INTO "${o.name}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      for (const row of rows) insert.run(...columns.map((c) => row[c]));
    }
    for (const o of objects.filter((x) => x.type !== 'table')) to.exec(o.sql);
  })();
  to.pragma(`user_version = ${from.pragma('user_version', { simple: true }) as number}`);
  to.close();
}

/** The benchmark's own clock: what it measures does not depend on the date. */
const BENCH_NOW = Date.parse('2026-03-18T07:30:00.000Z');

/** A service context over an already open database, signed in as the psychologist: what invoke hands the handlers. */
function contextOver(db: Db): SignedInContext {
  const account = findAccountByUsername(db, PSYCHOLOGIST.username);
  if (!account) throw new Error('no psychologist in the copy');
  const open: OpenVault = { db, dataKey: Buffer.alloc(32), account, idleTimeoutMinutes: 10, lastActivityMs: BENCH_NOW };
  const vault = { currentSignIn: () => open, now: () => BENCH_NOW } as unknown as Vault;
  return signedInContext({ vault, emit: () => undefined }, open);
}

export async function assessmentBenchmarks(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kenes-bench-assessments-'));
  const rows: BenchRow[] = [];
  try {
    // A cheap scrypt: sign-in and signing cost are measured in vault.bench.ts, not here.
    const backend = openBackend({ dataDir: dir, idleCheckMs: 0, log: () => undefined, kdfCost: FAST_KDF });
    const { recoveryKey } = await setUpWithPsychologist(backend);
    const { clientId, htpId } = await buildClient(backend);

    const viaInvoke = await time(9, async () => {
      for (const r of [
        await backend.invoke('clients:get', { clientId }),
        await backend.invoke('assessments:listForClient', { clientId }),
        await backend.invoke('assessments:get', { id: htpId }),
      ]) {
        if (!r.ok) throw new Error(r.error.code);
      }
    });
    rows.push({
      suite: 'assessments',
      case: `open a client with ${ASSESSMENTS} assessments via invoke (encrypted)`,
      value: viaInvoke,
      unit: 'ms (median of 9)',
    });
    await backend.close();

    const hex = (await recoverRawKeyHex(join(dir, 'vault.key'), recoveryKey)).slice(2, -1);
    const key = Buffer.from(hex, 'hex');
    const encryptedPath = join(dir, 'vault.db');
    const plainPath = join(dir, 'plain.db');
    const source = openEncryptedDatabase(encryptedPath, key);
    copyToPlain(source, plainPath);
    source.close();

    const opening = (db: Db) => {
      const ctx = contextOver(db);
      handlers['clients:get'](ctx, { clientId });
      handlers['assessments:listForClient'](ctx, { clientId });
      handlers['assessments:get'](ctx, { id: htpId });
    };
    const measure = async (open: () => Db): Promise<{ warm: number; cold: number }> => {
      const db = open();
      const warm = await time(15, () => opening(db));
      db.close();
      // Cold: a fresh connection (empty page cache), as right after sign-in; the open itself is not counted.
      const colds: number[] = [];
      for (let i = 0; i < 5; i++) {
        const fresh = open();
        const t0 = performance.now();
        opening(fresh);
        colds.push(performance.now() - t0);
        fresh.close();
      }
      return { warm, cold: median(colds) };
    };
    const encrypted = await measure(() => openEncryptedDatabase(encryptedPath, key));
    const plain = await measure(() => openPlain(plainPath));
    key.fill(0);
    for (const [label, e, p] of [
      ['warm cache', encrypted.warm, plain.warm],
      ['cold cache', encrypted.cold, plain.cold],
    ] as const) {
      rows.push({
        suite: 'assessments',
        case: `open a client with ${ASSESSMENTS} assessments, ${label}, encrypted`,
        value: e,
        unit: 'ms (median)',
      });
      rows.push({
        suite: 'assessments',
        case: `open a client with ${ASSESSMENTS} assessments, ${label}, unencrypted`,
        value: p,
        unit: 'ms (median)',
      });
      rows.push({
        suite: 'assessments',
        case: `open a client, ${label}: encrypted / unencrypted`,
        value: e / p,
        unit: 'ratio',
        note: 'same handlers and queries',
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
