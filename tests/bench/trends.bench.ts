import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3-multiple-ciphers';
import { getInstrument } from '../../assessments/instruments';
import { type Db, openEncryptedDatabase } from '../../electron/backend/db/connection';
import { findAccountByUsername } from '../../electron/backend/db/repos/accountsRepo';
import { handlers } from '../../electron/backend/handlers';
import { openBackend } from '../../electron/backend/openBackend';
import { type SignedInContext, signedInContext } from '../../electron/backend/services/signedIn';
import { recoverRawKeyHex } from '../../electron/backend/vault/rawKey';
import type { OpenVault, Vault } from '../../electron/backend/vault/vault';
import type { ChannelOutput } from '../../electron/contract/channels';
import type { TrendsViewInput } from '../../electron/contract/trendsChannels';
import { FAST_KDF } from '../integration/helpers';
import type { BenchRow } from './run';

/**
 * Issue 14 §4: every Trends view answers in under 150 ms (median) over a facility with 10,000 clients, 100,000 signed
 * assessments and 3,000 group sessions, suppression and audit included; side by side with the same handlers on an
 * unencrypted copy. Rows are written straight into the encrypted database (through invoke this would take hours);
 * the views then run through the real handler, which builds the linked set, suppresses it and writes the audit row.
 */
/** KENES_BENCH_SCALE (0–1) shrinks the facility for a quick local look; the reported run uses 1. */
const SCALE = Number(process.env.KENES_BENCH_SCALE ?? 1);
const CLIENTS = Math.round(10_000 * SCALE);
const ASSESSMENTS = Math.round(100_000 * SCALE);
const SESSIONS = Math.round(3_000 * SCALE);
const GROUPS = 60;
const MEMBERS_PER_GROUP = 12;
const TARGET_MS = 150;
const YEAR = 2026;
const BENCH_NOW = Date.parse('2026-11-18T07:30:00.000Z');
const ADMIN = { fullName: 'Bench Admin', username: 'operator', password: 'Quiet-Steppe-Evening-2026' };

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN;
const id = () => randomBytes(16).toString('hex');

