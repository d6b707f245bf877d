import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from '../../electron/contract/errors';
import type { ChannelInput } from '../../electron/contract/channels';
import { type Backend, type BackendOptions, openBackend } from '../../electron/backend/openBackend';
import type { ScryptCost } from '../../electron/backend/vault/kdf';

/** A lower scrypt cost keeps the suite fast; it is stored with each wrap like the real one. */
export const FAST_KDF: ScryptCost = { N: 2 ** 12, r: 8, p: 1 };

export const ADMIN = { fullName: 'Aigerim Zhaksybekova', username: 'aigerim', password: 'Kokterek-Almaty-1987!' };
export const FACILITY = 'Penal Colony Zhetysu-Kyzylorda 42';

export type TestVault = {
  dir: string;
  clock: { t: number };
  backend: Backend;
  events: unknown[];
  /** A new backend over the same folder: an app restart. */
  restart(): Promise<Backend>;
  dispose(): Promise<void>;
};

/** A vault in a new temporary folder; `ports` adds the outside-world ports (e.g. saveFile) the test needs. */
export function newVault(kdfCost: ScryptCost = FAST_KDF, ports: Pick<BackendOptions, 'saveFile' | 'pickFiles'> = {}): TestVault {
  const dir = mkdtempSync(join(tmpdir(), 'kenes-it-'));
  const clock = { t: Date.parse('2026-11-25T09:00:00.000Z') };
  const events: unknown[] = [];
  const make = () => {
    // Nobody answers the lock's flush request here: a short bound keeps every lock quick (lockFlush.test.ts tests the 3 s one).
    const b = openBackend({
      dataDir: dir,
      kdfCost,
      now: () => clock.t,
      idleCheckMs: 0,
      flushBoundMs: 50,
      log: () => undefined,
      ...ports,
    });
    b.onEvent((e) => events.push(e));
    return b;
  };
  const tv: TestVault = {
    dir,
    clock,
    events,
    backend: make(),
    async restart() {
      await tv.backend.close();
      tv.backend = make();
      return tv.backend;
    },
    async dispose() {
      await tv.backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return tv;
}

/** Unwraps a successful result, failing the test with the error otherwise. */
export function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Expects a failure with the given code and returns the error. */
export function fails<T>(result: Result<T>, code: string) {
  if (result.ok) throw new Error(`expected ${code}, got success`);
  if (result.error.code !== code) throw new Error(`expected ${code}, got ${result.error.code}: ${result.error.message}`);
  return result.error;
}

export async function setUpVault(tv: TestVault, overrides: Partial<ChannelInput<'vault:setup'>> = {}) {
  return ok(
    await tv.backend.invoke('vault:setup', {
      language: 'en',
      facilityName: FACILITY,
      admin: ADMIN,
      ...overrides,
    }),
  );
}

export const PSYCHOLOGIST = {
  fullName: 'Nurlan Sarsenbayev',
  username: 'nurlan',
  roles: ['psychologist' as const],
  language: 'ru' as const,
  temporaryPassword: 'Temporary-Steppe-Wind-44',
};

/** Admin creates a psychologist, who signs in and replaces the temporary password. */
export async function addPsychologist(tv: TestVault, newPassword = 'Steppe-Own-Password-2026') {
  const account = ok(await tv.backend.invoke('accounts:create', PSYCHOLOGIST));
  ok(await tv.backend.invoke('auth:signOut', {}));
  ok(await tv.backend.invoke('auth:signIn', { username: PSYCHOLOGIST.username, password: PSYCHOLOGIST.temporaryPassword }));
  ok(await tv.backend.invoke('account:changePassword', { currentPassword: PSYCHOLOGIST.temporaryPassword, newPassword }));
  return { account, password: newPassword };
}
