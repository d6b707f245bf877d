import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openBackend } from '../../electron/backend/openBackend';
import {
  type BundleFamily,
  type BundlePayload,
  generateFacilityKeys,
  readSupervisorKeyFile,
  sealBundle,
} from '../../electron/backend/services/bundles/format';
import { KZ_REGIONS } from '../../electron/contract/regions';
import type { CombinedBy, CombinedViewInput } from '../../electron/contract/supervisorChannels';
import { FAST_KDF } from '../integration/helpers';
import type { BenchRow } from './run';

/**
 * Issue 15 §4: combined Trends over 100 facilities × 40 quarters of bundles answer in under 150 ms (median). The bench
 * generates every facility's quarterly bundles (2017-Q1 … 2026-Q4, sealed to the supervisor's key as a facility
 * would), imports them through the real channels (preview, then the import job, a facility's 40 files at a time), and
 * then asks every combined view of one year once — each family by month, quarter and year, by every breakdown —
 * through `invoke`, audit row included. KENES_BENCH_SCALE (0–1) shrinks the number of facilities for a quick look.
 */
const SCALE = Number(process.env.KENES_BENCH_SCALE ?? 1);
const FACILITIES = Math.max(2, Math.round(100 * SCALE));
const YEARS = Array.from({ length: 10 }, (_, i) => 2017 + i);
const VIEW_YEAR = 2026;
const TARGET_MS = 150;
const NOW = Date.parse('2027-01-20T09:00:00.000Z');
const ADMIN = { fullName: 'Bench Admin', username: 'operator', password: 'Quiet-Steppe-Evening-2026' };

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const DIMS = ['unit', 'programmeType', 'legalStatus', 'ageBand', 'sex', 'language'];
const CATS: (string | null)[][] = [
  ['Отряд 1', 'Отряд 2', 'Отряд 3', 'Карантин'],
  ['art-therapy', 'cbt', 'none', 'several'],
  ['sentence', 'probation', 'parole', null],
  ['18-24', '25-34', '35-44', '45-54', '55+'],
  ['male', 'female'],
  ['kk', 'ru'],
];
/** The families a facility's bundle carries here (a realistic subset of Trends'), with their outcomes and values. */
const FAMILIES: { key: string; measures: string[]; outcomes: string[] | null; values: string[]; perMonth: number }[] = [
  { key: 'clients', measures: ['clientsSeen'], outcomes: ['new', 'returning'], values: [], perMonth: 10 },
  {
    key: 'instrument:phq9',
    measures: ['assessmentsSigned', 'questionnaireBands', 'questionnaireScores'],
    outcomes: ['0-4', '5-9', '10-14', '15-19', '20-27'],
    values: ['total'],
    perMonth: 10,
  },
  {
    key: 'instrument:gad7',
    measures: ['assessmentsSigned', 'questionnaireBands', 'questionnaireScores'],
    outcomes: ['0-4', '5-9', '10-14', '15-21'],
    values: ['total'],
    perMonth: 6,
  },
  { key: 'alerts', measures: ['phq9Alerts'], outcomes: ['acknowledged', 'notAcknowledged'], values: [], perMonth: 2 },
  {
    key: 'attendance',
    measures: ['groupAttendance'],
    outcomes: ['present', 'late', 'absentExcused', 'absentUnexcused'],
    values: ['attended'],
    perMonth: 8,
  },
];

function familyOf(r: () => number, f: (typeof FAMILIES)[number], months: string[]): BundleFamily {
  const cells: BundleFamily['cells'] = [];
  for (const month of months) {
    const seen = new Set<string>();
    for (let i = 0; i < f.perMonth; i++) {
      const cats = CATS.map((list) => list[Math.floor(r() * list.length)] ?? null);
      if (f.outcomes) cats.push(f.outcomes[Math.floor(r() * f.outcomes.length)] ?? null);
      const key = JSON.stringify(cats);
      if (seen.has(key)) continue;
      seen.add(key);
      const count = 1 + Math.floor(r() * 6);
      const values = f.values.map(() => {
        const v = f.key === 'attendance' ? (r() < 0.8 ? 1 : 0) : Math.floor(r() * 20);
        return [[v, count]] as [number, number][];
      });
      cells.push({ month, cats, count, values });
    }
  }
  return { key: f.key, measures: f.measures, by: f.outcomes ? [...DIMS, 'outcome'] : DIMS, values: f.values, cells };
}

/** Every combined view of the year: each family's measures by month, quarter and year and every breakdown offered. */
function views(): CombinedViewInput[] {
  const out: CombinedViewInput[] = [];
  const bys: (CombinedBy | null)[] = [null, 'facility', 'region', 'programmeType', 'legalStatus', 'ageBand', 'sex', 'language'];
  const measures: Omit<CombinedViewInput, 'granularity' | 'year' | 'by'>[] = [
    { measure: 'clientsSeen' },
    { measure: 'assessmentsSigned', instrumentId: 'phq9' },
    { measure: 'questionnaireScores', instrumentId: 'phq9' },
    { measure: 'assessmentsSigned', instrumentId: 'gad7' },
    { measure: 'phq9Alerts' },
    { measure: 'groupAttendance' },
  ];
  for (const m of measures)
    for (const granularity of ['month', 'quarter', 'year'] as const)
      for (const by of bys)
        // Facility and region tables are by quarter or year (combinedTrends.ts).
        if (!(granularity === 'month' && (by === 'facility' || by === 'region')))
          out.push({ ...m, granularity, year: VIEW_YEAR, by });
  return out;
}