/** A deterministic stream of numbers, so every run seeds the same facility. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const QUESTIONNAIRES = ['phq9', 'gad7', 'k10', 'rses'] as const;
const DRAWINGS = ['htp', 'nonExistentAnimal', 'kfd'] as const;
const UNITS = ['Отряд 1', 'Отряд 2', 'Отряд 3', 'Отряд 4', 'Отряд 5', 'Отряд 6', 'Карантин', 'Медчасть'];
const date = (r: () => number, fromYear: number): string => {
  const y = fromYear + Math.floor(r() * (YEAR - fromYear + 1));
  const m = 1 + Math.floor(r() * (y === YEAR ? 11 : 12));
  const d = 1 + Math.floor(r() * 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

/** Writes the facility: clients with statuses, signed assessments with stored totals, groups, sessions, attendance. */
function seed(db: Db, adminId: string): void {
  const r = rng(14);
  const clientIds: string[] = [];
  db.transaction(() => {
    const insClient = db.prepare(
      `INSERT INTO clients (id, code, created_by, created_at, updated_at, birth_date, sex, language, unit, notes)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '')`,
    );
    const insStatus = db.prepare(
      `INSERT INTO client_legal_statuses (id, client_id, status, start_date, end_date, recorded_by, recorded_at) VALUES (?, ?, ?, ?, NULL, ?, ?)`,
    );
    for (let i = 0; i < CLIENTS; i++) {
      const cid = id();
      clientIds.push(cid);
      const born = `${1950 + Math.floor(r() * 55)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`;
      // The last unit is small (a medical wing): it is where suppression has work to do.
      const unit = i % 500 === 0 ? UNITS[7]! : UNITS[Math.floor(r() * 7)]!;
      insClient.run(
        cid,
        `B${String(i).padStart(7, '0')}`,
        adminId,
        '2024-01-01T00:00:00.000Z',
        '2024-01-01T00:00:00.000Z',
        born,
        r() < 0.2 ? 'female' : 'male',
        (['kk', 'ru', 'en'] as const)[Math.floor(r() * 2.05)]!,
        unit,
      );
      insStatus.run(
        id(),
        cid,
        (['sentence-medium-security', 'probation-penitentiary', 'parole', 'released', 'pre-trial-detention'] as const)[
          Math.floor(r() * 5)
        ]!,
        '2023-06-01',
        adminId,
        '2024-01-01T00:00:00.000Z',
      );
    }
    const insA = db.prepare(
      `INSERT INTO assessments (id, client_id, instrument_id, instrument_version, instrument_kind, status, created_by, created_at,
         updated_at, form, conclusion, referrals, totals, flag_ids, scores, signed_by, signed_name, signed_at)
       VALUES (?, ?, ?, '1.0.0', ?, 'signed', ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, 'Bench Admin', ?)`,
    );
    const filler = 'x'.repeat(600); // a stored form is several hundred bytes: the rows are as wide as real ones
    for (let i = 0; i < ASSESSMENTS; i++) {
      const questionnaire = r() < 0.75;
      const instrumentId = questionnaire ? QUESTIONNAIRES[Math.floor(r() * 4)]! : DRAWINGS[Math.floor(r() * 3)]!;
      const def = getInstrument(instrumentId)!;
      const scale = def.scales[0];
      let totals = '[]';
      let flags = '[]';
      if (questionnaire && scale) {
        const lo = scale.bands[0]?.min ?? 0;
        const hi = scale.bands.at(-1)?.max ?? 27;
        const value = lo + Math.floor(r() * (hi - lo + 1));
        const band = scale.bands.find((b) => value >= b.min && value <= b.max) ?? null;
        totals = JSON.stringify([{ scaleId: scale.id, value, band }]);
        if (instrumentId === 'phq9' && r() < 0.05) flags = '["selfHarmThoughts"]';
      }
      const at = `${date(r, 2024)}T10:00:00.000Z`;
      const form = JSON.stringify({ answers: {}, acknowledgements: flags === '[]' ? {} : { selfHarmThoughts: 'noted' }, filler });
      const referrals = r() < 0.1 ? JSON.stringify([{ kind: 'legal-aid', note: '' }]) : '[]';
      insA.run(
        id(),
        clientIds[Math.floor(r() * CLIENTS)]!,
        instrumentId,
        def.kind,
        adminId,
        at,
        at,
        form,
        'Conclusion text',
        referrals,
        totals,
        flags,
        adminId,
        at,
      );
    }
    const insG = db.prepare(
      `INSERT INTO groups (id, name, programme_type, unit, start_date, weekdays, status, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, '2024-01-01', '[1]', 'running', ?, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')`,
    );
    const insM = db.prepare(
      `INSERT INTO group_members (id, group_id, client_id, alias, joined_on, left_on, leaving_reason, created_by, created_at, updated_at)
       VALUES (?, ?, ?, 'alias', '2024-01-01', ?, ?, ?, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')`,
    );
    const insS = db.prepare(
      `INSERT INTO group_sessions (id, group_id, date, duration_minutes, created_by, created_at, updated_at)
       VALUES (?, ?, ?, 90, ?, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')`,
    );
    const insR = db.prepare(
      `INSERT INTO group_session_records (session_id, member_id, attendance, mood_before, mood_before_by, mood_after, mood_after_by,
         updated_by, updated_at) VALUES (?, ?, ?, ?, 'facilitator', ?, 'facilitator', ?, '2024-01-01T00:00:00.000Z')`,
    );
    const programmes = ['psychosocial-adaptation', 'anger-management', 'addiction-recovery', 'pre-release', 'other'];
    const reasons = ['completed', 'dropped-out', 'released', 'transferred'];
    for (let g = 0; g < GROUPS; g++) {
      const gid = id();
      insG.run(gid, `Group ${g}`, programmes[g % 5]!, UNITS[g % 7]!, adminId);
      const members: string[] = [];
      for (let m = 0; m < MEMBERS_PER_GROUP; m++) {
        const mid = id();
        const left = r() < 0.4 ? date(r, 2024) : null;
        insM.run(
          mid,
          gid,
          clientIds[((g * MEMBERS_PER_GROUP + m) * 7) % CLIENTS]!,
          left,
          left ? reasons[Math.floor(r() * 4)]! : null,
          adminId,
        );
        members.push(mid);
      }
      for (let s = 0; s < SESSIONS / GROUPS; s++) {
        const sid = id();
        insS.run(sid, gid, date(r, 2024), adminId);
        for (const mid of members) {
          const before = Math.floor(r() * 11);
          insR.run(
            sid,
            mid,
            (['present', 'present', 'late', 'absent-excused'] as const)[Math.floor(r() * 4)]!,
            before,
            Math.min(10, before + Math.floor(r() * 3)),
            adminId,
          );
        }
      }
    }
  })();
}

function openPlain(path: string): Db {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('synchronous = FULL');
  return db;
}

/** Copies schema and rows (as tests/bench/assessments.bench.ts does): tables, rows, then indexes and triggers. */
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

function contextOver(db: Db): SignedInContext {
  const account = findAccountByUsername(db, ADMIN.username);
  if (!account) throw new Error('no admin in the copy');
  const open: OpenVault = { db, dataKey: Buffer.alloc(32), account, idleTimeoutMinutes: 10, lastActivityMs: BENCH_NOW };
  const vault = { currentSignIn: () => open, now: () => BENCH_NOW } as unknown as Vault;
  return signedInContext({ vault, emit: () => undefined }, open);
}

