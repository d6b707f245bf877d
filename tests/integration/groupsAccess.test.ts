import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCREEN, signInAs } from './fixtures/drawingSetup';
import {
  FAC_A,
  FAC_B,
  type GroupWorld,
  PSY,
  PSY_FAC,
  SUP,
  groupInput,
  sessionInput,
  setUpGroupWorld,
} from './fixtures/groupSetup';
import { ADMIN, type TestVault, fails, newVault, ok } from './helpers';

let tv: TestVault;
let world: GroupWorld;
let groupId: string;
let sessionId: string;
let memberId: string;

beforeEach(async () => {
  tv = newVault();
  world = await setUpGroupWorld(tv.backend);
  groupId = ok(await tv.backend.invoke('groups:create', groupInput([world.ids.facA]))).id;
  memberId = ok(
    await tv.backend.invoke('groups:enrolByCode', {
      groupId,
      code: world.clients[0]!.code,
      alias: 'Ерлан',
      joinedOn: '2026-12-01',
    }),
  ).id;
  sessionId = ok(await tv.backend.invoke('groupSessions:create', sessionInput(groupId, '2026-12-01', [world.ids.facA]))).id;
});
afterEach(async () => tv?.dispose());

const as = (who: { username: string; password: string }) => signInAs(tv.backend, who.username, who.password);
const gridRow = () => ({
  memberId,
  attendance: 'present' as const,
  participation: 3,
  note: '',
  moodBefore: null,
  moodAfter: null,
});

describe('who may see and change a group', () => {
  it('keeps a facilitator away from client records and assessments, even of their own members', async () => {
    const invoke = tv.backend.invoke;
    const clientId = world.clients[0]!.id;
    expect(fails(await invoke('clients:get', { clientId }), 'FORBIDDEN').message).toContain('requires');
    fails(await invoke('clients:search', {}), 'FORBIDDEN');
    fails(await invoke('clients:findByCode', { code: world.clients[0]!.code }), 'FORBIDDEN');
    fails(await invoke('assessments:listForClient', { clientId }), 'FORBIDDEN');
    fails(await invoke('drawings:list', {}), 'FORBIDDEN');
    fails(await invoke('drawings:create', { orientation: 'portrait', screen: SCREEN, practice: true }), 'FORBIDDEN');
    // What they do see of a member: code, alias, language, group history.
    const progress = ok(await invoke('groups:memberProgress', { memberId }));
    expect(Object.keys(progress.member).sort()).toEqual([
      'alias',
      'clientId',
      'code',
      'groupId',
      'id',
      'joinedOn',
      'language',
      'leavingNote',
      'leavingReason',
      'leftOn',
    ]);
  });

  it("hides another facilitator's group as if it did not exist", async () => {
    await as(FAC_B);
    const invoke = tv.backend.invoke;
    expect(ok(await invoke('groups:list', {}))).toEqual([]);
    fails(await invoke('groups:get', { groupId }), 'NOT_FOUND');
    fails(await invoke('groups:dashboard', { groupId }), 'NOT_FOUND');
    fails(await invoke('groups:memberProgress', { memberId }), 'NOT_FOUND');
    fails(await invoke('groupSessions:get', { sessionId }), 'NOT_FOUND');
    fails(await invoke('groupSessions:saveAttendance', { sessionId, rows: [gridRow()] }), 'NOT_FOUND');
    fails(await invoke('groupSessions:saveNote', { sessionId, text: 'x' }), 'NOT_FOUND');
    fails(await invoke('groups:leave', { memberId, leftOn: '2026-12-02', reason: 'other', note: '' }), 'NOT_FOUND');
    fails(
      await invoke('groups:enrolByCode', { groupId, code: world.clients[1]!.code, alias: 'X', joinedOn: '2026-12-01' }),
      'NOT_FOUND',
    );
    fails(
      await invoke('groupSessions:startDrawing', { sessionId, memberId, orientation: 'portrait', screen: SCREEN }),
      'NOT_FOUND',
    );
    expect(ok(await invoke('groupSessions:calendar', { from: '2026-01-01', to: '2026-12-31' }))).toEqual([]);
    // A facilitator may not create a group they would not facilitate.
    fails(await invoke('groups:create', groupInput([world.ids.facA])), 'VALIDATION');
    // Only facilitator accounts can be given a group.
    fails(await invoke('groups:create', groupInput([world.ids.facB, world.ids.psy])), 'VALIDATION');
  });

  it('lets psychologists read every group and change none they do not facilitate', async () => {
    await as(PSY);
    const invoke = tv.backend.invoke;
    const [summary] = ok(await invoke('groups:list', {}));
    expect(summary).toMatchObject({ id: groupId, canManage: false, canRecord: false });
    ok(await invoke('groups:get', { groupId }));
    ok(await invoke('groups:dashboard', { groupId }));
    ok(await invoke('groups:memberProgress', { memberId }));
    expect(ok(await invoke('groupSessions:get', { sessionId })).canRecord).toBe(false);
    fails(await invoke('groups:setStatus', { groupId, status: 'running' }), 'FORBIDDEN');
    fails(await invoke('groupSessions:saveAttendance', { sessionId, rows: [gridRow()] }), 'FORBIDDEN');

    // A psychologist who is also a facilitator, but not of this group: reads, changes nothing.
    await as(PSY_FAC);
    expect(ok(await invoke('groups:list', {})).map((g) => g.id)).toEqual([groupId]);
    const setStatus = fails(await invoke('groups:setStatus', { groupId, status: 'running' }), 'FORBIDDEN');
    expect(setStatus.details?.reasons).toEqual(['notFacilitator']);
    fails(await invoke('groupSessions:saveAttendance', { sessionId, rows: [gridRow()] }), 'FORBIDDEN');
    fails(await invoke('groupSessions:saveNote', { sessionId, text: 'x' }), 'FORBIDDEN');
    fails(await invoke('groups:leave', { memberId, leftOn: '2026-12-02', reason: 'other', note: '' }), 'FORBIDDEN');
  });

  it('lets admins read every group and manage it, but not record inside it; supervisors see nothing', async () => {
    await as(ADMIN);
    const invoke = tv.backend.invoke;
    expect(ok(await invoke('groups:list', {})).map((g) => [g.id, g.canManage, g.canRecord])).toEqual([[groupId, true, false]]);
    const detail = ok(await invoke('groups:setFacilitators', { groupId, facilitatorIds: [world.ids.facA, world.ids.facB] }));
    expect(detail.facilitators.map((f) => f.id).sort()).toEqual([world.ids.facA, world.ids.facB].sort());
    ok(await invoke('groups:setStatus', { groupId, status: 'running' }));
    fails(await invoke('groupSessions:saveAttendance', { sessionId, rows: [gridRow()] }), 'FORBIDDEN');
    // The second facilitator now records in it.
    await as(FAC_B);
    ok(await invoke('groupSessions:saveAttendance', { sessionId, rows: [gridRow()] }));

    await as(SUP);
    for (const [channel, input] of [
      ['groups:list', {}],
      ['groups:get', { groupId }],
      ['groups:dashboard', { groupId }],
      ['groupSessions:get', { sessionId }],
      ['groupSessions:calendar', { from: '2026-01-01', to: '2026-12-31' }],
    ] as const) {
      fails(await tv.backend.invokeRaw(channel, input), 'FORBIDDEN');
    }
  });
});

