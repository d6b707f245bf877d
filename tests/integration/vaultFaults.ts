/** Shared by the data-folder fault tests (issue 10): a vault with records, closed, ready to be damaged. */
import { mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Backend, openBackend } from '../../electron/backend/openBackend';
import { snapshot } from './fsSnapshot';
import { ADMIN, FACILITY, FAST_KDF, ok } from './helpers';

export const CLOCK_START = Date.parse('2026-11-25T09:00:00.000Z');

export type FaultFolder = { dir: string; recoveryKey: string; open(): Backend; dispose(): void };

/** A set-up vault with a few records and a signed-out backend closed: every file is at rest. */
export async function closedVault(): Promise<FaultFolder> {
  const dir = mkdtempSync(join(tmpdir(), 'kenes-fault-'));
  const clock = { t: CLOCK_START };
  const open = () => openBackend({ dataDir: dir, kdfCost: FAST_KDF, now: () => clock.t, idleCheckMs: 0, log: () => undefined });
  const backend = open();
  const { recoveryKey } = ok(await backend.invoke('vault:setup', { language: 'ru', facilityName: FACILITY, admin: ADMIN }));
  // Enough audited changes that the database spans a few dozen pages.
  for (let i = 0; i < 60; i++)
    ok(await backend.invoke('settings:update', { facilityName: `${FACILITY} ${i}`, idleTimeoutMinutes: 10 }));
  await backend.close();
  return { dir, recoveryKey, open, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every file in the folder but the lock file (which a running backend holds), by SHA-256. */
export function vaultSnapshot(dir: string): Record<string, string> {
  const all = snapshot(dir);
  delete all['vault.lock'];
  return all;
}

/** Open file descriptors of this process on the folder's vault.db files (Linux: /proc/self/fd). */
export function openDatabaseHandles(dir: string): number {
  let n = 0;
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      if (readlinkSync(`/proc/self/fd/${fd}`).startsWith(join(dir, 'vault.db'))) n++;
    } catch {
      // The descriptor closed while we looked (readdir's own, for one).
    }
  }
  return n;
}
