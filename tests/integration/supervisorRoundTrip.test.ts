import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackendOptions } from '../../electron/backend/openBackend';
import { openBundle } from '../../electron/backend/services/bundles/format';
import type { Region } from '../../electron/contract/regions';
import type { CombinedViewInput } from '../../electron/contract/supervisorChannels';
import { signedPhq9 } from './fixtures/assessmentSetup';
import { addClient } from './fixtures/clientSetup';
import { PSYCHOLOGIST_PASSWORD, setUpWithPsychologist, signInAs } from './fixtures/drawingSetup';
import { openRawDb } from './fixtures/rawDb';
import { type SupervisorVault, bundleFile, importFiles, newSupervisorVault } from './fixtures/supervisorSetup';
import { ADMIN, type TestVault, newVault, ok } from './helpers';

/**
 * Issue 15, "Tests", the round trip: two facilities import the supervisor's key, export a bundle each, the supervisor
 * imports both, and the combined counts are the sums of the facilities' unsuppressed counts (read from the bundles
 * themselves, opened with the supervisor's private key); the combined tables are suppressed as a facility's are.
 */
let sv: SupervisorVault | undefined;
const facilities: TestVault[] = [];
afterEach(async () => {
  await sv?.dispose();
  for (const f of facilities.splice(0)) await f.dispose();
});

/** A facility with `clients` clients, one signed PHQ-9 each in January–March 2026, exporting Q1 to the supervisor. */
async function facilityExport(name: string, region: Region, clients: number, keyFile: string): Promise<Buffer> {
  const saved: Buffer[] = [];
  const saveFile: BackendOptions['saveFile'] = async (_n, bytes) => {
    saved.push(bytes);
    return { saved: true };
  };
  const tv = newVault(undefined, { saveFile, pickFiles: async () => [keyFile] } as Pick<BackendOptions, 'saveFile'>);
  facilities.push(tv);
  tv.clock.t = Date.parse('2026-01-05T08:00:00.000Z');
  await setUpWithPsychologist(tv.backend);
  for (let i = 0; i < clients; i++) {
    tv.clock.t = Date.parse(`2026-0${1 + (i % 3)}-1${i % 10}T09:00:00.000Z`);
    const c = await addClient(tv.backend.invoke, { fullName: `${name} клиент ${i}`, unit: i % 2 ? 'Отряд 1' : 'Отряд 2' });
    await signedPhq9(tv.backend.invoke, c.id, PSYCHOLOGIST_PASSWORD);
  }
  tv.clock.t = Date.parse('2026-04-02T09:00:00.000Z');
  await signInAs(tv.backend, ADMIN.username, ADMIN.password);
  ok(await tv.backend.invoke('settings:update', { facilityName: name, idleTimeoutMinutes: 10 }));
  ok(await tv.backend.invoke('bundles:setRegion', { region }));
  const picked = ok(await tv.backend.invoke('bundles:pickSupervisorKey', {})).picked!;
  ok(await tv.backend.invoke('bundles:confirmSupervisorKey', { token: picked.token }));
  expect(ok(await tv.backend.invoke('bundles:export', { from: '2026-Q1', to: '2026-Q1' })).saved).toBe(true);
  return saved[0]!;
}

/** The facility's unsuppressed PHQ-9 counts per month, from the bundle itself. */
function phq9ByMonth(bytes: Buffer, privateKey: Buffer): Map<string, number> {
  const { payload } = openBundle(bytes, privateKey);
  const family = payload.families.find((f) => f.key === 'instrument:phq9');
  const out = new Map<string, number>();
  for (const c of family?.cells ?? []) out.set(c.month, (out.get(c.month) ?? 0) + c.count);
  return out;
}

describe('supervisor installation: round trip with facilities', () => {
  it('imports two facilities and combines them: the counts are the sums of the facilities unsuppressed counts', async () => {
    sv = await newSupervisorVault();
    // The key file as the supervisor's admin writes it (newSupervisorVault saved it through the port).
    const keyFile = join(sv.files, 'supervisor.kenessupervisor');
    writeFileSync(keyFile, sv.keyFile);
    const raw = await openRawDb(sv.dir, sv.recoveryKey);
    const { private_key: privateKey } = raw.prepare('SELECT private_key FROM supervisor_identity').get() as {
      private_key: Buffer;
    };
    raw.close();

    const a = await facilityExport('Колония Жетысу 42', 'jetisu', 7, keyFile);
    const b = await facilityExport('Учреждение Астана 15', 'astana', 6, keyFile);
    const job = await importFiles(sv, [bundleFile(sv, a), bundleFile(sv, b)]);
    expect(job.results.map((r) => r.outcome)).toEqual(['imported', 'imported']);

    const monthsA = phq9ByMonth(a, privateKey);
    const monthsB = phq9ByMonth(b, privateKey);
    const sumA = [...monthsA.values()].reduce((s, n) => s + n, 0);
    const sumB = [...monthsB.values()].reduce((s, n) => s + n, 0);
    expect([sumA, sumB]).toEqual([7, 6]);

    const input: CombinedViewInput = {
      measure: 'assessmentsSigned',
      instrumentId: 'phq9',
      granularity: 'quarter',
      year: 2026,
      by: 'facility',
    };
    const view = ok(await sv.backend.invoke('supervisor:trendsView', input));
    expect(view.facilities).toBe(2);
    // Columns are the facilities by name; Q1 holds each facility's total, the year its sum.
    expect(view.columns).toEqual(['Колония Жетысу 42', 'Учреждение Астана 15']);
    expect(view.counts.cells[0]).toEqual([
      { kind: 'value', value: sumA },
      { kind: 'value', value: sumB },
    ]);
    expect(view.counts.grandTotal).toEqual({ kind: 'value', value: sumA + sumB });

    const byRegion = ok(await sv.backend.invoke('supervisor:trendsView', { ...input, by: 'region' }));
    expect(byRegion.columns).toEqual(['jetisu', 'astana']);
    expect(byRegion.counts.columnTotals).toEqual([
      { kind: 'value', value: sumA },
      { kind: 'value', value: sumB },
    ]);

    // By month: each month's combined figure is the two facilities' sum wherever it is published, and every count
    // from 1 to k−1 is hidden (suppression applies to the combined table).
    const byMonth = ok(await sv.backend.invoke('supervisor:trendsView', { ...input, granularity: 'month', by: null }));
    byMonth.rows.forEach((month, i) => {
      const expected = (monthsA.get(month) ?? 0) + (monthsB.get(month) ?? 0);
      const shown = byMonth.counts.rowTotals[i]!;
      if (shown.kind === 'value') expect(shown.value).toBe(expected);
      if (expected > 0 && expected < byMonth.k) expect(shown).toEqual({ kind: 'suppressed' });
    });

    // The statistic over the combined values (every PHQ-9 here scores the same).
    const scores = ok(await sv.backend.invoke('supervisor:trendsView', { ...input, measure: 'questionnaireScores', by: null }));
    expect(scores.statistic?.grid.grandTotal).toMatchObject({ kind: 'stat', mean: 7 });

    // Audited by table, never a figure.
    const { entries } = ok(await sv.backend.invoke('audit:list', { limit: 100, offset: 0 }));
    const viewed = entries.filter((e) => e.action === 'trends.viewed');
    expect(viewed.length).toBeGreaterThanOrEqual(4);
    for (const e of viewed)
      expect(Object.keys(e.details).sort()).toEqual(
        expect.arrayContaining(['by', 'combined', 'facilities', 'granularity', 'k', 'measure', 'year']),
      );
  });
});
