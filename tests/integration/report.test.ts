import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BackendOptions } from '../../electron/backend/openBackend';
import { getInstrument } from '../../assessments/instruments';
import type { Assessment } from '../../electron/contract/assessmentChannels';
import { fixturePicture } from '../fixtures/images/pictures';
import { CLIENT, addClient } from './fixtures/clientSetup';
import { createDraft, drawPage, signedHtp, signedPhq9 } from './fixtures/assessmentSetup';
import { PSYCHOLOGIST_PASSWORD, addAccount, b64, setUpWithPsychologist, signInAs } from './fixtures/drawingSetup';
import { openRawDb } from './fixtures/rawDb';
import { ADMIN, FACILITY, FAST_KDF, PSYCHOLOGIST, type TestVault, fails, newVault, ok } from './helpers';
import { pdfRawText } from './pdfRawText';
import { type PdfBrowser, launchPdfBrowser, pdfPages } from './reportChromium';

/**
 * The PDF report (issue 5, item 4) through `invoke`, rendered by real Chromium and read back with
 * poppler: what a person opening the saved file would read.
 */
let browser: PdfBrowser;
let tv: TestVault;
let recoveryKey: string;
let clientId: string;
let saved: { name: string; bytes: Buffer }[];
let renders: number;
const invoke: TestVault['backend']['invoke'] = (channel, input) => tv.backend.invoke(channel, input);

type Ports = Pick<BackendOptions, 'saveFile' | 'renderPdf'>;

/** A vault with the psychologist signed in, one registered client, and the given ports. */
async function vaultWith(ports: Partial<Ports> = {}): Promise<void> {
  saved = [];
  renders = 0;
  const all: Ports = {
    saveFile: async (name, bytes) => (saved.push({ name, bytes }), { saved: true, location: `/home/psy/${CLIENT.fullName}.pdf` }),
    renderPdf: async (html) => (renders++, browser.renderPdf(html)),
    ...ports,
  };
  // newVault passes its ports to openBackend as they are.
  tv = newVault(FAST_KDF, all);
  ({ recoveryKey } = await setUpWithPsychologist(tv.backend));
  clientId = (await addClient(invoke)).id;
}

async function auditOf(assessmentId: string): Promise<{ action: string; details: Record<string, unknown> }[]> {
  const db = await openRawDb(tv.dir, recoveryKey);
  try {
    const rows = db
      .prepare(`SELECT action, details FROM audit_log WHERE target_id = ? AND action LIKE 'assessment.export%' ORDER BY id`)
      .all(assessmentId) as { action: string; details: string }[];
    return rows.map((r) => ({ action: r.action, details: JSON.parse(r.details) as Record<string, unknown> }));
  } finally {
    db.close();
  }
}

/**
 * The text in drawing order, whitespace collapsed, so phrases that wrap or sit in columns can be found: the layout
 * mode interleaves the lines of cells that wrap side by side, and where they wrap depends on Chromium's fonts.
 */
const words = (pdf: Buffer) => pdfRawText(pdf);

beforeAll(async () => {
  browser = await launchPdfBrowser();
});
afterAll(async () => browser?.close());
afterEach(async () => tv?.dispose());

