import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeEvents } from '../../assessments/drawing/encoding';
import { blankFormState, getInstrument } from '../../assessments/instruments';
import { makePng } from '../fixtures/images/pictures';
import { line } from '../unit/drawing/builders';
import { addClient } from './fixtures/clientSetup';
import {
  CONCLUSION,
  createDraft,
  drawPage,
  formToSign,
  formWithSuggestionsAccepted,
  inquiryFor,
  signedHtp,
  signedPhq9,
} from './fixtures/assessmentSetup';
import { PSYCHOLOGIST_PASSWORD, SCREEN, b64, setUpWithPsychologist } from './fixtures/drawingSetup';
import { openRawDb } from './fixtures/rawDb';
import { type TestVault, fails, newVault, ok } from './helpers';

let tv: TestVault;
let recoveryKey: string;
let clientId: string;
const invoke: TestVault['backend']['invoke'] = (channel, input) => tv.backend.invoke(channel, input);

beforeEach(async () => {
  tv = newVault();
  ({ recoveryKey } = await setUpWithPsychologist(tv.backend));
  clientId = (await addClient(invoke)).id;
});
afterEach(async () => tv?.dispose());

/** The sections a blank HTP leaves open once its three required pages are asked about. */
const OPEN_HTP_SECTIONS = [
  'house_formal',
  'house_content',
  'tree_formal',
  'tree_content',
  'person_formal',
  'person_content',
  'global',
];