/** Every view of the year the area offers (PHQ-9 and HTP for the instrument measures). */
function views(catalogue: ChannelOutput<'trends:catalogue'>): TrendsViewInput[] {
  const out: TrendsViewInput[] = [];
  for (const m of catalogue.measures) {
    const instruments = m.instruments.length
      ? m.instruments.filter((i) => i.id === 'phq9' || i.id === 'htp').map((i) => i.id)
      : [undefined];
    for (const instrumentId of instruments)
      for (const granularity of ['month', 'quarter', 'year'] as const)
        for (const by of [null, ...m.by]) {
          if (by === 'outcome' && m.id === 'questionnaireChange' && !m.instruments.find((i) => i.id === instrumentId)?.rci)
            continue;
          out.push({ measure: m.id, ...(instrumentId ? { instrumentId } : {}), granularity, year: YEAR, by });
        }
  }
  return out;
}

/** Runs every view once in catalogue order: the first view of a measure builds and suppresses its linked set, the others reuse it. */
function sweep(db: Db): { first: number[]; reuse: number[]; all: number[] } {
  const ctx = contextOver(db);
  const catalogue = handlers['trends:catalogue'](ctx);
  const first: number[] = [];
  const reuse: number[] = [];
  const all: number[] = [];
  let last = '';
  for (const input of views(catalogue)) {
    const family = `${input.measure}|${input.instrumentId ?? ''}`;
    const t0 = performance.now();
    handlers['trends:view'](ctx, input);
    const ms = performance.now() - t0;
    if (process.env.KENES_BENCH_VERBOSE) console.log(`${ms.toFixed(1)} ms ${JSON.stringify(input)}`);
    all.push(ms);
    (family === last ? reuse : first).push(ms);
    last = family;
  }
  return { first, reuse, all };
}

export async function trendsBenchmarks(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kenes-bench-trends-'));
  const rows: BenchRow[] = [];
  try {
    const backend = openBackend({ dataDir: dir, idleCheckMs: 0, log: () => undefined, kdfCost: FAST_KDF, now: () => BENCH_NOW });
    const setup = await backend.invoke('vault:setup', { language: 'en', facilityName: 'Bench facility', admin: ADMIN });
    if (!setup.ok) throw new Error(setup.error.code);
    await backend.close();
    const hex = (await recoverRawKeyHex(join(dir, 'vault.key'), setup.value.recoveryKey)).slice(2, -1);
    const key = Buffer.from(hex, 'hex');
    const encryptedPath = join(dir, 'vault.db');
    const plainPath = join(dir, 'plain.db');
    const t0 = performance.now();
    {
      const db = openEncryptedDatabase(encryptedPath, key);
      seed(db, findAccountByUsername(db, ADMIN.username)!.id);
      db.pragma('wal_checkpoint(TRUNCATE)');
      copyToPlain(db, plainPath);
      db.close();
    }
    const seedSeconds = (performance.now() - t0) / 1000;
    if (process.env.KENES_BENCH_VERBOSE) console.log(`seeded in ${seedSeconds.toFixed(1)} s`);
    const note = `${CLIENTS} clients, ${ASSESSMENTS} signed assessments, ${SESSIONS} group sessions; target median < ${TARGET_MS} ms`;
    for (const [label, open] of [
      ['encrypted', () => openEncryptedDatabase(encryptedPath, key)],
      ['unencrypted', () => openPlain(plainPath)],
    ] as const) {
      const db = open();
      const { first, reuse, all } = sweep(db);
      db.close();
      rows.push({
        suite: 'trends',
        case: `every view of ${YEAR}, median (${all.length} views), ${label}`,
        value: median(all),
        unit: 'ms',
        note,
      });
      rows.push({ suite: 'trends', case: `  95th percentile, ${label}`, value: p95(all), unit: 'ms' });
      rows.push({
        suite: 'trends',
        case: `  first view of a measure (builds + suppresses + audits its linked set), median of ${first.length}, ${label}`,
        value: median(first),
        unit: 'ms',
      });
      rows.push({ suite: 'trends', case: `  first view of a measure, slowest, ${label}`, value: Math.max(...first), unit: 'ms' });
      rows.push({
        suite: 'trends',
        case: `  other views (suppression reused), median of ${reuse.length}, ${label}`,
        value: median(reuse),
        unit: 'ms',
      });
    }
    key.fill(0);
    rows.push({
      suite: 'trends',
      case: 'seeding + copy',
      value: seedSeconds,
      unit: 's',
      note: `vault.db ${(statSync(encryptedPath).size / 2 ** 20).toFixed(0)} MB`,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

// Run on its own: npx tsx tests/bench/trends.bench.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  console.table((await trendsBenchmarks()).map((r) => ({ ...r, value: Number(r.value.toFixed(2)) })));
}
