import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, FACILITY, PSYCHOLOGIST, type TestVault, addPsychologist, fails, newVault, ok, setUpVault } from './helpers';

let tv: TestVault;
afterEach(async () => tv?.dispose());

async function auditActions(t: TestVault): Promise<string[]> {
  const { entries } = ok(await t.backend.invoke('audit:list', { limit: 500, offset: 0 }));
  return entries.map((e) => e.action).reverse();
}

describe('vault set-up, lock and unlock', () => {
  it('starts uninitialized and refuses sign-in before set-up', async () => {
    tv = newVault();
    const status = ok(await tv.backend.invoke('vault:status', {}));
    expect(status.state).toBe('uninitialized');
    fails(await tv.backend.invoke('auth:signIn', { username: 'x1x', password: 'y' }), 'VAULT_MISSING');
  });

  it('sets up a vault, signs the admin in and returns a recovery key once', async () => {
    tv = newVault();
    const { recoveryKey, signedIn: session } = await setUpVault(tv);
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){7}[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(session.account).toMatchObject({ username: ADMIN.username, fullName: ADMIN.fullName, roles: ['admin'] });
    expect(session.facilityName).toBe(FACILITY);
    expect(session.idleTimeoutMinutes).toBe(10);
    expect(ok(await tv.backend.invoke('vault:status', {})).state).toBe('signed-in');
    fails(await tv.backend.invoke('vault:setup', { language: 'kk', facilityName: 'Other', admin: ADMIN }), 'VAULT_EXISTS');
  });

  it('refuses a weak first admin password and names the broken rules', async () => {
    tv = newVault();
    const error = fails(
      await tv.backend.invoke('vault:setup', {
        language: 'ru',
        facilityName: FACILITY,
        admin: { ...ADMIN, password: 'aigerim1' },
      }),
      'WEAK_PASSWORD',
    );
    expect(error.details?.reasons).toEqual(expect.arrayContaining(['length', 'notUsername']));
    expect(ok(await tv.backend.invoke('vault:status', {})).state).toBe('uninitialized');
  });

  it('locks, closing the database, and unlocks with the same password', async () => {
    tv = newVault();
    await setUpVault(tv);
    ok(await tv.backend.invoke('auth:lock', {}));
    const locked = ok(await tv.backend.invoke('vault:status', {}));
    expect(locked).toMatchObject({ state: 'locked', lockedUser: { username: ADMIN.username, fullName: ADMIN.fullName } });
    expect(tv.events).toEqual([{ type: 'auth:locked', reason: 'manual' }]);
    fails(await tv.backend.invoke('accounts:list', {}), 'UNAUTHENTICATED');
    ok(await tv.backend.invoke('auth:signIn', { username: 'AIGERIM', password: ADMIN.password }));
    expect(await auditActions(tv)).toEqual([
      'vault.created',
      'account.created',
      'session.signIn',
      'session.lock',
      'session.unlock',
    ]);
  });

  it('locks on system suspend and screen lock through the same path as Electron', async () => {
    tv = newVault();
    await setUpVault(tv);
    await tv.backend.lock('suspend');
    expect(ok(await tv.backend.invoke('vault:status', {})).state).toBe('locked');
    ok(await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
    await tv.backend.lock('screen-lock');
    // Each lock first asks the renderer to send its pending saves (nobody answers here: the bound ends the wait).
    expect(tv.events).toEqual([
      { type: 'auth:flushRequested', reason: 'suspend', requestId: expect.any(String) },
      { type: 'auth:locked', reason: 'suspend' },
      { type: 'auth:flushRequested', reason: 'screen-lock', requestId: expect.any(String) },
      { type: 'auth:locked', reason: 'screen-lock' },
    ]);
  });

  it('signs in each account with its own password after a restart', async () => {
    tv = newVault();
    await setUpVault(tv);
    const { password } = await addPsychologist(tv);
    await tv.restart();
    expect(ok(await tv.backend.invoke('vault:status', {})).state).toBe('signed-out');
    const psy = ok(await tv.backend.invoke('auth:signIn', { username: PSYCHOLOGIST.username, password }));
    expect(psy.account.roles).toEqual(['psychologist']);
    ok(await tv.backend.invoke('auth:signOut', {}));
    const admin = ok(await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
    expect(admin.account.roles).toEqual(['admin']);
    // One person's password never opens another's account.
    ok(await tv.backend.invoke('auth:signOut', {}));
    fails(await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password }), 'INVALID_CREDENTIALS');
  });

  it('locks after the idle timeout and not before', async () => {
    tv = newVault();
    await setUpVault(tv);
    tv.clock.t += 9 * 60_000;
    expect(await tv.backend.checkIdle()).toBe(false);
    ok(await tv.backend.invoke('auth:activity', {}));
    tv.clock.t += 9 * 60_000;
    expect(await tv.backend.checkIdle()).toBe(false);
    tv.clock.t += 60_000;
    expect(await tv.backend.checkIdle()).toBe(true);
    // The last minute is announced, withdrawn by the activity, announced again, then the lock flushes first.
    expect(tv.events).toEqual([
      { type: 'auth:idleWarning', lockInMs: 60_000 },
      { type: 'auth:idleWarning', lockInMs: null },
      { type: 'auth:idleWarning', lockInMs: 60_000 },
      { type: 'auth:flushRequested', reason: 'idle', requestId: expect.any(String) },
      { type: 'auth:locked', reason: 'idle' },
    ]);
    expect(ok(await tv.backend.invoke('vault:status', {})).state).toBe('locked');
  });

  it('applies a new idle timeout at once', async () => {
    tv = newVault();
    await setUpVault(tv);
    const session = ok(await tv.backend.invoke('settings:update', { facilityName: FACILITY, idleTimeoutMinutes: 2 }));
    expect(session.idleTimeoutMinutes).toBe(2);
    tv.clock.t += 2 * 60_000;
    expect(await tv.backend.checkIdle()).toBe(true);
    fails(await tv.backend.invoke('settings:update', { facilityName: FACILITY, idleTimeoutMinutes: 0 }), 'UNAUTHENTICATED');
  });

  it('keeps the pre-sign-in language and each account language', async () => {
    tv = newVault();
    await setUpVault(tv, { language: 'kk' });
    expect(ok(await tv.backend.invoke('vault:status', {})).language).toBe('kk');
    const s = ok(await tv.backend.invoke('account:setLanguage', { language: 'ru' }));
    expect(s.account.language).toBe('ru');
    ok(await tv.backend.invoke('auth:signOut', {}));
    ok(await tv.backend.invoke('vault:setLanguage', { language: 'en' }));
    expect(ok(await tv.backend.invoke('vault:status', {})).language).toBe('en');
  });
});

describe('production key derivation', () => {
  it('wraps keys with scrypt N=2^17, r=8, p=1 unless told otherwise, and still signs in', async () => {
    const { openBackend } = await import('../../electron/backend/openBackend');
    const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'kenes-prod-'));
    const backend = openBackend({ dataDir: dir, idleCheckMs: 0, log: () => undefined });
    try {
      ok(await backend.invoke('vault:setup', { language: 'ru', facilityName: FACILITY, admin: ADMIN }));
      const kf = JSON.parse(readFileSync(join(dir, 'vault.key'), 'utf8')) as {
        wraps: { kdf: { N: number; r: number; p: number } }[];
      };
      expect(kf.wraps.map((w) => [w.kdf.N, w.kdf.r, w.kdf.p])).toEqual([
        [131072, 8, 1],
        [131072, 8, 1],
      ]);
      ok(await backend.invoke('auth:signOut', {}));
      ok(await backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
    } finally {
      await backend.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
