// Issue 10: one backend per data folder, and vault files readable by their owner only.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/backend/openBackend';
import { snapshot } from './fsSnapshot';
import {
  ADMIN,
  FACILITY,
  FAST_KDF,
  PSYCHOLOGIST,
  type TestVault,
  addPsychologist,
  fails,
  newVault,
  ok,
  setUpVault,
} from './helpers';

let tv: TestVault;
afterEach(async () => tv?.dispose());

const second = (dir: string) => openBackend({ dataDir: dir, kdfCost: FAST_KDF, idleCheckMs: 0, log: () => undefined });

describe('one backend per data folder', () => {
  it('refuses a second backend on a set-up folder with a clear error, and it touches no file', async () => {
    tv = newVault();
    await setUpVault(tv);
    ok(await tv.backend.invoke('auth:signOut', {}));
    const before = snapshot(tv.dir);
    const other = second(tv.dir);
    expect(ok(await other.invoke('vault:status', {}))).toMatchObject({
      state: 'unavailable',
      problem: { code: 'VAULT_IN_USE', dataDir: tv.dir },
    });
    fails(await other.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }), 'VAULT_IN_USE');
    fails(await other.invoke('auth:signIn', { username: ADMIN.username, password: 'wrong-password' }), 'VAULT_IN_USE');
    fails(await other.invoke('vault:setup', { language: 'ru', facilityName: FACILITY, admin: ADMIN }), 'VAULT_IN_USE');
    await other.close();
    expect(snapshot(tv.dir)).toEqual(before);
    // The first backend never noticed.
    ok(await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
  });

  it('refuses set-up by a second backend on an empty folder', async () => {
    tv = newVault();
    const other = second(tv.dir);
    fails(await other.invoke('vault:setup', { language: 'ru', facilityName: FACILITY, admin: ADMIN }), 'VAULT_IN_USE');
    await other.close();
    expect(Object.keys(snapshot(tv.dir))).toEqual(['vault.lock']);
    await setUpVault(tv);
  });

  it('gives the folder to the next backend once the first has closed', async () => {
    tv = newVault();
    await setUpVault(tv);
    await tv.restart();
    ok(await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kenes-lock-'));
    try {
      const first = second(dir);
      ok(await first.invoke('vault:setup', { language: 'ru', facilityName: FACILITY, admin: ADMIN }));
      await first.close();
      // A crash leaves the lock file behind, naming a process that has ended.
      const dead = spawnSync(process.execPath, ['-e', '0']).pid;
      writeFileSync(join(dir, 'vault.lock'), `${dead} ${'a'.repeat(32)}\n`);
      const next = second(dir);
      ok(await next.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
      expect(readFileSync(join(dir, 'vault.lock'), 'utf8')).toMatch(new RegExp(`^${process.pid} `));
      await next.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes over a lock naming this very process when this process does not hold it (an earlier run with the same pid)', async () => {
    tv = newVault();
    await setUpVault(tv);
    await tv.backend.close();
    writeFileSync(join(tv.dir, 'vault.lock'), `${process.pid} ${'b'.repeat(32)}\n`);
    tv.backend = second(tv.dir);
    ok(await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
  });

  it('keeps every new account able to sign in while a second backend tries the same folder', async () => {
    tv = newVault();
    await setUpVault(tv);
    const other = second(tv.dir);
    const created: string[] = [];
    for (let i = 0; i < 6; i++) {
      const username = `${PSYCHOLOGIST.username}${i}`;
      ok(await tv.backend.invoke('accounts:create', { ...PSYCHOLOGIST, username }));
      fails(await other.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }), 'VAULT_IN_USE');
      created.push(username);
    }
    await other.close();
    ok(await tv.backend.invoke('auth:signOut', {}));
    for (const username of created) {
      ok(await tv.backend.invoke('auth:signIn', { username, password: PSYCHOLOGIST.temporaryPassword }));
      ok(await tv.backend.invoke('auth:signOut', {}));
    }
  });
});

describe.skipIf(process.platform === 'win32')('file permissions', () => {
  it('creates vault.db, its -wal and -shm, both key files and the lock with mode 0600', async () => {
    tv = newVault();
    await setUpVault(tv);
    await addPsychologist(tv);
    const modes = (names: string[]) =>
      Object.fromEntries(names.map((n) => [n, (statSync(join(tv.dir, n)).mode & 0o777).toString(8)]));
    const names = ['vault.db', 'vault.db-wal', 'vault.db-shm', 'vault.key', 'vault.key.2', 'vault.lock'];
    expect(modes(names)).toEqual(Object.fromEntries(names.map((n) => [n, '600'])));
    await tv.restart();
    ok(await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
    expect(modes(names)).toEqual(Object.fromEntries(names.map((n) => [n, '600'])));
  });
});
