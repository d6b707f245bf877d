import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_CODE_PATTERN } from '../../electron/contract/clientChannels';
import { type ChannelInput, type ChannelName } from '../../electron/contract/channels';
import { CLIENT, addClient } from './fixtures/clientSetup';
import { PSYCHOLOGIST_PASSWORD, addAccount, setUpWithPsychologist, signInAs } from './fixtures/drawingSetup';
import { openRawDb } from './fixtures/rawDb';
import { allBytes } from './fsSnapshot';
import { ADMIN, PSYCHOLOGIST, type TestVault, fails, newVault, ok } from './helpers';

let tv: TestVault;
let psychologistId: string;
let recoveryKey: string;
const invoke = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => tv.backend.invoke(channel, input);
const tick = () => (tv.clock.t += 60_000);

beforeEach(async () => {
  tv = newVault();
  ({ psychologistId, recoveryKey } = await setUpWithPsychologist(tv.backend));
});
afterEach(async () => tv?.dispose());

/** The clients' audit rows, oldest first (read as the admin, then back to the psychologist). */
async function clientAudit() {
  await signInAs(tv.backend, ADMIN.username, ADMIN.password);
  const { entries } = ok(await invoke('audit:list', { limit: 500, offset: 0 }));
  await signInAs(tv.backend, PSYCHOLOGIST.username, PSYCHOLOGIST_PASSWORD);
  return entries
    .filter((e) => e.action.startsWith('client.'))
    .reverse()
    .map((e) => ({
      action: e.action,
      actor: e.actorUsername,
      targetKind: e.targetKind,
      targetId: e.targetId,
      details: e.details,
    }));
}

describe('registering and changing a client', () => {
  it('registers a client under a new code with only the code required, and stores every field given', async () => {
    const bare = await addClient(invoke, { fullName: null, birthDate: null, sex: null, language: null, unit: null });
    expect(bare.code).toMatch(CLIENT_CODE_PATTERN);
    expect(bare).toMatchObject({ fullName: null, birthDate: null, sex: null, language: null, unit: null, notes: '' });
    expect(bare).toMatchObject({
      legalStatus: null,
      consentInForce: false,
      legalStatuses: [],
      consents: [],
      createdBy: psychologistId,
    });

    const full = await addClient(invoke, {
      fullName: '  Әлия Қуанышбекқызы  ',
      legalStatus: { status: 'pre-trial-detention', startDate: '2025-02-01', endDate: null },
      consent: { givenOn: '2026-11-20', scope: ['assessment', 'data-storage'], note: 'Read aloud in Kazakh' },
    });
    expect(full.code).not.toBe(bare.code);
    expect(full).toMatchObject({
      fullName: 'Әлия Қуанышбекқызы',
      birthDate: CLIENT.birthDate,
      sex: 'male',
      language: 'kk',
      unit: 'Отряд 3',
    });
    expect(full.legalStatus).toMatchObject({
      status: 'pre-trial-detention',
      startDate: '2025-02-01',
      endDate: null,
      recordedBy: psychologistId,
    });
    expect(full.consents).toEqual([
      expect.objectContaining({
        givenOn: '2026-11-20',
        scope: ['assessment', 'data-storage'],
        note: 'Read aloud in Kazakh',
        withdrawal: null,
      }),
    ]);
    expect(full.consentInForce).toBe(true);
    expect(ok(await invoke('clients:get', { clientId: full.id }))).toEqual(full);
  });

  it('gives every client a different code in the unambiguous alphabet', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 60; i++) codes.add((await addClient(invoke, { fullName: null })).code);
    expect(codes.size).toBe(60);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('updates the profile but never the code, writes nothing for an unchanged save, and finds the new name only', async () => {
    const client = await addClient(invoke);
    tick();
    const changed = ok(
      await invoke('clients:update', {
        id: client.id,
        fullName: 'Ерлан Сейітов',
        birthDate: client.birthDate,
        sex: 'male',
        language: 'ru',
        unit: 'Отряд 5',
        notes: 'Prefers mornings',
      }),
    );
    expect(changed).toMatchObject({
      code: client.code,
      fullName: 'Ерлан Сейітов',
      language: 'ru',
      unit: 'Отряд 5',
      notes: 'Prefers mornings',
    });
    expect(changed.updatedAt).toBe(new Date(tv.clock.t).toISOString());
    tick();
    const same = ok(await invoke('clients:update', { id: client.id, ...pickIdentity(changed) }));
    expect(same.updatedAt).toBe(changed.updatedAt);

    expect(ok(await invoke('clients:search', { query: 'Қайратұлы' })).total).toBe(0);
    expect(ok(await invoke('clients:search', { query: 'сейітов' })).rows.map((r) => r.id)).toEqual([client.id]);
    fails(await invoke('clients:update', { id: '0'.repeat(32), ...pickIdentity(changed) }), 'NOT_FOUND');
    fails(await invoke('clients:get', { clientId: '0'.repeat(32) }), 'NOT_FOUND');

    const audit = await clientAudit();
    expect(audit.filter((a) => a.action === 'client.updated').map((a) => a.details)).toEqual([
      { fields: ['fullName', 'language', 'unit', 'notes'] },
    ]);
  });

  it('refuses a birth date that is not a date and a name longer than 200 characters', async () => {
    fails(await invoke('clients:create', { ...CLIENT, birthDate: '17.04.1989' }), 'VALIDATION');
    fails(await invoke('clients:create', { ...CLIENT, fullName: 'А'.repeat(201) }), 'VALIDATION');
  });
});

