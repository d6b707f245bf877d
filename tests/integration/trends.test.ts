import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type PublishedCell, recoverableHiddenCells } from '../../electron/backend/services/trends/disclosure';
import { CHANNEL_NAMES, type ChannelName, type ChannelOutput } from '../../electron/contract/channels';
import type { TrendsCount, TrendsView, TrendsViewInput } from '../../electron/contract/trendsChannels';
import { createDraft, signedPhq9 } from './fixtures/assessmentSetup';
import { addClient } from './fixtures/clientSetup';
import { PSYCHOLOGIST_PASSWORD, addAccount, setUpWithPsychologist, signInAs } from './fixtures/drawingSetup';
import { ADMIN, PSYCHOLOGIST, type TestVault, fails, newVault, ok } from './helpers';

/**
 * Issue 14 §2: the Trends channels give a supervisor the programme's figures and nothing about a person, and a unit
 * with fewer than k clients stays hidden however the offered views are combined.
 */
const SUP = { username: 'bolat', password: 'Supervises-Quietly-2026!' };
const PSYFAC = { username: 'saule', password: 'Two-Hats-Kokshetau-2026!' };
const K = 5;
const BIG = 'Отряд 1';
const SMALL = 'Отряд 2';
const CONCLUSION = 'Mild depressive symptoms; follow-up in four weeks.';
const ACK_NOTE = 'Asked directly; no plan or intent.';

type Seeded = { tv: TestVault; names: string[]; codes: string[]; ids: Set<string>; people: Person[] };
/** What the test itself knows of each signed PHQ-9: when, and the client's attributes (no legal status, no group). */
type Person = { month: number; unit: string; sex: string; language: string; birth: string; band: string };

const at = (iso: string) => Date.parse(iso);

function ageBand(birth: string, date: string): string | null {
  let age = Number(date.slice(0, 4)) - Number(birth.slice(0, 4));
  if (date.slice(5) < birth.slice(5)) age -= 1;
  return age < 18 ? null : age <= 24 ? '18-24' : age <= 34 ? '25-34' : age <= 44 ? '35-44' : age <= 54 ? '45-54' : '55+';
}

async function seed(): Promise<Seeded> {
  const tv = newVault();
  tv.clock.t = at('2026-01-05T08:00:00.000Z');
  await setUpWithPsychologist(tv.backend);
  const names: string[] = [];
  const codes: string[] = [];
  const ids = new Set<string>();
  const people: Person[] = [];
  // Seven clients in the large unit, K−1 in the small one; each signs one PHQ-9 in January–April.
  const plan = [
    ...Array.from({ length: 7 }, (_, i) => ({ unit: BIG, i })),
    ...Array.from({ length: K - 1 }, (_, i) => ({ unit: SMALL, i: i + 7 })),
  ];
  for (const { unit, i } of plan) {
    const month = 1 + (i % 4);
    tv.clock.t = at(`2026-0${month}-1${i % 9}T09:00:00.000Z`);
    const sex = i % 3 === 0 ? 'female' : 'male';
    const language = i % 2 === 0 ? 'ru' : 'kk';
    const birth = `19${70 + i * 2}-06-1${i % 9}`;
    const fullName = `Клиент Тестовый ${i} Қайратұлы`;
    const c = await addClient(tv.backend.invoke, {
      fullName,
      unit,
      sex: sex as 'female' | 'male',
      language: language as 'ru' | 'kk',
      birthDate: birth,
      notes: `Заметка о клиенте ${i}`,
    });
    names.push(fullName);
    codes.push(c.code);
    ids.add(c.id);
    const answers = [i % 4, 1, 2, 1, 0, 1, (i >> 1) % 4, 0, i % 2];
    const a = await signedPhq9(tv.backend.invoke, c.id, PSYCHOLOGIST_PASSWORD, answers);
    ids.add(a.id);
    const total = answers.reduce((s, v) => s + v, 0);
    const band = total <= 4 ? '0-4' : total <= 9 ? '5-9' : total <= 14 ? '10-14' : total <= 19 ? '15-19' : '20-27';
    people.push({ month, unit, sex, language, birth, band });
  }
  // A draft with an item-9 answer: a raised, unacknowledged alert.
  const draftClient = await addClient(tv.backend.invoke, { fullName: 'Черновик Клиентович', unit: BIG });
  names.push('Черновик Клиентович');
  codes.push(draftClient.code);
  await createDraft(tv.backend.invoke, draftClient.id, 'phq9');

  // A group with three members, two sessions, moods, and one member leaving.
  await signInAs(tv.backend, ADMIN.username, ADMIN.password);
  const psyFac = await addAccount(tv.backend, PSYFAC.username, ['psychologist', 'facilitator'], PSYFAC.password);
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
      facilitatorIds: [psyFac],
    }),
  );
  ids.add(group.id);
  const members = [];
  for (const alias of ['Псевдоним Альфа', 'Псевдоним Бета', 'Псевдоним Гамма']) {
    const m = ok(
      await tv.backend.invoke('groups:registerMember', { groupId: group.id, alias, language: 'ru', joinedOn: '2026-02-02' }),
    );
    members.push(m);
    ids.add(m.id);
    names.push(alias);
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
        facilitatorIds: [psyFac],
      }),
    );
    ids.add(session.id);
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

  await signInAs(tv.backend, ADMIN.username, ADMIN.password);
  await addAccount(tv.backend, SUP.username, ['supervisor'], SUP.password);
  tv.clock.t = at('2026-11-20T10:00:00.000Z');
  return { tv, names, codes, ids, people };
}

