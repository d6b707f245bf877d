import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acknowledge, enterAnswer } from '../../assessments/instruments';
import type { HomeDue } from '../../electron/contract/homeChannels';
import { addClient } from './fixtures/clientSetup';
import { createDraft } from './fixtures/assessmentSetup';
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

/**
 * Issue 17 §6: the home screen lists what is due for each role the person holds, and only that; an item
 * leaves the list once it is dealt with where it opens. Today is Tuesday 8 December 2026.
 */
let tv: TestVault;
let world: GroupWorld;
const TODAY = '2026-12-08';
const invoke: TestVault['backend']['invoke'] = (channel, input) => tv.backend.invoke(channel, input);
const due = async (): Promise<HomeDue> => ok(await invoke('home:due', {}));
const totals = (sections: object | null) =>
  sections && Object.fromEntries(Object.entries(sections).map(([k, v]) => [k, (v as { total?: number }).total ?? v]));

beforeEach(async () => {
  tv = newVault();
  tv.clock.t = Date.parse(`${TODAY}T06:00:00.000Z`);
  world = await setUpGroupWorld(tv.backend);
});
afterEach(async () => tv?.dispose());

/** FAC_A's running group of the world's three clients: two past sessions, one today, one on Thursday, one next week. */
async function facilitatorWeek() {
  const { facA } = world.ids;
  await signInAs(tv.backend, FAC_A.username, FAC_A.password);
  const group = ok(await invoke('groups:create', groupInput([facA])));
  const members = [];
  for (const [i, c] of world.clients.entries())
    members.push(
      ok(
        await invoke('groups:enrolByCode', {
          groupId: group.id,
          code: c.code,
          alias: ['Ерлан', 'Серик', 'Марат'][i]!,
          joinedOn: '2026-12-01',
        }),
      ),
    );
  ok(await invoke('groups:setStatus', { groupId: group.id, status: 'running' }));
  const session = async (date: string) => ok(await invoke('groupSessions:create', sessionInput(group.id, date, [facA])));
  const past = [await session('2026-12-01'), await session('2026-12-03')];
  const today = await session(TODAY);
  const thursday = await session('2026-12-10');
  await session('2026-12-15');
  const mark = (memberId: string, attendance: 'present' | 'absent-excused' | 'absent-unexcused') => ({
    memberId,
    attendance,
    participation: null,
    note: '',
    moodBefore: null,
    moodAfter: null,
  });
  for (const [i, s] of past.entries())
    ok(
      await invoke('groupSessions:saveAttendance', {
        sessionId: s.id,
        rows: [
          mark(members[0]!.id, 'present'),
          mark(members[1]!.id, 'present'),
          mark(members[2]!.id, i === 0 ? 'absent-excused' : 'absent-unexcused'),
        ],
      }),
    );
  ok(await invoke('groupSessions:saveNote', { sessionId: past[0]!.id, text: 'Знакомство, правила группы' }));
  ok(await invoke('groupSessions:signNote', { sessionId: past[0]!.id, password: FAC_A.password }));
  return { group, members, past, today, thursday, mark };
}

