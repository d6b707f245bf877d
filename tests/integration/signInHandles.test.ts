// Issue 10, section 4: every path that ends a sign-in closes the database, zeroes the key and audits the
// sign-out, including signing in or recovering while someone is signed in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PublicContext } from '../../electron/backend/services/context';
import { recoverWithKey, signIn, signOut } from '../../electron/backend/services/vault/signInService';
import { setupVault } from '../../electron/backend/services/vault/vaultSetup';
import { Vault } from '../../electron/backend/vault/vault';
import { ADMIN, FACILITY, FAST_KDF, PSYCHOLOGIST, type TestVault, addPsychologist, newVault, ok, setUpVault } from './helpers';
import { openDatabaseHandles } from './vaultFaults';

let tv: TestVault;
afterEach(async () => tv?.dispose());

async function auditActions(t: TestVault): Promise<{ action: string; details: Record<string, unknown> }[]> {
  const { entries } = ok(await t.backend.invoke('audit:list', { limit: 500, offset: 0 }));
  return entries.reverse().map((e) => ({ action: e.action, details: e.details as Record<string, unknown> }));
}

describe('ending a sign-in', () => {
  it('closes the database and audits the sign-out when someone signs in over an open sign-in, five times over', async () => {
    tv = newVault();
    await setUpVault(tv);
    const { password } = await addPsychologist(tv);
    const one = openDatabaseHandles(tv.dir);
    expect(one).toBeGreaterThan(0);
    const people = [
      { username: ADMIN.username, password: ADMIN.password },
      { username: PSYCHOLOGIST.username, password },
    ];
    for (let i = 0; i < 5; i++) {
      ok(await tv.backend.invoke('auth:signIn', people[i % 2] ?? people[0]!));
      expect(openDatabaseHandles(tv.dir)).toBe(one);
    }
    const actions = await auditActions(tv);
    const replaced = actions.filter((a) => a.action === 'session.signOut' && a.details.reason === 'signIn');
    expect(replaced).toHaveLength(5);
    await tv.backend.close();
    expect(openDatabaseHandles(tv.dir)).toBe(0);
  });

  it('closes the open sign-in before a recovery, and leaves one handle open after it', async () => {
    tv = newVault();
    const { recoveryKey } = await setUpVault(tv);
    const one = openDatabaseHandles(tv.dir);
    ok(
      await tv.backend.invoke('vault:recover', {
        recoveryKey,
        username: ADMIN.username,
        newPassword: 'Recovered-Steppe-Pass-2026',
      }),
    );
    expect(openDatabaseHandles(tv.dir)).toBe(one);
    const actions = await auditActions(tv);
    expect(actions.some((a) => a.action === 'session.signOut' && a.details.reason === 'recovery')).toBe(true);
    await tv.backend.close();
    expect(openDatabaseHandles(tv.dir)).toBe(0);
  });

  it('closes no more and no less after failed sign-ins and recoveries', async () => {
    tv = newVault();
    const { recoveryKey } = await setUpVault(tv);
    ok(await tv.backend.invoke('auth:signOut', {}));
    expect(openDatabaseHandles(tv.dir)).toBe(0);
    const r = await tv.backend.invoke('vault:recover', {
      recoveryKey,
      username: 'nobody-here',
      newPassword: 'Recovered-Steppe-Pass-2026',
    });
    expect(r.ok).toBe(false);
    expect(openDatabaseHandles(tv.dir)).toBe(0);
    const s = await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: 'wrong-password' });
    expect(s.ok).toBe(false);
    expect(openDatabaseHandles(tv.dir)).toBe(0);
  });

  it('keeps the open sign-in when a sign-in over it fails', async () => {
    tv = newVault();
    await setUpVault(tv);
    const one = openDatabaseHandles(tv.dir);
    const wrong = await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: 'not-the-password' });
    expect(wrong.ok).toBe(false);
    expect(ok(await tv.backend.invoke('vault:status', {})).state).toBe('signed-in');
    expect(openDatabaseHandles(tv.dir)).toBe(one);
  });

  it('zeroes the data key of the sign-in it replaces', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kenes-zero-'));
    const vault = new Vault({ dataDir: dir, kdfCost: FAST_KDF, now: () => Date.parse('2026-11-25T09:00:00Z') });
    const ctx: PublicContext = { vault, emit: () => undefined };
    try {
      const { recoveryKey } = await setupVault(ctx, { language: 'en', facilityName: FACILITY, admin: ADMIN });
      const first = vault.currentSignIn()!.dataKey;
      expect(first.some((b) => b !== 0)).toBe(true);
      await signIn(ctx, { username: ADMIN.username, password: ADMIN.password });
      expect(first.every((b) => b === 0)).toBe(true);
      const second = vault.currentSignIn()!.dataKey;
      await recoverWithKey(ctx, { recoveryKey, username: ADMIN.username, newPassword: 'Recovered-Steppe-Pass-2026' });
      expect(second.every((b) => b === 0)).toBe(true);
      const third = vault.currentSignIn()!.dataKey;
      signOut(ctx);
      expect(third.every((b) => b === 0)).toBe(true);
      expect(openDatabaseHandles(dir)).toBe(0);
    } finally {
      signOut(ctx);
      vault.release();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
