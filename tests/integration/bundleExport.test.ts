import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../electron/backend/db/connection';
import { migrate } from '../../electron/backend/db/migrate';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import type { BackendOptions } from '../../electron/backend/openBackend';
import {
  type BundlePayload,
  fingerprintOf,
  generateSupervisorKeys,
  openBundle,
  publicKeyOf,
  writeSupervisorKeyFile,
} from '../../electron/backend/services/bundles/format';
import type { ChannelName } from '../../electron/contract/channels';
import type { TrendsCount, TrendsViewInput } from '../../electron/contract/trendsChannels';
import { signedPhq9 } from './fixtures/assessmentSetup';
import { addClient } from './fixtures/clientSetup';
import { PSYCHOLOGIST_PASSWORD, addAccount, setUpWithPsychologist, signInAs } from './fixtures/drawingSetup';
import { ADMIN, FACILITY, PSYCHOLOGIST, type TestVault, fails, newVault, ok } from './helpers';

/**
 * Issue 15 §1–2, the facility's side, on a real encrypted vault: the identity made with the vault, the region, the
 * supervisor's key imported after its code is shown, and a bundle holding exactly the unsuppressed microcells whose
 * sums are the Trends area's counts — signed, sealed, audited without figures, admins only.
 */
const SUP = { username: 'bolat', password: 'Supervises-Quietly-2026!' };
const PSYFAC = { username: 'saule', password: 'Two-Hats-Kokshetau-2026!' };
const BIG = 'Отряд 1';
const SMALL = 'Отряд 2';
const at = (iso: string) => Date.parse(iso);

type World = {
  tv: TestVault;
  files: string;
  saved: { name: string; bytes: Buffer }[];
  save: { answer: { saved: boolean } | Error };
  pick: { next: string[] | null };
  supervisor: { publicKey: Buffer; privateKey: Buffer };
  keyFile: string;
  secrets: string[];
};

