import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recoverRawKeyHex } from '../../electron/backend/vault/rawKey';
import { ADMIN, PSYCHOLOGIST, type TestVault, addPsychologist, fails, newVault, ok, setUpVault } from './helpers';

let tv: TestVault;
afterEach(async () => tv?.dispose());

type Wrap = { id: string; kind: string; ciphertext: string };
const wraps = (t: TestVault): Wrap[] => (JSON.parse(readFileSync(join(t.dir, 'vault.key'), 'utf8')) as { wraps: Wrap[] }).wraps;

/** Swaps one character of one group so its check character no longer fits. */
function mistype(key: string, group: number): string {
  const groups = key.split('-');
  const g = groups[group - 1]!;
  groups[group - 1] = (g[0] === 'A' ? 'B' : 'A') + g.slice(1);
  return groups.join('-');
}

describe('password change', () => {
  it('rewraps only the changed account and never re-encrypts the data', async () => {
    tv = newVault();
    const { recoveryKey } = await setUpVault(tv);
    const keyBefore = await recoverRawKeyHex(join(tv.dir, 'vault.key'), recoveryKey);
    const before = wraps(tv);
    const s = ok(
      await tv.backend.invoke('account:changePassword', {
        currentPassword: ADMIN.password,
        newPassword: 'New-Admin-Secret-Karaganda',
      }),
    );
    expect(s.account.mustChangePassword).toBe(false);
    const after = wraps(tv);
    const recoveryBefore = before.find((w) => w.kind === 'recovery');
    expect(after.find((w) => w.kind === 'recovery')).toEqual(recoveryBefore);
    expect(after.filter((w) => w.kind === 'password')).toHaveLength(1);
    expect(after.find((w) => w.kind === 'password')?.id).not.toBe(before.find((w) => w.kind === 'password')?.id);
    expect(await recoverRawKeyHex(join(tv.dir, 'vault.key'), recoveryKey)).toBe(keyBefore);

    ok(await tv.backend.invoke('auth:signOut', {}));
    fails(await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }), 'INVALID_CREDENTIALS');
    tv.clock.t += 1000;
    ok(await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: 'New-Admin-Secret-Karaganda' }));
  });

  it('needs the current password, and refuses weak or unchanged ones', async () => {
    tv = newVault();
    await setUpVault(tv);
    fails(
      await tv.backend.invoke('account:changePassword', { currentPassword: 'nope', newPassword: 'Another-Good-One-5521' }),
      'INVALID_CREDENTIALS',
    );
    tv.clock.t += 1000; // past the delay after a wrong current password (changePasswordThrottle.test.ts)
    fails(
      await tv.backend.invoke('account:changePassword', { currentPassword: ADMIN.password, newPassword: ADMIN.password }),
      'PASSWORD_REUSED',
    );
    fails(
      await tv.backend.invoke('account:changePassword', { currentPassword: ADMIN.password, newPassword: 'short' }),
      'WEAK_PASSWORD',
    );
  });

  it('lets an admin reset a forgotten password, which must then be changed', async () => {
    tv = newVault();
    await setUpVault(tv);
    const { account } = await addPsychologist(tv);
    ok(await tv.backend.invoke('auth:signOut', {}));
    ok(await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
    const reset = ok(
      await tv.backend.invoke('accounts:resetPassword', { id: account.id, temporaryPassword: 'Reset-Temporary-Pass-61' }),
    );
    expect(reset.mustChangePassword).toBe(true);
    ok(await tv.backend.invoke('auth:signOut', {}));
    const s = ok(
      await tv.backend.invoke('auth:signIn', { username: PSYCHOLOGIST.username, password: 'Reset-Temporary-Pass-61' }),
    );
    expect(s.account.mustChangePassword).toBe(true);
  });
});

describe('recovery key', () => {
  it('restores access and sets a new admin password', async () => {
    tv = newVault();
    const { recoveryKey } = await setUpVault(tv);
    ok(await tv.backend.invoke('auth:signOut', {}));
    const s = ok(
      await tv.backend.invoke('vault:recover', {
        recoveryKey: recoveryKey.toLowerCase().replaceAll('-', ' '),
        username: ADMIN.username,
        newPassword: 'Recovered-Admin-Shymkent-7',
      }),
    );
    expect(s.account.username).toBe(ADMIN.username);
    ok(await tv.backend.invoke('auth:signOut', {}));
    fails(await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }), 'INVALID_CREDENTIALS');
    tv.clock.t += 1000;
    ok(await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: 'Recovered-Admin-Shymkent-7' }));
    const { entries } = ok(await tv.backend.invoke('audit:list', { action: 'recovery.used', limit: 5, offset: 0 }));
    expect(entries).toHaveLength(1);
    // The recovery key still works: it is the facility's copy, not a one-time code.
    expect(wraps(tv).filter((w) => w.kind === 'recovery')).toHaveLength(1);
  });

  it('names the mistyped group without counting it as an attempt', async () => {
    tv = newVault();
    const { recoveryKey } = await setUpVault(tv);
    ok(await tv.backend.invoke('auth:signOut', {}));
    const error = fails(
      await tv.backend.invoke('vault:recover', {
        recoveryKey: mistype(recoveryKey, 6),
        username: ADMIN.username,
        newPassword: 'Recovered-Admin-Shymkent-7',
      }),
      'INVALID_RECOVERY_KEY',
    );
    expect(error.details?.group).toBe(6);
    expect(ok(await tv.backend.invoke('vault:status', {})).retryAfterMs).toBe(0);
  });

  it('refuses a well-formed key of another vault and slows down further attempts', async () => {
    tv = newVault();
    await setUpVault(tv);
    const other = newVault();
    const { recoveryKey: foreign } = await setUpVault(other);
    await other.dispose();
    ok(await tv.backend.invoke('auth:signOut', {}));
    const error = fails(
      await tv.backend.invoke('vault:recover', {
        recoveryKey: foreign,
        username: ADMIN.username,
        newPassword: 'Recovered-Admin-Shymkent-7',
      }),
      'INVALID_RECOVERY_KEY',
    );
    expect(error.details?.retryAfterMs).toBe(1000);
  });

  it('only sets passwords of active admin accounts', async () => {
    tv = newVault();
    const { recoveryKey } = await setUpVault(tv);
    await addPsychologist(tv);
    ok(await tv.backend.invoke('auth:signOut', {}));
    fails(
      await tv.backend.invoke('vault:recover', {
        recoveryKey,
        username: PSYCHOLOGIST.username,
        newPassword: 'Recovered-Admin-Shymkent-7',
      }),
      'NOT_FOUND',
    );
  });
});
