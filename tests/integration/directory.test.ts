import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName } from '../../electron/contract/channels';
import { ORGANISATION_FIELDS, type Organisation, type OrganisationFields } from '../../electron/contract/directoryChannels';
import { ADMIN } from './helpers';
import { PSYCHOLOGIST_PASSWORD, addAccount, setUpWithPsychologist, signInAs } from './fixtures/drawingSetup';
import { openRawDb } from './fixtures/rawDb';
import { type TestVault, fails, newVault, ok } from './helpers';

let tv: TestVault;
let recoveryKey: string;
const invoke = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => tv.backend.invoke(channel, input);

const BLANK: OrganisationFields = {
  kind: 'employer',
  name: '',
  address: '',
  city: '',
  district: '',
  phone: '',
  email: '',
  contactPerson: '',
  languages: [],
  notes: '',
  sector: '',
  quotaPlaces: null,
  quotaUpdatedOn: null,
  vacancies: '',
  wageMin: null,
  wageMax: null,
  shifts: '',
  acceptsConvictions: null,
};
const org = (fields: Partial<OrganisationFields>): OrganisationFields => ({ ...BLANK, ...fields });
/** The editable fields of a stored organisation. */
const fieldsOf = (o: Organisation): OrganisationFields =>
  Object.fromEntries(ORGANISATION_FIELDS.map((f) => [f, o[f]])) as OrganisationFields;
const create = async (fields: Partial<OrganisationFields>) => ok(await invoke('directory:create', { fields: org(fields) }));

async function auditRows(prefix: string) {
  const db = await openRawDb(tv.dir, recoveryKey);
  try {
    return (
      db
        .prepare(`SELECT action, target_kind, target_id, details FROM audit_log WHERE action LIKE ? ORDER BY id`)
        .all(`${prefix}%`) as { action: string; target_kind: string; target_id: string | null; details: string }[]
    ).map((r) => ({ ...r, details: JSON.parse(r.details) as Record<string, unknown> }));
  } finally {
    db.close();
  }
}

beforeEach(async () => {
  tv = newVault();
  ({ recoveryKey } = await setUpWithPsychologist(tv.backend));
});
afterEach(async () => tv?.dispose());

