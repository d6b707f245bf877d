// Issue 12, items 1 and 7: every lock first lets the renderer send what is typed; the idle lock is
// announced a minute ahead, to the second; the lock screen speaks the locked person's language.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Backend, openBackend } from '../../electron/backend/openBackend';
import type { BackendEvent } from '../../electron/contract/schemas';
import { ADMIN, FACILITY, FAST_KDF, fails, ok } from './helpers';

const T0 = Date.parse('2026-11-25T09:00:00.000Z');

type Rig = { backend: Backend; clock: { t: number }; events: Array<BackendEvent & { at: number }>; dir: string };

let rig: Rig | null = null;
afterEach(async () => {
  vi.useRealTimers();
  if (!rig) return;
  await rig.backend.close();
  rmSync(rig.dir, { recursive: true, force: true });
  rig = null;
});

/** A backend signed in as the admin, its events recorded with the test clock's time. */
async function signedIn(options: { idleCheckMs?: number; flushBoundMs?: number; listen?: boolean } = {}): Promise<Rig> {
  const dir = mkdtempSync(join(tmpdir(), 'kenes-flush-'));
  const clock = { t: T0 };
  const backend = openBackend({
    dataDir: dir,
    kdfCost: FAST_KDF,
    now: () => clock.t,
    idleCheckMs: options.idleCheckMs ?? 0,
    ...(options.flushBoundMs !== undefined ? { flushBoundMs: options.flushBoundMs } : {}),
    log: () => undefined,
  });
  const events: Rig['events'] = [];
  if (options.listen !== false) backend.onEvent((e) => events.push({ ...e, at: clock.t - T0 }));
  rig = { backend, clock, events, dir };
  ok(await backend.invoke('vault:setup', { language: 'ru', facilityName: FACILITY, admin: ADMIN }));
  return rig;
}

const types = (r: Rig) => r.events.map((e) => e.type);

describe('every lock the backend starts sends the pending saves first', () => {
  it('saves what the renderer sends in answer to the flush request, then locks, without waiting out the bound', async () => {
    const r = await signedIn({ flushBoundMs: 10_000 });
    r.backend.onEvent((e) => {
      if (e.type !== 'auth:flushRequested') return;
      // What the renderer does: its pending autosave goes through the ordinary channel, then it answers.
      void r.backend
        .invoke('account:setLanguage', { language: 'kk' })
        .then(() => r.backend.invoke('auth:flushed', { requestId: e.requestId }));
    });
    r.clock.t += 10 * 60_000;
    const started = performance.now();
    expect(await r.backend.checkIdle()).toBe(true);
    expect(performance.now() - started).toBeLessThan(5_000);
    // The save postponed the idle time, yet the lock went ahead.
    expect(types(r)).toEqual(['auth:flushRequested', 'auth:locked']);
    const locked = ok(await r.backend.invoke('vault:status', {}));
    expect(locked.state).toBe('locked');
    // The saved language is the account's, and the lock screen speaks it (item 7).
    expect(locked.language).toBe('kk');
    ok(await r.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
    expect(ok(await r.backend.invoke('vault:status', {})).signedIn?.account.language).toBe('kk');
  });

  it('locks when the bound passes although the renderer never answers', async () => {
    const r = await signedIn({ flushBoundMs: 300 });
    const started = performance.now();
    await r.backend.lock('suspend');
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(waited).toBeLessThan(3_000);
    expect(ok(await r.backend.invoke('vault:status', {})).state).toBe('locked');
    fails(await r.backend.invoke('accounts:list', {}), 'UNAUTHENTICATED');
  });

  it('locks at once when no screen is attached to ask', async () => {
    const r = await signedIn({ listen: false, flushBoundMs: 60_000 });
    const started = performance.now();
    await r.backend.lock('screen-lock');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(ok(await r.backend.invoke('vault:status', {})).state).toBe('locked');
  });

  it('locks once when suspend and screen lock come together', async () => {
    const r = await signedIn({ flushBoundMs: 200 });
    await Promise.all([r.backend.lock('suspend'), r.backend.lock('screen-lock')]);
    expect(types(r)).toEqual(['auth:flushRequested', 'auth:locked']);
  });

  it('ignores an answer to a request it never made', async () => {
    const r = await signedIn();
    ok(await r.backend.invoke('auth:flushed', { requestId: 'not-a-request' }));
    expect(ok(await r.backend.invoke('vault:status', {})).state).toBe('signed-in');
  });
});

describe('the idle warning', () => {
  it('comes exactly one minute before the idle lock, and the lock comes exactly when it said', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const r = await signedIn({ idleCheckMs: 15_000, flushBoundMs: 3_000 });
    r.backend.onEvent((e) => {
      if (e.type === 'auth:flushRequested') void r.backend.invoke('auth:flushed', { requestId: e.requestId });
    });
    const step = async (ms: number) => {
      for (let i = 0; i < ms / 1_000; i++) {
        r.clock.t += 1_000;
        await vi.advanceTimersByTimeAsync(1_000);
      }
    };
    // Activity 7 s after sign-in: the deadline falls between two of the 15 s checks.
    await step(7_000);
    ok(await r.backend.invoke('auth:activity', {}));
    await step(539_000);
    expect(r.events).toEqual([]);
    await step(1_000);
    expect(r.events).toEqual([{ type: 'auth:idleWarning', lockInMs: 60_000, at: 547_000 }]);
    await step(59_000);
    expect(types(r)).toEqual(['auth:idleWarning']);
    await step(1_000);
    expect(r.events.slice(1)).toEqual([
      { type: 'auth:flushRequested', reason: 'idle', requestId: expect.any(String), at: 607_000 },
      { type: 'auth:locked', reason: 'idle', at: 607_000 },
    ]);
  });

  it('is withdrawn when the person comes back, and the lock moves away', async () => {
    const r = await signedIn();
    r.clock.t += 9 * 60_000 + 30_000;
    expect(await r.backend.checkIdle()).toBe(false);
    expect(r.events).toEqual([{ type: 'auth:idleWarning', lockInMs: 30_000, at: 570_000 }]);
    ok(await r.backend.invoke('auth:activity', {}));
    expect(r.events[1]).toEqual({ type: 'auth:idleWarning', lockInMs: null, at: 570_000 });
    r.clock.t += 9 * 60_000 - 1;
    expect(await r.backend.checkIdle()).toBe(false);
    expect(ok(await r.backend.invoke('vault:status', {})).state).toBe('signed-in');
  });
});

describe('the lock screen language', () => {
  it('is the locked person’s, until someone picks another one on the lock screen', async () => {
    const r = await signedIn();
    ok(await r.backend.invoke('account:setLanguage', { language: 'kk' }));
    ok(await r.backend.invoke('auth:lock', {}));
    // The sign-in screens were set to Russian at set-up; the lock screen is the Kazakh person's.
    expect(ok(await r.backend.invoke('vault:status', {})).language).toBe('kk');
    ok(await r.backend.invoke('vault:setLanguage', { language: 'en' }));
    expect(ok(await r.backend.invoke('vault:status', {})).language).toBe('en');
    ok(await r.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
    ok(await r.backend.invoke('auth:signOut', {}));
    // Signed out, the screens use the language chosen for them.
    expect(ok(await r.backend.invoke('vault:status', {})).language).toBe('en');
  });
});