async function world(): Promise<World> {
  const files = mkdtempSync(join(tmpdir(), 'kenes-bundle-files-'));
  const saved: World['saved'] = [];
  const save: World['save'] = { answer: { saved: true } };
  const pick: World['pick'] = { next: null };
  const saveFile: BackendOptions['saveFile'] = async (name, bytes) => {
    if (save.answer instanceof Error) throw save.answer;
    if (save.answer.saved) saved.push({ name, bytes });
    return save.answer;
  };
  const tv = newVault(undefined, { saveFile, pickFiles: async () => pick.next });
  tv.clock.t = at('2026-01-05T08:00:00.000Z');
  await setUpWithPsychologist(tv.backend);
  const secrets: string[] = [];
  // Seven clients in the large unit and four in the small one (below k = 5), one PHQ-9 each in January–May.
  for (let i = 0; i < 11; i++) {
    const month = 1 + (i % 5);
    tv.clock.t = at(`2026-0${month}-1${i % 9}T09:00:00.000Z`);
    const fullName = `Клиент Тестовый ${i} Қайратұлы`;
    const c = await addClient(tv.backend.invoke, {
      fullName,
      unit: i < 7 ? BIG : SMALL,
      sex: i % 3 === 0 ? 'female' : 'male',
      language: i % 2 === 0 ? 'ru' : 'kk',
      birthDate: `19${70 + i * 2}-06-1${i % 9}`,
      notes: `Заметка о клиенте ${i}`,
    });
    const a = await signedPhq9(tv.backend.invoke, c.id, PSYCHOLOGIST_PASSWORD, [i % 4, 1, 2, 1, 0, 1, (i >> 1) % 4, 0, 0]);
    secrets.push(fullName, c.code, c.id, a.id, `Заметка о клиенте ${i}`, `19${70 + i * 2}-06-1${i % 9}`);
  }
  // A group with three members, two sessions with attendance and moods in February, one member leaving in March.
  await signInAs(tv.backend, ADMIN.username, ADMIN.password);
  const facilitator = await addAccount(tv.backend, PSYFAC.username, ['psychologist', 'facilitator'], PSYFAC.password);
  const group = ok(
    await tv.backend.invoke('groups:create', {
      name: 'Группа Весна Тайная',
      programmeType: 'anger-management',
      programmeText: null,
      unit: BIG,
      startDate: '2026-02-02',
      endDate: null,
      weekdays: [1],
      time: '15:00',
      plannedSessions: 10,
      capacity: null,
      goals: 'Цели группы секретные',
      facilitatorIds: [facilitator],
    }),
  );
  const members = [];
  for (const alias of ['Псевдоним Альфа', 'Псевдоним Бета', 'Псевдоним Гамма']) {
    members.push(
      ok(await tv.backend.invoke('groups:registerMember', { groupId: group.id, alias, language: 'ru', joinedOn: '2026-02-02' })),
    );
    secrets.push(alias);
  }
  for (const date of ['2026-02-02', '2026-02-09']) {
    tv.clock.t = at(`${date}T12:00:00.000Z`);
    const session = ok(
      await tv.backend.invoke('groupSessions:create', {
        groupId: group.id,
        date,
        time: '15:00',
        durationMinutes: 90,
        topic: 'Тема занятия секретная',
        plannedActivities: '',
        facilitatorIds: [facilitator],
      }),
    );
    ok(
      await tv.backend.invoke('groupSessions:saveAttendance', {
        sessionId: session.id,
        rows: members.map((m, i) => ({
          memberId: m.id,
          attendance: i === 2 ? 'absent-excused' : 'present',
          participation: 3,
          note: 'Заметка об участии секретная',
          moodBefore: 4,
          moodAfter: 6 + i,
        })),
      }),
    );
  }
  tv.clock.t = at('2026-03-02T12:00:00.000Z');
  ok(
    await tv.backend.invoke('groups:leave', {
      memberId: members[2]!.id,
      leftOn: '2026-03-02',
      reason: 'dropped-out',
      note: 'Причина ухода секретная',
    }),
  );
  secrets.push(
    group.id,
    'Группа Весна Тайная',
    'Цели группы секретные',
    'Тема занятия секретная',
    'Заметка об участии секретная',
    'Причина ухода секретная',
  );

  await signInAs(tv.backend, ADMIN.username, ADMIN.password);
  await addAccount(tv.backend, SUP.username, ['supervisor'], SUP.password);
  await signInAs(tv.backend, ADMIN.username, ADMIN.password);
  tv.clock.t = at('2026-07-15T10:00:00.000Z');
  const supervisor = generateSupervisorKeys();
  const keyFile = join(files, 'department.kenessupervisor');
  writeFileSync(keyFile, writeSupervisorKeyFile({ name: 'ДУИС по Карагандинской области', publicKey: supervisor.publicKey }));
  return { tv, files, saved, save, pick, supervisor, keyFile, secrets };
}

/** Region and supervisor key set, as an admin does once. */
async function ready(w: World) {
  ok(await w.tv.backend.invoke('bundles:setRegion', { region: 'karaganda' }));
  w.pick.next = [w.keyFile];
  const { picked } = ok(await w.tv.backend.invoke('bundles:pickSupervisorKey', {}));
  ok(await w.tv.backend.invoke('bundles:confirmSupervisorKey', { token: picked!.token }));
}

async function auditOf(w: World, prefix: string) {
  const { entries } = ok(await w.tv.backend.invoke('audit:list', { limit: 500, offset: 0 }));
  return entries.filter((e) => e.action.startsWith(prefix)).map((e) => ({ action: e.action, details: e.details }));
}

let w: World;
beforeEach(async () => {
  w = await world();
}, 120_000);
afterEach(async () => {
  await w.tv.dispose();
  rmSync(w.files, { recursive: true, force: true });
});

