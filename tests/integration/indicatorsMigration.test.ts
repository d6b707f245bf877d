import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Db, openEncryptedDatabase } from '../../electron/backend/db/connection';
import { migrate } from '../../electron/backend/db/migrate';
import { MIGRATIONS } from '../../electron/backend/db/migrations';

let dir: string;
let db: Db;
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const T = '2026-12-04T09:00:00.000Z';
const id = (n: number) => n.toString(16).padStart(32, '0');
const [ACCOUNT, CLIENT, HTP_DRAFT, HTP_SIGNED, DAPR_DRAFT] = [1, 2, 3, 4, 5].map(id) as [string, string, string, string, string];

/** A form as drafts stored it before issue 12: every indicator false unless ticked. */
const oldForm = (answers: Record<string, { value: unknown; source: string; suggested?: unknown }>) =>
  JSON.stringify({ answers, acknowledgements: {} });

const HTP_BEFORE = {
  house_door: { value: true, source: 'entered' },
  house_windows: { value: false, source: 'entered' },
  house_roof: { value: false, source: 'entered' },
  house_chimney: { value: false, source: 'suggestion-accepted', suggested: false },
  house_size: { value: 3, source: 'entered' },
};

/** A database at migration 0008 with an HTP draft, a signed HTP and a DAPR draft, all with unticked indicators. */
function seeded(): Db {
  dir = mkdtempSync(join(tmpdir(), 'kenes-mig9-'));
  db = openEncryptedDatabase(join(dir, 'm.db'), Buffer.alloc(32, 9));
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= 8),
  );
  db.prepare(`INSERT INTO accounts VALUES (?, 'p', 'Psy', '["psychologist"]', 'ru', 1, NULL, 0, ?, ?)`).run(ACCOUNT, T, T);
  db.prepare('INSERT INTO clients (id, code, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
    CLIENT,
    'K7M4-QX9B',
    ACCOUNT,
    T,
    T,
  );
  const insert = db.prepare(
    `INSERT INTO assessments (id, client_id, instrument_id, instrument_version, instrument_kind, status, created_by, created_at, updated_at, form, totals)
     VALUES (?, ?, ?, '1.0.0', 'drawing', 'draft', ?, ?, ?, ?, ?)`,
  );
  insert.run(HTP_DRAFT, CLIENT, 'htp', ACCOUNT, T, T, oldForm(HTP_BEFORE), '[]');
  insert.run(HTP_SIGNED, CLIENT, 'htp', ACCOUNT, T, T, oldForm(HTP_BEFORE), '[]');
  db.prepare(
    `UPDATE assessments SET status = 'signed', signed_by = ?, signed_name = 'Psy', signed_at = ?, scores = '{}' WHERE id = ?`,
  ).run(ACCOUNT, T, HTP_SIGNED);
  // DAPR: every indicator false except an umbrella; the old count said stress 0, resources 1.
  const dapr = {
    stress_heavyRain: { value: false, source: 'entered' },
    stress_clouds: { value: false, source: 'entered' },
    resource_umbrella: { value: true, source: 'entered' },
  };
  const oldTotals = JSON.stringify([{ scaleId: 'stress', value: 0, band: null }]);
  insert.run(DAPR_DRAFT, CLIENT, 'dapr', ACCOUNT, T, T, oldForm(dapr), oldTotals);
  return db;
}

const formOf = (d: Db, assessmentId: string) =>
  JSON.parse((d.prepare('SELECT form FROM assessments WHERE id = ?').get(assessmentId) as { form: string }).form) as {
    answers: Record<string, { value: unknown }>;
  };

describe('migration 0009 (indicators: present, absent, not assessed)', () => {
  it('turns the unticked indicators of a draft into "not assessed" and keeps every answer that was given', () => {
    const d = seeded();
    migrate(d, MIGRATIONS);
    const { answers } = formOf(d, HTP_DRAFT);
    expect(answers.house_door).toEqual({ value: true, source: 'entered' });
    expect(answers.house_size).toEqual({ value: 3, source: 'entered' });
    // Unticked boxes: no longer "absent".
    expect(answers.house_windows).toBeUndefined();
    expect(answers.house_roof).toBeUndefined();
    // An "absent" the psychologist accepted from a suggestion was a decision: it stays.
    expect(answers.house_chimney).toEqual({ value: false, source: 'suggestion-accepted', suggested: false });
  });

  it('never rewrites a signed record', () => {
    const d = seeded();
    const before = formOf(d, HTP_SIGNED);
    migrate(d, MIGRATIONS);
    expect(formOf(d, HTP_SIGNED)).toEqual(before);
    expect(formOf(d, HTP_SIGNED).answers.house_windows).toEqual({ value: false, source: 'entered' });
  });

  it("recomputes the list's copy of a draft's scores, so unticked boxes are no longer counted", () => {
    const d = seeded();
    migrate(d, MIGRATIONS);
    const totals = JSON.parse(
      (d.prepare('SELECT totals FROM assessments WHERE id = ?').get(DAPR_DRAFT) as { totals: string }).totals,
    ) as {
      scaleId: string;
      value: number | null;
    }[];
    expect(totals.find((t) => t.scaleId === 'stress')?.value).toBeNull();
    expect(formOf(d, DAPR_DRAFT).answers).toEqual({ resource_umbrella: { value: true, source: 'entered' } });
  });
});
