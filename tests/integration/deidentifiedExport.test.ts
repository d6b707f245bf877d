import { afterEach, describe, expect, it } from 'vitest';
import type { SaveFilePort } from '../../electron/backend/services/context';
import { signedPhq9 } from './fixtures/assessmentSetup';
import { addClient } from './fixtures/clientSetup';
import { PSYCHOLOGIST_PASSWORD, addAccount, setUpWithPsychologist, signInAs } from './fixtures/drawingSetup';
import { ADMIN, PSYCHOLOGIST, type TestVault, fails, newVault, ok } from './helpers';

/**
 * Issue 14 §3: an admin exports one row per signed assessment or attendance mark, de-identified: pseudonyms, age
 * bands, quarters, no names, codes, free text or unit with fewer than k clients, and k-anonymous quasi-identifiers.
 */
const K = 5;
const BIG = 'Отряд 1';
const SMALL = 'Отряд 2';
const at = (iso: string) => Date.parse(iso);

type Saved = { name: string; text: string };
type Seeded = { tv: TestVault; saved: Saved[]; secrets: string[]; clientIds: string[]; signed: number };

let current: TestVault | undefined;
afterEach(async () => {
  await current?.dispose();
  current = undefined;
});

async function seed(answer: (name: string) => boolean = () => true): Promise<Seeded> {
  const saved: Saved[] = [];
  const port: SaveFilePort = async (name, bytes) => {
    if (!answer(name)) return { saved: false };
    saved.push({ name, text: bytes.toString('utf8') });
    return { saved: true, location: '/home/admin/export.csv' };
  };
  const tv = newVault(undefined, { saveFile: port });
  current = tv;
  tv.clock.t = at('2026-01-05T08:00:00.000Z');
  await setUpWithPsychologist(tv.backend);
  const secrets: string[] = [];
  const clientIds: string[] = [];
  // Nine clients in the large unit (the same sex, language and age band, so they can form classes of k), and
  // K−1 in the small one; each signs one PHQ-9 in the first half of the year, one born on a date that is in no band.
  const plan = [
    ...Array.from({ length: 9 }, (_, i) => ({ unit: BIG, i })),
    ...Array.from({ length: K - 1 }, (_, i) => ({ unit: SMALL, i: 9 + i })),
  ];
  let signed = 0;
  for (const { unit, i } of plan) {
    const month = 1 + (i % 6);
    tv.clock.t = at(`2026-0${month}-1${i % 9}T09:00:00.000Z`);
    const fullName = `Клиент Секретный ${i} Қайратұлы`;
    const birthDate = i === 3 ? '1948-02-29' : `19${90 - (i % 3)}-03-1${i % 9}`;
    const c = await addClient(tv.backend.invoke, {
      fullName,
      unit,
      sex: i === 4 ? 'female' : 'male',
      language: i % 5 === 0 ? 'kk' : 'ru',
      birthDate,
      notes: `Секретная заметка ${i}`,
      legalStatus: { status: 'pre-trial-detention', startDate: '2025-01-01', endDate: null },
    });
    secrets.push(fullName, c.code, c.id, `Секретная заметка ${i}`, birthDate, `2026-0${month}-1${i % 9}`);
    clientIds.push(c.id);
    await signedPhq9(tv.backend.invoke, c.id, PSYCHOLOGIST_PASSWORD, [i % 4, 1, 2, 1, 0, 1, 1, 0, 0]);
    signed++;
  }
  await signInAs(tv.backend, ADMIN.username, ADMIN.password);
  tv.clock.t = at('2026-11-20T10:00:00.000Z');
  return { tv, saved, secrets, clientIds, signed };
}

function parseCsv(text: string): { header: string[]; rows: string[][] } {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.slice(1).trimEnd().split('\r\n');
  const split = (line: string) => line.split(','); // the test data has no commas or quotes
  return { header: split(lines[0]!), rows: lines.slice(1).map(split) };
}