describe('the home screen per role', () => {
  it('shows a facilitator the sessions, unsigned notes and members at risk of their own groups only, until dealt with', async () => {
    const { group, members, past, today, thursday, mark } = await facilitatorWeek();
    let home = await due();
    expect(home.today).toBe(TODAY);
    expect(home.psychologist).toBeNull();
    expect(home.admin).toBeNull();
    const f = home.facilitator!;
    expect(f.today.items).toEqual([
      {
        id: today.id,
        groupName: group.name,
        date: TODAY,
        time: '15:00',
        place: { area: 'groupSession', groupId: group.id, sessionId: today.id },
      },
    ]);
    // Later this week: Thursday; next Tuesday is next week.
    expect(f.week.items.map((s) => s.id)).toEqual([thursday.id]);
    // 1 December's note is signed; 3 December's was never written; today's session has not been held yet.
    expect(f.unsignedNotes.items.map((s) => s.id)).toEqual([past[1]!.id]);
    // Марат missed both sessions (excused once, then not): at risk, named by the alias the group uses.
    expect(f.atRisk).toEqual({
      total: 1,
      items: [
        {
          id: members[2]!.id,
          groupName: group.name,
          alias: 'Марат',
          lastMissedOn: '2026-12-03',
          place: { area: 'groupMember', groupId: group.id, memberId: members[2]!.id },
        },
      ],
    });

    // Another facilitator sees none of it; nor does a psychologist-facilitator of no group.
    for (const who of [FAC_B, PSY_FAC]) {
      await signInAs(tv.backend, who.username, who.password);
      expect(totals((await due()).facilitator)).toEqual({ today: 0, week: 0, unsignedNotes: 0, atRisk: 0 });
    }

    // Dealt with: the note signed, Марат came today (today's session, now held, waits for its note).
    await signInAs(tv.backend, FAC_A.username, FAC_A.password);
    ok(await invoke('groupSessions:saveNote', { sessionId: past[1]!.id, text: 'Дыхание' }));
    ok(await invoke('groupSessions:signNote', { sessionId: past[1]!.id, password: FAC_A.password }));
    ok(await invoke('groupSessions:saveAttendance', { sessionId: today.id, rows: [mark(members[2]!.id, 'present')] }));
    home = await due();
    expect(home.facilitator!.atRisk.total).toBe(0);
    expect(home.facilitator!.unsignedNotes.items.map((s) => s.id)).toEqual([today.id]);
  });

  it('shows a psychologist their drafts and drawings, and the facility’s alerts, follow-ups, consents and releases, until dealt with', async () => {
    await signInAs(tv.backend, PSY.username, PSY.password);
    const old = await addClient(invoke, {
      fullName: 'Асқар Бекұлы',
      consent: { givenOn: '2025-11-20', scope: ['assessment'], note: '' },
    });
    const recent = await addClient(invoke, { consent: { givenOn: '2026-11-01', scope: ['assessment'], note: '' } });
    const htp = await createDraft(invoke, recent.id, 'htp');
    const phq = await createDraft(invoke, recent.id, 'phq9');
    ok(await invoke('assessments:saveDraft', { id: phq.id, form: enterAnswer(phq.form, 'q9', 2) }));
    const drawing = ok(await invoke('drawings:create', { orientation: 'portrait', screen: SCREEN, clientId: old.id }));
    const referral = ok(
      await invoke('referrals:create', {
        clientId: recent.id,
        target: { serviceKind: 'legal-aid' },
        reason: 'Иск о восстановлении документов',
        status: 'made',
        referredOn: '2026-11-20',
        followUpOn: TODAY,
      }),
    );
    ok(
      await invoke('referrals:create', {
        clientId: old.id,
        target: { serviceKind: 'employer' },
        reason: '',
        status: 'made',
        referredOn: '2026-12-01',
        followUpOn: '2026-12-20',
      }),
    );
    ok(await invoke('reentry:saveDates', { clientId: old.id, releaseDate: '2026-12-28', probationEnd: null }));
    ok(await invoke('reentry:saveDates', { clientId: recent.id, releaseDate: '2027-03-01', probationEnd: null }));

    let home = await due();
    expect(home.facilitator).toBeNull();
    expect(home.admin).toBeNull();
    const p = home.psychologist!;
    expect(p.drafts.items.map((a) => a.id).sort()).toEqual([htp.id, phq.id].sort());
    expect(p.drafts.items[0]).toMatchObject({ clientId: recent.id, clientCode: recent.code });
    expect(p.alerts.items).toEqual([
      expect.objectContaining({
        id: phq.id,
        clientCode: recent.code,
        instrumentId: 'phq9',
        place: { area: 'assessment', clientId: recent.id, assessmentId: phq.id },
      }),
    ]);
    expect(p.drawings.items).toEqual([
      expect.objectContaining({ id: drawing.id, clientCode: old.code, place: { area: 'drawings', drawingId: drawing.id } }),
    ]);
    expect(p.followUps.items).toEqual([
      expect.objectContaining({
        id: referral.id,
        clientCode: recent.code,
        serviceKind: 'legal-aid',
        followUpOn: TODAY,
        place: { area: 'client', clientId: recent.id },
      }),
    ]);
    expect(p.consents.items).toEqual([
      { clientId: old.id, clientCode: old.code, givenOn: '2025-11-20', place: { area: 'client', clientId: old.id } },
    ]);
    expect(p.releases.items).toEqual([
      { clientId: old.id, clientCode: old.code, releaseDate: '2026-12-28', place: { area: 'client', clientId: old.id } },
    ]);
    // The world's three clients consented on 1 November: not due.
    expect(p.consents.total).toBe(1);

    // Another psychologist (also a facilitator) sees the facility's items, not this one's drafts and drawings.
    await signInAs(tv.backend, PSY_FAC.username, PSY_FAC.password);
    const other = await due();
    expect(totals(other.psychologist)).toEqual({ drawings: 0, drafts: 0, followUps: 1, consents: 1, alerts: 1, releases: 1 });
    expect(other.facilitator).not.toBeNull();

    // Dealt with, each where its item opens.
    await signInAs(tv.backend, PSY.username, PSY.password);
    const flagged = ok(await invoke('assessments:get', { id: phq.id }));
    ok(
      await invoke('assessments:saveDraft', {
        id: phq.id,
        form: acknowledge(flagged.form, 'selfHarmThoughts', 'Спросил прямо; сообщил дежурному.'),
      }),
    );
    ok(await invoke('assessments:discard', { id: htp.id }));
    // The sign-ins in between closed the drawing for writing: it is resumed, then finished.
    const resumed = ok(await invoke('drawings:resume', { id: drawing.id, resumedAtT: 100 }));
    ok(await invoke('drawings:finish', { id: drawing.id, finishedT: resumed.resumeAtT + 1000 }));
    ok(
      await invoke('referrals:recordOutcome', {
        id: referral.id,
        outcome: { kind: 'legal-help', help: 'claim' },
        on: TODAY,
        note: '',
      }),
    );
    ok(await invoke('clients:recordConsent', { clientId: old.id, consent: { givenOn: TODAY, scope: ['assessment'], note: '' } }));
    ok(await invoke('reentry:saveDates', { clientId: old.id, releaseDate: '2027-02-01', probationEnd: null }));
    home = await due();
    expect(totals(home.psychologist)).toEqual({ drawings: 0, drafts: 1, followUps: 0, consents: 0, alerts: 0, releases: 0 });
    expect(home.psychologist!.drafts.items.map((a) => a.id)).toEqual([phq.id]);
  });

  it('shows an admin backups, temporary passwords and the audit check; refuses a supervisor; audits counts, never items', async () => {
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    const newcomer = ok(
      await invoke('accounts:create', {
        fullName: 'Гүлнар Әлиева',
        username: 'gulnar',
        roles: ['facilitator'],
        language: 'kk',
        temporaryPassword: 'Given-By-The-Admin-Taraz-2026',
      }),
    );
    let home = await due();
    expect(home.psychologist).toBeNull();
    expect(home.facilitator).toBeNull();
    const a = home.admin!;
    expect(a.backup).toEqual({ lastVerifiedAt: null, overdue: true, failed: false, place: { area: 'backup' } });
    expect(a.temporaryPasswords.items).toEqual([
      { id: newcomer.id, fullName: 'Гүлнар Әлиева', username: 'gulnar', place: { area: 'accounts' } },
    ]);
    expect(a.auditCheck).toEqual({ lastAt: null, intact: null, due: true, place: { area: 'audit' } });

    ok(await invoke('audit:verify', {}));
    await signInAs(tv.backend, 'gulnar', 'Given-By-The-Admin-Taraz-2026');
    ok(
      await invoke('account:changePassword', {
        currentPassword: 'Given-By-The-Admin-Taraz-2026',
        newPassword: 'Her-Own-Words-Taraz-2026',
      }),
    );
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    home = await due();
    expect(home.admin!.temporaryPasswords.total).toBe(0);
    expect(home.admin!.auditCheck).toMatchObject({ intact: true, due: false });
    // A month on, the check is due again.
    tv.clock.t += 31 * 24 * 3600 * 1000;
    expect((await due()).admin!.auditCheck.due).toBe(true);

    await signInAs(tv.backend, SUP.username, SUP.password);
    fails(await invoke('home:due', {}), 'FORBIDDEN');

    // The reads are audited with each section's count: no id, no code, no name.
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    const { entries } = ok(await invoke('audit:list', { action: 'home.viewed', limit: 50, offset: 0 }));
    expect(entries.length).toBeGreaterThanOrEqual(3);
    for (const e of entries) {
      expect(e.targetId).toBeNull();
      expect(Object.values(e.details).every((v) => typeof v === 'number')).toBe(true);
    }
    expect(entries.at(-1)!.details).toMatchObject({ temporaryPasswords: 1, rows: 0 });
    expect(JSON.stringify(entries)).not.toContain(newcomer.id);
  });

  it('audits a psychologist’s read as a read of clients, with counts only', async () => {
    await signInAs(tv.backend, PSY.username, PSY.password);
    const client = await addClient(invoke, { consent: { givenOn: '2025-01-01', scope: ['assessment'], note: '' } });
    const home = await due();
    expect(home.psychologist!.consents.items.map((c) => c.clientCode)).toEqual([client.code]);
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    const [entry] = ok(await invoke('audit:list', { action: 'home.viewed', limit: 1, offset: 0 })).entries;
    expect(entry).toMatchObject({ targetKind: 'client', targetId: null, details: { consents: 1, drafts: 0, rows: 1 } });
    expect(JSON.stringify(entry)).not.toContain(client.code);
    expect(JSON.stringify(entry)).not.toContain(client.id);
  });
});
