import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signInAs } from './fixtures/drawingSetup';
import { FAC_A, type GroupWorld, groupInput, sessionInput, setUpGroupWorld } from './fixtures/groupSetup';
import { ADMIN, type TestVault, newVault, ok } from './helpers';

/** Issue 12, item 7: a group becomes "running" at its first session, without a manual status change. */

let tv: TestVault;
let world: GroupWorld;

beforeEach(async () => {
  tv = newVault();
  world = await setUpGroupWorld(tv.backend);
});
afterEach(async () => tv?.dispose());

async function plannedGroupWithMember() {
  const invoke = tv.backend.invoke;
  const group = ok(await invoke('groups:create', groupInput([world.ids.facA])));
  const member = ok(
    await invoke('groups:enrolByCode', {
      groupId: group.id,
      code: world.clients[0]!.code,
      alias: 'Ерлан',
      joinedOn: '2026-12-01',
    }),
  );
  return { group, member };
}

const statusChanges = async () => {
  await signInAs(tv.backend, ADMIN.username, ADMIN.password);
  const { entries } = ok(await tv.backend.invoke('audit:list', { limit: 500, offset: 0 }));
  return entries.filter((e) => e.action === 'group.statusChanged');
};

describe('a group starts running at its first held session', () => {
  it('stays planned while sessions are only planned, runs once attendance is recorded, audited once', async () => {
    const invoke = tv.backend.invoke;
    const { group, member } = await plannedGroupWithMember();
    const s1 = ok(await invoke('groupSessions:create', sessionInput(group.id, '2026-12-01', [world.ids.facA])));
    ok(await invoke('groupSessions:create', sessionInput(group.id, '2026-12-03', [world.ids.facA])));
    expect(ok(await invoke('groups:get', { groupId: group.id })).status).toBe('planned');

    // A line with only a note is not a held session yet.
    ok(
      await invoke('groupSessions:saveAttendance', {
        sessionId: s1.id,
        rows: [
          {
            memberId: member.id,
            attendance: null,
            participation: null,
            note: 'Пришёл заранее',
            moodBefore: null,
            moodAfter: null,
          },
        ],
      }),
    );
    expect(ok(await invoke('groups:get', { groupId: group.id })).status).toBe('planned');

    ok(
      await invoke('groupSessions:saveAttendance', {
        sessionId: s1.id,
        rows: [{ memberId: member.id, attendance: 'present', participation: 4, note: '', moodBefore: 5, moodAfter: 7 }],
      }),
    );
    expect(ok(await invoke('groups:get', { groupId: group.id })).status).toBe('running');

    // The next session's attendance changes nothing more.
    ok(
      await invoke('groupSessions:saveAttendance', {
        sessionId: s1.id,
        rows: [{ memberId: member.id, attendance: 'late', participation: 4, note: '', moodBefore: 5, moodAfter: 7 }],
      }),
    );
    const changes = await statusChanges();
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ targetKind: 'group', targetId: group.id, actorUsername: FAC_A.username });
    expect(changes[0]!.details).toMatchObject({ from: 'planned', to: 'running', automatic: true, sessionId: s1.id });
  });

  it('runs once a session note is signed, even with no attendance marked', async () => {
    const invoke = tv.backend.invoke;
    const { group } = await plannedGroupWithMember();
    const s1 = ok(await invoke('groupSessions:create', sessionInput(group.id, '2026-12-01', [world.ids.facA])));
    ok(await invoke('groupSessions:saveNote', { sessionId: s1.id, text: 'Первое занятие: знакомство.' }));
    expect(ok(await invoke('groups:get', { groupId: group.id })).status).toBe('planned');
    ok(await invoke('groupSessions:signNote', { sessionId: s1.id, password: FAC_A.password }));
    expect(ok(await invoke('groups:get', { groupId: group.id })).status).toBe('running');
  });

  it('leaves a finished group finished', async () => {
    const invoke = tv.backend.invoke;
    const { group, member } = await plannedGroupWithMember();
    const s1 = ok(await invoke('groupSessions:create', sessionInput(group.id, '2026-12-01', [world.ids.facA])));
    ok(await invoke('groups:setStatus', { groupId: group.id, status: 'finished', on: '2026-12-02' }));
    // Attendance of a session before the end is still recorded (a finished group keeps its records open to the facilitator).
    await invoke('groupSessions:saveAttendance', {
      sessionId: s1.id,
      rows: [{ memberId: member.id, attendance: 'present', participation: null, note: '', moodBefore: null, moodAfter: null }],
    });
    expect(ok(await invoke('groups:get', { groupId: group.id })).status).toBe('finished');
  });
});
