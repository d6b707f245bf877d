import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_CODE_PATTERN } from '../../electron/contract/clientChannels';
import { signInAs } from './fixtures/drawingSetup';
import { FAC_A, FAC_B, type GroupWorld, PSY, groupInput, sessionInput, setUpGroupWorld } from './fixtures/groupSetup';
import { ADMIN, type TestVault, fails, newVault, ok } from './helpers';

let tv: TestVault;
let world: GroupWorld;
const NOTE = 'Группа обсуждала конфликт в столовой; Марат говорил впервые';
const MEMBER_NOTE = 'Говорил о брате';

beforeEach(async () => {
  tv = newVault();
  world = await setUpGroupWorld(tv.backend);
});
afterEach(async () => tv?.dispose());

describe('the life of a group', () => {
  it('is created, enrols members, records sessions, signs notes, loses a member and finishes', async () => {
    const invoke = tv.backend.invoke;
    const { facA } = world.ids;
    const [c1, c2] = world.clients as [GroupWorld['clients'][number], GroupWorld['clients'][number]];

    const candidates = ok(await invoke('groups:facilitatorCandidates', {}));
    expect(candidates.map((c) => c.id)).toEqual(expect.arrayContaining([facA, world.ids.facB, world.ids.psyFac]));
    expect(candidates.map((c) => c.id)).not.toContain(world.ids.psy);

    const group = ok(await invoke('groups:create', groupInput([facA])));
    expect(group).toMatchObject({
      status: 'planned',
      weekdays: [2, 4],
      canManage: true,
      canRecord: true,
      activeMembers: 0,
      members: [],
    });
    expect(group.facilitators).toEqual([{ id: facA, fullName: `Test ${FAC_A.username}` }]);

    // Enrol by a code typed in lower case without the dash; the language comes from the client record.
    const m1 = ok(
      await invoke('groups:enrolByCode', {
        groupId: group.id,
        code: c1.code.replace('-', '').toLowerCase(),
        alias: 'Ерлан',
        joinedOn: '2026-12-01',
      }),
    );
    expect(m1).toMatchObject({ clientId: c1.id, code: c1.code, alias: 'Ерлан', language: 'kk', leftOn: null });
    const m2 = ok(
      await invoke('groups:enrolByCode', {
        groupId: group.id,
        code: c2.code,
        alias: 'Серик',
        joinedOn: '2026-12-01',
        language: 'kk',
      }),
    );
    expect(m2.language).toBe('kk');
    fails(
      await invoke('groups:enrolByCode', { groupId: group.id, code: c2.code, alias: 'Again', joinedOn: '2026-12-02' }),
      'ALREADY_MEMBER',
    );
    fails(
      await invoke('groups:enrolByCode', { groupId: group.id, code: 'ZZZZ-ZZZZ', alias: 'Nobody', joinedOn: '2026-12-02' }),
      'NOT_FOUND',
    );

    // Someone without a client record: a new code, nothing identifying.
    const m3 = ok(
      await invoke('groups:registerMember', { groupId: group.id, alias: 'Марат', language: 'ru', joinedOn: '2026-12-01' }),
    );
    expect(m3.code).toMatch(CLIENT_CODE_PATTERN);
    fails(
      await invoke('groups:registerMember', { groupId: group.id, alias: 'Fourth', language: 'ru', joinedOn: '2026-12-01' }),
      'GROUP_FULL',
    );

    ok(await invoke('groups:setStatus', { groupId: group.id, status: 'running' }));
    fails(await invoke('groups:setStatus', { groupId: group.id, status: 'planned' }), 'VALIDATION');

    const s1 = ok(await invoke('groupSessions:create', sessionInput(group.id, '2026-12-01', [facA])));
    const s2 = ok(await invoke('groupSessions:create', sessionInput(group.id, '2026-12-03', [facA], { topic: 'Дыхание' })));
    expect(s1.attendance.map((r) => r.alias)).toEqual(['Ерлан', 'Марат', 'Серик']);
    expect(s1.attendance.every((r) => r.attendance === null && r.drawingIds.length === 0)).toBe(true);

    const line = (
      memberId: string,
      attendance: 'present' | 'late' | 'absent-excused' | 'absent-unexcused',
      mood: [number, number] | null,
      participation: number | null = null,
    ) => ({
      memberId,
      attendance,
      participation,
      note: '',
      moodBefore: mood?.[0] ?? null,
      moodAfter: mood?.[1] ?? null,
    });
    const saved = ok(
      await invoke('groupSessions:saveAttendance', {
        sessionId: s1.id,
        rows: [
          { ...line(m1.id, 'present', [3, 6], 4), note: MEMBER_NOTE },
          line(m2.id, 'late', [5, 5], 2),
          line(m3.id, 'absent-unexcused', null),
        ],
      }),
    );
    expect(saved.attendance.find((r) => r.memberId === m1.id)).toMatchObject({
      attendance: 'present',
      participation: 4,
      note: MEMBER_NOTE,
      moodBefore: 3,
      moodAfter: 6,
      moodBeforeBy: 'facilitator',
    });
    expect(saved).toMatchObject({ recorded: 3, attended: 2 });
    ok(
      await invoke('groupSessions:saveAttendance', {
        sessionId: s2.id,
        rows: [line(m1.id, 'present', [4, 8], 5), line(m2.id, 'absent-excused', null), line(m3.id, 'absent-excused', null)],
      }),
    );

    const dashboard = ok(await invoke('groups:dashboard', { groupId: group.id }));
    expect(dashboard.sessions.map((s) => [s.date, s.attendanceRate, s.meanMoodChange])).toEqual([
      ['2026-12-01', 2 / 3, 1.5],
      ['2026-12-03', 1 / 3, 4],
    ]);
    expect(dashboard.attendanceRate).toBeCloseTo(3 / 6);
    expect(dashboard.atRisk).toEqual([
      { memberId: m3.id, code: m3.code, alias: 'Марат', absencesInARow: 2, lastAttendedOn: null },
    ]);
    expect(ok(await invoke('groups:dashboard', { groupId: group.id, absencesInARow: 3 })).atRisk).toEqual([]);

    const progress = ok(await invoke('groups:memberProgress', { memberId: m1.id }));
    expect(progress.sessions.map((s) => [s.date, s.attendance, s.participation, s.moodBefore, s.moodAfter])).toEqual([
      ['2026-12-01', 'present', 4, 3, 6],
      ['2026-12-03', 'present', 5, 4, 8],
    ]);
    expect(progress).toMatchObject({ attendanceRate: 1, meanParticipation: 4.5, meanMoodChange: 3.5 });
    expect(progress.history).toEqual([expect.objectContaining({ groupId: group.id, joinedOn: '2026-12-01', leftOn: null })]);

    // The note: draft, signed with the password, read-only, addenda.
    expect(ok(await invoke('groupSessions:saveNote', { sessionId: s1.id, text: NOTE }))).toMatchObject({
      status: 'draft',
      text: NOTE,
    });
    fails(
      await invoke('groupSessions:addAddendum', { sessionId: s1.id, text: 'early', password: FAC_A.password }),
      'RECORD_NOT_SIGNED',
    );
    fails(await invoke('groupSessions:signNote', { sessionId: s1.id, password: 'not-my-password' }), 'INVALID_CREDENTIALS');
    tv.clock.t += 60_000;
    const signed = ok(await invoke('groupSessions:signNote', { sessionId: s1.id, password: FAC_A.password }));
    expect(signed).toMatchObject({
      status: 'signed',
      text: NOTE,
      signature: { by: { id: facA }, at: new Date(tv.clock.t).toISOString() },
    });
    tv.clock.t += 60_000;
    const withAddendum = ok(
      await invoke('groupSessions:addAddendum', {
        sessionId: s1.id,
        text: 'Серик опоздал по вызову врача',
        password: FAC_A.password,
      }),
    );
    expect(withAddendum.text).toBe(NOTE);
    expect(withAddendum.addenda).toEqual([
      expect.objectContaining({
        text: 'Серик опоздал по вызову врача',
        by: expect.objectContaining({ id: facA }),
        at: new Date(tv.clock.t).toISOString(),
      }),
    ]);
    expect(ok(await invoke('groupSessions:get', { sessionId: s1.id })).note).toEqual(withAddendum);

    // Marat drops out; the next session's grid no longer lists him, his history says why.
    const left = ok(await invoke('groups:leave', { memberId: m3.id, leftOn: '2026-12-05', reason: 'dropped-out', note: '' }));
    expect(left).toMatchObject({ leftOn: '2026-12-05', leavingReason: 'dropped-out' });
    fails(await invoke('groups:leave', { memberId: m3.id, leftOn: '2026-12-06', reason: 'other', note: '' }), 'VALIDATION');
    const s3 = ok(await invoke('groupSessions:create', sessionInput(group.id, '2026-12-08', [facA])));
    expect(s3.attendance.map((r) => r.alias)).toEqual(['Ерлан', 'Серик']);
    expect(ok(await invoke('groups:dashboard', { groupId: group.id })).atRisk).toEqual([]);
    // The empty session was a mistake: it may go, a recorded one may not.
    expect(ok(await invoke('groupSessions:delete', { sessionId: s3.id }))).toBeNull();
    fails(await invoke('groupSessions:delete', { sessionId: s2.id }), 'SESSION_NOT_EMPTY');

    const calendar = ok(await invoke('groupSessions:calendar', { from: '2026-11-01', to: '2026-12-31' }));
    expect(calendar.map((e) => [e.date, e.noteStatus])).toEqual([
      ['2026-12-01', 'signed'],
      ['2026-12-03', 'none'],
    ]);

    // A session planned but never held; once the group is finished it stays as it is.
    const unheld = ok(await invoke('groupSessions:create', sessionInput(group.id, '2026-12-10', [facA])));

    // Finishing completes every open membership; nothing new is taken afterwards.
    const finished = ok(await invoke('groups:setStatus', { groupId: group.id, status: 'finished', on: '2027-02-28' }));
    expect(finished.status).toBe('finished');
    expect(finished.members.map((m) => [m.alias, m.leftOn, m.leavingReason])).toEqual([
      ['Ерлан', '2027-02-28', 'completed'],
      ['Серик', '2027-02-28', 'completed'],
      ['Марат', '2026-12-05', 'dropped-out'],
    ]);
    fails(await invoke('groupSessions:create', sessionInput(group.id, '2027-03-01', [facA])), 'GROUP_FINISHED');
    fails(await invoke('groupSessions:delete', { sessionId: unheld.id }), 'GROUP_FINISHED');
    fails(
      await invoke('groups:enrolByCode', { groupId: group.id, code: c1.code, alias: 'Back', joinedOn: '2027-03-01' }),
      'GROUP_FINISHED',
    );
    fails(await invoke('groups:setStatus', { groupId: group.id, status: 'running' }), 'GROUP_FINISHED');
    const { name, programmeType, programmeText, unit, startDate, endDate, weekdays, time, plannedSessions, capacity, goals } =
      groupInput([facA]);
    const details = {
      name,
      programmeType,
      programmeText,
      unit,
      startDate,
      endDate,
      weekdays,
      time,
      plannedSessions,
      capacity,
      goals,
    };
    fails(await invoke('groups:update', { groupId: group.id, ...details }), 'GROUP_FINISHED');
    // A signed note still takes addenda after the group finished.
    ok(await invoke('groupSessions:addAddendum', { sessionId: s1.id, text: 'Итог: группа завершена', password: FAC_A.password }));

    // The registered member is a client with a code and no identifying data.
    await signInAs(tv.backend, PSY.username, PSY.password);
    const registered = ok(await invoke('clients:get', { clientId: m3.clientId }));
    expect(registered).toMatchObject({ code: m3.code, fullName: null, birthDate: null, sex: null, language: 'ru' });

    // Every step is audited, with ids only: no alias, code or note text in any detail.
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    const { entries } = ok(await invoke('audit:list', { limit: 500, offset: 0 }));
    const groupRows = entries.filter((e) => e.action.startsWith('group'));
    expect(new Set(groupRows.map((e) => e.action))).toEqual(
      new Set([
        'group.created',
        'group.memberEnrolled',
        'group.memberRegistered',
        'group.statusChanged',
        'groupSession.created',
        'groupSession.gridSaved',
        'group.dashboardViewed',
        'group.memberProgressViewed',
        'groupSession.noteSaved',
        'groupSession.noteSigned',
        'groupSession.signFailed',
        'groupSession.addendumAdded',
        'groupSession.viewed',
        'group.memberLeft',
        'groupSession.deleted',
        'groupSession.calendarViewed',
      ]),
    );
    const text = JSON.stringify(groupRows);
    for (const secret of [
      'Ерлан',
      'Серик',
      'Марат',
      NOTE,
      MEMBER_NOTE,
      'Серик опоздал',
      c1.code,
      c2.code,
      m3.code,
      'Управление гневом',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(groupRows.find((e) => e.action === 'group.memberLeft')?.details).toEqual({ memberId: m3.id, reason: 'dropped-out' });
  });

  it('refuses grid lines for people not enrolled on the session date, and session facilitators from outside the group', async () => {
    const invoke = tv.backend.invoke;
    const group = ok(await invoke('groups:create', groupInput([world.ids.facA], { capacity: null })));
    const m1 = ok(
      await invoke('groups:registerMember', { groupId: group.id, alias: 'A', language: 'kk', joinedOn: '2026-12-05' }),
    );
    const s1 = ok(await invoke('groupSessions:create', sessionInput(group.id, '2026-12-01', [world.ids.facA])));
    const row = {
      memberId: m1.id,
      attendance: 'present' as const,
      participation: null,
      note: '',
      moodBefore: 2,
      moodAfter: null,
    };
    const error = fails(await invoke('groupSessions:saveAttendance', { sessionId: s1.id, rows: [row] }), 'VALIDATION');
    expect(error.details?.issues?.[0]?.path).toBe('rows.0.memberId');
    expect(s1.attendance).toEqual([]);
    fails(await invoke('groupSessions:create', sessionInput(group.id, '2026-12-01', [world.ids.facB])), 'VALIDATION');
  });

  it("offers the group's facilitators with a session, not only the session's own", async () => {
    const invoke = tv.backend.invoke;
    const { facA, psyFac } = world.ids;
    const group = ok(await invoke('groups:create', groupInput([facA, psyFac])));
    const session = ok(await invoke('groupSessions:create', sessionInput(group.id, '2026-12-01', [facA])));
    const detail = ok(await invoke('groupSessions:get', { sessionId: session.id }));
    expect(detail.facilitators.map((f) => f.id)).toEqual([facA]);
    expect(detail.groupFacilitators).toEqual(group.facilitators);
    expect(detail.groupFacilitators.map((f) => f.id).sort()).toEqual([facA, psyFac].sort());
    // The one left out of the session may be added to it.
    const { date, time, durationMinutes, topic, plannedActivities } = sessionInput(group.id, '2026-12-01', [facA]);
    const fields = { date, time, durationMinutes, topic, plannedActivities, facilitatorIds: [facA, psyFac] };
    const updated = ok(await invoke('groupSessions:update', { sessionId: session.id, ...fields }));
    expect(updated.facilitators.map((f) => f.id).sort()).toEqual([facA, psyFac].sort());
  });

  it("changes a member's alias and language for the group's facilitators only", async () => {
    const invoke = tv.backend.invoke;
    const group = ok(await invoke('groups:create', groupInput([world.ids.facA])));
    const member = ok(
      await invoke('groups:registerMember', { groupId: group.id, alias: 'Марат', language: 'ru', joinedOn: '2026-12-01' }),
    );
    const changed = ok(await invoke('groups:updateMember', { memberId: member.id, alias: 'Марат Б.', language: 'kk' }));
    expect(changed).toMatchObject({ id: member.id, code: member.code, alias: 'Марат Б.', language: 'kk' });
    expect(ok(await invoke('groups:get', { groupId: group.id })).members.map((m) => m.alias)).toEqual(['Марат Б.']);
    await signInAs(tv.backend, FAC_B.username, FAC_B.password);
    // Another facilitator does not learn that the member exists.
    fails(await invoke('groups:updateMember', { memberId: member.id, alias: 'X', language: null }), 'NOT_FOUND');
  });
});