/** Every view the area can show for the year: each measure, instrument, metric, granularity and `by`. */
function everyView(catalogue: ChannelOutput<'trends:catalogue'>, year: number): TrendsViewInput[] {
  const views: TrendsViewInput[] = [];
  for (const m of catalogue.measures) {
    const instruments = m.instruments.length ? m.instruments.map((i) => i.id) : [undefined];
    const metrics = m.metrics.length ? m.metrics : [undefined];
    for (const instrumentId of instruments)
      for (const metric of metrics)
        for (const granularity of ['month', 'quarter', 'year'] as const)
          for (const by of [null, ...m.by]) {
            views.push({
              measure: m.id,
              ...(instrumentId ? { instrumentId } : {}),
              ...(metric ? { metric } : {}),
              granularity,
              year,
              by,
            });
          }
  }
  return views;
}

/** Views the catalogue lists that the instrument itself does not offer (RCI outcome) are refused; keep the rest. */
async function viewsOf(tv: TestVault, inputs: TrendsViewInput[]): Promise<{ input: TrendsViewInput; view: TrendsView }[]> {
  const out = [];
  for (const input of inputs) {
    const r = await tv.backend.invoke('trends:view', input);
    if (!r.ok && r.error.code === 'VALIDATION' && input.by === 'outcome') continue;
    if (!r.ok) throw new Error(`${JSON.stringify(input)}: ${JSON.stringify(r.error)}`);
    out.push({ input, view: r.value });
  }
  return out;
}

