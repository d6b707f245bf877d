import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAC_A, type GroupWorld, groupInput, sessionInput, setUpGroupWorld } from './fixtures/groupSetup';
import { type TestVault, fails, newVault, ok } from './helpers';

let tv: TestVault;
let world: GroupWorld;

beforeEach(async () => {
  tv = newVault();
  world = await setUpGroupWorld(tv.backend);
});
afterEach(async () => tv?.dispose());

describe('member self-entry of mood in client mode', () => {
  it('lets one member read and save only their own scores, marked as entered by the member, until the password ends it', async () => {
    const invoke = tv.backend.invoke;
    const group = ok(await invoke('groups:create', groupInput([world.ids.facA])));
    const me = ok(
      await invoke('groups:registerMember', { groupId: group.id, alias: 'Айгуль', language: 'kk', joinedOn: '2026-12-01' }),
    );
    const other = ok(
      await invoke('groups:registerMember', { groupId: group.id, alias: 'Другой', language: 'ru', joinedOn: '2026-12-01' }),
    );
    const session = ok(await invoke('groupSessions:create', sessionInput(group.id, '2026-12-01', [world.ids.facA])));
    ok(
      await invoke('groupSessions:saveAttendance', {
        sessionId: session.id,
        rows: [{ memberId: me.id, attendance: 'present', participation: 4, note: 'заметка', moodBefore: null, moodAfter: null }],
      }),
    );
    const target = { sessionId: session.id, memberId: me.id };

    // Outside client mode the facilitator cannot type scores as the member's.
    fails(await invoke('groupSessions:saveClientMood', { ...target, moodBefore: 5, moodAfter: null }), 'CLIENT_MODE');

    expect(ok(await invoke('clientMode:enter', { kind: 'groupMood', ...target }))).toEqual({ kind: 'groupMood', ...target });
    expect(ok(await invoke('vault:status', {})).clientMode).toEqual({ kind: 'groupMood', ...target });
    expect(ok(await invoke('groupSessions:clientMood', target))).toEqual({
      ...target,
      alias: 'Айгуль',
      language: 'kk',
      moodBefore: null,
      moodAfter: null,
    });
    expect(ok(await invoke('groupSessions:saveClientMood', { ...target, moodBefore: 3, moodAfter: null }))).toMatchObject({
      moodBefore: 3,
      moodAfter: null,
    });

    // Nothing else answers: not the session, not another member's line, not the grid.
    fails(await invoke('groupSessions:get', { sessionId: session.id }), 'FORBIDDEN');
    fails(await invoke('groupSessions:clientMood', { sessionId: session.id, memberId: other.id }), 'FORBIDDEN');
    fails(
      await invoke('groupSessions:saveClientMood', { sessionId: session.id, memberId: other.id, moodBefore: 1, moodAfter: 1 }),
      'FORBIDDEN',
    );
    fails(await invoke('groupSessions:saveAttendance', { sessionId: session.id, rows: [] }), 'FORBIDDEN');

    ok(await invoke('clientMode:exit', { password: FAC_A.password }));
    const line = ok(await invoke('groupSessions:get', { sessionId: session.id })).attendance.find((r) => r.memberId === me.id);
    // The member's score is theirs; the facilitator's grid entries are untouched.
    expect(line).toMatchObject({
      attendance: 'present',
      participation: 4,
      note: 'заметка',
      moodBefore: 3,
      moodBeforeBy: 'member',
      moodAfter: null,
      moodAfterBy: null,
    });

    // The facilitator saving the grid with the member's score unchanged keeps it the member's; a change makes it theirs.
    const row = {
      memberId: me.id,
      attendance: 'present' as const,
      participation: 4,
      note: 'заметка',
      moodBefore: 3,
      moodAfter: 6,
    };
    const saved = ok(await invoke('groupSessions:saveAttendance', { sessionId: session.id, rows: [row] })).attendance.find(
      (r) => r.memberId === me.id,
    );
    expect(saved).toMatchObject({ moodBefore: 3, moodBeforeBy: 'member', moodAfter: 6, moodAfterBy: 'facilitator' });
    const corrected = ok(
      await invoke('groupSessions:saveAttendance', { sessionId: session.id, rows: [{ ...row, moodBefore: 4 }] }),
    ).attendance.find((r) => r.memberId === me.id);
    expect(corrected).toMatchObject({ moodBefore: 4, moodBeforeBy: 'facilitator' });

    // Only members enrolled in the session can be handed the screen.
    const late = ok(
      await invoke('groups:registerMember', { groupId: group.id, alias: 'Поздний', language: 'ru', joinedOn: '2026-12-10' }),
    );
    fails(await invoke('clientMode:enter', { kind: 'groupMood', sessionId: session.id, memberId: late.id }), 'NOT_FOUND');
  });
});
