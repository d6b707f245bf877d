import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Db, openEncryptedDatabase } from '../../electron/backend/db/connection';
import { migrate } from '../../electron/backend/db/migrate';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { migration0014 } from '../../electron/backend/db/migrations/0014-referrals';
import { findSeal, insertSeal } from '../../electron/backend/db/repos/signedSealsRepo';
import { ASSESSMENT_REFERRAL_KIND } from '../../electron/backend/services/referrals/fromAssessment';
import { localDate } from '../../electron/backend/services/referrals/referralView';
import { sealContent, sealDigest } from '../../electron/backend/services/signing/signedSeal';
import { REFERRAL_KINDS } from '../../electron/contract/assessmentChannels';
import { addClient } from './fixtures/clientSetup';
import { signedHtp } from './fixtures/assessmentSetup';
import { PSYCHOLOGIST_PASSWORD, setUpWithPsychologist, signInAs } from './fixtures/drawingSetup';
import { openRawDb } from './fixtures/rawDb';
import { PSYCHOLOGIST, type TestVault, newVault, ok } from './helpers';

const KEY = Buffer.alloc(32, 14);
const id = (n: number) => n.toString(16).padStart(32, '0');
let dir: string | undefined;
let db: Db | undefined;
let tv: TestVault | undefined;
afterEach(async () => {
  db?.close();
  db = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
  await tv?.dispose();
  tv = undefined;
});

type Row = Record<string, unknown>;

/**
 * A vault at schema 13: two signed assessments with every old referral kind between them (one
 * sealed, as the app seals at signing), a draft and a discarded one with referrals of their own.
 */
function at0013(): Db {
  dir = mkdtempSync(join(tmpdir(), 'kenes-mig14-'));
  db = openEncryptedDatabase(join(dir, 'm.db'), KEY);
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= 13),
  );
  db.prepare(`INSERT INTO accounts VALUES (?, 'psy', 'Psy', '["psychologist"]', 'kk', 1, NULL, 0, ?, ?)`).run(
    id(1),
    '2026-01-01T00:00:00Z',
    '2026-01-01T00:00:00Z',
  );
  for (const [n, code] of [
    [2, 'K7MX-2P9Q'],
    [3, 'K7MX-2P9R'],
  ] as const) {
    db.prepare(`INSERT INTO clients (id, code, created_by, created_at, updated_at) VALUES (?, ?, ?, 't', 't')`).run(
      id(n),
      code,
      id(1),
    );
  }
  const insert = db.prepare(
    `INSERT INTO assessments (id, client_id, instrument_id, instrument_version, instrument_kind, status, created_by, created_at,
       updated_at, form, conclusion, referrals, scores, signed_by, signed_name, signed_at, discarded_at)
     VALUES (@id, @client, 'phq9', '1.0.0', 'questionnaire', @status, @by, '2026-03-01T09:00:00Z', '2026-03-01T09:00:00Z', '{}',
       'Conclusion.', @referrals, @scores, @signedBy, @signedName, @signedAt, @discardedAt)`,
  );
  const signed = { status: 'signed', by: id(1), scores: '{}', signedBy: id(1), signedName: 'Psy', discardedAt: null };
  insert.run({
    ...signed,
    id: id(10),
    client: id(2),
    signedAt: '2026-03-02T10:00:00.000Z',
    referrals: JSON.stringify([
      { kind: 'legal-aid', note: 'Апелляция; нужен адвокат.' },
      { kind: 'employment-centre', note: '' },
      { kind: 'probation-officer', note: 'Поставить на учёт.' },
    ]),
  });
  insert.run({
    ...signed,
    id: id(11),
    client: id(3),
    signedAt: '2026-05-20T23:30:00.000Z',
    referrals: JSON.stringify([
      { kind: 'medical', note: 'Нарколог.' },
      { kind: 'other', note: 'Семья: медиация.' },
    ]),
  });
  insert.run({
    ...signed,
    id: id(12),
    client: id(3),
    signedAt: '2026-06-01T10:00:00.000Z',
    referrals: '[]',
  });
  const unsigned = { by: id(1), scores: null, signedBy: null, signedName: null, signedAt: null };
  insert.run({
    ...unsigned,
    id: id(13),
    client: id(2),
    status: 'draft',
    discardedAt: null,
    referrals: '[{"kind":"medical","note":"draft"}]',
  });
  insert.run({
    ...unsigned,
    id: id(14),
    client: id(2),
    status: 'discarded',
    discardedAt: '2026-03-05T10:00:00Z',
    referrals: '[{"kind":"other","note":"discarded"}]',
  });
  insertSeal(db, {
    record_kind: 'assessment',
    record_id: id(10),
    digest: sealDigest(KEY, sealContent(db, 'assessment', id(10))!),
    sealed_at: '2026-03-02T10:00:00.000Z',
  });
  return db;
}

