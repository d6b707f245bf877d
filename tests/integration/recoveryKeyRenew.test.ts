import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recoverRawKeyHex } from '../../electron/backend/vault/rawKey';
import { ADMIN, type TestVault, addPsychologist, fails, newVault, ok, setUpVault } from './helpers';

/** Issue 16, section 3: a new recovery key (admin, with their password), shown once and confirmed; the old one stops working. */

let tv: TestVault;
afterEach(async () => tv?.dispose());

const recoveryWraps = (name = 'vault.key') =>
  readFileSync(join(tv.dir, name), 'utf8')
    .split('\n')
    .filter((l) => l.includes('"kind":"recovery"'));

describe('a new recovery key', () => {
  it('replaces the recovery wrap once it is typed back, and only then', async () => {
    tv = newVault();
    const { recoveryKey: oldKey } = await setUpVault(tv);
    const before = recoveryWraps();
    const { recoveryKey: newKey } = ok(await tv.backend.invoke('keys:prepareRecoveryKey', { password: ADMIN.password }));
    expect(newKey).not.toBe(oldKey);
    // Prepared, not confirmed: nothing on disk changed, and the old key still opens the vault.
    expect(recoveryWraps()).toEqual(before);
    await expect(recoverRawKeyHex(join(tv.dir, 'vault.key'), oldKey)).resolves.toMatch(/^x'/);
    fails(await tv.backend.invoke('keys:confirmRecoveryKey', { recoveryKey: oldKey }), 'INVALID_RECOVERY_KEY');
    ok(await tv.backend.invoke('keys:confirmRecoveryKey', { recoveryKey: newKey.toLowerCase().replace(/-/g, ' ') }));
    for (const name of ['vault.key', 'vault.key.2']) {
      expect(recoveryWraps(name)).toHaveLength(1);
      expect(recoveryWraps(name)[0]).not.toBe(before[0]);
    }
    await expect(recoverRawKeyHex(join(tv.dir, 'vault.key'), oldKey)).rejects.toThrow(/does not open/);
    const newHex = await recoverRawKeyHex(join(tv.dir, 'vault.key'), newKey);
    expect(newHex).toMatch(/^x'[0-9a-f]{64}'$/);
    // The recovery key still opens the vault through the app: sign out and recover with it.
    ok(await tv.backend.invoke('auth:signOut', {}));
    fails(
      await tv.backend.invoke('vault:recover', {
        recoveryKey: oldKey,
        username: ADMIN.username,
        newPassword: 'Another-Long-Password-77',
      }),
      'INVALID_RECOVERY_KEY',
    );
    // A wrong recovery key is slowed down like a wrong password.
    tv.clock.t += 60_000;
    ok(
      await tv.backend.invoke('vault:recover', {
        recoveryKey: newKey,
        username: ADMIN.username,
        newPassword: 'Another-Long-Password-77',
      }),
    );
    const { entries } = ok(await tv.backend.invoke('audit:list', { action: 'keys.recoveryKeyRenewed', limit: 5, offset: 0 }));
    expect(entries).toHaveLength(1);
    expect(entries[0]?.details).toEqual({ replaced: 1 });
  });

  it('asks for the admin password, counts a wrong one, and forgets a prepared key at a lock', async () => {
    tv = newVault();
    await setUpVault(tv);
    const wrong = fails(
      await tv.backend.invoke('keys:prepareRecoveryKey', { password: 'not-my-password' }),
      'INVALID_CREDENTIALS',
    );
    expect(wrong.details).toMatchObject({ retryAfterMs: expect.any(Number) });
    const { entries } = ok(await tv.backend.invoke('audit:list', { action: 'keys.passwordFailed', limit: 5, offset: 0 }));
    expect(entries).toHaveLength(1);
    tv.clock.t += 60_000;
    const { recoveryKey } = ok(await tv.backend.invoke('keys:prepareRecoveryKey', { password: ADMIN.password }));
    ok(await tv.backend.invoke('auth:lock', {}));
    ok(await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
    fails(await tv.backend.invoke('keys:confirmRecoveryKey', { recoveryKey }), 'KEYS_NOT_PREPARED');
  });

  it('is for admins only', async () => {
    tv = newVault();
    await setUpVault(tv);
    const { password } = await addPsychologist(tv);
    expect(password).toBeTruthy();
    fails(await tv.backend.invoke('keys:prepareRecoveryKey', { password }), 'FORBIDDEN');
    fails(await tv.backend.invoke('keys:prepareRotation', { password }), 'FORBIDDEN');
  });
});