describe('the PDF report of an assessment', () => {
  it('refuses a draft, with nothing rendered, saved or audited', async () => {
    await vaultWith();
    const draft = await createDraft(invoke, clientId, 'htp');
    await drawPage(invoke, draft.id, 'house', PSYCHOLOGIST_PASSWORD);
    fails(await invoke('assessments:exportPdf', { assessmentId: draft.id, includeName: false }), 'RECORD_NOT_SIGNED');
    expect(renders).toBe(0);
    expect(saved).toEqual([]);
    expect(await auditOf(draft.id)).toEqual([]);
  });

  it('saves a signed assessment as an A4 PDF with the code but not the name, and audits the export', async () => {
    await vaultWith();
    const signed = await signedHtp(invoke, clientId, PSYCHOLOGIST_PASSWORD);
    expect(ok(await invoke('assessments:exportPdf', { assessmentId: signed.id, includeName: false, language: 'en' }))).toEqual({
      saved: true,
    });

    expect(saved).toHaveLength(1);
    const [{ name, bytes }] = saved as [{ name: string; bytes: Buffer }];
    // The suggested file name: the client's code, the instrument and the date; no name, no record id.
    const at = new Date(tv.clock.t);
    const date = `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
    expect(name).toBe(`${signed.client.code}_HTP_${date}.pdf`);
    expect(name).not.toContain(signed.id.slice(0, 8));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const text = words(bytes);
    expect(text).toContain(signed.client.code);
    expect(text).not.toContain('Сейітов');
    expect(text).toContain(FACILITY);
    expect(text).toContain(`${getInstrument('htp')!.name.en.text} (HTP)`);
    expect(text).toContain(`version ${signed.instrument.version}`);
    expect(text).toContain('Answer 1 about the house');
    expect(text).toContain('Drawings completed calmly');
    expect(text).toContain('Continue individual sessions once a month.');
    expect(text).toContain('Employment centre — Vocational training before release.');
    expect(text).toContain('Time before the first stroke');
    // The optional colour pages were not drawn: they are left out, not listed empty.
    expect(text).not.toContain('House (in colour)');
    expect(text).not.toContain('This page was not drawn');
    expect(text).toContain('not a basis for legal or risk decisions');
    expect(text).toContain(`Signed by Test ${PSYCHOLOGIST.username}`);
    // A4 at 100 dpi is 827 × 1170 pixels, every page.
    const pages = pdfPages(bytes, 100);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const png of pages) expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([827, 1170]);

    const audit = await auditOf(signed.id);
    expect(audit).toEqual([{ action: 'assessment.exported', details: { includeName: false, language: 'en' } }]);
    // Neither the code, the name nor the path reaches the log.
    const db = await openRawDb(tv.dir, recoveryKey);
    const log = JSON.stringify(db.prepare(`SELECT * FROM audit_log WHERE action LIKE 'assessment.export%'`).all());
    db.close();
    for (const secret of [signed.client.code, CLIENT.fullName ?? '', '/home/psy']) expect(log).not.toContain(secret);
  });

  it('prints the full name only when the psychologist chooses to, in the language asked for', async () => {
    await vaultWith();
    const signed = await signedHtp(invoke, clientId, PSYCHOLOGIST_PASSWORD);
    ok(await invoke('assessments:exportPdf', { assessmentId: signed.id, includeName: true, language: 'kk' }));
    const text = words(saved[0]!.bytes);
    expect(text).toContain(CLIENT.fullName);
    expect(text).toContain(signed.client.code);
    expect(text).toContain('Психологиялық тексеру туралы есеп');
    expect(text).toContain('Үй');
    expect(await auditOf(signed.id)).toEqual([{ action: 'assessment.exported', details: { includeName: true, language: 'kk' } }]);
  });

  it('shows the addenda after the signature, each with who added it and when', async () => {
    await vaultWith();
    const signed = await signedHtp(invoke, clientId, PSYCHOLOGIST_PASSWORD);
    tv.clock.t += 3 * 24 * 3600 * 1000;
    ok(
      await invoke('assessments:addAddendum', {
        id: signed.id,
        text: 'The client asked to add that he drew in a hurry.',
        password: PSYCHOLOGIST_PASSWORD,
      }),
    );
    ok(await invoke('assessments:exportPdf', { assessmentId: signed.id, includeName: false, language: 'en' }));
    const text = words(saved[0]!.bytes);
    expect(text).toContain('The client asked to add that he drew in a hurry.');
    const when = new Date(tv.clock.t);
    const date = `${String(when.getDate()).padStart(2, '0')}/${String(when.getMonth() + 1).padStart(2, '0')}/${when.getFullYear()}`;
    expect(text).toContain(`Added by Test ${PSYCHOLOGIST.username} on ${date}`);
    expect(text.indexOf('Signed on')).toBeLessThan(text.indexOf('The client asked to add'));
  });

  it('reports a questionnaire with its scores, bands and the safety alert’s note', async () => {
    await vaultWith();
    const signed: Assessment = await signedPhq9(invoke, clientId, PSYCHOLOGIST_PASSWORD, [1, 1, 2, 1, 0, 1, 1, 0, 1]);
    ok(await invoke('assessments:exportPdf', { assessmentId: signed.id, includeName: false, language: 'en' }));
    const text = words(saved[0]!.bytes);
    const total = Object.values(signed.scores.scales)[0]!;
    expect(text).toContain(`${total.value}`);
    expect(text).toContain(total.band!.label.en.text);
    expect(text).toContain('Safety procedure followed, duty officer informed.');
    expect(text).not.toContain('Drawing process');
  });

  it('says the process was not recorded for a drawing made on paper', async () => {
    await vaultWith();
    const draft = await createDraft(invoke, clientId, 'htp');
    await drawPage(invoke, draft.id, 'house', PSYCHOLOGIST_PASSWORD);
    await drawPage(invoke, draft.id, 'person', PSYCHOLOGIST_PASSWORD);
    const paper = ok(
      await invoke('drawings:importPaper', {
        orientation: 'portrait',
        mime: 'image/jpeg',
        image: b64(fixturePicture('page-portrait.jpg')),
        width: 420,
        height: 594,
      }),
    ).id;
    ok(await invoke('assessments:attachPaper', { id: draft.id, pageId: 'tree', drawingId: paper }));
    // Nothing observed on the form: every section stated "not assessed" (issue 12, item 3).
    const notAssessed = getInstrument('htp')!.sections.map((s) => s.id);
    ok(
      await invoke('assessments:saveDraft', {
        id: draft.id,
        conclusion: 'Tree drawn on paper during a power cut.',
        form: { answers: {}, acknowledgements: {}, notAssessed },
      }),
    );
    ok(await invoke('assessments:sign', { id: draft.id, password: PSYCHOLOGIST_PASSWORD }));
    ok(await invoke('assessments:exportPdf', { assessmentId: draft.id, includeName: false, language: 'en' }));
    expect(words(saved[0]!.bytes)).toContain('Not available: the drawing was made on paper, so the process was not recorded.');
  });

  it('records a report that could not be rendered or saved as a failed export, a cancelled one not at all, in the account’s language by default', async () => {
    let answer: 'cancel' | 'fail' = 'cancel';
    await vaultWith({
      saveFile: async () => {
        if (answer === 'fail') throw new Error('EACCES: /home/psy/Сейітов.pdf');
        return { saved: false };
      },
    });
    const signed = await signedHtp(invoke, clientId, PSYCHOLOGIST_PASSWORD);
    expect(ok(await invoke('assessments:exportPdf', { assessmentId: signed.id, includeName: false }))).toEqual({ saved: false });
    expect(await auditOf(signed.id)).toEqual([]);
    answer = 'fail';
    const error = fails(await invoke('assessments:exportPdf', { assessmentId: signed.id, includeName: true }), 'EXPORT_FAILED');
    expect(error.message).not.toContain('Сейітов');
    expect(await auditOf(signed.id)).toEqual([
      { action: 'assessment.exportFailed', details: { includeName: true, language: 'ru' } },
    ]);
  });

  it('fails with EXPORT_UNAVAILABLE when the app has no way to render PDFs', async () => {
    await vaultWith({ renderPdf: undefined });
    const signed = await signedHtp(invoke, clientId, PSYCHOLOGIST_PASSWORD);
    fails(await invoke('assessments:exportPdf', { assessmentId: signed.id, includeName: false }), 'EXPORT_UNAVAILABLE');
    expect(saved).toEqual([]);
  });

  it('is refused to facilitators, supervisors and admins, and for an unknown assessment', async () => {
    await vaultWith();
    const signed = await signedHtp(invoke, clientId, PSYCHOLOGIST_PASSWORD);
    fails(
      await invoke('assessments:exportPdf', { assessmentId: '0123456789abcdef0123456789abcdef', includeName: false }),
      'NOT_FOUND',
    );
    for (const [username, role] of [
      ['facilitator1', 'facilitator'],
      ['supervisor1', 'supervisor'],
    ] as const) {
      await signInAs(tv.backend, ADMIN.username, ADMIN.password);
      await addAccount(tv.backend, username, [role], 'Another-Long-Password-2026!');
      fails(await invoke('assessments:exportPdf', { assessmentId: signed.id, includeName: false }), 'FORBIDDEN');
    }
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    fails(await invoke('assessments:exportPdf', { assessmentId: signed.id, includeName: true }), 'FORBIDDEN');
    expect(renders).toBe(0);
    expect(await auditOf(signed.id)).toEqual([]);
  });
});