function pickIdentity(c: {
  fullName: string | null;
  birthDate: string | null;
  sex: 'female' | 'male' | null;
  language: 'kk' | 'ru' | 'en' | null;
  unit: string | null;
  notes: string;
}) {
  return { fullName: c.fullName, birthDate: c.birthDate, sex: c.sex, language: c.language, unit: c.unit, notes: c.notes };
}

describe('finding clients', () => {
  it('finds by any part of the name in any case, and by any part of the code in any spelling', async () => {
    const erlan = await addClient(invoke);
    const aliya = await addClient(invoke, { fullName: 'Әлия Қуанышбекқызы', unit: 'Отряд 1' });
    const anna = await addClient(invoke, { fullName: 'Anna Petrova', unit: null });
    const ids = async (query: string) =>
      ok(await invoke('clients:search', { query }))
        .rows.map((r) => r.id)
        .sort();

    expect(await ids('ҚУАНЫШ')).toEqual([aliya.id]);
    expect(await ids('қайратұлы сейітов')).toEqual([erlan.id]);
    expect(await ids('  petrova ')).toEqual([anna.id]);
    // Full-width letters, as some keyboards and PDFs give them, fold to the same text (NFKC).
    expect(await ids('ＰＥＴＲＯＶＡ')).toEqual([anna.id]);
    const code = aliya.code;
    for (const spelling of [code, code.toLowerCase(), code.replace('-', ''), code.slice(2, 7), code.slice(5).toLowerCase()]) {
      expect(await ids(spelling), spelling).toContain(aliya.id);
    }
    expect(await ids('nobody like this')).toEqual([]);
    expect((await ids('')).length).toBe(3);
  });

  it('filters by unit, current legal status (or none) and consent in force, and combines them', async () => {
    const inCustody = await addClient(invoke, {
      legalStatus: { status: 'pre-trial-detention', startDate: '2025-01-01', endDate: null },
    });
    const probationWithConsent = await addClient(invoke, {
      unit: 'Отряд 1',
      legalStatus: { status: 'probation-sentence', startDate: '2025-05-01', endDate: null },
      consent: { givenOn: '2026-01-10', scope: ['assessment'], note: '' },
    });
    const nothing = await addClient(invoke, { unit: null });
    // Moved from custody to probation: the current status is the later one.
    ok(
      await invoke('clients:addLegalStatus', {
        clientId: inCustody.id,
        period: { status: 'probation-sentence', startDate: '2026-06-01', endDate: null },
      }),
    );
    const ids = async (filters: Omit<ChannelInput<'clients:search'>, 'limit' | 'offset'>) =>
      ok(await invoke('clients:search', filters))
        .rows.map((r) => r.id)
        .sort();

    expect(await ids({ unit: 'Отряд 1' })).toEqual([probationWithConsent.id]);
    expect(await ids({ unit: 'Отряд 3' })).toEqual([inCustody.id]);
    expect(await ids({ legalStatus: 'probation-sentence' })).toEqual([inCustody.id, probationWithConsent.id].sort());
    expect(await ids({ legalStatus: 'pre-trial-detention' })).toEqual([]);
    expect(await ids({ legalStatus: 'none' })).toEqual([nothing.id]);
    expect(await ids({ consent: 'in-force' })).toEqual([probationWithConsent.id]);
    expect(await ids({ consent: 'none' })).toEqual([inCustody.id, nothing.id].sort());
    expect(await ids({ legalStatus: 'probation-sentence', consent: 'none' })).toEqual([inCustody.id]);
    expect(ok(await invoke('clients:units', {}))).toEqual(['Отряд 1', 'Отряд 3']);

    const row = ok(await invoke('clients:search', { unit: 'Отряд 1' })).rows[0];
    expect(row).toMatchObject({
      code: probationWithConsent.code,
      consentInForce: true,
      legalStatus: { status: 'probation-sentence', startDate: '2025-05-01' },
    });
  });

  it('pages through the list most recently changed first, with the total', async () => {
    const made = [];
    for (let i = 0; i < 7; i++) {
      made.push(await addClient(invoke, { fullName: `Client ${i}` }));
      tick();
    }
    // A change brings a client to the top.
    ok(
      await invoke('clients:recordConsent', {
        clientId: made[2]!.id,
        consent: { givenOn: '2026-11-01', scope: ['assessment'], note: '' },
      }),
    );
    const page1 = ok(await invoke('clients:search', { limit: 3, offset: 0 }));
    const page3 = ok(await invoke('clients:search', { limit: 3, offset: 6 }));
    expect(page1.total).toBe(7);
    expect(page1.rows.map((r) => r.fullName)).toEqual(['Client 2', 'Client 6', 'Client 5']);
    expect(page3).toEqual({ total: 7, rows: [expect.objectContaining({ fullName: 'Client 0' })] });
    fails(await invoke('clients:search', { limit: 201 }), 'VALIDATION');
  });

  it('opens a client by exact code typed in any case, with or without the dash', async () => {
    const client = await addClient(invoke);
    const bare = client.code.replace('-', '');
    for (const typed of [client.code, client.code.toLowerCase(), bare, ` ${bare.slice(0, 4)} ${bare.slice(4)} `]) {
      expect(ok(await invoke('clients:findByCode', { code: typed }))).toEqual({ id: client.id, code: client.code });
    }
    // A well-formed code nobody has, and text that cannot be a code (O and 0 are not in the alphabet).
    const other = client.code.startsWith('2222') ? '3333-3333' : '2222-2222';
    fails(await invoke('clients:findByCode', { code: other }), 'NOT_FOUND');
    fails(await invoke('clients:findByCode', { code: 'O0O0-1111' }), 'VALIDATION');
    fails(await invoke('clients:findByCode', { code: client.code.slice(0, 6) }), 'VALIDATION');
  });
});

