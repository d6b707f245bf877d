import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Db, openEncryptedDatabase } from '../../electron/backend/db/connection';
import { migrate } from '../../electron/backend/db/migrate';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { type ChannelInput, type ChannelName } from '../../electron/contract/channels';
import { addClient } from './fixtures/clientSetup';
import { createDraft } from './fixtures/assessmentSetup';
import { setUpWithPsychologist } from './fixtures/drawingSetup';
import { type TestVault, newVault, ok } from './helpers';

let tv: TestVault;
const invoke = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => tv.backend.invoke(channel, input);
const CONSENT = { givenOn: '2026-03-01', scope: ['assessment', 'group-therapy', 'data-storage'] as const, note: '' };

describe('finding people as their names are written (issue 12, item 5)', () => {
  beforeEach(async () => {
    tv = newVault();
    await setUpWithPsychologist(tv.backend);
  });
  afterEach(async () => tv?.dispose());

  it('finds the five names the trial could not find, and not the others', async () => {
    const omarov = await addClient(invoke, { fullName: 'Омаров Ержан Бекболатұлы' });
    const alyona = await addClient(invoke, { fullName: 'Ким Алёна Сергеевна' });
    const akhmetov = await addClient(invoke, { fullName: 'Ахметов Ержан Маратович' });
    await addClient(invoke, { fullName: 'Ахметов Болат Серікұлы' });
    const ids = async (query: string) =>
      ok(await invoke('clients:search', { query }))
        .rows.map((r) => r.id)
        .sort();

    expect(await ids('Omarov')).toEqual([omarov.id]);
    expect(await ids('Бекболатулы')).toEqual([omarov.id]);
    expect(await ids('Алена')).toEqual([alyona.id]);
    expect(await ids('Ержан Омаров')).toEqual([omarov.id]);
    expect(await ids('Ахметов Е.')).toEqual([akhmetov.id]);
    expect(await ids('Yerzhan')).toEqual([akhmetov.id, omarov.id].sort());
    expect(await ids('Ержан Ахметов Б.')).toEqual([]);
  });

  it('lists the client with the latest activity first, an assessment counting as activity', async () => {
    const first = await addClient(invoke, { fullName: 'Омаров Ержан', consent: { ...CONSENT, scope: [...CONSENT.scope] } });
    tv.clock.t += 60_000;
    const second = await addClient(invoke, { fullName: 'Ким Алёна' });
    const before = ok(await invoke('clients:search', {})).rows;
    expect(before.map((r) => r.id)).toEqual([second.id, first.id]);

    tv.clock.t += 60_000;
    await createDraft(invoke, first.id, 'htp');
    const after = ok(await invoke('clients:search', {})).rows;
    expect(after.map((r) => r.id)).toEqual([first.id, second.id]);
    const row = after[0]!;
    expect(row.activityAt).toBe(new Date(tv.clock.t).toISOString());
    // The client's own fields did not change.
    expect(row.updatedAt).toBe(first.updatedAt);
    expect(ok(await invoke('clients:get', { clientId: first.id })).activityAt).toBe(row.activityAt);
  });
});

describe('migration 0008', () => {
  let dir: string;
  let db: Db;
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('recomputes the search keys and dates every record by its latest activity', () => {
    dir = mkdtempSync(join(tmpdir(), 'kenes-mig8-'));
    db = openEncryptedDatabase(join(dir, 'm.db'), Buffer.alloc(32, 8));
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 7),
    );
    const T0 = '2026-01-10T09:00:00.000Z';
    const T1 = '2026-02-11T10:00:00.000Z';
    const account = '1'.padStart(32, '0');
    const [a, b] = ['2'.padStart(32, '0'), '3'.padStart(32, '0')];
    db.prepare(`INSERT INTO accounts VALUES (?, 'p', 'Psy', '["psychologist"]', 'ru', 1, NULL, 0, ?, ?)`).run(account, T0, T0);
    const insert = db.prepare(
      'INSERT INTO clients (id, code, created_by, created_at, updated_at, full_name, search_name) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    insert.run(a, 'K7M4-QX9B', account, T0, T0, 'Омаров Ержан Бекболатұлы', 'омаров ержан бекболатұлы');
    insert.run(b, 'K7M4-QX9C', account, T0, T0, null, null);
    db.prepare(
      `INSERT INTO client_consents (id, client_id, given_on, scope, note, recorded_by, recorded_at)
       VALUES (?, ?, '2026-02-11', '["assessment"]', '', ?, ?)`,
    ).run('4'.padStart(32, '0'), a, account, T1);

    migrate(db);

    const rows = db.prepare('SELECT id, search_name, activity_at FROM clients ORDER BY id').all();
    expect(rows).toEqual([
      { id: a, search_name: 'омаров ержан бекболатули', activity_at: T1 },
      { id: b, search_name: null, activity_at: T0 },
    ]);
  });
});
