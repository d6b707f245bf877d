import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countDueReferrals, dueReferrals, referralTrendRows } from '../../electron/backend/db/repos/referralsRepo';
import { localDate } from '../../electron/backend/services/referrals/referralView';
import type { Referral } from '../../electron/contract/referralChannels';
import { addClient } from './fixtures/clientSetup';
import { signedHtp } from './fixtures/assessmentSetup';
import { PSYCHOLOGIST_PASSWORD, addAccount, setUpWithPsychologist, signInAs } from './fixtures/drawingSetup';
import { openRawDb } from './fixtures/rawDb';
import { ADMIN, type TestVault, fails, newVault, ok } from './helpers';

let tv: TestVault;
let recoveryKey: string;
let clientId: string;
const invoke: TestVault['backend']['invoke'] = (channel, input) => tv.backend.invoke(channel, input);
const DAY = 24 * 3600 * 1000;
const today = () => localDate(tv.clock.t);

beforeEach(async () => {
  tv = newVault();
  ({ recoveryKey } = await setUpWithPsychologist(tv.backend));
  clientId = (await addClient(invoke)).id;
});
afterEach(async () => tv?.dispose());

async function employer(name = 'ТОО «Жетысу Курылыс»') {
  return ok(
    await invoke('directory:create', {
      fields: {
        kind: 'employer',
        name,
        address: '',
        city: 'Талдыкорган',
        district: '',
        phone: '+7 7282 00 00 00',
        email: '',
        contactPerson: '',
        languages: ['kk', 'ru'],
        notes: '',
        sector: 'construction',
        quotaPlaces: 5,
        quotaUpdatedOn: null,
        vacancies: '',
        wageMin: null,
        wageMax: null,
        shifts: '',
        acceptsConvictions: true,
      },
    }),
  );
}

/** Audit rows of the given actions, read beside the backend. */
async function referralAuditOf(actions: string[]): Promise<{ action: string; target_id: string; details: string }[]> {
  const db = await openRawDb(tv.dir, recoveryKey);
  try {
    return db
      .prepare(
        `SELECT action, target_id, details FROM audit_log WHERE action IN (${actions.map(() => '?').join(', ')}) ORDER BY id`,
      )
      .all(...actions) as { action: string; target_id: string; details: string }[];
  } finally {
    db.close();
  }
}

/** Audit rows of the referral actions, read beside the backend. */
async function referralAudit(): Promise<{ action: string; target_kind: string; target_id: string; details: string }[]> {
  const db = await openRawDb(tv.dir, recoveryKey);
  try {
    return db
      .prepare("SELECT action, target_kind, target_id, details FROM audit_log WHERE action LIKE 'referral.%' ORDER BY id")
      .all() as { action: string; target_kind: string; target_id: string; details: string }[];
  } finally {
    db.close();
  }
}