async function auditOf(tv: TestVault, action: 'deidentified.exported' | 'deidentified.exportFailed') {
  return ok(await tv.backend.invoke('audit:list', { action, limit: 50, offset: 0 })).entries;
}

describe('de-identified export', () => {
  it('writes one row per signed assessment with no name, code, note, id or date, and k-anonymous classes', async () => {
    const { tv, saved, secrets, signed } = await seed();
    const result = ok(
      await tv.backend.invoke('deidentified:export', {
        kind: 'assessments',
        year: 2026,
        pseudonyms: { mode: 'perExport' },
        dictionaryLanguage: 'ru',
      }),
    );
    expect(result.saved).toBe(true);
    expect(result.dictionarySaved).toBe(true);
    expect(saved.map((f) => f.name)).toEqual([
      'deidentified-assessments-2026-exported-2026-11-20.csv',
      'deidentified-assessments-2026-exported-2026-11-20-dictionary-ru.txt',
    ]);
    const csv = saved[0]!.text;
    for (const secret of [...secrets, SMALL]) expect(csv).not.toContain(secret);
    expect(csv).not.toMatch(/\d{4}-\d{2}-\d{2}/); // no exact date of any kind

    const { header, rows } = parseCsv(csv);
    expect(header).toEqual([
      'pseudonym',
      'quarter',
      'age_band',
      'sex',
      'unit',
      'legal_status',
      'language',
      'instrument',
      'instrument_kind',
      'score',
      'band',
    ]);
    expect(rows.length + result.summary.suppressedRows).toBe(signed);
    expect(result.summary.rows).toBe(rows.length);
    expect(result.summary.unitsMerged).toBe(1);
    // Five men of the large unit share every attribute and stay as they are; everyone else had to be coarsened.
    expect(rows.filter((r) => r.slice(2, 7).join('|') === `35-44|male|${BIG}|pre-trial-detention|ru`)).toHaveLength(5);
    expect(result.summary.generalisedRows + result.summary.suppressedRows).toBe(signed - 5);
    expect(result.summary.generalisedRows).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row[0]).toMatch(/^P[0-9a-f]{16}$/);
      expect(row[1]).toMatch(/^2026-Q[12]$/);
      expect(row[7]).toBe('phq9');
      expect(row[8]).toBe('questionnaire');
      expect(row[9]).toMatch(/^\d+$/);
    }
    // Every class of the quasi-identifiers holds at least k people.
    const classes = new Map<string, Set<string>>();
    for (const row of rows) {
      const key = row.slice(2, 7).join('|');
      classes.set(key, (classes.get(key) ?? new Set()).add(row[0]!));
    }
    for (const people of classes.values()) expect(people.size).toBeGreaterThanOrEqual(K);
    // The large unit is named; the small one appears only as withheld.
    expect(rows.some((r) => r[4] === BIG)).toBe(true);

    const dictionary = saved[1]!.text;
    expect(dictionary).toContain('Обезличенные данные: подписанные оценки');
    expect(dictionary).toContain(`Исключено строк: ${result.summary.suppressedRows}.`);
    expect(dictionary).toContain('pseudonym');

    const [entry] = await auditOf(tv, 'deidentified.exported');
    expect(entry?.details).toMatchObject({ kind: 'assessments', year: 2026, k: K, pseudonyms: 'perExport', rows: rows.length });
    for (const secret of secrets) expect(JSON.stringify(entry)).not.toContain(secret);
  });

  it('gives new pseudonyms in every export, and the same ones in stable exports, which need a stated reason', async () => {
    const { tv, saved } = await seed();
    const pseudonymsOf = (i: number) => new Set(parseCsv(saved[i]!.text).rows.map((r) => r[0]));
    const run = async (pseudonyms: { mode: 'perExport' } | { mode: 'stable'; reason: string }) =>
      ok(
        await tv.backend.invoke('deidentified:export', { kind: 'assessments', year: 2026, pseudonyms, dictionaryLanguage: 'kk' }),
      );
    await run({ mode: 'perExport' });
    await run({ mode: 'perExport' });
    expect([...pseudonymsOf(0)].some((p) => pseudonymsOf(2).has(p))).toBe(false);

    const reason = 'Programme evaluation 2026: following the same people across the year';
    await run({ mode: 'stable', reason });
    await run({ mode: 'stable', reason });
    expect(pseudonymsOf(4)).toEqual(pseudonymsOf(6));
    expect([...pseudonymsOf(4)].some((p) => pseudonymsOf(0).has(p))).toBe(false);
    expect(saved[5]!.text).toContain('Иесіздендірілген деректер');

    fails(
      await tv.backend.invoke('deidentified:export', {
        kind: 'assessments',
        year: 2026,
        pseudonyms: { mode: 'stable', reason: 'why' },
        dictionaryLanguage: 'en',
      }),
      'VALIDATION',
    );
    const entries = await auditOf(tv, 'deidentified.exported');
    expect(entries.filter((e) => e.details?.['pseudonyms'] === 'stable').map((e) => e.details?.['reason'])).toEqual([
      reason,
      reason,
    ]);
  });

  it('exports attendance marks without notes, and records nothing when the admin cancels', async () => {
    const { tv, saved, secrets } = await seed((name) => !name.includes('attendance') || saved.length > 0);
    const cancelled = ok(
      await tv.backend.invoke('deidentified:export', {
        kind: 'attendance',
        year: 2026,
        pseudonyms: { mode: 'perExport' },
        dictionaryLanguage: 'en',
      }),
    );
    expect(cancelled.saved).toBe(false);
    expect(await auditOf(tv, 'deidentified.exported')).toEqual([]);
    // No group was run: the file has its header only, and says so.
    await tv.backend.invoke('deidentified:export', {
      kind: 'assessments',
      year: 2026,
      pseudonyms: { mode: 'perExport' },
      dictionaryLanguage: 'en',
    });
    const again = ok(
      await tv.backend.invoke('deidentified:export', {
        kind: 'attendance',
        year: 2026,
        pseudonyms: { mode: 'perExport' },
        dictionaryLanguage: 'en',
      }),
    );
    expect(again.summary.rows).toBe(0);
    const file = saved.find((f) => f.name.startsWith('deidentified-attendance') && f.name.endsWith('.csv'))!;
    expect(parseCsv(file.text).header).toEqual([
      'pseudonym',
      'quarter',
      'age_band',
      'sex',
      'unit',
      'legal_status',
      'language',
      'programme_type',
      'attendance',
      'mood_before',
      'mood_after',
    ]);
    for (const secret of secrets) expect(file.text).not.toContain(secret);
  });

  it('is for admins only', async () => {
    const { tv } = await seed();
    await addAccount(tv.backend, 'bolat', ['supervisor'], 'Supervises-Quietly-2026!');
    for (const [username, password] of [
      [PSYCHOLOGIST.username, PSYCHOLOGIST_PASSWORD],
      ['bolat', 'Supervises-Quietly-2026!'],
    ] as const) {
      await signInAs(tv.backend, username, password);
      fails(await tv.backend.invoke('deidentified:options', {}), 'FORBIDDEN');
      fails(
        await tv.backend.invoke('deidentified:export', {
          kind: 'assessments',
          year: 2026,
          pseudonyms: { mode: 'perExport' },
          dictionaryLanguage: 'ru',
        }),
        'FORBIDDEN',
      );
    }
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    expect(ok(await tv.backend.invoke('deidentified:options', {}))).toEqual({ years: [2026], k: K });
    const dictionary = ok(await tv.backend.invoke('deidentified:dictionary', { kind: 'attendance', language: 'kk' }));
    expect(dictionary.columns.map((c) => c.column)).toContain('mood_after');
  });
});