describe('group drawings', () => {
  it('are stored with the member and the session, drawn in client mode by a facilitator, and reachable only by their group', async () => {
    const invoke = tv.backend.invoke;
    const { id } = ok(
      await invoke('groupSessions:startDrawing', { sessionId, memberId, orientation: 'landscape', screen: SCREEN }),
    );
    ok(await invoke('clientMode:enter', { kind: 'drawing', drawingId: id }));
    fails(await invoke('groups:get', { groupId }), 'FORBIDDEN');
    ok(await invoke('drawings:finish', { id, finishedT: 1000 }));
    fails(await invoke('clientMode:exit', { password: 'wrong-password' }), 'INVALID_CREDENTIALS');
    tv.clock.t += 5000;
    ok(await invoke('clientMode:exit', { password: FAC_A.password }));
    expect(ok(await invoke('groupSessions:get', { sessionId })).attendance[0]?.drawingIds).toEqual([id]);
    expect(ok(await invoke('groups:memberProgress', { memberId })).sessions[0]?.drawingIds).toEqual([id]);
    expect(ok(await invoke('drawings:get', { id })).status).toBe('finished');

    // A member of another group cannot be drawn in this session.
    await as(FAC_B);
    const otherGroup = ok(await invoke('groups:create', groupInput([world.ids.facB])));
    const stranger = ok(
      await invoke('groups:registerMember', { groupId: otherGroup.id, alias: 'Другой', language: 'ru', joinedOn: '2026-12-01' }),
    );
    const otherSession = ok(await invoke('groupSessions:create', sessionInput(otherGroup.id, '2026-12-01', [world.ids.facB])));
    fails(
      await invoke('groupSessions:startDrawing', {
        sessionId: otherSession.id,
        memberId,
        orientation: 'portrait',
        screen: SCREEN,
      }),
      'NOT_FOUND',
    );
    // Another group's facilitator cannot open it; a psychologist can.
    expect(fails(await invoke('drawings:get', { id }), 'FORBIDDEN').details?.reasons).toEqual(['notYourGroup']);
    const theirs = ok(
      await invoke('groupSessions:startDrawing', {
        sessionId: otherSession.id,
        memberId: stranger.id,
        orientation: 'portrait',
        screen: SCREEN,
      }),
    );
    await as(PSY);
    ok(await invoke('drawings:get', { id }));
    const own = ok(await invoke('drawings:create', { orientation: 'portrait', screen: SCREEN, practice: true }));
    // A facilitator-only account reaches no drawing outside its groups, for any drawing channel.
    await as(FAC_A);
    for (const drawingId of [own.id, theirs.id]) {
      fails(await invoke('drawings:get', { id: drawingId }), 'FORBIDDEN');
      fails(await invoke('drawings:resume', { id: drawingId }), 'FORBIDDEN');
      fails(await invoke('drawings:append', { id: drawingId, chunk: 'AAAA', pendingTail: null }), 'FORBIDDEN');
      fails(await invoke('drawings:finish', { id: drawingId, finishedT: 10 }), 'FORBIDDEN');
      fails(await invoke('clientMode:enter', { kind: 'drawing', drawingId }), 'FORBIDDEN');
    }
  });
});