describe('legal status history and consents', () => {
  it('closes the open period when a later one is added, keeps history oldest first, and refuses overlaps', async () => {
    const client = await addClient(invoke, {
      legalStatus: { status: 'pre-trial-detention', startDate: '2024-01-10', endDate: null },
    });
    const moved = ok(
      await invoke('clients:addLegalStatus', {
        clientId: client.id,
        period: { status: 'probation-sentence', startDate: '2025-03-01', endDate: null },
      }),
    );
    expect(moved.legalStatuses.map((p) => [p.status, p.startDate, p.endDate])).toEqual([
      ['pre-trial-detention', '2024-01-10', '2025-03-01'],
      ['probation-sentence', '2025-03-01', null],
    ]);
    expect(moved.legalStatus).toMatchObject({ status: 'probation-sentence' });

    // A closed period inside the recorded history, and an open one starting before the open one, would say two things about a day.
    fails(
      await invoke('clients:addLegalStatus', {
        clientId: client.id,
        period: { status: 'released', startDate: '2024-06-01', endDate: '2024-07-01' },
      }),
      'LEGAL_STATUS_OVERLAP',
    );
    fails(
      await invoke('clients:addLegalStatus', {
        clientId: client.id,
        period: { status: 'released', startDate: '2025-03-01', endDate: null },
      }),
      'LEGAL_STATUS_OVERLAP',
    );
    // A period ending before it starts never reaches the service.
    fails(
      await invoke('clients:addLegalStatus', {
        clientId: client.id,
        period: { status: 'released', startDate: '2020-02-01', endDate: '2020-01-01' },
      }),
      'VALIDATION',
    );
    // An earlier, finished period fills in history without touching the current one.
    const earlier = ok(
      await invoke('clients:addLegalStatus', {
        clientId: client.id,
        period: { status: 'probation-sentence', startDate: '2020-01-01', endDate: '2021-01-01' },
      }),
    );
    expect(earlier.legalStatuses.map((p) => p.startDate)).toEqual(['2020-01-01', '2024-01-10', '2025-03-01']);
    expect(earlier.legalStatus).toMatchObject({ status: 'probation-sentence', startDate: '2025-03-01' });
    // Released: the probation period ends, and release is the current status.
    const released = ok(
      await invoke('clients:addLegalStatus', {
        clientId: client.id,
        period: { status: 'released', startDate: '2026-09-30', endDate: null },
      }),
    );
    expect(released.legalStatuses.at(-2)).toMatchObject({ status: 'probation-sentence', endDate: '2026-09-30' });
    expect(released.legalStatus).toMatchObject({ status: 'released', endDate: null });
  });

  it('withdraws a consent by marking it withdrawn, keeping it on the record, and only once', async () => {
    const client = await addClient(invoke);
    const given = ok(
      await invoke('clients:recordConsent', {
        clientId: client.id,
        consent: { givenOn: '2026-10-01', scope: ['assessment', 'report-sharing'], note: 'Signed the paper form' },
      }),
    );
    const consentId = given.consents[0]!.id;
    expect(given.consentInForce).toBe(true);
    fails(await invoke('clients:withdrawConsent', { consentId, withdrawnOn: '2026-09-30', note: '' }), 'VALIDATION');
    tick();
    const withdrawn = ok(
      await invoke('clients:withdrawConsent', { consentId, withdrawnOn: '2026-11-24', note: 'Asked in person' }),
    );
    expect(withdrawn.consents).toEqual([
      expect.objectContaining({
        id: consentId,
        scope: ['assessment', 'report-sharing'],
        note: 'Signed the paper form',
        withdrawal: { on: '2026-11-24', by: psychologistId, at: new Date(tv.clock.t).toISOString(), note: 'Asked in person' },
      }),
    ]);
    expect(withdrawn.consentInForce).toBe(false);
    fails(await invoke('clients:withdrawConsent', { consentId, withdrawnOn: '2026-11-25', note: '' }), 'CONSENT_WITHDRAWN');
    fails(
      await invoke('clients:withdrawConsent', { consentId: '0'.repeat(32), withdrawnOn: '2026-11-25', note: '' }),
      'NOT_FOUND',
    );
    fails(
      await invoke('clients:recordConsent', {
        clientId: client.id,
        consent: { givenOn: '2026-10-01', scope: ['assessment', 'assessment'], note: '' },
      }),
      'VALIDATION',
    );
    // A new consent puts the client back in force; the withdrawn one stays listed.
    const again = ok(
      await invoke('clients:recordConsent', {
        clientId: client.id,
        consent: { givenOn: '2026-11-25', scope: ['assessment'], note: '' },
      }),
    );
    expect(again.consents.map((c) => c.withdrawal === null)).toEqual([false, true]);
    expect(again.consentInForce).toBe(true);
  });
});

