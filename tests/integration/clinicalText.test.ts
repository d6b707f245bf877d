import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAC_A, type GroupWorld, PSY, groupInput, sessionInput, setUpGroupWorld } from './fixtures/groupSetup';
import { signInAs } from './fixtures/drawingSetup';
import { type TestVault, fails, newVault, ok } from './helpers';

let tv: TestVault;
let world: GroupWorld;

beforeEach(async () => {
  tv = newVault();
  world = await setUpGroupWorld(tv.backend);
});
afterEach(async () => tv?.dispose());

/** A bell: a control character that no keyboard types, but a paste from another program can carry. */
const BELL = '\u0007';
/** What a person does type: line breaks and tabs are kept. */
const TYPED = 'Пришёл вовремя.\n\tГоворил спокойно.';

describe('every free text follows one rule: line breaks and tabs kept, other control characters refused', () => {
  it('in group sessions: topic, planned activities, the note, an attendance note and an addendum', async () => {
    const invoke = tv.backend.invoke;
    const group = ok(await invoke('groups:create', groupInput([world.ids.facA])));
    const member = ok(
      await invoke('groups:registerMember', { groupId: group.id, alias: 'Айгуль', language: 'kk', joinedOn: '2026-12-01' }),
    );
    fails(
      await invoke('groupSessions:create', sessionInput(group.id, '2026-12-01', [world.ids.facA], { topic: `Гнев${BELL}` })),
      'VALIDATION',
    );
    fails(
      await invoke('groupSessions:create', sessionInput(group.id, '2026-12-01', [world.ids.facA], { plannedActivities: BELL })),
      'VALIDATION',
    );
    const session = ok(
      await invoke('groupSessions:create', sessionInput(group.id, '2026-12-01', [world.ids.facA], { plannedActivities: TYPED })),
    );
    const row = { memberId: member.id, attendance: 'present', participation: 4, moodBefore: null, moodAfter: null } as const;
    fails(
      await invoke('groupSessions:saveAttendance', { sessionId: session.id, rows: [{ ...row, note: `a${BELL}` }] }),
      'VALIDATION',
    );
    ok(await invoke('groupSessions:saveAttendance', { sessionId: session.id, rows: [{ ...row, note: 'спокоен' }] }));
    fails(await invoke('groupSessions:saveNote', { sessionId: session.id, text: `${TYPED}${BELL}` }), 'VALIDATION');
    expect(ok(await invoke('groupSessions:saveNote', { sessionId: session.id, text: TYPED })).text).toBe(TYPED);
    ok(await invoke('groupSessions:signNote', { sessionId: session.id, password: FAC_A.password }));
    fails(
      await invoke('groupSessions:addAddendum', { sessionId: session.id, text: BELL, password: FAC_A.password }),
      'VALIDATION',
    );
    fails(
      await invoke('groupSessions:addAddendum', { sessionId: session.id, text: ' \n\t ', password: FAC_A.password }),
      'VALIDATION',
    );
  });

  it("in the client register: a client's notes", async () => {
    await signInAs(tv.backend, PSY.username, PSY.password);
    const client = world.clients[0]!;
    const detail = ok(await tv.backend.invoke('clients:get', { clientId: client.id }));
    const update = {
      id: client.id,
      fullName: detail.fullName,
      birthDate: detail.birthDate,
      sex: detail.sex,
      language: detail.language,
      unit: detail.unit,
    };
    fails(await tv.backend.invoke('clients:update', { ...update, notes: `x${BELL}` }), 'VALIDATION');
    expect(ok(await tv.backend.invoke('clients:update', { ...update, notes: TYPED })).notes).toBe(TYPED);
  });
});
