import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addClient } from './fixtures/clientSetup';
import { FAC_A, type GroupWorld, PSY, groupInput, setUpGroupWorld } from './fixtures/groupSetup';
import { addAccount, signInAs } from './fixtures/drawingSetup';
import { ADMIN, type TestVault, fails, newVault, ok } from './helpers';

/** Issue 12, item 4: an assessment or a group enrolment begins only on a consent that covers it, or a recorded reason. */

let tv: TestVault;
let world: GroupWorld;
const invoke: TestVault['backend']['invoke'] = (channel, input) => tv.backend.invoke(channel, input);
const COURT = 'Назначено судом: постановление № 2-114/2026';

beforeEach(async () => {
  tv = newVault();
  world = await setUpGroupWorld(tv.backend);
  await signInAs(tv.backend, PSY.username, PSY.password);
});
afterEach(async () => tv?.dispose());

async function auditActions(): Promise<{ action: string; targetId: string | null; details: Record<string, unknown> }[]> {
  await signInAs(tv.backend, ADMIN.username, ADMIN.password);
  const { entries } = ok(await invoke('audit:list', { limit: 500, offset: 0 }));
  return entries;
}

describe('starting an assessment', () => {
  it('refuses a client without consent, and names what is missing', async () => {
    const client = await addClient(invoke);
    const refused = fails(await invoke('assessments:create', { clientId: client.id, instrumentId: 'htp' }), 'CONSENT_REQUIRED');
    expect(refused.details?.reasons).toEqual(['assessment', 'none']);
    expect(ok(await invoke('assessments:listForClient', { clientId: client.id }))).toEqual([]);
  });

  it('refuses when the consent covers something else (group therapy only)', async () => {
    const client = await addClient(invoke, { consent: { givenOn: '2026-02-01', scope: ['group-therapy'], note: '' } });
    fails(await invoke('assessments:create', { clientId: client.id, instrumentId: 'htp' }), 'CONSENT_REQUIRED');
  });

  it('goes ahead with a recorded reason, stores it, shows it and audits it without its text', async () => {
    const client = await addClient(invoke);
    const draft = ok(
      await invoke('assessments:create', { clientId: client.id, instrumentId: 'htp', consentReason: `  ${COURT}  ` }),
    );
    const shown = ok(await invoke('consents:forAssessment', { assessmentId: draft.id }));
    expect(shown).toMatchObject({ activity: 'assessment', reason: COURT, recordedByName: `Test ${PSY.username}` });
    const entries = await auditActions();
    const exception = entries.find((e) => e.action === 'client.consentException');
    expect(exception).toMatchObject({ targetId: client.id, details: { activity: 'assessment', recordId: draft.id } });
    expect(JSON.stringify(entries)).not.toContain('постановление');
  });

  it('refuses an empty reason', async () => {
    const client = await addClient(invoke);
    fails(await invoke('assessments:create', { clientId: client.id, instrumentId: 'htp', consentReason: '   ' }), 'VALIDATION');
  });

  it('starts on a consent in force with no reason stored', async () => {
    const client = await addClient(invoke, { consent: { givenOn: '2026-02-01', scope: ['assessment'], note: '' } });
    const draft = ok(await invoke('assessments:create', { clientId: client.id, instrumentId: 'htp' }));
    expect(ok(await invoke('consents:forAssessment', { assessmentId: draft.id }))).toBeNull();
  });

  it('stops new assessments once the consent is withdrawn, reason or not; earlier ones stay', async () => {
    const client = await addClient(invoke, { consent: { givenOn: '2026-02-01', scope: ['assessment'], note: '' } });
    const before = ok(await invoke('assessments:create', { clientId: client.id, instrumentId: 'htp' }));
    const consentId = client.consents[0]!.id;
    ok(await invoke('clients:withdrawConsent', { consentId, withdrawnOn: '2026-03-01', note: '' }));
    const refused = fails(await invoke('assessments:create', { clientId: client.id, instrumentId: 'htp' }), 'CONSENT_REQUIRED');
    expect(refused.details?.reasons).toEqual(['assessment', 'withdrawn']);
    fails(
      await invoke('assessments:create', { clientId: client.id, instrumentId: 'htp', consentReason: COURT }),
      'CONSENT_REQUIRED',
    );
    expect(ok(await invoke('assessments:get', { id: before.id })).status).toBe('draft');
    // A new consent opens it again.
    ok(
      await invoke('clients:recordConsent', {
        clientId: client.id,
        consent: { givenOn: '2026-03-10', scope: ['assessment'], note: '' },
      }),
    );
    ok(await invoke('assessments:create', { clientId: client.id, instrumentId: 'htp' }));
  });
});

