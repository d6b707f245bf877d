import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openBackend } from '../../electron/backend/openBackend';
import type { ChannelInput } from '../../electron/contract/channels';
import { employersCsv } from '../integration/fixtures/directoryCsv';
import { ADMIN, FACILITY, FAST_KDF } from '../integration/helpers';
import type { BenchRow } from './run';

/**
 * Issue 17 §1 and "Tests and benchmarks": a directory search over 1,000 organisations under 50 ms (median), as
 * the list calls it on every pause in typing: through the whole backend (dispatch, zod in and out, a page of
 * 50 with the total). The organisations arrive as a labour mobility centre's list would, through the CSV import.
 */
const ORGANISATIONS = 1000;
const RUNS = 25;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export async function directoryBenchmarks(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kenes-bench-directory-'));
  const csv = join(dir, 'employers.csv');
  // 1,020 lines of which 20 are bad: 1,000 organisations.
  writeFileSync(csv, employersCsv(ORGANISATIONS + 20).text);
  const clock = { t: Date.parse('2026-12-04T09:00:00Z') };
  const backend = openBackend({
    dataDir: dir,
    kdfCost: FAST_KDF,
    now: () => clock.t,
    idleCheckMs: 0,
    log: () => undefined,
    pickFiles: async () => [csv],
  });
  try {
    const must = <T>(r: { ok: true; value: T } | { ok: false; error: { code: string } }): T => {
      if (!r.ok) throw new Error(r.error.code);
      return r.value;
    };
    must(await backend.invoke('vault:setup', { language: 'ru', facilityName: FACILITY, admin: ADMIN }));
    const preview = must(await backend.invoke('directory:importPreview', { defaultKind: 'employer' }))!;
    const imported = must(await backend.invoke('directory:importConfirm', { previewId: preview.previewId, decisions: [] }));
    if (imported.added !== ORGANISATIONS) throw new Error(`seeded ${imported.added}, not ${ORGANISATIONS}`);

    const cases: [string, ChannelInput<'directory:search'>][] = [
      ['first page, no search', {}],
      ['name fragment "нұр" in Latin "nur"', { query: 'nur' }],
      ['two words "береке абай"', { query: 'береке абай' }],
      ['filter: kind + city + language', { kind: 'employer', city: 'Қарағанды', language: 'kk' }],
      ['fragment + filters', { query: 'самал', city: 'Шымкент', language: 'ru' }],
      ['no match', { query: 'жоқ-мұндай-ұйым' }],
    ];
    const rows: BenchRow[] = [];
    for (const [name, input] of cases) {
      await backend.invoke('directory:search', input);
      const samples: number[] = [];
      let total = 0;
      for (let i = 0; i < RUNS; i += 1) {
        const t0 = performance.now();
        total = must(await backend.invoke('directory:search', input)).total;
        samples.push(performance.now() - t0);
      }
      rows.push({
        suite: 'directory',
        case: `search 1,000 organisations: ${name}`,
        value: median(samples),
        unit: `ms (median of ${RUNS}; target < 50)`,
        note: `${total} match`,
      });
    }
    return rows;
  } finally {
    await backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
