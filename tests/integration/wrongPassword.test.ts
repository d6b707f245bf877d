import { afterEach, describe, expect, it } from 'vitest';
import { keyFileWithoutThrottle, snapshot } from './fsSnapshot';
import { ADMIN, type TestVault, fails, newVault, ok, setUpVault } from './helpers';

let tv: TestVault;
afterEach(async () => tv?.dispose());

async function signedOutVault(): Promise<TestVault> {
  const t = newVault();
  await setUpVault(t);
  ok(await t.backend.invoke('auth:signOut', {}));
  return t;
}

describe('wrong passwords', () => {
  it('answers with a clear error and a delay that grows with each failure', async () => {
    tv = await signedOutVault();
    const first = fails(
      await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: 'wrong-1' }),
      'INVALID_CREDENTIALS',
    );
    expect(first.details?.retryAfterMs).toBe(1000);
    const early = fails(
      await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }),
      'THROTTLED',
    );
    expect(early.details?.retryAfterMs).toBe(1000);
    tv.clock.t += 1000;
    const second = fails(
      await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: 'wrong-2' }),
      'INVALID_CREDENTIALS',
    );
    expect(second.details?.retryAfterMs).toBe(2000);
    tv.clock.t += 2000;
    const third = fails(
      await tv.backend.invoke('auth:signIn', { username: 'nobody', password: 'wrong-3' }),
      'INVALID_CREDENTIALS',
    );
    expect(third.details?.retryAfterMs).toBe(4000);
    expect(ok(await tv.backend.invoke('vault:status', {})).retryAfterMs).toBe(4000);
  });

  it('keeps the delay across a restart', async () => {
    tv = await signedOutVault();
    fails(await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: 'wrong' }), 'INVALID_CREDENTIALS');
    await tv.restart();
    fails(await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }), 'THROTTLED');
  });

  it('changes nothing on disk but the throttle counter', async () => {
    tv = await signedOutVault();
    const before = snapshot(tv.dir);
    const keysBefore = keyFileWithoutThrottle(tv.dir);
    fails(
      await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: 'not-the-password' }),
      'INVALID_CREDENTIALS',
    );
    const after = snapshot(tv.dir);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) if (!name.startsWith('vault.key')) expect(after[name], name).toBe(before[name]);
    expect(keyFileWithoutThrottle(tv.dir)).toEqual(keysBefore);
    expect(keyFileWithoutThrottle(tv.dir, 'vault.key.2')).toEqual(keysBefore);
  });

  it('writes the failed attempts to the audit log at the next sign-in and resets the delay', async () => {
    tv = await signedOutVault();
    fails(await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: 'wrong' }), 'INVALID_CREDENTIALS');
    tv.clock.t += 1000;
    fails(await tv.backend.invoke('auth:signIn', { username: 'ghost', password: 'wrong' }), 'INVALID_CREDENTIALS');
    tv.clock.t += 2000;
    ok(await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
    const { entries } = ok(await tv.backend.invoke('audit:list', { action: 'session.signInFailed', limit: 10, offset: 0 }));
    expect(entries).toHaveLength(2);
    expect(entries.map((e) => e.details.knownAccount).sort()).toEqual([false, true]);
    ok(await tv.backend.invoke('auth:signOut', {}));
    // The counter starts again from zero: the next mistake costs one second.
    const next = fails(
      await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: 'x' }),
      'INVALID_CREDENTIALS',
    );
    expect(next.details?.retryAfterMs).toBe(1000);
  });
});
