import { afterEach, describe, expect, it } from 'vitest';
import type { BackendOptions } from '../../electron/backend/openBackend';
import { TRENDS_TEXT } from '../../common/trendsText';
import type { TrendsViewInput } from '../../electron/contract/trendsChannels';
import { signedPhq9 } from './fixtures/assessmentSetup';
import { addClient } from './fixtures/clientSetup';
import { PSYCHOLOGIST_PASSWORD, addAccount, setUpWithPsychologist, signInAs } from './fixtures/drawingSetup';
import { ADMIN, type TestVault, fails, newVault, ok } from './helpers';

/**
 * Issue 14 §1: CSV and PDF of a Trends view, built by the backend from the same suppressed table the screen gets,
 * saved through the save port, audited by table and dimensions only. On a real encrypted vault.
 */
const SUPERVISOR = { username: 'bolat', password: 'Reads-Only-Figures-2026!' };
const INPUT: TrendsViewInput = {
  measure: 'assessmentsSigned',
  instrumentId: 'phq9',
  granularity: 'quarter',
  year: 2026,
  by: 'unit',
};

type Saved = { name: string; bytes: Buffer };
let tv: TestVault;
afterEach(async () => tv?.dispose());

/** Six clients in one unit and three in another, one signed PHQ-9 each in the first quarter; the supervisor signed in. */
async function vault(ports: Partial<Pick<BackendOptions, 'saveFile' | 'renderPdf'>>): Promise<string[]> {
  tv = newVault(undefined, ports as Pick<BackendOptions, 'saveFile'>);
  tv.clock.t = Date.parse('2026-01-10T09:00:00.000Z');
  await setUpWithPsychologist(tv.backend);
  const secrets: string[] = [];
  for (let i = 0; i < 9; i++) {
    tv.clock.t = Date.parse(`2026-0${1 + (i % 3)}-1${i}T09:00:00.000Z`);
    const fullName = `Тестов Клиент ${i} Ерланұлы`;
    const c = await addClient(tv.backend.invoke, {
      fullName,
      unit: i < 6 ? 'Отряд 1' : 'Отряд 2',
      notes: `Свободный текст ${i}`,
    });
    secrets.push(fullName, c.code, c.code.replace('-', ''), `Свободный текст ${i}`, c.id);
    await signedPhq9(tv.backend.invoke, c.id, PSYCHOLOGIST_PASSWORD);
  }
  tv.clock.t = Date.parse('2026-05-20T09:00:00.000Z');
  await signInAs(tv.backend, ADMIN.username, ADMIN.password);
  await addAccount(tv.backend, SUPERVISOR.username, ['supervisor'], SUPERVISOR.password);
  return secrets;
}

function savingPort(answer: { saved: boolean } | Error = { saved: true }) {
  const saved: Saved[] = [];
  const saveFile: BackendOptions['saveFile'] = async (name, bytes) => {
    if (answer instanceof Error) throw answer;
    saved.push({ name, bytes });
    return answer;
  };
  return { saved, saveFile };
}

async function exportAudit() {
  await signInAs(tv.backend, ADMIN.username, ADMIN.password);
  const { entries } = ok(await tv.backend.invoke('audit:list', { limit: 200, offset: 0 }));
  return entries.filter((e) => e.action.startsWith('trends.export')).map((e) => [e.action, e.targetKind, e.details]);
}