describe('bundles: the facility identity, region and supervisor key', () => {
  it('shows a fingerprint made with the vault, the same after a restart, and never the private key', async () => {
    const first = ok(await w.tv.backend.invoke('bundles:status', {}));
    expect(first.fingerprint).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){4}$/);
    expect(first).toMatchObject({ facilityName: FACILITY, region: null, supervisor: null, lastSequence: 0 });
    expect(first.quarters.at(0)).toBe('2026-Q1');
    expect(first.quarters.at(-1)).toBe('2026-Q3');
    await w.tv.restart();
    ok(await w.tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
    expect(ok(await w.tv.backend.invoke('bundles:status', {})).fingerprint).toBe(first.fingerprint);
  });

  it('shows the key file’s code before keeping it, and keeps it only when confirmed', async () => {
    w.pick.next = [w.keyFile];
    const { picked } = ok(await w.tv.backend.invoke('bundles:pickSupervisorKey', {}));
    expect(picked).toMatchObject({ name: 'ДУИС по Карагандинской области', fingerprint: fingerprintOf(w.supervisor.publicKey) });
    expect(ok(await w.tv.backend.invoke('bundles:status', {})).supervisor).toBeNull();
    expect(await auditOf(w, 'bundle.')).toEqual([]);
    fails(await w.tv.backend.invoke('bundles:confirmSupervisorKey', { token: 'another-token' }), 'NOT_FOUND');
    const status = ok(await w.tv.backend.invoke('bundles:confirmSupervisorKey', { token: picked!.token }));
    expect(status.supervisor).toMatchObject({ name: 'ДУИС по Карагандинской области', fingerprint: picked!.fingerprint });
    expect(await auditOf(w, 'bundle.')).toEqual([
      { action: 'bundle.supervisorKeyImported', details: { fingerprint: picked!.fingerprint, replaced: 'none' } },
    ]);
    // The token is spent; a cancelled picker keeps nothing.
    fails(await w.tv.backend.invoke('bundles:confirmSupervisorKey', { token: picked!.token }), 'NOT_FOUND');
    w.pick.next = null;
    expect(ok(await w.tv.backend.invoke('bundles:pickSupervisorKey', {}))).toEqual({ picked: null });
  });

  it('refuses a file that is not a supervisor key, or whose key and code disagree, keeping nothing', async () => {
    const fake = join(w.files, 'fake.kenessupervisor');
    writeFileSync(fake, 'name;key\nДУИС;abc\n');
    w.pick.next = [fake];
    fails(await w.tv.backend.invoke('bundles:pickSupervisorKey', {}), 'SUPERVISOR_KEY_FILE_INVALID');
    const swapped = join(w.files, 'swapped.kenessupervisor');
    const other = generateSupervisorKeys().publicKey.toString('base64');
    writeFileSync(
      swapped,
      writeSupervisorKeyFile({ name: 'D', publicKey: w.supervisor.publicKey })
        .toString()
        .replace(w.supervisor.publicKey.toString('base64'), other),
    );
    w.pick.next = [swapped];
    fails(await w.tv.backend.invoke('bundles:pickSupervisorKey', {}), 'SUPERVISOR_KEY_FILE_INVALID');
    expect(ok(await w.tv.backend.invoke('bundles:status', {})).supervisor).toBeNull();
  });

  it('needs the region and the supervisor key before the first export', async () => {
    fails(await w.tv.backend.invoke('bundles:export', { from: '2026-Q1', to: '2026-Q2' }), 'BUNDLE_REGION_UNSET');
    ok(await w.tv.backend.invoke('bundles:setRegion', { region: 'karaganda' }));
    fails(await w.tv.backend.invoke('bundles:export', { from: '2026-Q1', to: '2026-Q2' }), 'BUNDLE_NO_SUPERVISOR_KEY');
    fails(await w.tv.backend.invoke('bundles:setRegion', { region: 'atlantis' } as never), 'VALIDATION');
    expect(w.saved).toEqual([]);
    expect(await auditOf(w, 'bundle.')).toEqual([{ action: 'bundle.regionSet', details: { from: 'none', to: 'karaganda' } }]);
  });

  it('admins only: a psychologist and a supervisor are refused every bundle channel', async () => {
    const channels: [ChannelName, object][] = [
      ['bundles:status', {}],
      ['bundles:setRegion', { region: 'astana' }],
      ['bundles:pickSupervisorKey', {}],
      ['bundles:confirmSupervisorKey', { token: 'x' }],
      ['bundles:export', { from: '2026-Q1', to: '2026-Q1' }],
    ];
    for (const who of [{ username: PSYCHOLOGIST.username, password: PSYCHOLOGIST_PASSWORD }, SUP]) {
      await signInAs(w.tv.backend, who.username, who.password);
      for (const [channel, input] of channels) fails(await w.tv.backend.invoke(channel, input as never), 'FORBIDDEN');
    }
  });
});

