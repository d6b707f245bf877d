import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FormState, acknowledge, enterAnswer } from '../../assessments/instruments';
import type { BackendOptions } from '../../electron/backend/openBackend';
import { addClient } from './fixtures/clientSetup';
import { createDraft, instrument } from './fixtures/assessmentSetup';
import { PSYCHOLOGIST_PASSWORD, setUpWithPsychologist } from './fixtures/drawingSetup';
import { FAST_KDF, type TestVault, fails, newVault, ok } from './helpers';

/**
 * Issue 10: a client who pressed Next past PHQ-9 item 9 raised no alert and signing went ahead.
 * Now the blank item blocks signing until the psychologist records the answer after asking
 * directly, or writes a note that it was not answered; the note is kept with the signed record
 * and printed in the report.
 */
let tv: TestVault;
let clientId: string;
let reportHtml: string[];
const invoke: TestVault['backend']['invoke'] = (channel, input) => tv.backend.invoke(channel, input);
const NOTE = 'Asked directly; the client declined to answer. Duty officer informed <today>.';

beforeEach(async () => {
  reportHtml = [];
  const ports: Pick<BackendOptions, 'saveFile' | 'renderPdf'> = {
    saveFile: async () => ({ saved: true, location: '/home/psy/report.pdf' }),
    renderPdf: async (html) => (reportHtml.push(html), Buffer.from('%PDF-1.7\n')),
  };
  tv = newVault(FAST_KDF, ports);
  await setUpWithPsychologist(tv.backend);
  clientId = (await addClient(invoke)).id;
});
afterEach(async () => tv?.dispose());

/** The client answers every item but item 9 in client mode and presses Finished; the psychologist takes the screen back. */
async function clientSkipsItem9(): Promise<string> {
  const draft = await createDraft(invoke, clientId, 'phq9');
  ok(await invoke('clientMode:enter', { kind: 'questionnaire', assessmentId: draft.id, language: 'kk' }));
  for (const item of instrument('phq9').sections.flatMap((s) => s.items)) {
    if (item.id === 'q9') continue;
    const value = item.kind === 'response' ? 1 : item.kind === 'singleChoice' ? (item.options[0]?.value ?? null) : null;
    if (value !== null) ok(await invoke('assessments:clientAnswer', { id: draft.id, itemId: item.id, value }));
  }
  ok(await invoke('assessments:clientFinish', { id: draft.id }));
  ok(await invoke('clientMode:exit', { password: PSYCHOLOGIST_PASSWORD }));
  ok(await invoke('assessments:saveDraft', { id: draft.id, conclusion: 'Mild symptoms; follow-up in four weeks.' }));
  return draft.id;
}

describe('PHQ-9 item 9 left unanswered', () => {
  it('refuses to sign until the psychologist notes that it was not answered, and keeps the note in the signed record and the report', async () => {
    const id = await clientSkipsItem9();
    const draft = ok(await invoke('assessments:get', { id }));
    expect(draft.scores.flags).toEqual([expect.objectContaining({ id: 'selfHarmUnanswered', itemId: 'q9', answer: null })]);
    expect(draft.signingBlockers).toEqual([{ reason: 'unacknowledgedFlag', flagId: 'selfHarmUnanswered', itemId: 'q9' }]);
    const refused = fails(await invoke('assessments:sign', { id, password: PSYCHOLOGIST_PASSWORD }), 'ASSESSMENT_INCOMPLETE');
    expect(refused.details?.reasons).toEqual(['unacknowledgedFlag']);

    // A note of blanks is no note.
    ok(await invoke('assessments:saveDraft', { id, form: acknowledge(draft.form, 'selfHarmUnanswered', '   ') }));
    fails(await invoke('assessments:sign', { id, password: PSYCHOLOGIST_PASSWORD }), 'ASSESSMENT_INCOMPLETE');

    ok(await invoke('assessments:saveDraft', { id, form: acknowledge(draft.form, 'selfHarmUnanswered', NOTE) }));
    const signed = ok(await invoke('assessments:sign', { id, password: PSYCHOLOGIST_PASSWORD }));
    expect(signed.form.acknowledgements.selfHarmUnanswered).toBe(NOTE);
    expect(signed.scores.flags.map((f) => f.id)).toEqual(['selfHarmUnanswered']);

    expect(ok(await invoke('assessments:exportPdf', { assessmentId: id, includeName: false, language: 'ru' }))).toEqual({
      saved: true,
    });
    const html = reportHtml[0] ?? '';
    expect(html).toContain('Пункт 9 (мысли о смерти или самоповреждении) остался без ответа');
    expect(html).toContain('Asked directly; the client declined to answer. Duty officer informed &lt;today&gt;.');
  });

  it('signs once the psychologist records the answer after asking; an answer above zero then needs its own note', async () => {
    const id = await clientSkipsItem9();
    const { form } = ok(await invoke('assessments:get', { id }));
    const answered: FormState = enterAnswer(form, 'q9', 1);
    ok(await invoke('assessments:saveDraft', { id, form: answered }));
    expect(ok(await invoke('assessments:get', { id })).signingBlockers).toEqual([
      { reason: 'unacknowledgedFlag', flagId: 'selfHarmThoughts', itemId: 'q9' },
    ]);
    fails(await invoke('assessments:sign', { id, password: PSYCHOLOGIST_PASSWORD }), 'ASSESSMENT_INCOMPLETE');
    ok(
      await invoke('assessments:saveDraft', {
        id,
        form: acknowledge(answered, 'selfHarmThoughts', 'Asked directly: passive thoughts, no plan. Safety plan made.'),
      }),
    );
    const signed = ok(await invoke('assessments:sign', { id, password: PSYCHOLOGIST_PASSWORD }));
    expect(signed.form.answers.q9).toEqual({ value: 1, source: 'entered' });
  });

  it('lists a new, empty PHQ-9 draft without a safety alert, although its blank item 9 blocks signing', async () => {
    const draft = await createDraft(invoke, clientId, 'phq9');
    expect(ok(await invoke('assessments:get', { id: draft.id })).signingBlockers).toContainEqual({
      reason: 'unacknowledgedFlag',
      flagId: 'selfHarmUnanswered',
      itemId: 'q9',
    });
    const [summary] = ok(await invoke('assessments:listForClient', { clientId }));
    expect(summary?.flagIds).toEqual([]);
  });
});