describe('trends: nothing identifying through any channel', () => {
  let s: Seeded;
  beforeEach(async () => {
    s = await seed();
  }, 120_000);
  afterEach(async () => {
    await s.tv.dispose();
  });

  it('a supervisor sees the figures and no name, code, free text, id or exact date in any trends output', async () => {
    await signInAs(s.tv.backend, SUP.username, SUP.password);
    const catalogue = ok(await s.tv.backend.invoke('trends:catalogue', {}));
    expect(catalogue.k).toBe(K);
    expect(catalogue.years).toContain(2026);
    const views = await viewsOf(s.tv, everyView(catalogue, 2026));
    expect(views.length).toBeGreaterThan(200);

    const forbidden = [
      ...s.names,
      ...s.codes,
      CONCLUSION,
      ACK_NOTE.slice(0, 12),
      'секретн',
      'Заметка',
      ADMIN.fullName,
      `Test ${PSYCHOLOGIST.username}`,
    ];
    for (const text of [JSON.stringify(catalogue), ...views.map((v) => JSON.stringify(v.view))]) {
      for (const f of forbidden) expect(text).not.toContain(f);
      for (const id of s.ids) expect(text).not.toContain(id);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(text).not.toMatch(/[0-9a-f]{32}/);
    }

    // The figures are there: PHQ-9s signed in 2026 (11), the year's clients seen, the group's sessions.
    const phq = views.find(
      (v) => v.input.measure === 'assessmentsSigned' && v.input.instrumentId === 'phq9' && v.input.by === null,
    );
    expect(phq?.view.counts.grandTotal).toEqual({ kind: 'value', value: 7 + K - 1 });
    const sessions = views.find(
      (v) => v.input.measure === 'groupSessions' && v.input.granularity === 'year' && v.input.by === null,
    );
    // Two sessions: below k, so hidden — as "<k", never as 0.
    expect(sessions?.view.counts.grandTotal).toEqual({ kind: 'suppressed' });
    // The small unit (K−1 clients, one assessment each) is "<k" or 0 in every table of every measure that shows units.
    for (const { input, view } of views) {
      if (input.by !== 'unit') continue;
      const col = view.columns.indexOf(SMALL);
      if (col < 0) continue;
      for (const cell of [view.counts.columnTotals[col]!, ...view.counts.cells.map((row) => row[col]!)]) {
        expect(cell.kind === 'suppressed' || cell.value === 0).toBe(true);
      }
    }
    const seen = views.find((v) => v.input.measure === 'clientsSeen' && v.input.granularity === 'year' && v.input.by === 'unit');
    expect(seen?.view.counts.columnTotals[seen.view.columns.indexOf(SMALL)]).toEqual({ kind: 'suppressed' });
    // No suppressed figure is ever published as a number elsewhere: a statistic appears only over a published count ≥ k.
    for (const { view } of views) {
      if (!view.statistic) continue;
      const g = view.statistic.grid;
      const pairs: [TrendsCount, typeof g.grandTotal][] = [
        [view.counts.grandTotal, g.grandTotal],
        ...view.counts.rowTotals.map((c, i) => [c, g.rowTotals[i]!] as [TrendsCount, typeof g.grandTotal]),
      ];
      for (const [count, stat] of pairs) {
        if (stat.kind === 'stat') expect(count.kind === 'value' && count.value >= K).toBe(true);
      }
    }
  }, 120_000);

  it('every other channel a supervisor can call, with every id found, gives nothing about a client', async () => {
    await signInAs(s.tv.backend, SUP.username, SUP.password);
    const skip = new Set<string>(['auth:signOut', 'auth:lock', 'vault:setup', 'vault:recover', 'auth:signIn']);
    const found = new Set<string>([...s.ids]);
    const outputs: string[] = [];
    const keys = ['id', 'clientId', 'assessmentId', 'groupId', 'sessionId', 'memberId', 'drawingId', 'accountId'];
    for (const name of CHANNEL_NAMES as ChannelName[]) {
      if (skip.has(name)) continue;
      const inputs: Record<string, unknown>[] = [{}, { limit: 100, offset: 0 }];
      for (const id of found) for (const key of keys) inputs.push({ [key]: id });
      for (const input of inputs) {
        const r = await s.tv.backend.invoke(name, input as never);
        if (!r.ok) continue;
        const text = JSON.stringify(r.value);
        outputs.push(`${name} ${text}`);
        for (const m of text.matchAll(/[0-9a-f]{32}/g)) found.add(m[0]);
      }
    }
    for (const text of outputs) {
      for (const f of [...s.names, ...s.codes, CONCLUSION, 'секретн', 'Заметка']) expect(text).not.toContain(f);
    }
  }, 300_000);

  it('a unit with k−1 clients shows "<k" wherever it appears, and no combination of the offered views recovers it', async () => {
    await signInAs(s.tv.backend, SUP.username, SUP.password);
    const catalogue = ok(await s.tv.backend.invoke('trends:catalogue', {}));
    const phq9Views = everyView(catalogue, 2026).filter(
      (v) => v.instrumentId === 'phq9' && ['assessmentsSigned', 'questionnaireBands', 'questionnaireScores'].includes(v.measure),
    );
    const views = await viewsOf(s.tv, phq9Views);
    // Wherever the small unit appears, its figures are hidden or zero; its year total is hidden.
    for (const { input, view } of views) {
      if (input.by !== 'unit') continue;
      const col = view.columns.indexOf(SMALL);
      expect(col).toBeGreaterThanOrEqual(0);
      expect(view.counts.columnTotals[col]).toEqual({ kind: 'suppressed' });
      for (const row of view.counts.cells) {
        const cell = row[col]!;
        expect(cell.kind === 'suppressed' || cell.value === 0).toBe(true);
      }
      const stat = view.statistic?.grid.columnTotals[col];
      if (stat) expect(stat.kind).not.toBe('stat');
    }

    // The reader's equations, built by the test from its own knowledge of the records: each published figure is the
    // number of PHQ-9s whose month and attribute match the row and column. The audit must find the hidden ones
    // unrecoverable from all published figures of all offered views together.
    const micro = new Map<string, number>();
    const keyOf = (p: Person) => [p.month, p.unit, p.sex, p.language, ageBand(p.birth, `2026-0${p.month}-15`), p.band].join('|');
    for (const p of s.people) if (!micro.has(keyOf(p))) micro.set(keyOf(p), micro.size);
    const inRow = (row: string, month: number) =>
      /-Q/.test(row)
        ? Number(row.slice(-1)) === Math.ceil(month / 3)
        : /-\d{2}$/.test(row)
          ? Number(row.slice(5)) === month
          : true;
    const attr = (p: Person, by: string | null): string | null =>
      by === 'unit'
        ? p.unit
        : by === 'sex'
          ? p.sex
          : by === 'language'
            ? p.language
            : by === 'ageBand'
              ? ageBand(p.birth, `2026-0${p.month}-15`)
              : by === 'outcome'
                ? p.band
                : by === 'programmeType'
                  ? 'none'
                  : null;
    const cells = new Map<string, PublishedCell>();
    const hidden = new Set<string>();
    const addCell = (id: string, count: TrendsCount, pick: (p: Person) => boolean) => {
      const members = s.people.filter(pick);
      const ms = [...new Set(members.map((p) => micro.get(keyOf(p))!))];
      cells.set(id, { id, value: members.length, microcells: ms });
      if (count.kind === 'suppressed') hidden.add(id);
      else expect(count.value).toBe(members.length);
    };
    for (const { input, view } of views) {
      const by = input.by;
      view.rows.forEach((row, r) => {
        addCell(`${row}|*`, view.counts.rowTotals[r]!, (p) => inRow(row, p.month));
        view.columns.forEach((c, j) => {
          addCell(`${row}|${by}|${c}`, view.counts.cells[r]![j]!, (p) => inRow(row, p.month) && attr(p, by) === c);
        });
      });
      view.columns.forEach((c, j) => addCell(`2026|${by}|${c}`, view.counts.columnTotals[j]!, (p) => attr(p, by) === c));
    }
    expect(hidden.has(`2026|unit|${SMALL}`)).toBe(true);
    expect(recoverableHiddenCells([...cells.values()], hidden)).toEqual([]);
  }, 120_000);
});