describe('a referral followed to its outcome', () => {
  it('goes from the client page to an employer, through its steps, to "employed", and leaves the due list', async () => {
    const org = await employer();
    const made = ok(
      await invoke('referrals:create', {
        clientId,
        target: { organisationId: org.id },
        reason: 'Сварщик, 3 разряд; ищет работу к освобождению.',
        status: 'made',
        referredOn: today(),
        followUpOn: localDate(tv.clock.t + 7 * DAY),
      }),
    );
    expect(made).toMatchObject({
      clientId,
      organisation: { id: org.id, name: org.name, city: 'Талдыкорган', archived: false },
      serviceKind: 'employer',
      status: 'made',
      followUpOn: localDate(tv.clock.t + 7 * DAY),
      outcome: null,
      sourceAssessmentId: null,
    });
    expect(made.events.map((e) => [e.status, e.on])).toEqual([['made', today()]]);

    // Not due before its day; due on it.
    const db0 = await openRawDb(tv.dir, recoveryKey);
    expect(dueReferrals(db0, today(), 10)).toEqual([]);
    const due = dueReferrals(db0, localDate(tv.clock.t + 8 * DAY), 10);
    db0.close();
    expect(due).toEqual([
      expect.objectContaining({ id: made.id, client_id: clientId, service_kind: 'employer', organisation_name: org.name }),
    ]);
    expect(due[0]!.client_code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);

    tv.clock.t += 2 * DAY;
    const contacted = ok(
      await invoke('referrals:changeStatus', { id: made.id, status: 'contacted', on: today(), note: 'Позвонил отделу кадров.' }),
    );
    expect(contacted.status).toBe('contacted');
    // The follow-up stays unless a new one is given.
    expect(contacted.followUpOn).toBe(made.followUpOn);
    tv.clock.t += 3 * DAY;
    const accepted = ok(
      await invoke('referrals:changeStatus', {
        id: made.id,
        status: 'accepted',
        on: today(),
        note: 'Собеседование прошёл.',
        followUpOn: localDate(tv.clock.t + 14 * DAY),
      }),
    );
    expect(accepted.followUpOn).toBe(localDate(tv.clock.t + 14 * DAY));

    tv.clock.t += 10 * DAY;
    const outcome = ok(
      await invoke('referrals:recordOutcome', {
        id: made.id,
        outcome: { kind: 'employed', startDate: today(), workKind: 'Сварщик' },
        on: today(),
        note: '',
      }),
    );
    expect(outcome).toMatchObject({
      status: 'outcome',
      outcome: { kind: 'employed', startDate: today(), workKind: 'Сварщик' },
      outcomeOn: today(),
      followUpOn: null,
    });
    expect(outcome.events.map((e) => e.status)).toEqual(['made', 'contacted', 'accepted', 'outcome']);
    expect(outcome.events[1]).toMatchObject({ note: 'Позвонил отделу кадров.', byName: 'Test nurlan' });

    // Closed: no longer due, however late it is, and no further step.
    const db1 = await openRawDb(tv.dir, recoveryKey);
    expect(dueReferrals(db1, '2099-01-01', 10)).toEqual([]);
    expect(countDueReferrals(db1, '2099-01-01')).toBe(0);
    // Trends reads the outcome's details and never a note.
    expect(referralTrendRows(db1)).toEqual([
      {
        client_id: clientId,
        referred_on: made.referredOn,
        service_kind: 'employer',
        status: 'outcome',
        outcome_kind: 'employed',
        outcome_json: JSON.stringify({ startDate: today(), workKind: 'Сварщик' }),
        outcome_on: today(),
      },
    ]);
    db1.close();
    fails(await invoke('referrals:changeStatus', { id: made.id, status: 'declined', on: today(), note: '' }), 'REFERRAL_STEP');
    fails(await invoke('referrals:setFollowUp', { id: made.id, followUpOn: today() }), 'REFERRAL_STEP');

    // The client's list shows it with its history; every read and change is audited against the client, without content.
    const list = ok(await invoke('referrals:listForClient', { clientId }));
    expect(list.map((r) => r.id)).toEqual([made.id]);
    ok(await invoke('referrals:get', { id: made.id }));
    const audit = await referralAudit();
    expect(audit.map((a) => a.action)).toEqual([
      'referral.created',
      'referral.statusChanged',
      'referral.statusChanged',
      'referral.outcomeRecorded',
      'referral.listed',
      'referral.viewed',
    ]);
    for (const row of audit) {
      expect(row).toMatchObject({ target_kind: 'client', target_id: clientId });
      expect(row.details).not.toMatch(/Сварщик|Позвонил|Собеседование|Жетысу|employer/);
    }
  });

  it('refers to a kind of service, plans ahead, and records each kind of outcome', async () => {
    const planned = ok(
      await invoke('referrals:create', {
        clientId,
        target: { serviceKind: 'legal-aid' },
        reason: 'Иск о восстановлении жилья.',
        status: 'planned',
        referredOn: localDate(tv.clock.t + 5 * DAY),
        followUpOn: localDate(tv.clock.t + 10 * DAY),
      }),
    );
    expect(planned).toMatchObject({ status: 'planned', organisation: null, serviceKind: 'legal-aid' });
    // A planned referral is made on the day it is made, which becomes its date.
    fails(
      await invoke('referrals:recordOutcome', { id: planned.id, outcome: { kind: 'housing-found' }, on: today(), note: '' }),
      'REFERRAL_STEP',
    );
    fails(await invoke('referrals:changeStatus', { id: planned.id, status: 'accepted', on: today(), note: '' }), 'REFERRAL_STEP');
    const made = ok(await invoke('referrals:changeStatus', { id: planned.id, status: 'made', on: today(), note: '' }));
    expect(made).toMatchObject({ status: 'made', referredOn: today() });
    const helped = ok(
      await invoke('referrals:recordOutcome', {
        id: planned.id,
        outcome: { kind: 'legal-help', help: 'claim' },
        on: today(),
        note: 'Иск подан в районный суд.',
      }),
    );
    expect(helped.outcome).toEqual({ kind: 'legal-help', help: 'claim' });
    // An outcome may be corrected; the history keeps both.
    const corrected = ok(
      await invoke('referrals:recordOutcome', {
        id: planned.id,
        outcome: { kind: 'other', note: 'Дело передано адвокату.' },
        on: today(),
        note: '',
      }),
    );
    expect(corrected.outcome).toEqual({ kind: 'other', note: 'Дело передано адвокату.' });
    expect(corrected.events.map((e) => e.status)).toEqual(['planned', 'made', 'outcome', 'outcome']);
    // Trends sees the kind of outcome, never the words of an "other" one.
    const db = await openRawDb(tv.dir, recoveryKey);
    const trendRows = referralTrendRows(db);
    db.close();
    expect(trendRows).toEqual([expect.objectContaining({ outcome_kind: 'other', outcome_json: '{}' })]);

    for (const outcome of [{ kind: 'documents-restored' }, { kind: 'housing-found' }, { kind: 'treatment-started' }] as const) {
      const r = ok(
        await invoke('referrals:create', {
          clientId,
          target: { serviceKind: 'social-documents' },
          reason: '',
          status: 'made',
          referredOn: today(),
          followUpOn: null,
        }),
      );
      expect(ok(await invoke('referrals:recordOutcome', { id: r.id, outcome, on: today(), note: '' })).outcome).toEqual(outcome);
    }
  });

  it('says why a date does not fit, and refuses blank or malformed outcomes', async () => {
    const base = { clientId, target: { serviceKind: 'medical-narcologist' as const }, reason: 'x', followUpOn: null };
    const future = localDate(tv.clock.t + DAY);
    expect(
      fails(await invoke('referrals:create', { ...base, status: 'made', referredOn: future }), 'REFERRAL_DATE').details,
    ).toEqual({
      reasons: ['future'],
    });
    expect(
      fails(
        await invoke('referrals:create', {
          ...base,
          status: 'made',
          referredOn: today(),
          followUpOn: localDate(tv.clock.t - DAY),
        }),
        'REFERRAL_DATE',
      ).details,
    ).toEqual({ reasons: ['followUpBeforeReferral'] });
    const r = ok(await invoke('referrals:create', { ...base, status: 'made', referredOn: today() }));
    expect(
      fails(
        await invoke('referrals:changeStatus', { id: r.id, status: 'contacted', on: localDate(tv.clock.t - DAY), note: '' }),
        'REFERRAL_DATE',
      ).details,
    ).toEqual({ reasons: ['beforeReferral'] });
    fails(await invoke('referrals:changeStatus', { id: r.id, status: 'contacted', on: future, note: '' }), 'REFERRAL_DATE');
    // Blank work kind, a blank "other", an unknown legal help: refused at the boundary.
    for (const outcome of [
      { kind: 'employed', startDate: today(), workKind: '   ' },
      { kind: 'other', note: '' },
      { kind: 'legal-help', help: 'appeal' },
      { kind: 'employed', workKind: 'Повар' },
    ]) {
      fails(
        await invoke('referrals:recordOutcome', { id: r.id, outcome: outcome as never, on: today(), note: '' }),
        'VALIDATION',
      );
    }
    fails(await invoke('referrals:create', { ...base, status: 'made', referredOn: '31.12.2026' }), 'VALIDATION');
    fails(
      await invoke('referrals:create', {
        ...base,
        target: { serviceKind: 'astrologer' as never },
        status: 'made',
        referredOn: today(),
      }),
      'VALIDATION',
    );
    fails(await invoke('referrals:get', { id: 'f'.repeat(32) }), 'NOT_FOUND');
    // An archived organisation takes no new referral.
    const org = await employer();
    ok(await invoke('directory:archive', { id: org.id, archived: true }));
    fails(
      await invoke('referrals:create', { ...base, target: { organisationId: org.id }, status: 'made', referredOn: today() }),
      'NOT_FOUND',
    );
  });

  it('makes a referral row of each referral a signed assessment names, dated the day of signing', async () => {
    const signed = await signedHtp(invoke, clientId, PSYCHOLOGIST_PASSWORD, {
      plan: {
        referrals: [
          { kind: 'employment-centre', note: 'Профобучение до освобождения.' },
          { kind: 'medical', note: '' },
        ],
      },
    });
    const list = ok(await invoke('referrals:listForClient', { clientId }));
    expect(list.map((r) => [r.serviceKind, r.reason, r.status, r.sourceAssessmentId, r.referredOn]).sort()).toEqual(
      [
        ['labour-mobility-centre', 'Профобучение до освобождения.', 'made', signed.id, today()],
        ['medical-other', '', 'made', signed.id, today()],
      ].sort(),
    );
    // Followed up two weeks later, like a referral made on the page.
    expect(list.every((r) => r.followUpOn === localDate(tv.clock.t + 14 * DAY))).toBe(true);
    // The signed assessment itself keeps its referrals as signed, and its seal holds.
    const again = ok(await invoke('assessments:get', { id: signed.id }));
    expect(again.referrals).toEqual(signed.referrals);
    expect(again.altered).toBe(false);
    // A referral made from an assessment of another client is refused.
    const other = await addClient(invoke, { fullName: 'Другой Клиент' });
    fails(
      await invoke('referrals:create', {
        clientId: other.id,
        target: { serviceKind: 'other' },
        reason: '',
        status: 'made',
        referredOn: today(),
        followUpOn: null,
        sourceAssessmentId: signed.id,
      }),
      'NOT_FOUND',
    );
  });
});

