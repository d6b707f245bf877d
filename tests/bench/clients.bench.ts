import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3-multiple-ciphers';
import { type Db, closeDatabase, openEncryptedDatabase } from '../../electron/backend/db/connection';
import { migrate } from '../../electron/backend/db/migrate';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { type ClientFilter, searchClients } from '../../electron/backend/db/repos/clientSearchRepo';
import { insertClient, insertConsent, insertLegalStatus } from '../../electron/backend/db/repos/clientsRepo';
import { codeFragment, newClientCode } from '../../electron/backend/services/clients/clientCode';
import { nameSearchKey, queryTerms } from '../../common/nameSearch';
import { LEGAL_STATUSES } from '../../electron/contract/clientChannels';
import { scanSearchClients } from './baseline/clientSearchScan';
import type { BenchRow } from './run';

/**
 * Issue 5, item 1 and issue 18, item 5: searching 10,000 and 100,000 clients, as the list does on every pause in
 * typing. The same rows and the same queries run on the encrypted database and on a plain SQLite file with the
 * same schema and pragmas; the ratio is the price of encryption. Queries go through the repo exactly as the
 * service calls it (fold, code fragment, page of 50 with the total). Beside each, "before": the same query by the
 * scan the list used until issue 18 (tests/bench/baseline/clientSearchScan.ts) on the same encrypted database.
 */
const SIZES = [10_000, 100_000] as const;
const PAGE = 50;