describe('the database keeps the history whatever a channel tries', () => {
  it('refuses to delete clients, change a code, rewrite a consent, reopen a period or undo a withdrawal', async () => {
    const client = await addClient(invoke, {
      legalStatus: { status: 'pre-trial-detention', startDate: '2024-01-10', endDate: null },
      consent: { givenOn: '2026-10-01', scope: ['assessment'], note: 'as given' },
    });
    const moved = ok(
      await invoke('clients:addLegalStatus', {
        clientId: client.id,
        period: { status: 'probation-sentence', startDate: '2025-03-01', endDate: null },
      }),
    );
    const consentId = moved.consents[0]!.id;
    ok(await invoke('clients:withdrawConsent', { consentId, withdrawnOn: '2026-11-01', note: '' }));
    const [closed, open] = moved.legalStatuses;
    const raw = await openRawDb(tv.dir, recoveryKey);
    try {
      const refused = (sql: string, ...params: string[]) =>
        expect(() => raw.prepare(sql).run(...params), sql).toThrow(/not deleted|never changes|once|as given/);
      refused('DELETE FROM clients WHERE id = ?', client.id);
      refused("UPDATE clients SET code = '2222-2222' WHERE id = ?", client.id);
      refused('DELETE FROM client_legal_statuses WHERE id = ?', open!.id);
      refused('UPDATE client_legal_statuses SET end_date = NULL WHERE id = ?', closed!.id);
      refused("UPDATE client_legal_statuses SET status = 'released' WHERE id = ?", open!.id);
      refused('DELETE FROM client_consents WHERE id = ?', consentId);
      refused('UPDATE client_consents SET withdrawn_on = NULL, withdrawn_by = NULL, withdrawn_at = NULL WHERE id = ?', consentId);
      refused("UPDATE client_consents SET note = 'rewritten' WHERE id = ?", consentId);
      // What the app itself does still works: closing a period, changing the profile.
      raw.prepare("UPDATE client_legal_statuses SET end_date = '2026-01-01' WHERE id = ?").run(open!.id);
      raw.prepare("UPDATE clients SET unit = 'Отряд 9' WHERE id = ?").run(client.id);
    } finally {
      raw.close();
    }
  });
});