describe('the House-Tree-Person workflow', () => {
  it('goes from a draft through client-mode drawings, inquiry, form and conclusion to a signature', async () => {
    const draft = await createDraft(invoke, clientId, 'htp');
    expect(draft).toMatchObject({
      status: 'draft',
      instrument: { id: 'htp', version: getInstrument('htp')?.version, kind: 'drawing' },
      // The client's preferred language comes with the assessment: the workflow need not open the client's record.
      client: { id: clientId, language: 'kk' },
      signature: null,
      addenda: [],
    });
    expect(draft.client.code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(draft.pages.map((p) => p.pageId)).toEqual(['house', 'tree', 'person', 'houseColour', 'treeColour', 'personColour']);
    expect(draft.signingBlockers.filter((b) => b.reason !== 'itemsOpen')).toEqual([
      { reason: 'drawingMissing', pageId: 'house' },
      { reason: 'drawingMissing', pageId: 'tree' },
      { reason: 'drawingMissing', pageId: 'person' },
      { reason: 'conclusionEmpty' },
    ]);
    // A blank form answers nothing: every section of the required pages is open (issue 12, item 3).
    expect(draft.signingBlockers.filter((b) => b.reason === 'itemsOpen').map((b) => b.sectionId)).toEqual(OPEN_HTP_SECTIONS);

    const houseId = await drawPage(invoke, draft.id, 'house', PSYCHOLOGIST_PASSWORD);
    const house = ok(await invoke('drawings:get', { id: houseId }));
    // The house page is landscape in the definition, whatever the screen.
    expect(house).toMatchObject({
      orientation: 'landscape',
      status: 'finished',
      instrumentId: 'htp',
      pageId: 'house',
      eventCount: 5,
    });
    await drawPage(invoke, draft.id, 'tree', PSYCHOLOGIST_PASSWORD);
    // A page drawn again: the new drawing is the page's, the first one is kept.
    const firstPerson = await drawPage(invoke, draft.id, 'person', PSYCHOLOGIST_PASSWORD);
    const person = await drawPage(invoke, draft.id, 'person', PSYCHOLOGIST_PASSWORD);
    const drawn = ok(await invoke('assessments:get', { id: draft.id }));
    expect(drawn.pages.find((p) => p.pageId === 'person')).toMatchObject({
      drawing: { id: person },
      replacedDrawingIds: [firstPerson],
    });
    expect(drawn.signingBlockers.map((b) => b.sectionId ?? b.reason)).toEqual([...OPEN_HTP_SECTIONS, 'conclusionEmpty']);

    const form = formToSign(getInstrument('htp')!, await formWithSuggestionsAccepted(invoke, drawn), ['house', 'tree', 'person']);
    const accepted = Object.values(form.answers).filter((a) => a.source === 'suggestion-accepted');
    expect(accepted.length).toBeGreaterThan(0);
    const saved = ok(
      await invoke('assessments:saveDraft', {
        id: draft.id,
        form,
        inquiry: inquiryFor(drawn),
        conclusion: CONCLUSION,
        recommendations: 'Individual sessions monthly.',
        referrals: [
          { kind: 'legal-aid', note: 'Appeal pending.' },
          { kind: 'probation-officer', note: '' },
        ],
      }),
    );
    expect(saved.signingBlockers).toEqual([]);

    // Resumed later: everything is there as saved.
    const resumed = ok(await invoke('assessments:get', { id: draft.id }));
    expect(resumed.form).toEqual(form);
    expect(resumed.inquiry.house?.house_q_whose).toBe('Answer 1 about the house');
    expect(resumed.referrals.map((r) => r.kind)).toEqual(['legal-aid', 'probation-officer']);

    const wrong = fails(await invoke('assessments:sign', { id: draft.id, password: 'not-my-password' }), 'INVALID_CREDENTIALS');
    expect(wrong.details?.retryAfterMs).toBe(1000);
    fails(await invoke('assessments:sign', { id: draft.id, password: PSYCHOLOGIST_PASSWORD }), 'THROTTLED');
    tv.clock.t += 1000;
    const signed = ok(await invoke('assessments:sign', { id: draft.id, password: PSYCHOLOGIST_PASSWORD }));
    expect(signed.status).toBe('signed');
    expect(signed.signature).toEqual({
      by: { id: draft.createdBy, fullName: 'Test nurlan' },
      at: new Date(tv.clock.t).toISOString(),
    });
    expect(signed.scores).toMatchObject({ instrumentId: 'htp', version: draft.instrument.version });
    expect(signed.signingBlockers).toEqual([]);
  });

  it('refuses to sign until every required page has a finished drawing and the conclusion is written', async () => {
    const draft = await createDraft(invoke, clientId, 'htp');
    await drawPage(invoke, draft.id, 'house', PSYCHOLOGIST_PASSWORD);
    await drawPage(invoke, draft.id, 'tree', PSYCHOLOGIST_PASSWORD);
    // The person is started but not finished.
    ok(await invoke('assessments:startDrawing', { id: draft.id, pageId: 'person', screen: SCREEN }));
    const error = fails(
      await invoke('assessments:sign', { id: draft.id, password: PSYCHOLOGIST_PASSWORD }),
      'ASSESSMENT_INCOMPLETE',
    );
    expect(error.details?.reasons).toEqual(['drawingInProgress', 'itemsOpen', 'conclusionEmpty']);
    expect(ok(await invoke('assessments:get', { id: draft.id })).status).toBe('draft');
  });

  it('keeps a signed assessment, its drawings and their annotations read-only through every channel', async () => {
    const signed = await signedHtp(invoke, clientId, PSYCHOLOGIST_PASSWORD);
    const houseId = signed.pages[0]?.drawing?.id ?? '';
    const db = await openRawDb(tv.dir, recoveryKey);
    const snapshot = () =>
      JSON.stringify(db.prepare('SELECT * FROM assessments').all()) +
      JSON.stringify(db.prepare(`SELECT id, status, updated_at FROM drawings`).all());
    const before = snapshot();

    fails(await invoke('assessments:saveDraft', { id: signed.id, conclusion: 'changed' }), 'RECORD_SIGNED');
    fails(await invoke('assessments:sign', { id: signed.id, password: PSYCHOLOGIST_PASSWORD }), 'RECORD_SIGNED');
    fails(await invoke('assessments:startDrawing', { id: signed.id, pageId: 'houseColour', screen: SCREEN }), 'RECORD_SIGNED');
    fails(await invoke('assessments:discard', { id: signed.id }), 'RECORD_SIGNED');
    fails(
      await invoke('annotations:add', { drawingId: houseId, kind: 'note', x: 10, y: 10, text: 'after signing' }),
      'RECORD_SIGNED',
    );
    const stroke = line(10, 10, 20, 20, { t0: 9000, durationMs: 100 });
    fails(
      await invoke('drawings:append', { id: houseId, chunk: b64(encodeEvents([stroke])), pendingTail: null }),
      'RECORD_SIGNED',
    );
    fails(await invoke('drawings:resume', { id: houseId }), 'RECORD_SIGNED');
    fails(await invoke('drawings:finish', { id: houseId, finishedT: 9999 }), 'RECORD_SIGNED');
    expect(snapshot()).toBe(before);

    // Not even SQL through the app's own connection changes it: the triggers refuse.
    expect(() => db.prepare(`UPDATE assessments SET conclusion = 'x' WHERE id = ?`).run(signed.id)).toThrow(/read-only/);
    expect(() => db.prepare('DELETE FROM assessments WHERE id = ?').run(signed.id)).toThrow(/read-only/);
    expect(() => db.prepare(`UPDATE drawings SET finished_t = 1 WHERE id = ?`).run(houseId)).toThrow(/read-only/);
    expect(() => db.prepare("INSERT INTO drawing_chunks (drawing_id, seq, bytes) VALUES (?, 99, x'00')").run(houseId)).toThrow(
      /read-only/,
    );
    expect(() =>
      db
        .prepare(
          `INSERT INTO drawing_annotations (id, drawing_id, created_by, created_at, updated_at, kind, x, y, text)
           VALUES ('0123456789abcdef0123456789abcdef', ?, ?, '2026-01-01', '2026-01-01', 'pin', 1, 1, '')`,
        )
        .run(houseId, signed.createdBy),
    ).toThrow(/read-only/);
    db.close();
  });

  it('adds signed, dated addenda to a signed assessment and never to a draft', async () => {
    const draft = await createDraft(invoke, clientId, 'htp');
    fails(
      await invoke('assessments:addAddendum', { id: draft.id, text: 'Too early.', password: PSYCHOLOGIST_PASSWORD }),
      'RECORD_NOT_SIGNED',
    );
    const signed = await signedHtp(invoke, clientId, PSYCHOLOGIST_PASSWORD);
    fails(
      await invoke('assessments:addAddendum', { id: signed.id, text: 'Correction.', password: 'wrong' }),
      'INVALID_CREDENTIALS',
    );
    tv.clock.t += 60_000;
    const withAddendum = ok(
      await invoke('assessments:addAddendum', {
        id: signed.id,
        text: '  The tree was drawn second, not first.  ',
        password: PSYCHOLOGIST_PASSWORD,
      }),
    );
    expect(withAddendum.addenda).toEqual([
      {
        id: expect.any(String),
        text: 'The tree was drawn second, not first.',
        by: { id: signed.createdBy, fullName: 'Test nurlan' },
        at: new Date(tv.clock.t).toISOString(),
      },
    ]);
    // The original is shown unchanged beside it.
    expect(withAddendum.conclusion).toBe(signed.conclusion);
    expect(withAddendum.signature).toEqual(signed.signature);
    fails(await invoke('assessments:addAddendum', { id: signed.id, text: '   ', password: PSYCHOLOGIST_PASSWORD }), 'VALIDATION');
  });

  it('lists the client’s assessments with totals, drawings for thumbnails and addenda counts, leaving out discarded drafts', async () => {
    const htp = await signedHtp(invoke, clientId, PSYCHOLOGIST_PASSWORD);
    tv.clock.t += 1000;
    const discarded = await createDraft(invoke, clientId, 'kfd');
    ok(await invoke('assessments:discard', { id: discarded.id }));
    fails(await invoke('assessments:saveDraft', { id: discarded.id, conclusion: 'x' }), 'ASSESSMENT_DISCARDED');
    tv.clock.t += 1000;
    const phq = await createDraft(invoke, clientId, 'phq9');
    const form = {
      ...phq.form,
      answers: Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`q${i + 1}`, { value: 2, source: 'entered' as const }])),
    };
    ok(await invoke('assessments:saveDraft', { id: phq.id, form }));
    ok(await invoke('assessments:addAddendum', { id: htp.id, text: 'Note.', password: PSYCHOLOGIST_PASSWORD }));

    const list = ok(await invoke('assessments:listForClient', { clientId }));
    expect(list.map((a) => [a.id, a.status])).toEqual([
      [phq.id, 'draft'],
      [htp.id, 'signed'],
    ]);
    // 9 × 2 = 18: "moderately severe" (15–19), live from the draft; item 9 = 2 raises the safety flag.
    const phqTotal = getInstrument('phq9')!.scales.find((s) => s.id === 'total')!;
    expect(list[0]).toMatchObject({
      kind: 'questionnaire',
      totals: [{ scaleId: 'total', value: 18, band: phqTotal.bands[3] }],
      flagIds: ['selfHarmThoughts'],
      drawings: [],
    });
    expect(list[1]).toMatchObject({ kind: 'drawing', signedAt: htp.signature?.at, addendumCount: 1 });
    expect(list[1]?.drawings.map((d) => [d.pageId, d.drawingId, d.finished])).toEqual(
      htp.pages.filter((p) => p.drawing).map((p) => [p.pageId, p.drawing?.id, true]),
    );
    fails(await invoke('assessments:listForClient', { clientId: '0'.repeat(32) }), 'NOT_FOUND');
  });

  it('names a signed result’s band with the copy stored at signing, not by looking it up in the definition', async () => {
    const signed = await signedPhq9(invoke, clientId, PSYCHOLOGIST_PASSWORD, [3, 3, 3, 3, 3, 3, 3, 3, 1]);
    const stored = signed.scores.scales.total?.band;
    expect(stored).toMatchObject({ min: 20, max: 27 });
    const [summary] = ok(await invoke('assessments:listForClient', { clientId }));
    // The whole band (cut-offs and names in three languages) travels with the total, as signed.
    expect(summary?.totals).toEqual([{ scaleId: 'total', value: 25, band: stored }]);
  });

  it('attaches a paper scan to a page only when it fits the page, is not used elsewhere and the draft is not signed', async () => {
    const draft = await createDraft(invoke, clientId, 'htp');
    const digital = ok(await invoke('drawings:create', { orientation: 'landscape', screen: SCREEN, practice: true })).id;
    const refused = fails(
      await invoke('assessments:attachPaper', { id: draft.id, pageId: 'house', drawingId: digital }),
      'INSTRUMENT_MISMATCH',
    );
    expect(refused.details?.reasons).toEqual(['notPaper']);
    fails(
      await invoke('assessments:attachPaper', { id: draft.id, pageId: 'nowhere', drawingId: digital }),
      'INSTRUMENT_MISMATCH',
    );
    const phq = await createDraft(invoke, clientId, 'phq9');
    fails(await invoke('assessments:startDrawing', { id: phq.id, pageId: 'house', screen: SCREEN }), 'INSTRUMENT_MISMATCH');

    // A4 portrait at 2 px/mm: fits the tree page (portrait), not the house page (landscape).
    const scan = async () =>
      ok(
        await invoke('drawings:importPaper', {
          orientation: 'portrait',
          mime: 'image/png',
          image: b64(makePng({ width: 420, height: 594, colourType: 2 })),
          width: 420,
          height: 594,
        }),
      ).id;
    const paper = await scan();
    expect(
      fails(await invoke('assessments:attachPaper', { id: draft.id, pageId: 'house', drawingId: paper }), 'INSTRUMENT_MISMATCH')
        .details?.reasons,
    ).toEqual(['orientation']);
    const tree = ok(await invoke('assessments:attachPaper', { id: draft.id, pageId: 'tree', drawingId: paper }));
    expect(tree).toMatchObject({
      pageId: 'tree',
      drawing: { id: paper, medium: 'paper', status: 'finished', instrumentId: 'htp', pageId: 'tree' },
      replacedDrawingIds: [],
    });
    // A scan is one page of one assessment.
    const other = await createDraft(invoke, clientId, 'htp');
    expect(
      fails(await invoke('assessments:attachPaper', { id: other.id, pageId: 'tree', drawingId: paper }), 'INSTRUMENT_MISMATCH')
        .details?.reasons,
    ).toEqual(['linked']);

    // Once signed, no scan is attached any more.
    await drawPage(invoke, draft.id, 'house', PSYCHOLOGIST_PASSWORD);
    await drawPage(invoke, draft.id, 'person', PSYCHOLOGIST_PASSWORD);
    const form = formToSign(getInstrument('htp')!, blankFormState(getInstrument('htp')!), ['house', 'tree', 'person']);
    ok(await invoke('assessments:saveDraft', { id: draft.id, form, conclusion: CONCLUSION }));
    const signed = ok(await invoke('assessments:sign', { id: draft.id, password: PSYCHOLOGIST_PASSWORD }));
    expect(signed.pages.find((p) => p.pageId === 'tree')?.drawing?.id).toBe(paper);
    fails(
      await invoke('assessments:attachPaper', { id: draft.id, pageId: 'treeColour', drawingId: await scan() }),
      'RECORD_SIGNED',
    );
  });
});
