import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openBackend } from '../../electron/backend/openBackend';
import { DEFAULT_SCRYPT_COST, deriveKey, newScryptParams } from '../../electron/backend/vault/kdf';
import type { BenchRow } from './run';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function time(n: number, work: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await work();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/** What a person waits for: one scrypt at production cost, a sign-in, verifying a long audit log. */
export async function vaultBenchmarks(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  rows.push({
    suite: 'vault',
    case: 'scrypt N=2^17 r=8 p=1 (one unlock)',
    value: await time(3, () => deriveKey(Buffer.from('password'), newScryptParams(DEFAULT_SCRYPT_COST))),
    unit: 'ms (median of 3)',
  });

  const dir = mkdtempSync(join(tmpdir(), 'kenes-bench-'));
  const backend = openBackend({ dataDir: dir, idleCheckMs: 0, log: () => undefined });
  const admin = { fullName: 'Bench Admin', username: 'operator', password: 'Quiet-Steppe-Evening-2026' };
  const setup = await backend.invoke('vault:setup', { language: 'en', facilityName: 'Bench facility', admin });
  if (!setup.ok) throw new Error(setup.error.code);
  rows.push({
    suite: 'vault',
    case: 'sign-out + sign-in (production scrypt)',
    value: await time(3, async () => {
      await backend.invoke('auth:signOut', {});
      const r = await backend.invoke('auth:signIn', { username: admin.username, password: admin.password });
      if (!r.ok) throw new Error(r.error.code);
    }),
    unit: 'ms (median of 3)',
  });
  // Language changes are audited: a cheap way to grow the log to a realistic size.
  for (let i = 0; i < 10_000; i++) await backend.invoke('account:setLanguage', { language: i % 2 ? 'kk' : 'ru' });
  rows.push({
    suite: 'audit',
    case: 'verify chain of ~10,000 rows',
    value: await time(3, () => backend.invoke('audit:verify', {})),
    unit: 'ms (median of 3)',
  });
  rows.push({
    suite: 'audit',
    case: 'first page of 50 rows, filtered by action',
    value: await time(5, () => backend.invoke('audit:list', { action: 'account.languageChanged', limit: 50, offset: 0 })),
    unit: 'ms (median of 5)',
  });
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
  return rows;
}