describe('trends: the threshold k and the audit', () => {
  let tv: TestVault;
  beforeEach(async () => {
    tv = newVault();
    tv.clock.t = at('2026-04-01T08:00:00.000Z');
    await setUpWithPsychologist(tv.backend);
  });
  afterEach(async () => {
    await tv.dispose();
  });

  it('an admin may raise k but never set it below 5; others may not change it', async () => {
    fails(await tv.backend.invoke('trends:setK', { k: 11 }), 'FORBIDDEN');
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    fails(await tv.backend.invoke('trends:setK', { k: 4 }), 'VALIDATION');
    fails(await tv.backend.invoke('trends:setK', { k: 0 }), 'VALIDATION');
    expect(ok(await tv.backend.invoke('trends:catalogue', {})).k).toBe(5);
    expect(ok(await tv.backend.invoke('trends:setK', { k: 11 })).k).toBe(11);
    const view = ok(
      await tv.backend.invoke('trends:view', { measure: 'clientsSeen', granularity: 'year', year: 2026, by: null }),
    );
    expect(view.k).toBe(11);
  });

  it('audits every view with its table and dimensions, and nothing of its content', async () => {
    await signInAs(tv.backend, PSYCHOLOGIST.username, PSYCHOLOGIST_PASSWORD);
    const c = await addClient(tv.backend.invoke, { unit: SMALL });
    await signedPhq9(tv.backend.invoke, c.id, PSYCHOLOGIST_PASSWORD);
    ok(
      await tv.backend.invoke('trends:view', {
        measure: 'assessmentsSigned',
        instrumentId: 'phq9',
        granularity: 'quarter',
        year: 2026,
        by: 'unit',
      }),
    );
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    const log = ok(await tv.backend.invoke('audit:list', { action: 'trends.viewed', limit: 10, offset: 0 }));
    const entries = 'entries' in log ? (log.entries as unknown[]) : (log as unknown as unknown[]);
    expect(entries).toHaveLength(1);
    const text = JSON.stringify(entries);
    expect(text).toContain('assessmentsSigned');
    expect(text).toContain('"by":"unit"');
    expect(text).toContain('"granularity":"quarter"');
    expect(text).not.toContain(SMALL);
    expect(text).not.toContain(c.code);
  });

  it('refuses a measure without its instrument, and a dimension the measure does not offer', async () => {
    fails(
      await tv.backend.invoke('trends:view', { measure: 'questionnaireScores', granularity: 'year', year: 2026, by: null }),
      'VALIDATION',
    );
    fails(
      await tv.backend.invoke('trends:view', {
        measure: 'questionnaireScores',
        instrumentId: 'htp',
        granularity: 'year',
        year: 2026,
        by: null,
      }),
      'VALIDATION',
    );
    fails(
      await tv.backend.invoke('trends:view', { measure: 'groupSessions', granularity: 'year', year: 2026, by: 'sex' }),
      'VALIDATION',
    );
  });
});