describe('what is typed in a referral dialog', () => {
  it("is kept as the typing account's own draft of that client and referral, until saved or cancelled", async () => {
    const ref = { form: 'referral-new' as const, clientId };
    ok(await invoke('drafts:save', { ref, data: { reason: 'Half-typed reason', organisationId: '' } }));
    expect(ok(await invoke('drafts:get', ref))?.data).toEqual({ reason: 'Half-typed reason', organisationId: '' });
    // Each referral's step and outcome dialogs have their own draft.
    const r = ok(
      await invoke('referrals:create', {
        clientId,
        target: { serviceKind: 'other' },
        reason: '',
        status: 'made',
        referredOn: today(),
        followUpOn: null,
      }),
    );
    const step = { form: 'referral-step' as const, clientId, referralId: r.id };
    ok(await invoke('drafts:save', { ref: step, data: { note: 'Called twice' } }));
    expect(ok(await invoke('drafts:get', { form: 'referral-outcome', clientId, referralId: r.id }))).toBeNull();
    expect(ok(await invoke('drafts:get', ref))?.data.reason).toBe('Half-typed reason');
    // Another account never reads it.
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    expect(ok(await invoke('drafts:get', ref))).toBeNull();
    const rows = (await referralAuditOf(['client.draftSaved', 'client.draftOpened'])).map((a) => [
      a.action,
      a.target_id,
      a.details,
    ]);
    expect(rows).toContainEqual(['client.draftSaved', clientId, JSON.stringify({ form: 'referral-new' })]);
    expect(rows.every(([, , details]) => !String(details).includes('Half-typed'))).toBe(true);
  });
});

