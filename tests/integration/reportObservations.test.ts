import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getInstrument } from '../../assessments/instruments';
import { observationRows } from '../../assessments/instruments/observationRows';
import type { BackendOptions } from '../../electron/backend/openBackend';
import { REPORT_TEXT } from '../../electron/backend/services/reports/reportText';
import { addClient } from './fixtures/clientSetup';
import { signedHtp } from './fixtures/assessmentSetup';
import { PSYCHOLOGIST_PASSWORD, setUpWithPsychologist } from './fixtures/drawingSetup';
import { FAST_KDF, type TestVault, newVault, ok } from './helpers';
import { type PdfBrowser, launchPdfBrowser, pdfText } from './reportChromium';

/**
 * Issue 12, item 3: a signed House-Tree-Person states only what was observed. A house with a door
 * and no windows, whose roof was not looked at: the PDF says «Дверь: есть», «Окна: нет» and
 * «Крыша: не оценивалось» — never "absent" for what was not assessed, never an item left out —
 * and it lists exactly the rows the signed view shows (both come from observationRows.ts).
 */
let browser: PdfBrowser;
let tv: TestVault;
let saved: Buffer[];
const invoke: TestVault['backend']['invoke'] = (channel, input) => tv.backend.invoke(channel, input);
const words = (pdf: Buffer) => pdfText(pdf).replace(/\s+/g, ' ');

beforeAll(async () => {
  browser = await launchPdfBrowser();
});
afterAll(async () => browser?.close());
afterEach(async () => tv?.dispose());

const htp = getInstrument('htp')!;
const label = (itemId: string, language: 'kk' | 'ru') =>
  htp.sections.flatMap((s) => s.items).find((i) => i.id === itemId)!.label[language].text;

describe('the observations of a signed HTP in its PDF', () => {
  it('shows present, absent and not assessed items as the signed record holds them, in Russian and Kazakh', async () => {
    saved = [];
    // newVault passes its ports to openBackend as they are (as report.test.ts does).
    const ports: Pick<BackendOptions, 'saveFile' | 'renderPdf'> = {
      saveFile: async (_name, bytes) => (saved.push(bytes), { saved: true }),
      renderPdf: async (html) => browser.renderPdf(html),
    };
    tv = newVault(FAST_KDF, ports);
    await setUpWithPsychologist(tv.backend);
    const client = await addClient(invoke);
    const signed = await signedHtp(invoke, client.id, PSYCHOLOGIST_PASSWORD, {
      answers: { house_door: true, house_windows: false, house_walls: true, tree_trunk: true, person_head: true },
    });
    // The house's content was partly answered and its rest stated "not assessed" before signing.
    expect(signed.form.notAssessed).toContain('house_content');
    expect(signed.form.answers.house_roof).toBeUndefined();

    for (const language of ['ru', 'kk'] as const) {
      ok(await invoke('assessments:exportPdf', { assessmentId: signed.id, includeName: false, language }));
      const text = words(saved.at(-1)!);
      const say = REPORT_TEXT[language];
      expect(text).toContain(`${label('house_door', language)}: ${say.present}`);
      expect(text).toContain(`${label('house_windows', language)}: ${say.absent}`);
      expect(text).toContain(`${label('house_roof', language)}: ${say.notAssessed}`);
      expect(text).not.toContain(`${label('house_roof', language)}: ${say.absent}`);
      // Every row the signed view shows is in the PDF, with the same state.
      const rows = observationRows(htp, signed.form, ['house', 'tree', 'person']).flatMap((s) => s.rows);
      expect(rows.length).toBeGreaterThan(50);
      // (Long labels wrap in the PDF's two columns; the short ones read as one phrase.)
      for (const row of rows.filter((r) => r.item.kind === 'indicator' && r.item.label[language].text.length < 20)) {
        const word = row.state === 'notAssessed' ? say.notAssessed : row.value === true ? say.present : say.absent;
        expect(text).toContain(`${row.item.label[language].text}: ${word}`);
      }
      // The chromatic phase was not drawn: its sections are in neither.
      expect(text).not.toContain(label('houseColour_colourCount', language));
    }
  });
});