describe('bundles: export', () => {
  it('holds exactly the unsuppressed microcells: their sums are the Trends counts, small units included', async () => {
    await ready(w);
    const result = ok(await w.tv.backend.invoke('bundles:export', { from: '2026-Q1', to: '2026-Q2' }));
    expect(result).toMatchObject({ saved: true, sequence: 1 });
    expect(w.saved.map((s) => s.name)).toEqual([`kenes-bundle-penal-colony-zhetysu-kyzylorda-42-2026-Q1-2026-Q2.kenesbundle`]);
    const opened = openBundle(w.saved[0]!.bytes, w.supervisor.privateKey);
    const p: BundlePayload = opened.payload;
    const status = ok(await w.tv.backend.invoke('bundles:status', {}));
    expect(fingerprintOf(opened.facilityPublicKey)).toBe(status.fingerprint);
    expect(p).toMatchObject({ quarters: ['2026-Q1', '2026-Q2'], sequence: 1, schemaVersion: MIGRATIONS.at(-1)!.version });
    expect(p.facility).toMatchObject({ name: FACILITY, region: 'karaganda' });
    expect(p.createdAt).toBe('2026-07-15T10:00:00.000Z');

    // Every Trends view of 2026 by month and by quarter: each published figure of Q1–Q2 is the sum of its microcells.
    const catalogue = ok(await w.tv.backend.invoke('trends:catalogue', {}));
    let compared = 0;
    for (const m of catalogue.measures) {
      for (const instrumentId of m.instruments.length ? m.instruments.map((i) => i.id) : [undefined]) {
        const family = p.families.find(
          (f) => f.measures.includes(m.id) && (instrumentId ? f.key.endsWith(`:${instrumentId}`) : true),
        );
        expect(family, `${m.id} ${instrumentId}`).toBeDefined();
        for (const granularity of ['month', 'quarter'] as const) {
          for (const by of [null, ...m.by]) {
            const input: TrendsViewInput = {
              measure: m.id,
              ...(instrumentId ? { instrumentId } : {}),
              granularity,
              year: 2026,
              by,
            };
            const r = await w.tv.backend.invoke('trends:view', input);
            if (!r.ok) continue; // a `by` this instrument does not offer (RCI outcome)
            const view = r.value;
            const j = by === null ? -1 : family!.by.indexOf(by);
            const sum = (period: string, category?: string | null) =>
              family!.cells
                .filter((c) => (granularity === 'month' ? c.month === period : quarterOf(c.month) === period))
                .filter((c) => category === undefined || c.cats[j] === category)
                .reduce((s, c) => s + c.count, 0);
            view.rows.forEach((period, i) => {
              if (period > '2026-Q2' && granularity === 'quarter') return;
              if (granularity === 'month' && period > '2026-06') return;
              const check = (count: TrendsCount | undefined, category?: string | null) => {
                if (count?.kind !== 'value') return;
                expect(sum(period, category), `${JSON.stringify(input)} ${period} ${String(category)}`).toBe(count.value);
                compared += 1;
              };
              check(view.counts.rowTotals[i]);
              view.columns.forEach((c, k) => check(view.counts.cells[i]?.[k], c));
            });
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(500);

    // Unsuppressed: the small unit's four PHQ-9s are there, though Trends hides them (4 < k).
    const phq9 = p.families.find((f) => f.key === 'instrument:phq9')!;
    const unit = phq9.by.indexOf('unit');
    expect(phq9.cells.filter((c) => c.cats[unit] === SMALL).reduce((s, c) => s + c.count, 0)).toBe(4);
    expect(phq9.values).toEqual(['score']);
    const histogram = phq9.cells.flatMap((c) => c.values[0] ?? []).reduce((s, [, n]) => s + n, 0);
    expect(histogram).toBe(11);
    // Nothing about a person: no name, code, id, note or date of birth; no date but the bundle's own creation time.
    // The group's families: two sessions, six attendance lines (rate values 1, 1, 0 twice), moods, one leaving.
    const family = (key: string) => p.families.find((f) => f.key === key)!;
    expect(family('sessions').cells.map((c) => [c.month, c.cats, c.count])).toEqual([['2026-02', [BIG, 'anger-management'], 2]]);
    expect(family('attendance').values).toEqual(['rate']);
    expect(
      family('attendance')
        .cells.flatMap((c) => c.values[0]!)
        .reduce((m, [v, n]) => m.set(v, (m.get(v) ?? 0) + n), new Map()),
    ).toEqual(
      new Map([
        [0, 2],
        [1, 4],
      ]),
    );
    expect(family('mood').cells.reduce((s, c) => s + c.count, 0)).toBe(6);
    expect(family('retention').cells.map((c) => [c.month, c.cats.at(-1), c.count])).toEqual([['2026-03', 'droppedOut', 1]]);
    const text = JSON.stringify(p);
    for (const secret of w.secrets) expect(text).not.toContain(secret);
    expect(text.replace(p.createdAt, '')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('audits without figures, numbers bundles one after another, and a cancel or failure uses no number', async () => {
    await ready(w);
    w.save.answer = { saved: false };
    expect(ok(await w.tv.backend.invoke('bundles:export', { from: '2026-Q2', to: '2026-Q2' }))).toMatchObject({
      saved: false,
      sequence: null,
    });
    w.save.answer = new Error('EACCES: /media/usb/Клиент Тестовый');
    fails(await w.tv.backend.invoke('bundles:export', { from: '2026-Q2', to: '2026-Q2' }), 'EXPORT_FAILED');
    w.save.answer = { saved: true };
    expect(ok(await w.tv.backend.invoke('bundles:export', { from: '2026-Q2', to: '2026-Q2' })).sequence).toBe(1);
    expect(ok(await w.tv.backend.invoke('bundles:export', { from: '2026-Q1', to: '2026-Q3' })).sequence).toBe(2);
    expect(ok(await w.tv.backend.invoke('bundles:status', {})).lastSequence).toBe(2);
    expect(w.saved.map((s) => openBundle(s.bytes, w.supervisor.privateKey).payload.sequence)).toEqual([1, 2]);

    const exports = (await auditOf(w, 'bundle.export')).reverse();
    expect(exports.map((e) => [e.action, e.details.sequence])).toEqual([
      ['bundle.exportFailed', 1],
      ['bundle.exported', 1],
      ['bundle.exported', 2],
    ]);
    for (const e of exports) {
      expect(Object.keys(e.details).sort()).toEqual(['cells', 'families', 'from', 'sequence', 'supervisor', 'to']);
      expect(e.details.supervisor).toBe(fingerprintOf(w.supervisor.publicKey));
      expect(JSON.stringify(e.details)).not.toMatch(/Клиент|usb/);
    }
  });

  it('refuses quarters in the future, before the first year with records, reversed or more than forty', async () => {
    await ready(w);
    for (const input of [
      { from: '2026-Q3', to: '2026-Q4' },
      { from: '2025-Q4', to: '2026-Q1' },
      { from: '2026-Q2', to: '2026-Q1' },
      { from: '2026-Q5', to: '2026-Q5' },
    ]) {
      fails(await w.tv.backend.invoke('bundles:export', input), 'VALIDATION');
    }
    expect(w.saved).toEqual([]);
  });
});

describe('bundles: migration 0017', () => {
  it('gives a vault of schema 16 its own signing key pair at the upgrade', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kenes-mig17-'));
    try {
      const db = openEncryptedDatabase(join(dir, 'm.db'), Buffer.alloc(32, 7));
      migrate(
        db,
        MIGRATIONS.filter((m) => m.version < 17),
      );
      expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'facility_identity'").get()).toEqual({ n: 0 });
      migrate(db);
      const row = db.prepare('SELECT facility_id, public_key, private_key, last_sequence FROM facility_identity').get() as {
        facility_id: string;
        public_key: Buffer;
        private_key: Buffer;
        last_sequence: number;
      };
      expect(row.facility_id).toMatch(/^[0-9a-f-]{36}$/);
      expect(publicKeyOf('Ed25519', row.private_key).equals(row.public_key)).toBe(true);
      expect(row.last_sequence).toBe(0);
      expect(() =>
        db
          .prepare(
            "INSERT INTO facility_identity (id, facility_id, public_key, private_key, created_at) VALUES (2, 'x', x'00', x'00', 't')",
          )
          .run(),
      ).toThrow(/CHECK/);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function quarterOf(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}
