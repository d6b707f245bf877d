import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName } from '../../electron/contract/channels';
import { LEGAL_STATUS_MAPPING_CHOICES } from '../../electron/contract/legalStatuses';
import { loadPopulation } from '../../electron/backend/services/trends/population';
import { addClient } from './fixtures/clientSetup';
import { PSYCHOLOGIST_PASSWORD, addAccount, setUpWithPsychologist, signInAs } from './fixtures/drawingSetup';
import { insertLegacyPeriods } from './fixtures/legacyLegalStatuses';
import { openRawDb } from './fixtures/rawDb';
import { ADMIN, PSYCHOLOGIST, type TestVault, fails, newVault, ok } from './helpers';

/**
 * Issue 17 §4: the old values "in custody" and "on probation" are asked once how to map. The vault holds periods as
 * migration 0016 leaves them (fixtures/legacyLegalStatuses.ts); the psychologist answers through the channels the
 * client list's dialog calls.
 */

let tv: TestVault;
let recoveryKey: string;
const invoke = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => tv.backend.invoke(channel, input);
let clients: { a: string; b: string; c: string };

beforeEach(async () => {
  tv = newVault();
  ({ recoveryKey } = await setUpWithPsychologist(tv.backend));
  const a = await addClient(invoke, { fullName: 'Ерлан Сейітов' });
  const b = await addClient(invoke, { fullName: 'Гүлнар Әлиева' });
  const c = await addClient(invoke, { fullName: 'Дәурен Жүсіпов' });
  clients = { a: a.id, b: b.id, c: c.id };
  const db = await openRawDb(tv.dir, recoveryKey);
  try {
    insertLegacyPeriods(db, [
      { clientId: a.id, status: 'in-custody', startDate: '2024-01-10', endDate: '2025-03-01' },
      { clientId: a.id, status: 'on-probation', startDate: '2025-03-01', endDate: null },
      { clientId: b.id, status: 'in-custody', startDate: '2025-06-01', endDate: null },
      { clientId: c.id, status: 'released', startDate: '2023-05-05', endDate: null },
    ]);
  } finally {
    db.close();
  }
});
afterEach(async () => tv?.dispose());

async function auditRows(prefix: string) {
  await signInAs(tv.backend, ADMIN.username, ADMIN.password);
  const { entries } = ok(await invoke('audit:list', { limit: 500, offset: 0 }));
  await signInAs(tv.backend, PSYCHOLOGIST.username, PSYCHOLOGIST_PASSWORD);
  return entries
    .filter((e) => e.action.startsWith(prefix))
    .map((e) => ({ action: e.action, targetId: e.targetId, details: e.details }));
}