describe('the directory of organisations (issue 17 §1)', () => {
  it('keeps an employer with its quota, wage range and shifts, and audits changes by field name only', async () => {
    const saved = await create({
      name: 'ТОО «Қарағанды Көмір»',
      city: 'Қарағанды',
      languages: ['kk', 'ru'],
      sector: 'Горнодобывающая',
      quotaPlaces: 12,
      quotaUpdatedOn: '2026-10-01',
      vacancies: 'Слесарь, 3 места',
      wageMin: 250_000,
      wageMax: 400_000,
      shifts: '2 смены',
      acceptsConvictions: true,
    });
    expect(ok(await invoke('directory:get', { id: saved.id }))).toEqual(saved);
    expect(saved).toMatchObject({ quotaPlaces: 12, wageMax: 400_000, acceptsConvictions: true, archived: false });

    tv.clock.t += 60_000;
    const changed = ok(
      await invoke('directory:update', {
        id: saved.id,
        fields: { ...fieldsOf(saved), quotaPlaces: 8, quotaUpdatedOn: '2026-11-20' },
      }),
    );
    expect(changed).toMatchObject({
      quotaPlaces: 8,
      quotaUpdatedOn: '2026-11-20',
      updatedAt: new Date(tv.clock.t).toISOString(),
    });
    const archived = ok(await invoke('directory:archive', { id: saved.id, archived: true }));
    expect(archived.archived).toBe(true);

    const rows = await auditRows('organisation.');
    expect(rows.map((r) => [r.action, r.target_kind, r.target_id, r.details])).toEqual([
      ['organisation.created', 'organisation', saved.id, { kind: 'employer' }],
      ['organisation.updated', 'organisation', saved.id, { fields: ['quotaPlaces', 'quotaUpdatedOn'] }],
      ['organisation.archived', 'organisation', saved.id, {}],
    ]);
    expect(JSON.stringify(rows)).not.toContain('Көмір');
  });

  it('refuses employer fields on another kind, a wage range upside down and a bad e-mail', async () => {
    fails(
      await invoke('directory:create', { fields: org({ kind: 'legal-aid', name: 'Адвокат', quotaPlaces: 2 }) }),
      'VALIDATION',
    );
    fails(await invoke('directory:create', { fields: org({ name: 'A', wageMin: 300_000, wageMax: 200_000 }) }), 'VALIDATION');
    fails(await invoke('directory:create', { fields: org({ name: 'A', email: 'not-an-address' }) }), 'VALIDATION');
  });

  it('finds organisations by any spelling of their name, and filters by kind, city and language', async () => {
    const coal = await create({ name: 'ТОО «Қарағанды Көмір»', city: 'Қарағанды', languages: ['kk', 'ru'] });
    const lawyer = await create({ kind: 'legal-aid', name: 'Юридическая клиника «Право»', city: 'Алматы', languages: ['ru'] });
    const centre = await create({
      kind: 'labour-mobility-centre',
      name: 'Еңбек ұтқырлығы орталығы',
      city: 'Қарағанды',
      languages: ['kk'],
    });
    const ids = async (input: ChannelInput<'directory:search'>) =>
      ok(await invoke('directory:search', input)).rows.map((r) => r.id);

    expect(await ids({ query: 'karagandy komir' })).toEqual([coal.id]);
    expect(await ids({ query: 'Караганды' })).toEqual([coal.id]);
    expect(await ids({ kind: 'legal-aid' })).toEqual([lawyer.id]);
    expect((await ids({ city: 'Қарағанды' })).sort()).toEqual([coal.id, centre.id].sort());
    expect((await ids({ language: 'kk' })).sort()).toEqual([coal.id, centre.id].sort());
    expect(await ids({ language: 'kk', city: 'Қарағанды', kind: 'employer' })).toEqual([coal.id]);
    expect(ok(await invoke('directory:cities', {}))).toEqual(['Алматы', 'Қарағанды']);

    ok(await invoke('directory:archive', { id: lawyer.id, archived: true }));
    expect(await ids({ kind: 'legal-aid' })).toEqual([]);
    expect(await ids({ kind: 'legal-aid', archived: 'archived' })).toEqual([lawyer.id]);
    expect(ok(await invoke('directory:cities', {}))).toEqual(['Қарағанды']);
  });

  it('names the organisation already in the directory, and keeps both when asked', async () => {
    const first = await create({ name: 'ТОО «Ромашка»', city: 'г. Алматы' });
    const refused = fails(
      await invoke('directory:create', { fields: org({ name: 'Ромашка ЖШС', city: 'Алматы' }) }),
      'ORGANISATION_EXISTS',
    );
    expect(refused.details?.reasons).toEqual([first.id]);
    const second = ok(
      await invoke('directory:create', { fields: org({ name: 'Ромашка ЖШС', city: 'Алматы' }), allowDuplicate: true }),
    );
    expect(second.id).not.toBe(first.id);
    // Two kept on purpose stay editable; an edit that turns a third into their name is refused.
    ok(await invoke('directory:update', { id: first.id, fields: { ...fieldsOf(first), phone: '+7 727 000 00 00' } }));
    const third = await create({ name: 'Лютик', city: 'Алматы' });
    fails(
      await invoke('directory:update', { id: third.id, fields: org({ name: 'Ромашка', city: 'Алматы' }) }),
      'ORGANISATION_EXISTS',
    );
  });

  it('lets facilitators read and export the directory but change nothing; supervisors see none of it', async () => {
    const coal = await create({ name: 'ТОО «Қарағанды Көмір»', city: 'Қарағанды' });
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    await addAccount(tv.backend, 'facilitator1', ['facilitator'], 'Facilitator-Own-Password-2026');
    expect(ok(await invoke('directory:search', {})).rows.map((r) => r.id)).toEqual([coal.id]);
    ok(await invoke('directory:get', { id: coal.id }));
    ok(await invoke('directory:cities', {}));
    fails(await invoke('directory:exportCsv', { filter: {}, language: 'ru' }), 'EXPORT_UNAVAILABLE');
    fails(await invoke('directory:create', { fields: org({ name: 'Новая' }) }), 'FORBIDDEN');
    fails(await invoke('directory:update', { id: coal.id, fields: org({ name: 'Иное' }) }), 'FORBIDDEN');
    fails(await invoke('directory:archive', { id: coal.id, archived: true }), 'FORBIDDEN');
    fails(await invoke('directory:importPreview', { defaultKind: 'employer' }), 'FORBIDDEN');

    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    await addAccount(tv.backend, 'supervisor1', ['supervisor'], 'Supervisor-Own-Password-2026');
    fails(await invoke('directory:search', {}), 'FORBIDDEN');
    fails(await invoke('directory:get', { id: coal.id }), 'FORBIDDEN');

    // Admins edit it too.
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    ok(await invoke('directory:archive', { id: coal.id, archived: true }));
    await signInAs(tv.backend, 'nurlan', PSYCHOLOGIST_PASSWORD);
    ok(await invoke('directory:archive', { id: coal.id, archived: false }));
  });
});
