import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName } from '../../electron/contract/channels';
import { FAST_KDF, type TestVault, fails, newVault, ok } from './helpers';
import { HEADER_LINES, employerLine, employersCsv } from './fixtures/directoryCsv';
import { PSYCHOLOGIST_PASSWORD, setUpWithPsychologist, signInAs } from './fixtures/drawingSetup';
import { openRawDb } from './fixtures/rawDb';

let tv: TestVault;
let recoveryKey: string;
let files: string;
/** What the open-file picker answers next: a path, or null for Cancel. */
let chosen: string | null = null;
const saved: { name: string; bytes: Buffer }[] = [];
const invoke = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => tv.backend.invoke(channel, input);

/** Writes a CSV file and makes it the picker's next answer. */
function choose(text: string | Buffer, name = 'list.csv'): void {
  chosen = join(files, name);
  writeFileSync(chosen, text);
}
const preview = async (defaultKind: ChannelInput<'directory:importPreview'>['defaultKind'] = 'employer') => {
  const p = ok(await invoke('directory:importPreview', { defaultKind }));
  if (!p) throw new Error('the picker was cancelled');
  return p;
};

beforeEach(async () => {
  files = mkdtempSync(join(tmpdir(), 'kenes-csv-'));
  saved.length = 0;
  tv = newVault(FAST_KDF, {
    pickFiles: async (request) => {
      expect(request).toEqual({ name: 'CSV', extensions: ['csv', 'txt'], multiple: false });
      return chosen === null ? null : [chosen];
    },
    saveFile: async (name, bytes) => {
      saved.push({ name, bytes });
      return { saved: true };
    },
  });
  ({ recoveryKey } = await setUpWithPsychologist(tv.backend));
});
afterEach(async () => {
  await tv?.dispose();
  rmSync(files, { recursive: true, force: true });
});

