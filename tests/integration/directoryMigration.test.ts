import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Db, openEncryptedDatabase } from '../../electron/backend/db/connection';
import { migrate } from '../../electron/backend/db/migrate';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { findOrganisation, insertOrganisation, searchOrganisations } from '../../electron/backend/db/repos/organisationsRepo';
import { toOrganisation, toWrite } from '../../electron/backend/services/directory/mapping';
import type { OrganisationFields } from '../../electron/contract/directoryChannels';

const T = '2026-01-01T00:00:00.000Z';
let dir: string;
let db: Db | undefined;
afterEach(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const FIELDS: OrganisationFields = {
  kind: 'employer',
  name: 'ТОО «Береке»',
  address: '',
  city: 'Тараз',
  district: '',
  phone: '',
  email: '',
  contactPerson: '',
  languages: ['kk'],
  notes: '',
  sector: 'Сауда',
  quotaPlaces: 3,
  quotaUpdatedOn: '2026-10-01',
  vacancies: '',
  wageMin: 150_000,
  wageMax: 200_000,
  shifts: '',
  acceptsConvictions: null,
};

describe('migration 0013: the directory of organisations', () => {
  it('adds an empty directory to a vault of the version before it, and keeps its accounts', () => {
    dir = mkdtempSync(join(tmpdir(), 'kenes-mig13-'));
    const d = openEncryptedDatabase(join(dir, 'm.db'), Buffer.alloc(32, 9));
    db = d;
    migrate(
      d,
      MIGRATIONS.filter((m) => m.version < 13),
    );
    d.prepare(`INSERT INTO accounts VALUES ('a1', 'psy', 'Psy', '["psychologist"]', 'kk', 1, NULL, 0, ?, ?)`).run(T, T);

    migrate(d);
    expect(d.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect((d.prepare('SELECT count(*) AS n FROM accounts').get() as { n: number }).n).toBe(1);
    expect(searchOrganisations(d, { archived: 'all' }, 10, 0)).toEqual({ total: 0, rows: [] });

    insertOrganisation(d, { ...toWrite(FIELDS, 'a1', T), id: 'o1', created_by: 'a1', created_at: T });
    expect(toOrganisation(findOrganisation(d, 'o1')!)).toMatchObject({ ...FIELDS, archived: false, createdBy: 'a1' });
    // The table's own checks hold whatever a future code path writes.
    expect(() =>
      insertOrganisation(d, {
        ...toWrite({ ...FIELDS, wageMin: 9, wageMax: 1 }, 'a1', T),
        id: 'o2',
        created_by: 'a1',
        created_at: T,
      }),
    ).toThrow(/CHECK/);
    expect(() =>
      insertOrganisation(d, { ...toWrite(FIELDS, 'nobody', T), id: 'o3', created_by: 'nobody', created_at: T }),
    ).toThrow(/FOREIGN KEY/);
  });
});
