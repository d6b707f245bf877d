import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signInAs } from './fixtures/drawingSetup';
import { FAC_A, type GroupWorld, groupInput, sessionInput, setUpGroupWorld } from './fixtures/groupSetup';
import { type TestVault, fails, newVault, ok } from './helpers';

let tv: TestVault;
let world: GroupWorld;

beforeEach(async () => {
  tv = newVault();
  world = await setUpGroupWorld(tv.backend);
});
afterEach(async () => tv?.dispose());

/** A session with a note to sign and a member who can take the screen for a mood entry. */
async function sessionToSign(): Promise<{ sessionId: string; memberId: string }> {
  const invoke = tv.backend.invoke;
  const group = ok(await invoke('groups:create', groupInput([world.ids.facA])));
  const member = ok(
    await invoke('groups:registerMember', { groupId: group.id, alias: 'Айгуль', language: 'kk', joinedOn: '2026-12-01' }),
  );
  const session = ok(await invoke('groupSessions:create', sessionInput(group.id, '2026-12-01', [world.ids.facA])));
  ok(await invoke('groupSessions:saveNote', { sessionId: session.id, text: 'Занятие прошло спокойно' }));
  return { sessionId: session.id, memberId: member.id };
}

describe('what a sign-in holds in memory', () => {
  it('counts wrong passwords per purpose, and forgets them when the screen is locked', async () => {
    const invoke = tv.backend.invoke;
    const { sessionId, memberId } = await sessionToSign();

    const wrong = await invoke('groupSessions:signNote', { sessionId, password: 'Not-The-Password-1' });
    fails(wrong, 'INVALID_CREDENTIALS');
    fails(await invoke('groupSessions:signNote', { sessionId, password: FAC_A.password }), 'THROTTLED');

    // Leaving client mode counts on its own: a wrong signing password does not slow it down.
    ok(await invoke('clientMode:enter', { kind: 'groupMood', sessionId, memberId }));
    fails(await invoke('clientMode:exit', { password: 'Not-The-Password-1' }), 'INVALID_CREDENTIALS');
    fails(await invoke('clientMode:exit', { password: FAC_A.password }), 'THROTTLED');

    // A lock ends client mode and the sign-in's counts; the next sign-in starts afresh.
    ok(await invoke('auth:lock', {}));
    await signInAs(tv.backend, FAC_A.username, FAC_A.password);
    expect(ok(await invoke('vault:status', {})).clientMode).toBeNull();
    expect(ok(await invoke('groupSessions:signNote', { sessionId, password: FAC_A.password })).status).toBe('signed');
  });
});