describe('who may see clients, and what the audit log keeps', () => {
  it('refuses facilitators and supervisors every client channel, and lets admins in', async () => {
    const client = await addClient(invoke);
    const consentId = ok(
      await invoke('clients:recordConsent', {
        clientId: client.id,
        consent: { givenOn: '2026-10-01', scope: ['assessment'], note: '' },
      }),
    ).consents[0]!.id;
    const calls: { [C in ChannelName]?: ChannelInput<C> } = {
      'clients:create': CLIENT,
      'clients:update': { id: client.id, ...pickIdentity(client) },
      'clients:get': { clientId: client.id },
      'clients:search': {},
      'clients:findByCode': { code: client.code },
      'clients:units': {},
      'clients:addLegalStatus': { clientId: client.id, period: { status: 'released', startDate: '2026-01-01', endDate: null } },
      'clients:recordConsent': { clientId: client.id, consent: { givenOn: '2026-10-01', scope: ['assessment'], note: '' } },
      'clients:withdrawConsent': { consentId, withdrawnOn: '2026-11-01', note: '' },
    };
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    await addAccount(tv.backend, 'facilitator-1', ['facilitator'], 'Facilitator-Own-Pass-2026');
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    await addAccount(tv.backend, 'supervisor-1', ['supervisor'], 'Supervisor-Own-Pass-2026');
    for (const [username, password] of [
      ['facilitator-1', 'Facilitator-Own-Pass-2026'],
      ['supervisor-1', 'Supervisor-Own-Pass-2026'],
    ] as const) {
      await signInAs(tv.backend, username, password);
      for (const [channel, input] of Object.entries(calls)) {
        fails(await tv.backend.invokeRaw(channel, input), 'FORBIDDEN');
      }
    }
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    expect(ok(await invoke('clients:get', { clientId: client.id })).code).toBe(client.code);
    expect(ok(await invoke('clients:search', {})).total).toBe(1);
    // Nothing the refused callers tried was recorded as done.
    await signInAs(tv.backend, PSYCHOLOGIST.username, PSYCHOLOGIST_PASSWORD);
    const detail = ok(await invoke('clients:get', { clientId: client.id }));
    expect(detail.legalStatuses).toEqual([]);
    expect(detail.consents.map((c) => c.withdrawal)).toEqual([null]);
  });

  it('audits every view and change against the client, with no name, code, query or note in the details', async () => {
    const client = await addClient(invoke, {
      legalStatus: { status: 'pre-trial-detention', startDate: '2025-01-01', endDate: null },
      consent: { givenOn: '2026-11-01', scope: ['assessment'], note: 'Consent note text' },
    });
    ok(await invoke('clients:get', { clientId: client.id }));
    ok(await invoke('clients:search', { query: 'Сейітов' }));
    ok(await invoke('clients:findByCode', { code: client.code.toLowerCase() }));
    ok(await invoke('clients:update', { id: client.id, ...pickIdentity(client), notes: 'Private note' }));
    const moved = ok(
      await invoke('clients:addLegalStatus', {
        clientId: client.id,
        period: { status: 'probation-sentence', startDate: '2026-01-01', endDate: null },
      }),
    );
    const consentId = moved.consents[0]!.id;
    ok(await invoke('clients:withdrawConsent', { consentId, withdrawnOn: '2026-11-20', note: 'Withdrawal note text' }));
    ok(await invoke('clients:units', {}));

    const audit = await clientAudit();
    const [first, second] = moved.legalStatuses;
    expect(audit.map((a) => [a.action, a.actor, a.targetKind, a.targetId, a.details])).toEqual([
      [
        'client.created',
        PSYCHOLOGIST.username,
        'client',
        client.id,
        { fields: ['fullName', 'birthDate', 'sex', 'language', 'unit'] },
      ],
      ['client.legalStatusAdded', PSYCHOLOGIST.username, 'client', client.id, { periodId: first!.id }],
      ['client.consentRecorded', PSYCHOLOGIST.username, 'client', client.id, { consentId, scope: ['assessment'] }],
      ['client.viewed', PSYCHOLOGIST.username, 'client', client.id, {}],
      ['client.searched', PSYCHOLOGIST.username, 'client', null, { rows: 1 }],
      ['client.searched', PSYCHOLOGIST.username, 'client', client.id, { rows: 1, byCode: true }],
      ['client.updated', PSYCHOLOGIST.username, 'client', client.id, { fields: ['notes'] }],
      [
        'client.legalStatusAdded',
        PSYCHOLOGIST.username,
        'client',
        client.id,
        { periodId: second!.id, closedPeriodId: first!.id },
      ],
      ['client.consentWithdrawn', PSYCHOLOGIST.username, 'client', client.id, { consentId }],
    ]);
    const text = JSON.stringify(audit);
    for (const secret of [
      client.code,
      client.code.replace('-', ''),
      'Сейітов',
      'сейітов',
      'Private note',
      'Consent note',
      'Withdrawal note',
      'Отряд',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('keeps names, units and notes out of every file on disk', async () => {
    await addClient(invoke, {
      fullName: 'Бекзат Тоқтарұлы Жұмабаев',
      unit: 'Учаске Сарыарқа',
      notes: 'Distinctive note about sleep',
    });
    for (const { name, bytes } of allBytes(tv.dir)) {
      for (const text of ['Жұмабаев', 'жұмабаев', 'Сарыарқа', 'Distinctive note about sleep']) {
        expect(bytes.includes(Buffer.from(text, 'utf8')), `${name} contains "${text}"`).toBe(false);
      }
    }
  });
});