describe('importing a list of organisations from CSV (issue 17 §1)', () => {
  it('imports 1,000 lines, reporting each of the 20 bad ones by line, field and reason, and audits counts only', async () => {
    const { text, bad } = employersCsv(1000);
    choose(text);
    const p = await preview();
    expect(p).toMatchObject({ lines: 1000, newCount: 980, errorLines: 20, duplicates: [], ignoredHeaders: [] });
    expect(p.errors.map((e) => ({ line: e.line, field: e.field, reason: e.reason }))).toEqual(bad);
    // Nothing is written before the confirm.
    expect(ok(await invoke('directory:search', {})).total).toBe(0);

    expect(ok(await invoke('directory:importConfirm', { previewId: p.previewId, decisions: [] }))).toEqual({
      added: 980,
      merged: 0,
      skipped: 0,
    });
    const all = ok(await invoke('directory:search', { kind: 'employer', limit: 1 }));
    expect(all.total).toBe(980);
    const first = ok(await invoke('directory:search', { query: 'Нұр-1»' })).rows.find((r) => r.name === 'ТОО «Нұр-1»');
    expect(first).toMatchObject({
      city: 'Алматы',
      quotaPlaces: 0,
      wageMin: 120_000,
      acceptsConvictions: false,
      languages: ['kk', 'ru'],
    });

    const db = await openRawDb(tv.dir, recoveryKey);
    try {
      const rows = db.prepare(`SELECT details FROM audit_log WHERE action = 'directory.imported'`).all() as { details: string }[];
      expect(rows.map((r) => JSON.parse(r.details) as unknown)).toEqual([
        { lines: 1000, added: 980, merged: 0, skipped: 0, errorLines: 20 },
      ]);
    } finally {
      db.close();
    }
    // The preview is used up.
    fails(await invoke('directory:importConfirm', { previewId: p.previewId, decisions: [] }), 'NOT_FOUND');
  });

  it('reads the same list with Kazakh, Russian or English headers', async () => {
    const lines = [0, 1, 2].map(employerLine);
    const stored: unknown[] = [];
    for (const headers of ['kk', 'ru', 'en'] as const) {
      choose(`${HEADER_LINES[headers]}\n${lines.join('\n')}\n`, `${headers}.csv`);
      const p = await preview();
      expect(p.columns).toHaveLength(14);
      if (headers === 'kk') {
        expect(p.newCount).toBe(3);
        ok(await invoke('directory:importConfirm', { previewId: p.previewId, decisions: [] }));
        stored.push(ok(await invoke('directory:search', {})).rows);
      } else {
        // The same organisations: every line is a duplicate whose merge would change nothing.
        expect(p.newCount).toBe(0);
        expect(p.duplicates.map((d) => d.changes)).toEqual([[], [], []]);
      }
    }
  });

  it('offers each duplicate to merge, add or skip, and does what was chosen', async () => {
    choose(`${HEADER_LINES.ru}\n${[0, 1, 2, 3].map(employerLine).join('\n')}\n`);
    ok(await invoke('directory:importConfirm', { previewId: (await preview()).previewId, decisions: [] }));

    // A newer list: line 2 updates quota and wage, line 3 the same, line 4 the same again, line 5 is new.
    const newer = [0, 1, 2].map((i) => employerLine(i).replace(/;\d;(\d\d)\.10\.2026;/, ';9;$1.11.2026;'));
    choose(`${HEADER_LINES.ru}\n${[...newer, employerLine(4)].join('\n')}\n`);
    const p = await preview();
    expect(p.newCount).toBe(1);
    expect(p.duplicates.map((d) => [d.line, d.changes])).toEqual([
      [2, ['quotaPlaces', 'quotaUpdatedOn']],
      [3, ['quotaPlaces', 'quotaUpdatedOn']],
      [4, ['quotaPlaces', 'quotaUpdatedOn']],
    ]);
    fails(
      await invoke('directory:importConfirm', {
        previewId: p.previewId,
        decisions: [
          { line: 5, action: 'skip' },
          { line: 99, action: 'skip' },
        ],
      }),
      'VALIDATION',
    );
    const result = ok(
      await invoke('directory:importConfirm', {
        previewId: p.previewId,
        decisions: [
          { line: 3, action: 'add' },
          { line: 4, action: 'skip' },
        ],
      }),
    );
    expect(result).toEqual({ added: 2, merged: 1, skipped: 1 });
    const byName = async (name: string) =>
      ok(await invoke('directory:search', { query: name })).rows.filter((r) => r.name === name);
    expect((await byName('ТОО «Нұр-1»')).map((r) => [r.quotaPlaces, r.quotaUpdatedOn])).toEqual([[9, '2026-11-01']]);
    expect((await byName('ЖШС «Береке-2»')).map((r) => r.quotaPlaces).sort()).toEqual([1, 9]);
    expect((await byName('ИП «Алтын-3»')).map((r) => r.quotaPlaces)).toEqual([2]);
    expect(await byName('ТОО «Жетісу-5»')).toHaveLength(1);
  });

  it('exports what it imports in the chosen language, and the export reads back as duplicates that change nothing', async () => {
    choose(
      `${HEADER_LINES.kk}\n${[0, 1, 2, 3, 4, 5].map(employerLine).join('\n')}\nlegal-aid;«Адал» заң кеңсесі;Тараз;;;=1+1;ru;;;;;;;\n`,
    );
    ok(await invoke('directory:importConfirm', { previewId: (await preview()).previewId, decisions: [] }));
    tv.clock.t = Date.parse('2026-12-04T10:00:00Z');
    expect(ok(await invoke('directory:exportCsv', { filter: {}, language: 'kk' }))).toEqual({ saved: true, count: 7 });
    const file = saved[0]!;
    expect(file.name).toBe('directory-2026-12-04.csv');
    const text = file.bytes.toString('utf8');
    expect(text.startsWith('\uFEFFТүрі,Атауы,Мекенжайы,Қала,')).toBe(true);
    expect(text).toContain('Заң көмегі,«Адал» заң кеңсесі');
    expect(text).toContain("'=1+1");

    expect(ok(await invoke('directory:exportCsv', { filter: { kind: 'legal-aid' }, language: 'ru' })).count).toBe(1);
    expect(saved[1]!.bytes.toString('utf8')).toContain('Вид,Наименование,Адрес,Город');

    choose(file.bytes, 'export.csv');
    const back = await preview('other');
    expect(back).toMatchObject({ lines: 7, newCount: 0, errorLines: 0 });
    expect(back.duplicates.every((d) => d.changes.length === 0)).toBe(true);
  });

  it('says nothing happened when the picker is cancelled, and refuses files it cannot use', async () => {
    chosen = null;
    expect(ok(await invoke('directory:importPreview', { defaultKind: 'employer' }))).toBeNull();
    choose('Город;Телефон\nАлматы;1\n');
    expect(
      fails(await invoke('directory:importPreview', { defaultKind: 'employer' }), 'CSV_UNREADABLE').details?.reasons,
    ).toEqual(['noNameColumn']);
    choose(Buffer.alloc(5 * 1024 * 1024 + 1, 0x41), 'huge.csv');
    expect(
      fails(await invoke('directory:importPreview', { defaultKind: 'employer' }), 'CSV_UNREADABLE').details?.reasons,
    ).toEqual(['tooLarge']);
    chosen = join(files, 'missing.csv');
    expect(
      fails(await invoke('directory:importPreview', { defaultKind: 'employer' }), 'CSV_UNREADABLE').details?.reasons,
    ).toEqual(['notReadable']);
  });

  it('forgets a preview at lock: the file must be chosen again', async () => {
    choose(`${HEADER_LINES.en}\n${employerLine(0)}\n`);
    const p = await preview();
    ok(await invoke('auth:lock', {}));
    await signInAs(tv.backend, 'nurlan', PSYCHOLOGIST_PASSWORD);
    expect(
      fails(await invoke('directory:importConfirm', { previewId: p.previewId, decisions: [] }), 'NOT_FOUND').details?.reasons,
    ).toEqual(['importPreview']);
    expect(ok(await invoke('directory:search', {})).total).toBe(0);
  });
});