describe('trends: CSV and PDF export', () => {
  it('saves the same suppressed table the screen shows, with "<5" and no name, code, id or free text', async () => {
    const { saved, saveFile } = savingPort();
    const secrets = await vault({ saveFile });
    const view = ok(await tv.backend.invoke('trends:view', INPUT));
    expect(ok(await tv.backend.invoke('trends:exportCsv', { ...INPUT, language: 'ru' }))).toEqual({ saved: true });

    expect(saved.map((s) => s.name)).toEqual(['trends-assessmentsSigned-phq9-2026-quarter-by-unit.csv']);
    const lines = saved[0]!.bytes
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .split('\r\n');
    const shown = (c: typeof view.counts.grandTotal) => (c.kind === 'value' ? String(c.value) : '<5');
    const words = TRENDS_TEXT.ru;
    const expected = [
      ...view.counts.cells.map((row, i) =>
        [words.quarter(i + 1, 2026), ...row.map(shown), shown(view.counts.rowTotals[i]!)].join(','),
      ),
      [words.yearTotal(2026), ...view.counts.columnTotals.map(shown), shown(view.counts.grandTotal)].join(','),
    ];
    const start = lines.findIndex((l) => l.startsWith(`${words.period},Отряд 1`));
    expect(lines.slice(start + 1, start + 1 + expected.length)).toEqual(expected);
    // The unit of three is hidden wherever it appears: never its count.
    expect(lines.join('\n')).toContain('<5');
    expect(lines.slice(start + 1, start + 1 + expected.length).join('\n')).not.toMatch(/(^|,)3(,|$)/m);
    const text = saved[0]!.bytes.toString('utf8');
    for (const secret of secrets) expect(text).not.toContain(secret);
  });

  it('renders the PDF from its own page, in the language asked for', async () => {
    const { saved, saveFile } = savingPort();
    const pages: string[] = [];
    const renderPdf: BackendOptions['renderPdf'] = async (html) => {
      pages.push(html);
      return Buffer.from('%PDF-1.7 test');
    };
    const secrets = await vault({ saveFile, renderPdf });
    expect(ok(await tv.backend.invoke('trends:exportPdf', { ...INPUT, language: 'kk' }))).toEqual({ saved: true });
    expect(saved.map((s) => s.name)).toEqual(['trends-assessmentsSigned-phq9-2026-quarter-by-unit.pdf']);
    expect(saved[0]!.bytes.toString()).toBe('%PDF-1.7 test');
    expect(pages[0]).toContain('<html lang="kk">');
    expect(pages[0]).toContain(TRENDS_TEXT.kk.yearTotal(2026));
    expect(pages[0]).toContain('&lt;5');
    for (const secret of secrets) expect(pages[0]).not.toContain(secret);
  });

  it('audits a saved or failed export by table and dimensions, and nothing when the person cancelled', async () => {
    const port = { answer: { saved: true } as { saved: boolean } | Error };
    await vault({
      saveFile: async () => {
        if (port.answer instanceof Error) throw port.answer;
        return port.answer;
      },
    });
    ok(await tv.backend.invoke('trends:exportCsv', { ...INPUT, language: 'en' }));
    port.answer = { saved: false };
    expect(ok(await tv.backend.invoke('trends:exportCsv', { ...INPUT, language: 'en' }))).toEqual({ saved: false });
    port.answer = new Error('disk full at /home/bolat/Тестов Клиент.csv');
    const error = fails(await tv.backend.invoke('trends:exportCsv', { ...INPUT, by: null, language: 'ru' }), 'EXPORT_FAILED');
    expect(JSON.stringify(error)).not.toContain('/home');
    const details = { measure: 'assessmentsSigned', instrumentId: 'phq9', granularity: 'quarter', year: 2026, k: 5 };
    expect(await exportAudit()).toEqual([
      ['trends.exportFailed', null, { ...details, format: 'csv', language: 'ru', by: 'none' }],
      ['trends.exported', null, { ...details, format: 'csv', language: 'en', by: 'unit' }],
    ]);
  });

  it('refuses without a save port, and refuses facilitators, who see no trends', async () => {
    await vault({});
    fails(await tv.backend.invoke('trends:exportCsv', { ...INPUT, language: 'en' }), 'EXPORT_UNAVAILABLE');
    fails(await tv.backend.invoke('trends:exportPdf', { ...INPUT, language: 'en' }), 'EXPORT_UNAVAILABLE');
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    await addAccount(tv.backend, 'dana', ['facilitator'], 'Runs-Groups-Only-2026!');
    fails(await tv.backend.invoke('trends:exportCsv', { ...INPUT, language: 'en' }), 'FORBIDDEN');
  });
});