const FIRST = [
  'Ерлан',
  'Әлия',
  'Нұрлан',
  'Гүлнар',
  'Дәурен',
  'Айгерім',
  'Сергей',
  'Ольга',
  'Бекзат',
  'Жанар',
  'Марат',
  'Светлана',
];
const LAST = [
  'Сейітов',
  'Омаров',
  'Жұмабаев',
  'Алиева',
  'Петрова',
  'Қасымов',
  'Иванов',
  'Бекова',
  'Тоқтаров',
  'Смагулова',
  'Ким',
  'Нургалиев',
];
const UNITS = ['Отряд 1', 'Отряд 2', 'Отряд 3', 'Отряд 4', 'Отряд 5', 'Учаске 1', 'Учаске 2', null];

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function time(n: number, work: () => unknown): number {
  work(); // warm the statement cache and the page cache, as the second search of a session finds them
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    work();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/** A deterministic generator, so both databases hold the same people. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/** The plain twin: same pragmas as openEncryptedDatabase, no cipher. */
function openPlainDatabase(path: string): Db {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('synchronous = FULL');
  return db;
}

function seed(db: Db, codes: readonly string[]): void {
  // The whole schema (the later domains' tables stay empty), so the search index of migration 0021 is there.
  migrate(db, MIGRATIONS);
  // The bench has no accounts; recorded_by and created_by point at one made-up id.
  db.pragma('foreign_keys = OFF');
  const actor = 'f'.repeat(32);
  const random = lcg(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  db.transaction(() => {
    for (let i = 0; i < codes.length; i++) {
      const at = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString();
      const named = random() < 0.85;
      const fullName = named ? `${pick(FIRST)} ${pick(LAST)} ${pick(FIRST)}ұлы` : null;
      const id = randomBytes(16).toString('hex');
      insertClient(db, {
        id,
        code: codes[i]!,
        created_by: actor,
        created_at: at,
        updated_at: at,
        full_name: fullName,
        search_name: fullName === null ? null : nameSearchKey(fullName),
        birth_date: null,
        sex: null,
        language: 'ru',
        unit: pick(UNITS),
        notes: '',
      });
      // Most clients have one or two legal status periods and about half a consent.
      const periods = Math.floor(random() * 3);
      for (let p = 0; p < periods; p++) {
        insertLegalStatus(db, {
          id: randomBytes(16).toString('hex'),
          client_id: id,
          status: pick(LEGAL_STATUSES),
          start_date: `202${p + 2}-0${1 + p}-15`,
          end_date: p < periods - 1 ? `202${p + 3}-0${1 + p}-15` : null,
          recorded_by: actor,
          recorded_at: at,
        });
      }
      if (random() < 0.5) {
        insertConsent(db, {
          id: randomBytes(16).toString('hex'),
          client_id: id,
          given_on: '2025-06-01',
          scope: '["assessment"]',
          note: '',
          recorded_by: actor,
          recorded_at: at,
        });
      }
    }
  })();
  db.pragma('foreign_keys = ON');
}

/** A search as the service makes it from what was typed. */
const filterOf = (typed: string, filters: Omit<ClientFilter, 'nameTerms' | 'code'> = {}): ClientFilter => ({
  ...filters,
  nameTerms: queryTerms(typed),
  code: codeFragment(typed) ?? undefined,
});

/** The cases: what a person types, and the filters they set. */
function cases(someCode: string): [string, ClientFilter][] {
  return [
    ['first page, no search', filterOf('')],
    ['name fragment "жұмаб" (≈8% match)', filterOf('ЖҰМАБ')],
    ['name fragment "ова" (common)', filterOf('ова')],
    ['name fragment of 2 letters "ов"', filterOf('ов')],
    ['name fragment of 1 letter "ж"', filterOf('ж')],
    ['surname and initial "Омаров Е."', filterOf('Омаров Е.')],
    // A 3+-letter word and a shorter one: the two indexes answer, and their results are joined.
    ['surname and two letters "Омаров Ер"', filterOf('Омаров Ер')],
    ['two short fragments "ов ж"', filterOf('ов ж')],
    ['Latin spelling "Zhumabaev"', filterOf('Zhumabaev')],
    ['code fragment, lower case, no dash', filterOf(someCode.replace('-', '').slice(2, 6).toLowerCase())],
    ['code fragment of 2 symbols', filterOf(someCode.slice(5, 7))],
    ['exact code', filterOf(someCode)],
    [
      'filter: unit + on probation + consent in force',
      filterOf('', { unit: 'Отряд 3', legalStatus: 'probation-sentence', consent: 'in-force' }),
    ],
    ['filter: no legal status', filterOf('', { legalStatus: 'none' })],
    ['name fragment + on probation', filterOf('сейіт', { legalStatus: 'probation-sentence' })],
  ];
}

async function benchSize(clients: number): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kenes-bench-clients-'));
  const codes = [...new Set(Array.from({ length: clients * 2 }, newClientCode))].slice(0, clients);
  const encrypted = openEncryptedDatabase(join(dir, 'encrypted.db'), randomBytes(32));
  const plain = openPlainDatabase(join(dir, 'plain.db'));
  try {
    seed(encrypted, codes);
    seed(plain, codes);
    const rows: BenchRow[] = [];
    const label = clients.toLocaleString('en');
    for (const [name, filter] of cases(codes[clients / 2]!)) {
      const enc = time(15, () => searchClients(encrypted, filter, PAGE, 0));
      const base = time(15, () => searchClients(plain, filter, PAGE, 0));
      const before = time(5, () => scanSearchClients(encrypted, filter, PAGE, 0));
      const { total } = searchClients(encrypted, filter, PAGE, 0);
      rows.push({
        suite: 'clients',
        case: `search ${label}: ${name}`,
        value: enc,
        unit: 'ms (median of 15)',
        note: `plain ${base.toFixed(2)} ms, ×${(enc / base).toFixed(2)}; before (scan) ${before.toFixed(2)} ms; ${total} match`,
      });
    }
    return rows;
  } finally {
    closeDatabase(encrypted);
    closeDatabase(plain);
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function clientBenchmarks(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of SIZES) rows.push(...(await benchSize(size)));
  return rows;
}

// `npx tsx tests/bench/clients.bench.ts` runs this suite alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  console.table((await clientBenchmarks()).map((r) => ({ case: r.case, ms: Number(r.value.toFixed(2)), note: r.note })));
}