describe('migration 0014: referrals', () => {
  it("turns every signed assessment's referrals into rows, leaves the assessments and their seals as they were", () => {
    const d = at0013();
    const assessmentsBefore = d.prepare('SELECT * FROM assessments ORDER BY id').all();
    migrate(d);
    expect(d.prepare('SELECT * FROM assessments ORDER BY id').all()).toEqual(assessmentsBefore);
    // The seal written at signing still matches the signed content.
    expect(sealDigest(KEY, sealContent(d, 'assessment', id(10))!)).toBe(findSeal(d, 'assessment', id(10))!.digest);

    const rows = d
      .prepare(
        `SELECT client_id, organisation_id, service_kind, reason, referred_on, source_assessment_id, status, follow_up_on,
                outcome_kind, created_by, created_at FROM referrals ORDER BY created_at, service_kind`,
      )
      .all() as Row[];
    const made = (client: number, assessment: number, signedAt: string, kind: string, reason: string): Row => ({
      client_id: id(client),
      organisation_id: null,
      service_kind: kind,
      reason,
      referred_on: localDate(Date.parse(signedAt)),
      source_assessment_id: id(assessment),
      status: 'made',
      follow_up_on: null,
      outcome_kind: null,
      created_by: id(1),
      created_at: signedAt,
    });
    expect(rows).toEqual([
      made(2, 10, '2026-03-02T10:00:00.000Z', 'labour-mobility-centre', ''),
      made(2, 10, '2026-03-02T10:00:00.000Z', 'legal-aid', 'Апелляция; нужен адвокат.'),
      made(2, 10, '2026-03-02T10:00:00.000Z', 'probation-service', 'Поставить на учёт.'),
      made(3, 11, '2026-05-20T23:30:00.000Z', 'medical-other', 'Нарколог.'),
      made(3, 11, '2026-05-20T23:30:00.000Z', 'other', 'Семья: медиация.'),
    ]);
    // Nothing lost: one row per referral of a signed assessment, none of drafts or discarded ones.
    const signedReferrals = d
      .prepare("SELECT count(*) AS n FROM assessments a, json_each(a.referrals) WHERE a.status = 'signed'")
      .get() as { n: number };
    expect(rows).toHaveLength(signedReferrals.n);
    // Each has its 'made' step on the day it was made; ids are fresh and distinct.
    const events = d
      .prepare(
        'SELECT e.status, e.on_date, r.referred_on, e.recorded_by FROM referral_events e JOIN referrals r ON r.id = e.referral_id',
      )
      .all() as Row[];
    expect(events).toHaveLength(5);
    for (const e of events) expect(e).toMatchObject({ status: 'made', on_date: e.referred_on, recorded_by: id(1) });
    const ids = (d.prepare('SELECT id FROM referrals').all() as { id: string }[]).map((r) => r.id);
    expect(new Set(ids).size).toBe(5);
    for (const i of ids) expect(i).toMatch(/^[0-9a-f]{32}$/);
    // The same map as signing uses.
    expect(REFERRAL_KINDS.map((k) => ASSESSMENT_REFERRAL_KIND[k])).toEqual([
      'legal-aid',
      'labour-mobility-centre',
      'probation-service',
      'medical-other',
      'other',
    ]);
  });

  it('keeps the history: referrals and their steps are never deleted, a step never rewritten', () => {
    const d = at0013();
    migrate(d);
    expect(() => d.prepare('DELETE FROM referrals').run()).toThrow(/not deleted/);
    expect(() => d.prepare("UPDATE referral_events SET note = 'x'").run()).toThrow(/kept as recorded/);
    expect(() => d.prepare('DELETE FROM referral_events').run()).toThrow(/not deleted/);
    expect(() => d.prepare(`UPDATE referrals SET client_id = ?`).run(id(3))).toThrow(/keeps its client/);
    expect(() => d.prepare(`REPLACE INTO referral_events SELECT * FROM referral_events`).run()).toThrow(/not deleted/);
  });

  it('on a vault the app signed in: the seal still verifies after the referrals move, and the page lists them', async () => {
    tv = newVault();
    const { recoveryKey } = await setUpWithPsychologist(tv.backend);
    const invoke: TestVault['backend']['invoke'] = (c, i) => tv!.backend.invoke(c, i);
    const clientId = (await addClient(invoke)).id;
    const signed = await signedHtp(invoke, clientId, PSYCHOLOGIST_PASSWORD, {
      plan: { referrals: [{ kind: 'legal-aid', note: 'Appeal.' }] },
    });
    await tv.backend.close();
    // Take the vault back to before 0014 (its tables gone), then run 0014 over it as an upgrade would.
    const raw = await openRawDb(tv.dir, recoveryKey);
    raw.exec(`DROP TABLE referral_events; DROP TABLE referrals;`);
    raw.transaction(() => migration0014.up(raw))();
    raw.close();
    await tv.restart();
    await signInAs(tv.backend, PSYCHOLOGIST.username, PSYCHOLOGIST_PASSWORD);
    const again = ok(await invoke('assessments:get', { id: signed.id }));
    expect(again.altered).toBe(false);
    expect(again.referrals).toEqual([{ kind: 'legal-aid', note: 'Appeal.' }]);
    const list = ok(await invoke('referrals:listForClient', { clientId }));
    expect(list).toEqual([
      expect.objectContaining({ serviceKind: 'legal-aid', reason: 'Appeal.', status: 'made', sourceAssessmentId: signed.id }),
    ]);
  });
});