describe('enrolling in a group', () => {
  async function groupOfFacA(): Promise<string> {
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    const group = ok(await invoke('groups:create', groupInput([world.ids.facA])));
    await signInAs(tv.backend, FAC_A.username, FAC_A.password);
    return group.id;
  }

  it('refuses a client whose consent does not cover group therapy, and takes a reason', async () => {
    const client = await addClient(invoke, { consent: { givenOn: '2026-02-01', scope: ['assessment'], note: '' } });
    const groupId = await groupOfFacA();
    const input = { groupId, code: client.code, alias: 'Ерлан', joinedOn: '2026-12-01' };
    const refused = fails(await invoke('groups:enrolByCode', input), 'CONSENT_REQUIRED');
    expect(refused.details?.reasons).toEqual(['group-therapy', 'none']);
    const member = ok(await invoke('groups:enrolByCode', { ...input, consentReason: 'Решение администрации учреждения' }));
    expect(member.clientId).toBe(client.id);
    const entries = await auditActions();
    expect(entries.find((e) => e.action === 'client.consentException')).toMatchObject({
      targetId: client.id,
      details: { activity: 'group-therapy', recordKind: 'groupMember', recordId: member.id },
    });
  });

  it('refuses after a withdrawal even with a reason', async () => {
    const client = await addClient(invoke, { consent: { givenOn: '2026-02-01', scope: ['group-therapy'], note: '' } });
    ok(await invoke('clients:withdrawConsent', { consentId: client.consents[0]!.id, withdrawnOn: '2026-03-01', note: '' }));
    const groupId = await groupOfFacA();
    const refused = fails(
      await invoke('groups:enrolByCode', {
        groupId,
        code: client.code,
        alias: 'Ерлан',
        joinedOn: '2026-12-01',
        consentReason: 'x',
      }),
      'CONSENT_REQUIRED',
    );
    expect(refused.details?.reasons).toEqual(['group-therapy', 'withdrawn']);
  });
});

describe('drafts of client forms', () => {
  const DATA = { fullName: 'Омаров Ержан', birthDate: '', sex: 'male', notes: 'Пришёл по направлению' };

  it('keeps each account its own draft, and discarding removes it', async () => {
    ok(await invoke('drafts:save', { ref: { form: 'client-new' }, data: DATA }));
    expect(ok(await invoke('drafts:get', { form: 'client-new' }))).toMatchObject({ data: DATA });

    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    await addAccount(tv.backend, 'aliya', ['psychologist'], 'Another-Own-Password-2026');
    expect(ok(await invoke('drafts:get', { form: 'client-new' }))).toBeNull();
    ok(await invoke('drafts:discard', { form: 'client-new' }));

    await signInAs(tv.backend, PSY.username, PSY.password);
    expect(ok(await invoke('drafts:get', { form: 'client-new' }))?.data).toEqual(DATA);
    ok(await invoke('drafts:discard', { form: 'client-new' }));
    expect(ok(await invoke('drafts:get', { form: 'client-new' }))).toBeNull();
  });

  it('survives a lock, and audits a draft of an existing client against the client', async () => {
    const client = world.clients[0]!;
    ok(await invoke('drafts:save', { ref: { form: 'client-edit', clientId: client.id }, data: DATA }));
    ok(await invoke('drafts:save', { ref: { form: 'client-edit', clientId: client.id }, data: { ...DATA, notes: 'ещё' } }));
    ok(await invoke('auth:lock', {}));
    await signInAs(tv.backend, PSY.username, PSY.password);
    expect(ok(await invoke('drafts:get', { form: 'client-edit', clientId: client.id }))?.data.notes).toBe('ещё');
    const entries = (await auditActions()).filter((e) => e.action.startsWith('client.draft'));
    expect(entries.map((e) => [e.action, e.targetId])).toEqual(
      expect.arrayContaining([
        ['client.draftSaved', client.id],
        ['client.draftOpened', client.id],
      ]),
    );
    expect(entries.filter((e) => e.action === 'client.draftSaved')).toHaveLength(1);
    expect(JSON.stringify(entries)).not.toContain('Омаров');
  });

  it('refuses a draft for an unknown client and a draft too large', async () => {
    fails(
      await invoke('drafts:save', { ref: { form: 'client-edit', clientId: randomUUID().replaceAll('-', '') }, data: DATA }),
      'NOT_FOUND',
    );
    fails(await invoke('drafts:save', { ref: { form: 'client-new' }, data: { notes: 'x'.repeat(70_000) } }), 'VALIDATION');
  });
});