describe('who may see and change referrals', () => {
  it('psychologists write; admins read; facilitators and supervisors are refused', async () => {
    const r: Referral = ok(
      await invoke('referrals:create', {
        clientId,
        target: { serviceKind: 'social-housing' },
        reason: 'Нет жилья после освобождения.',
        status: 'made',
        referredOn: today(),
        followUpOn: null,
      }),
    );
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    await addAccount(tv.backend, 'facil', ['facilitator'], 'Kokshetau-Lake-Evening-31');
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    await addAccount(tv.backend, 'superv', ['supervisor'], 'Balkhash-Reed-Morning-58');

    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    expect(ok(await invoke('referrals:listForClient', { clientId })).map((x) => x.reason)).toEqual([
      'Нет жилья после освобождения.',
    ]);
    fails(await invoke('referrals:changeStatus', { id: r.id, status: 'contacted', on: today(), note: '' }), 'FORBIDDEN');
    fails(
      await invoke('referrals:create', {
        clientId,
        target: { serviceKind: 'other' },
        reason: '',
        status: 'made',
        referredOn: today(),
        followUpOn: null,
      }),
      'FORBIDDEN',
    );

    for (const [user, password] of [
      ['facil', 'Kokshetau-Lake-Evening-31'],
      ['superv', 'Balkhash-Reed-Morning-58'],
    ] as const) {
      await signInAs(tv.backend, user, password);
      fails(await invoke('referrals:listForClient', { clientId }), 'FORBIDDEN');
      fails(await invoke('referrals:get', { id: r.id }), 'FORBIDDEN');
      fails(await invoke('referrals:setFollowUp', { id: r.id, followUpOn: null }), 'FORBIDDEN');
    }
  });
});
