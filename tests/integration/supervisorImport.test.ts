import { createHash, sign } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson, generateSupervisorKeys, sealBundle } from '../../electron/backend/services/bundles/format';
import { sealSigned, signedMessage } from '../../electron/backend/services/bundles/format/bundleFile';
import { keyHash, privateKeyObject } from '../../electron/backend/services/bundles/format/keys';
import type { CombinedViewInput } from '../../electron/contract/supervisorChannels';
import { openRawDb } from './fixtures/rawDb';
import {
  type SupervisorVault,
  bundleFile,
  importFiles,
  importPreviewed,
  newFacility,
  newSupervisorVault,
  payloadOf,
  preview,
  sealFor,
} from './fixtures/supervisorSetup';
import { ADMIN, fails, ok } from './helpers';

/**
 * Issue 15 §3, "Tests": every refusal with its own reason and nothing stored; the same bundle twice changes nothing;
 * a newer bundle of the same facility and quarter replaces the older; trust on first use only after the preview.
 */
let sv: SupervisorVault;
afterEach(async () => sv?.dispose());

const TABLES = ['bundle_facilities', 'bundles', 'bundle_cells'] as const;
/** Row counts and a hash of every row of the bundle tables: "was anything stored?" */
async function stored(): Promise<{ counts: Record<string, number>; sha256: string }> {
  const db = await openRawDb(sv.dir, sv.recoveryKey);
  try {
    const hash = createHash('sha256');
    const counts: Record<string, number> = {};
    for (const t of TABLES) {
      const rows = db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all() as Record<string, unknown>[];
      counts[t] = rows.length;
      for (const r of rows) hash.update(JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
    }
    return { counts, sha256: hash.digest('hex') };
  } finally {
    db.close();
  }
}

const Q1: CombinedViewInput = {
  measure: 'assessmentsSigned',
  instrumentId: 'phq9',
  granularity: 'quarter',
  year: 2026,
  by: 'facility',
};
const grand = (v: { counts: { grandTotal: { kind: string; value?: number } } }) => v.counts.grandTotal;

describe('supervisor installation: importing bundles', () => {
  it('trusts a facility only after its fingerprint was shown, then stores its bundle', async () => {
    sv = await newSupervisorVault();
    const a = newFacility(1);
    const path = bundleFile(
      sv,
      sealFor(sv, a, payloadOf(a, { sequence: 1, quarters: ['2026-Q1'], cells: [{ month: '2026-01', count: 9 }] })),
    );
    const p = await preview(sv, [path]);
    expect(p.items).toEqual([
      expect.objectContaining({
        state: 'new-facility',
        facilityName: 'Facility 1',
        region: 'almaty-region',
        sequence: 1,
        quarters: ['2026-Q1'],
      }),
    ]);
    const before = await stored();
    expect(before.counts).toEqual({ bundle_facilities: 0, bundles: 0, bundle_cells: 0 });
    // Not trusted: skipped, nothing stored.
    const skipped = await importPreviewed(sv, p, { trust: [] });
    expect(skipped.results.map((r) => r.outcome)).toEqual(['skipped']);
    expect((await stored()).sha256).toBe(before.sha256);
    // Trusted after comparing the fingerprint the preview showed.
    const again = await preview(sv, [path]);
    const job = await importPreviewed(sv, again, { trust: [a.id] });
    expect(job).toMatchObject({ phase: 'done', done: 1, total: 1, fraction: 1 });
    expect(job.results.map((r) => r.outcome)).toEqual(['imported']);
    const facilities = ok(await sv.backend.invoke('supervisor:facilities', {}));
    expect(facilities).toEqual([
      expect.objectContaining({
        name: 'Facility 1',
        fingerprint: p.items[0]!.fingerprint,
        lastSequence: 1,
        quarters: ['2026-Q1'],
      }),
    ]);
  });

  it('refuses each tampered file with its own reason and stores nothing', async () => {
    sv = await newSupervisorVault();
    const a = newFacility(1);
    const b = newFacility(2);
    const good = sealFor(sv, a, payloadOf(a, { sequence: 1, quarters: ['2026-Q1'], cells: [{ month: '2026-02', count: 6 }] }));

    const flipped = Buffer.from(good);
    flipped[flipped.length - 40] ^= 0x01;
    const flippedHeader = Buffer.from(good);
    flippedHeader[50] ^= 0x80;
    const truncated = good.subarray(0, good.length - 100);
    const otherSupervisor = sealBundle({
      payload: payloadOf(a, { sequence: 1, quarters: ['2026-Q1'], cells: [{ month: '2026-02', count: 6 }] }),
      facilityPrivateKey: a.keys.privateKey,
      supervisorPublicKey: generateSupervisorKeys().publicKey,
    });
    // Names facility A's key, but the signature is made with B's key.
    const named = payloadOf(a, { sequence: 1, quarters: ['2026-Q1'], cells: [{ month: '2026-02', count: 6 }] });
    const compressed = deflateRawSync(Buffer.from(canonicalJson(named), 'utf8'));
    const forged = sealSigned({
      facilityPublicKey: a.keys.publicKey,
      signature: sign(null, signedMessage(keyHash(sv.publicKey), compressed), privateKeyObject('Ed25519', b.keys.privateKey)),
      compressedPayload: compressed,
      supervisorPublicKey: sv.publicKey,
    });
    const notABundle = Buffer.from('name,unit\nSomeone,Unit 1\n', 'utf8');

    const cases: [string, Buffer][] = [
      ['BUNDLE_DAMAGED', flipped],
      ['BUNDLE_DAMAGED', flippedHeader],
      ['BUNDLE_TRUNCATED', truncated],
      ['BUNDLE_OTHER_SUPERVISOR', otherSupervisor],
      ['BUNDLE_SIGNATURE_INVALID', forged],
      ['BUNDLE_NOT_A_BUNDLE', notABundle],
    ];
    const before = await stored();
    for (const [reason, bytes] of cases) {
      const p = await preview(sv, [bundleFile(sv, bytes)]);
      expect(p.items.map((i) => [i.state, i.refusal])).toEqual([['refused', reason]]);
      // Even a person who trusts the facility cannot store it.
      const job = await importPreviewed(sv, p, { trust: [a.id] });
      expect(job.results.map((r) => [r.outcome, r.refusal])).toEqual([['refused', reason]]);
      expect(await stored()).toEqual(before);
    }
    // The intact bundle itself is accepted.
    expect((await importFiles(sv, [bundleFile(sv, good)])).results.map((r) => r.outcome)).toEqual(['imported']);
  });

  it('refuses a replayed or older sequence; the same bundle twice changes nothing; a newer one replaces the quarter', async () => {
    sv = await newSupervisorVault();
    const a = newFacility(1);
    const first = payloadOf(a, { sequence: 2, quarters: ['2026-Q1'], cells: [{ month: '2026-01', count: 8 }] });
    const firstFile = bundleFile(sv, sealFor(sv, a, first));
    expect((await importFiles(sv, [firstFile])).results.map((r) => r.outcome)).toEqual(['imported']);
    expect(grand(ok(await sv.backend.invoke('supervisor:trendsView', Q1)))).toEqual({ kind: 'value', value: 8 });
    const afterFirst = await stored();

    // The same bundle again, from the same file and freshly sealed (other bytes, same signed payload): unchanged.
    const same = await importFiles(sv, [firstFile, bundleFile(sv, sealFor(sv, a, first))]);
    expect(same.results.map((r) => r.outcome)).toEqual(['unchanged', 'unchanged']);
    expect(await stored()).toEqual(afterFirst);

    // An older sequence (a replayed earlier export), and another payload under the same number: refused.
    const older = payloadOf(a, { sequence: 1, quarters: ['2026-Q1'], cells: [{ month: '2026-01', count: 30 }] });
    const reused = payloadOf(a, { sequence: 2, quarters: ['2026-Q1'], cells: [{ month: '2026-01', count: 31 }] });
    const p = await preview(sv, [bundleFile(sv, sealFor(sv, a, older)), bundleFile(sv, sealFor(sv, a, reused))]);
    expect(p.items.map((i) => [i.state, i.refusal])).toEqual([
      ['refused', 'BUNDLE_OLDER_SEQUENCE'],
      ['refused', 'BUNDLE_OLDER_SEQUENCE'],
    ]);
    const refused = await importPreviewed(sv, p);
    expect(refused.results.map((r) => r.refusal)).toEqual(['BUNDLE_OLDER_SEQUENCE', 'BUNDLE_OLDER_SEQUENCE']);
    expect(await stored()).toEqual(afterFirst);

    // A newer export of Q1 (corrected figures) and Q2: Q1 replaced, Q2 added.
    const newer = payloadOf(a, {
      sequence: 3,
      quarters: ['2026-Q1', '2026-Q2'],
      cells: [
        { month: '2026-01', count: 10 },
        { month: '2026-04', count: 7 },
      ],
    });
    expect((await importFiles(sv, [bundleFile(sv, sealFor(sv, a, newer))])).results.map((r) => r.outcome)).toEqual(['replaced']);
    const view = ok(await sv.backend.invoke('supervisor:trendsView', Q1));
    expect(view.rows).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(view.counts.rowTotals.slice(0, 2)).toEqual([
      { kind: 'value', value: 10 },
      { kind: 'value', value: 7 },
    ]);
    expect((await stored()).counts).toEqual({ bundle_facilities: 1, bundles: 2, bundle_cells: 2 });
  });

  it('imports a folder of one facility in sequence order, whatever order the files were chosen in', async () => {
    sv = await newSupervisorVault();
    const a = newFacility(1);
    const paths = [3, 1, 2].map((n) =>
      bundleFile(
        sv,
        sealFor(
          sv,
          a,
          payloadOf(a, { sequence: n, quarters: [`2026-Q${n}`], cells: [{ month: `2026-0${3 * n - 2}`, count: 5 + n }] }),
        ),
      ),
    );
    const job = await importFiles(sv, paths);
    expect(job.results.map((r) => [r.outcome, r.quarters])).toEqual([
      ['imported', ['2026-Q1']],
      ['imported', ['2026-Q2']],
      ['imported', ['2026-Q3']],
    ]);
  });

  it('refuses a facility whose key changed unless an admin accepts the new key (then its sequence starts again)', async () => {
    sv = await newSupervisorVault();
    const a = newFacility(1);
    expect(
      (
        await importFiles(sv, [
          bundleFile(
            sv,
            sealFor(sv, a, payloadOf(a, { sequence: 5, quarters: ['2026-Q1'], cells: [{ month: '2026-01', count: 9 }] })),
          ),
        ])
      ).results[0]!.outcome,
    ).toBe('imported');
    const before = await stored();
    const reinstalled = { ...a, keys: newFacility(99).keys };
    const path = bundleFile(
      sv,
      sealFor(
        sv,
        reinstalled,
        payloadOf(reinstalled, { sequence: 1, quarters: ['2026-Q2'], cells: [{ month: '2026-05', count: 6 }] }),
      ),
    );

    const p = await preview(sv, [path]);
    expect(p.items[0]).toMatchObject({ state: 'key-changed', previousFingerprint: await facilityFingerprint() });
    expect((await importPreviewed(sv, p)).results.map((r) => [r.outcome, r.refusal])).toEqual([
      ['refused', 'BUNDLE_FACILITY_KEY_CHANGED'],
    ]);
    expect(await stored()).toEqual(before);

    // A supervisor (not an admin) cannot accept it.
    ok(
      await sv.backend.invoke('accounts:create', {
        fullName: 'Bolat Supervisor',
        username: 'bolat',
        roles: ['supervisor'],
        language: 'ru',
        temporaryPassword: 'Temporary-Steppe-Wind-44',
      }),
    );
    ok(await sv.backend.invoke('auth:signOut', {}));
    ok(await sv.backend.invoke('auth:signIn', { username: 'bolat', password: 'Temporary-Steppe-Wind-44' }));
    ok(
      await sv.backend.invoke('account:changePassword', {
        currentPassword: 'Temporary-Steppe-Wind-44',
        newPassword: 'Reads-Only-Figures-2026!',
      }),
    );
    const bySupervisor = await preview(sv, [path]);
    fails(
      await sv.backend.invoke('supervisor:startImport', { previewId: bySupervisor.previewId, trust: [], acceptNewKey: [a.id] }),
      'FORBIDDEN',
    );
    expect(await stored()).toEqual(before);

    ok(await sv.backend.invoke('auth:signOut', {}));
    ok(await sv.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
    const accepted = await importFiles(sv, [path], [a.id]);
    expect(accepted.results.map((r) => r.outcome)).toEqual(['imported']);
    const [f] = ok(await sv.backend.invoke('supervisor:facilities', {}));
    expect(f).toMatchObject({ fingerprint: p.items[0]!.fingerprint, lastSequence: 1, quarters: ['2026-Q1', '2026-Q2'] });
    const { entries } = ok(await sv.backend.invoke('audit:list', { limit: 200, offset: 0 }));
    expect(entries.map((e) => e.action)).toContain('bundle.facilityKeyAccepted');
  });

  it('forgets a preview at a lock: the import must be chosen again', async () => {
    sv = await newSupervisorVault();
    const a = newFacility(1);
    const p = await preview(sv, [
      bundleFile(
        sv,
        sealFor(sv, a, payloadOf(a, { sequence: 1, quarters: ['2026-Q1'], cells: [{ month: '2026-01', count: 9 }] })),
      ),
    ]);
    ok(await sv.backend.invoke('auth:lock', {}));
    ok(await sv.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
    fails(
      await sv.backend.invoke('supervisor:startImport', { previewId: p.previewId, trust: [a.id], acceptNewKey: [] }),
      'IMPORT_NOT_PREPARED',
    );
    expect((await stored()).counts.bundles).toBe(0);
  });
});

async function facilityFingerprint(): Promise<string> {
  return ok(await sv.backend.invoke('supervisor:facilities', {}))[0]!.fingerprint;
}