export async function bundleBenchmarks(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kenes-bench-bundles-'));
  const files = mkdtempSync(join(tmpdir(), 'kenes-bench-bundle-files-'));
  const pick: { next: string[] } = { next: [] };
  const saved: Buffer[] = [];
  const backend = openBackend({
    dataDir: dir,
    idleCheckMs: 0,
    log: () => undefined,
    kdfCost: FAST_KDF,
    now: () => NOW,
    pickFiles: async () => pick.next,
    saveFile: async (_n, bytes) => {
      saved.push(bytes);
      return { saved: true };
    },
  });
  const rows: BenchRow[] = [];
  try {
    const must = <T>(r: { ok: true; value: T } | { ok: false; error: { code: string } }): T => {
      if (!r.ok) throw new Error(r.error.code);
      return r.value;
    };
    must(
      await backend.invoke('vault:setup', {
        language: 'en',
        facilityName: 'Bench department',
        installationKind: 'supervisor',
        admin: ADMIN,
      }),
    );
    must(await backend.invoke('supervisor:exportPublicKey', {}));
    const supervisorPublicKey = readSupervisorKeyFile(saved[0]!).publicKey;

    // Generate: one bundle per facility and quarter, numbered in order, as quarterly exports would be.
    const t0 = performance.now();
    const perFacility: string[][] = [];
    let bytes = 0;
    for (let n = 0; n < FACILITIES; n++) {
      const r = rng(1000 + n);
      const keys = generateFacilityKeys();
      const paths: string[] = [];
      let sequence = 0;
      for (const year of YEARS) {
        for (let q = 1; q <= 4; q++) {
          const months = [0, 1, 2].map((i) => `${year}-${String(3 * (q - 1) + i + 1).padStart(2, '0')}`);
          const payload: BundlePayload = {
            payloadVersion: 1,
            facility: {
              id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
              name: `Учреждение ${n + 1}`,
              region: KZ_REGIONS[n % KZ_REGIONS.length]!,
              publicKey: keys.publicKey.toString('base64'),
            },
            quarters: [`${year}-Q${q}`],
            createdAt: new Date(Date.UTC(year, 3 * q, 5)).toISOString(),
            appVersion: 'bench',
            schemaVersion: 18,
            sequence: ++sequence,
            families: FAMILIES.map((f) => familyOf(r, f, months)),
          };
          const sealed = sealBundle({ payload, facilityPrivateKey: keys.privateKey, supervisorPublicKey });
          bytes += sealed.length;
          const path = join(files, `f${n}-${year}-Q${q}.kenesbundle`);
          writeFileSync(path, sealed);
          paths.push(path);
        }
      }
      perFacility.push(paths);
    }
    const generateSeconds = (performance.now() - t0) / 1000;

    // Import: each facility's 40 files in one preview and one job, trusting the new facility.
    const t1 = performance.now();
    let imported = 0;
    for (const paths of perFacility) {
      pick.next = paths;
      const preview = must(await backend.invoke('supervisor:previewImport', {}))!;
      const trust = [...new Set(preview.items.filter((i) => i.state === 'new-facility').map((i) => i.facilityId!))];
      const { jobId } = must(
        await backend.invoke('supervisor:startImport', { previewId: preview.previewId, trust, acceptNewKey: [] }),
      );
      for (;;) {
        const job = must(await backend.invoke('supervisor:importJob', { jobId }));
        if (job.phase !== 'importing') {
          imported += job.results.filter((x) => x.outcome === 'imported').length;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
    const importSeconds = (performance.now() - t1) / 1000;
    if (imported !== FACILITIES * 40) throw new Error(`imported ${imported} of ${FACILITIES * 40} bundles`);

    // View: every combined view of the year once, through invoke (the first of a family builds and suppresses it).
    const times: number[] = [];
    const firsts: number[] = [];
    const seen = new Set<string>();
    for (const input of views()) {
      const t = performance.now();
      must(await backend.invoke('supervisor:trendsView', input));
      const ms = performance.now() - t;
      times.push(ms);
      const family = `${input.measure}|${input.instrumentId ?? ''}`;
      if (!seen.has(family)) {
        seen.add(family);
        firsts.push(ms);
        if (process.env.KENES_BENCH_VERBOSE) console.log(`first view of ${family}: ${ms.toFixed(0)} ms`);
      }
    }
    const note = `${FACILITIES} facilities × 40 quarters = ${FACILITIES * 40} bundles, ${(bytes / 1_048_576).toFixed(1)} MB`;
    rows.push(
      { suite: 'bundles', case: 'generate and seal every bundle', value: generateSeconds, unit: 's', note },
      { suite: 'bundles', case: 'import every bundle (preview + job)', value: importSeconds, unit: 's', note },
      {
        suite: 'bundles',
        case: `combined view, median of ${times.length}`,
        value: median(times),
        unit: 'ms',
        note: `target < ${TARGET_MS} ms; ${median(times) < TARGET_MS ? 'met' : 'NOT met'}`,
      },
      { suite: 'bundles', case: 'combined view, 95th percentile', value: p95(times), unit: 'ms' },
      {
        suite: 'bundles',
        case: "combined view, a family's first view (median)",
        value: median(firsts),
        unit: 'ms',
        note: 'builds and suppresses the linked set',
      },
      { suite: 'bundles', case: "combined view, a family's first view (worst)", value: Math.max(...firsts), unit: 'ms' },
    );
  } finally {
    await backend.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(files, { recursive: true, force: true });
  }
  return rows;
}

if (process.argv[1]?.endsWith('bundles.bench.ts')) {
  console.table(await bundleBenchmarks());
}