describe('the one-time mapping of the old legal statuses', () => {
  it('says what is pending, in counts only, with the statuses each old value may become', async () => {
    const state = ok(await invoke('legalStatus:mappingState', {}));
    expect(state).toEqual({
      pending: [
        { from: 'in-custody', periods: 2, clients: 2, choices: [...LEGAL_STATUS_MAPPING_CHOICES['in-custody']] },
        { from: 'on-probation', periods: 1, clients: 1, choices: [...LEGAL_STATUS_MAPPING_CHOICES['on-probation']] },
      ],
      answered: [],
    });
    // The record shows the old value as it is, with its first value kept.
    const a = ok(await invoke('clients:get', { clientId: clients.a }));
    expect(a.legalStatuses.map((p) => [p.status, p.originalStatus])).toEqual([
      ['in-custody', 'in-custody'],
      ['on-probation', 'on-probation'],
    ]);
    // Trends counts an unanswered old value as "not recorded"; 'released' needed no answer.
    const db = await openRawDb(tv.dir, recoveryKey);
    try {
      const pop = loadPopulation(db);
      expect(pop.on(clients.b, '2026-01-15').legalStatus).toBeNull();
      expect(pop.on(clients.c, '2026-01-15').legalStatus).toBe('released');
    } finally {
      db.close();
    }
  });

  it('refuses half an answer or a status the old value cannot mean, and changes nothing', async () => {
    const before = ok(await invoke('clients:get', { clientId: clients.a }));
    fails(
      await invoke('legalStatus:applyMapping', { mappings: [{ from: 'in-custody', to: 'pre-trial-detention' }] }),
      'VALIDATION',
    );
    fails(
      await invoke('legalStatus:applyMapping', {
        mappings: [
          { from: 'in-custody', to: 'probation-sentence' },
          { from: 'on-probation', to: 'parole' },
        ],
      }),
      'VALIDATION',
    );
    fails(
      await invoke('legalStatus:applyMapping', {
        mappings: [
          { from: 'in-custody', to: 'pre-trial-detention' },
          { from: 'in-custody', to: 'sentence-full-security' },
        ],
      }),
      'VALIDATION',
    );
    expect(ok(await invoke('clients:get', { clientId: clients.a })).legalStatuses).toEqual(before.legalStatuses);
    expect(ok(await invoke('legalStatus:mappingState', {})).answered).toEqual([]);
    expect(await auditRows('legalStatus.')).toEqual([]);
  });

  it('maps every period at once, keeps the first value, audits per old value and per client, and asks no more', async () => {
    tv.clock.t += 60_000;
    const mappings = [
      { from: 'in-custody', to: 'sentence-medium-security' },
      { from: 'on-probation', to: 'parole' },
    ] as const;
    const state = ok(await invoke('legalStatus:applyMapping', { mappings: [...mappings] }));
    expect(state.pending).toEqual([]);
    expect(state.answered).toEqual([
      expect.objectContaining({ from: 'in-custody', to: 'sentence-medium-security', periods: 2 }),
      expect.objectContaining({ from: 'on-probation', to: 'parole', periods: 1 }),
    ]);

    const a = ok(await invoke('clients:get', { clientId: clients.a }));
    expect(a.legalStatuses.map((p) => [p.status, p.originalStatus, p.startDate, p.endDate])).toEqual([
      ['sentence-medium-security', 'in-custody', '2024-01-10', '2025-03-01'],
      ['parole', 'on-probation', '2025-03-01', null],
    ]);
    expect(a.legalStatus?.status).toBe('parole');
    // The list's filter finds them under the new status.
    const found = ok(await invoke('clients:search', { legalStatus: 'sentence-medium-security' }));
    expect(found.rows.map((r) => r.id)).toEqual([clients.b]);

    const db = await openRawDb(tv.dir, recoveryKey);
    try {
      // Trends: a sentence is counted as a sentence, whatever the level.
      expect(loadPopulation(db).on(clients.b, '2026-01-15').legalStatus).toBe('serving-sentence');
    } finally {
      db.close();
    }

    const audit = await auditRows('legalStatus.');
    expect(audit).toHaveLength(2);
    expect(audit).toEqual(
      expect.arrayContaining([
        {
          action: 'legalStatus.mapped',
          targetId: null,
          details: { from: 'in-custody', to: 'sentence-medium-security', periods: 2, clients: 2 },
        },
        { action: 'legalStatus.mapped', targetId: null, details: { from: 'on-probation', to: 'parole', periods: 1, clients: 1 } },
      ]),
    );
    const perClient = (await auditRows('client.legalStatusMapped')).map((r) => [r.targetId, r.details]);
    expect(perClient).toEqual(
      expect.arrayContaining([
        [clients.a, { from: 'in-custody', to: 'sentence-medium-security', periods: 1 }],
        [clients.b, { from: 'in-custody', to: 'sentence-medium-security', periods: 1 }],
        [clients.a, { from: 'on-probation', to: 'parole', periods: 1 }],
      ]),
    );
    expect(perClient).toHaveLength(3);

    // Idempotent: the same call again (a second window, a retry after a lock) changes nothing and audits nothing.
    const again = ok(await invoke('legalStatus:applyMapping', { mappings: [{ from: 'in-custody', to: 'pre-trial-detention' }] }));
    expect(again).toEqual(state);
    expect(ok(await invoke('clients:get', { clientId: clients.b })).legalStatus?.status).toBe('sentence-medium-security');
    expect(await auditRows('legalStatus.')).toHaveLength(2);
  });

  it('is for psychologists and admins only', async () => {
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    await addAccount(tv.backend, 'facilitator', ['facilitator'], 'Steppe-Group-Leader-Pass-26');
    fails(await invoke('legalStatus:mappingState', {}), 'FORBIDDEN');
    fails(await invoke('legalStatus:applyMapping', { mappings: [{ from: 'on-probation', to: 'parole' }] }), 'FORBIDDEN');
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    expect(ok(await invoke('legalStatus:mappingState', {})).pending).toHaveLength(2);
  });
});
