import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Backend, openBackend } from '../../electron/backend/openBackend';
import type { RotationStep } from '../../electron/backend/vault/rotation';
import { addClient } from './fixtures/clientSetup';
import { ROTATION_TEMPORARY } from './fixtures/rotationSetup';
import { ADMIN, FACILITY, FAST_KDF, PSYCHOLOGIST, ok } from './helpers';

/**
 * Issue 16, section 3: "killing the process at any point (test it with a real child process and SIGKILL at
 * several points) leaves a vault that opens with either the old key or the new one, never with neither." The
 * child (fixtures/rotationChild.ts) is the whole backend rotating the key; it kills itself after each step of
 * vault/rotation.ts, or is killed from outside after a delay. Then a new backend must open the vault, and exactly
 * one of the psychologist's passwords (the old one, or the temporary one of the rotation) must open it.
 */

const CHILD = resolve(import.meta.dirname, 'fixtures/rotationChild.ts');
const ROOT = resolve(import.meta.dirname, '../..');
const PSYCHOLOGIST_OWN = 'Steppe-Own-Password-2026';

let dir: string;
let backend: Backend | null = null;
afterEach(async () => {
  await backend?.close();
  backend = null;
  rmSync(dir, { recursive: true, force: true });
});

const clock = { t: Date.parse('2026-11-25T09:00:00.000Z') };
const open = () =>
  openBackend({ dataDir: dir, kdfCost: FAST_KDF, now: () => clock.t, idleCheckMs: 0, flushBoundMs: 50, log: () => undefined });

async function prepareFolder(): Promise<void> {
  dir = mkdtempSync(join(tmpdir(), 'kenes-it-rotate-'));
  const b = open();
  ok(await b.invoke('vault:setup', { language: 'en', facilityName: FACILITY, admin: ADMIN }));
  await addClient(b.invoke);
  ok(await b.invoke('accounts:create', PSYCHOLOGIST));
  ok(await b.invoke('auth:signOut', {}));
  ok(await b.invoke('auth:signIn', { username: PSYCHOLOGIST.username, password: PSYCHOLOGIST.temporaryPassword }));
  ok(
    await b.invoke('account:changePassword', { currentPassword: PSYCHOLOGIST.temporaryPassword, newPassword: PSYCHOLOGIST_OWN }),
  );
  await b.close();
}

/** Runs the child; resolves with its output once it is dead (killed by itself at `step`, or by us after `delayMs`). */
function runChild(step: RotationStep | 'none', delayMs = 0): Promise<string[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, step], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let stderr = '';
    let buffered = '';
    const watchdog = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      const complete = buffered.split('\n');
      buffered = complete.pop() ?? '';
      for (const line of complete) {
        lines.push(line);
        if (line === 'rotating' && step === 'none') setTimeout(() => child.kill('SIGKILL'), delayMs);
        if (line === 'done') child.kill('SIGKILL');
      }
    });
    child.on('close', (_code, signal) => {
      clearTimeout(watchdog);
      if (signal !== 'SIGKILL') return fail(new Error(`child ended without being killed (${signal}): ${stderr}`));
      done(lines);
    });
  });
}

/** Which password of the psychologist opens the vault now: the old one, the rotation's temporary one, or neither. */
async function whichKey(b: Backend): Promise<'old' | 'new' | 'neither' | 'both'> {
  const tries = async (password: string) => {
    clock.t += 10 * 60_000; // past any delay a previous wrong password set
    const r = await b.invoke('auth:signIn', { username: PSYCHOLOGIST.username, password });
    if (r.ok) ok(await b.invoke('auth:signOut', {}));
    return r.ok;
  };
  const old = await tries(PSYCHOLOGIST_OWN);
  const fresh = await tries(ROTATION_TEMPORARY);
  return old && fresh ? 'both' : old ? 'old' : fresh ? 'new' : 'neither';
}

async function expectUsableVault(expected: 'old' | 'new' | 'either'): Promise<'old' | 'new'> {
  backend = open();
  clock.t += 10 * 60_000;
  const admin = await backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password });
  expect(admin.ok, admin.ok ? '' : admin.error.code).toBe(true);
  const verified = ok(await backend.invoke('audit:verify', {}));
  expect(verified.firstBrokenId).toBeNull();
  expect(verified.anchor.state).toBe('intact');
  ok(await backend.invoke('auth:signOut', {}));
  const key = await whichKey(backend);
  expect(['old', 'new']).toContain(key);
  if (expected !== 'either') expect(key).toBe(expected);
  // The client is still there, whichever key opened it.
  clock.t += 10 * 60_000;
  ok(
    await backend.invoke('auth:signIn', {
      username: PSYCHOLOGIST.username,
      password: key === 'old' ? PSYCHOLOGIST_OWN : ROTATION_TEMPORARY,
    }),
  );
  if (key === 'new')
    ok(
      await backend.invoke('account:changePassword', {
        currentPassword: ROTATION_TEMPORARY,
        newPassword: 'After-Rotation-Own-2026',
      }),
    );
  const found = ok(await backend.invoke('clients:search', { limit: 10, offset: 0 }));
  expect(JSON.stringify(found)).toContain('Сейітов');
  return key as 'old' | 'new';
}

const BEFORE_COMMIT: RotationStep[] = ['copied', 'prepared', 'rekeyed', 'keyFileWritten', 'closed'];
const AFTER_COMMIT: RotationStep[] = ['renamed', 'reopened', 'finalized'];

describe('a data-key rotation killed with SIGKILL', () => {
  for (const step of BEFORE_COMMIT) {
    it(`after "${step}": the vault opens with the old key`, async () => {
      await prepareFolder();
      const lines = await runChild(step);
      expect(lines).toContain(`step ${step}`);
      await expectUsableVault('old');
    }, 90_000);
  }
  for (const step of AFTER_COMMIT) {
    it(`after "${step}": the vault opens with the new key`, async () => {
      await prepareFolder();
      const lines = await runChild(step);
      expect(lines).toContain(`step ${step}`);
      await expectUsableVault('new');
      // The next key-file write finished what the kill interrupted: no rotation line, no temporary copy.
      expect(readdirSync(dir).filter((n) => n.startsWith('rotate-'))).toEqual([]);
    }, 90_000);
  }
  for (const delayMs of [0, 3, 8, 20]) {
    it(`killed from outside ${delayMs} ms into the rotation: the vault opens with one key`, async () => {
      await prepareFolder();
      await runChild('none', delayMs);
      await expectUsableVault('either');
    }, 90_000);
  }
});
