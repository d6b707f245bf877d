import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeEvents } from '../../assessments/drawing/encoding';
import { line } from '../unit/drawing/builders';
import { SCREEN, addAccount, b64, signInAs } from './fixtures/drawingSetup';
import { ADMIN, type TestVault, fails, newVault, ok } from './helpers';

/** One person who is both admin and psychologist: refusals in client mode then come from the gate, not from roles. */
const BOTH = { username: 'dinara', password: 'Saryarka-Evening-Light-2026' };

let tv: TestVault;
let drawingId: string;
let otherId: string;
beforeEach(async () => {
  tv = newVault();
  ok(await tv.backend.invoke('vault:setup', { language: 'kk', facilityName: 'Colony 42', admin: ADMIN }));
  await addAccount(tv.backend, BOTH.username, ['admin', 'psychologist'], BOTH.password);
  otherId = ok(await tv.backend.invoke('drawings:create', { orientation: 'landscape', screen: SCREEN, practice: true })).id;
  drawingId = ok(await tv.backend.invoke('drawings:create', { orientation: 'portrait', screen: SCREEN, practice: true })).id;
  ok(await tv.backend.invoke('clientMode:enter', { kind: 'drawing', drawingId }));
});
afterEach(async () => tv?.dispose());

const stroke = line(100, 100, 500, 500, { t0: 200, durationMs: 300, points: 20 });
const appendStroke = () =>
  tv.backend.invoke('drawings:append', { id: drawingId, chunk: b64(encodeEvents([stroke])), pendingTail: null });

function refusedForClientMode(result: { ok: boolean; error?: { code: string; details?: { reasons?: string[] } } }): void {
  expect(result.ok).toBe(false);
  expect(result.error?.code).toBe('FORBIDDEN');
  expect(result.error?.details?.reasons).toEqual(['clientMode']);
}

async function drawingAudit(): Promise<string[]> {
  const { entries } = ok(await tv.backend.invoke('audit:list', { limit: 100, offset: 0 }));
  return entries
    .filter((e) => e.action.startsWith('clientMode.'))
    .reverse()
    .map((e) =>
      `${e.action} ${e.targetId === drawingId ? 'drawing' : String(e.targetId)} ${String(e.details.attempt ?? '')}`.trim(),
    );
}

describe('client mode', () => {
  it('reports client mode in vault:status', async () => {
    const status = ok(await tv.backend.invoke('vault:status', {}));
    expect(status).toMatchObject({ state: 'signed-in', clientMode: { drawingId } });
  });

  it('lets the client draw, read and finish their own drawing, and report activity', async () => {
    ok(await appendStroke());
    ok(await tv.backend.invoke('auth:activity', {}));
    expect(ok(await tv.backend.invoke('drawings:get', { id: drawingId })).eventCount).toBe(1);
    ok(await tv.backend.invoke('drawings:finish', { id: drawingId, finishedT: 600 }));
    // Finishing does not end client mode: only the password does.
    expect(ok(await tv.backend.invoke('vault:status', {})).clientMode).toEqual({ kind: 'drawing', drawingId });
  });

  it('refuses everything else, whatever the role, including public channels and other drawings', async () => {
    refusedForClientMode(await tv.backend.invoke('accounts:list', {}));
    refusedForClientMode(await tv.backend.invoke('audit:list', { limit: 10, offset: 0 }));
    refusedForClientMode(await tv.backend.invoke('settings:get', {}));
    refusedForClientMode(await tv.backend.invoke('drawings:get', { id: otherId }));
    refusedForClientMode(
      await tv.backend.invoke('drawings:append', { id: otherId, chunk: b64(encodeEvents([stroke])), pendingTail: null }),
    );
    refusedForClientMode(await tv.backend.invoke('drawings:listUnfinished', {}));
    refusedForClientMode(await tv.backend.invoke('drawings:create', { orientation: 'portrait', screen: SCREEN, practice: true }));
    refusedForClientMode(await tv.backend.invoke('drawings:resume', { id: otherId }));
    refusedForClientMode(await tv.backend.invoke('clientMode:enter', { kind: 'drawing', drawingId: otherId }));
    refusedForClientMode(await tv.backend.invoke('auth:signOut', {}));
    refusedForClientMode(await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
    refusedForClientMode(await tv.backend.invoke('vault:setLanguage', { language: 'ru' }));
    refusedForClientMode(await tv.backend.invokeRaw('drawings:get', { id: [drawingId] }));
    expect(ok(await tv.backend.invoke('vault:status', {})).signedIn?.account.username).toBe(BOTH.username);
  });

  it('leaves only with the signed-in psychologist’s password, slowing down and auditing wrong ones', async () => {
    fails(await tv.backend.invoke('clientMode:exit', { password: ADMIN.password }), 'INVALID_CREDENTIALS');
    const wait = fails(await tv.backend.invoke('clientMode:exit', { password: BOTH.password }), 'THROTTLED');
    expect(wait.details?.retryAfterMs).toBe(1000);
    tv.clock.t += 1000;
    const second = fails(await tv.backend.invoke('clientMode:exit', { password: 'guess-number-two' }), 'INVALID_CREDENTIALS');
    expect(second.details?.retryAfterMs).toBe(2000);
    tv.clock.t += 1500;
    fails(await tv.backend.invoke('clientMode:exit', { password: BOTH.password }), 'THROTTLED');
    refusedForClientMode(await tv.backend.invoke('accounts:list', {}));
    tv.clock.t += 500;
    ok(await tv.backend.invoke('clientMode:exit', { password: BOTH.password }));
    expect(ok(await tv.backend.invoke('vault:status', {})).clientMode).toBeNull();
    ok(await tv.backend.invoke('accounts:list', {}));
    ok(await tv.backend.invoke('drawings:get', { id: otherId }));
    fails(await tv.backend.invoke('clientMode:exit', { password: BOTH.password }), 'CLIENT_MODE');
    expect(await drawingAudit()).toEqual([
      'clientMode.entered drawing',
      'clientMode.exitFailed drawing 1',
      'clientMode.exitFailed drawing 2',
      'clientMode.exited drawing',
    ]);
  });

  it('ends with a lock (idle or suspend): the psychologist signs in again and resumes the drawing', async () => {
    ok(await appendStroke());
    await tv.backend.lock('suspend');
    const locked = ok(await tv.backend.invoke('vault:status', {}));
    expect([locked.state, locked.clientMode ?? null]).toEqual(['locked', null]);
    tv.clock.t += 90_000;
    ok(await tv.backend.invoke('auth:signIn', { username: BOTH.username, password: BOTH.password }));
    expect(ok(await tv.backend.invoke('vault:status', {})).clientMode).toBeNull();
    ok(await tv.backend.invoke('accounts:list', {}));
    // The drawing was interrupted: strokes wait until it is resumed, so the lock is recorded as a gap.
    fails(await appendStroke(), 'DRAWING_INTERRUPTED');
    fails(await tv.backend.invoke('clientMode:enter', { kind: 'drawing', drawingId }), 'DRAWING_INTERRUPTED');
    const resumed = ok(await tv.backend.invoke('drawings:resume', { id: drawingId }));
    expect(resumed.gap).toEqual({ t: 500, durationMs: 90_000 });
    ok(await tv.backend.invoke('clientMode:enter', { kind: 'drawing', drawingId }));
  });

  it('lets the client’s screen lock itself, which ends client mode, and resume its own drawing after a reload', async () => {
    ok(await tv.backend.invoke('auth:lock', {}));
    expect(ok(await tv.backend.invoke('vault:status', {})).state).toBe('locked');
    ok(await tv.backend.invoke('auth:signIn', { username: BOTH.username, password: BOTH.password }));
    ok(await tv.backend.invoke('drawings:resume', { id: drawingId }));
    ok(await tv.backend.invoke('clientMode:enter', { kind: 'drawing', drawingId }));
    // A reloaded client screen continues the same drawing without the psychologist’s password.
    ok(await tv.backend.invoke('drawings:resume', { id: drawingId }));
    refusedForClientMode(await tv.backend.invoke('drawings:resume', { id: otherId }));
  });

  it('ends when the idle timer locks', async () => {
    tv.clock.t += 11 * 60_000;
    expect(await tv.backend.checkIdle()).toBe(true);
    ok(await tv.backend.invoke('auth:signIn', { username: BOTH.username, password: BOTH.password }));
    expect(ok(await tv.backend.invoke('vault:status', {})).clientMode).toBeNull();
  });

  it('tells the shell when a client has the screen, so Electron can hold the window in kiosk mode', async () => {
    const modeEvents = () => tv.events.map((e) => JSON.stringify(e));
    // Entering (in beforeEach) said so; a wrong password changes nothing; the right one ends it.
    expect(modeEvents()).toEqual([JSON.stringify({ type: 'clientMode:changed', active: true })]);
    fails(await tv.backend.invoke('clientMode:exit', { password: 'not-the-password' }), 'INVALID_CREDENTIALS');
    tv.clock.t += 60_000;
    ok(await tv.backend.invoke('clientMode:exit', { password: BOTH.password }));
    expect(modeEvents().slice(1)).toEqual([JSON.stringify({ type: 'clientMode:changed', active: false })]);

    // A lock in client mode ends it too: first the kiosk is let go, then the lock screen comes.
    ok(await tv.backend.invoke('clientMode:enter', { kind: 'drawing', drawingId }));
    ok(await tv.backend.invoke('auth:lock', {}));
    expect(modeEvents().slice(2)).toEqual([
      JSON.stringify({ type: 'clientMode:changed', active: true }),
      JSON.stringify({ type: 'clientMode:changed', active: false }),
      JSON.stringify({ type: 'auth:locked', reason: 'manual' }),
    ]);
  });

  it('needs a drawing this sign-in may write to', async () => {
    ok(await tv.backend.invoke('clientMode:exit', { password: BOTH.password }));
    await signInAs(tv.backend, BOTH.username, BOTH.password);
    fails(await tv.backend.invoke('clientMode:enter', { kind: 'drawing', drawingId }), 'DRAWING_INTERRUPTED');
    fails(await tv.backend.invoke('clientMode:enter', { kind: 'drawing', drawingId: 'f'.repeat(32) }), 'NOT_FOUND');
  });
});
