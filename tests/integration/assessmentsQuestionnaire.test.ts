import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acknowledge } from '../../assessments/instruments';
import { CLIENT, addClient } from './fixtures/clientSetup';
import { createDraft, signedPhq9 } from './fixtures/assessmentSetup';
import { PSYCHOLOGIST_PASSWORD, setUpWithPsychologist } from './fixtures/drawingSetup';
import { type TestVault, fails, newVault, ok } from './helpers';

let tv: TestVault;
let clientId: string;
const invoke: TestVault['backend']['invoke'] = (channel, input) => tv.backend.invoke(channel, input);

beforeEach(async () => {
  tv = newVault();
  await setUpWithPsychologist(tv.backend);
  clientId = (await addClient(invoke)).id;
});
afterEach(async () => tv?.dispose());

describe('a questionnaire in client mode', () => {
  it('shows the client only the instrument, the language and their own answers, and nothing that identifies anyone', async () => {
    const client = ok(await invoke('clients:get', { clientId }));
    const draft = await createDraft(invoke, clientId, 'phq9');
    expect(ok(await invoke('clientMode:enter', { kind: 'questionnaire', assessmentId: draft.id, language: 'kk' }))).toEqual({
      kind: 'questionnaire',
      assessmentId: draft.id,
    });
    expect(ok(await invoke('vault:status', {})).clientMode).toEqual({ kind: 'questionnaire', assessmentId: draft.id });

    ok(await invoke('assessments:clientAnswer', { id: draft.id, itemId: 'q1', value: 2 }));
    const view = ok(await invoke('assessments:clientAnswer', { id: draft.id, itemId: 'q2', value: 1 }));
    expect(view).toEqual({
      assessmentId: draft.id,
      instrumentId: 'phq9',
      instrumentVersion: draft.instrument.version,
      language: 'kk',
      // Issue 13 §8: the recorded sex picks the form of gendered Russian questions; it names no one.
      clientSex: 'male',
      answers: { q1: 2, q2: 1 },
      finished: false,
    });
    const text = JSON.stringify(ok(await invoke('assessments:clientView', { id: draft.id })));
    for (const identifying of [client.code, CLIENT.fullName, CLIENT.birthDate, client.id, 'Test nurlan', 'nurlan']) {
      expect(text).not.toContain(identifying);
    }
    // Answers are checked against the item.
    fails(await invoke('assessments:clientAnswer', { id: draft.id, itemId: 'q3', value: 7 }), 'VALIDATION');
    fails(await invoke('assessments:clientAnswer', { id: draft.id, itemId: 'nope', value: 1 }), 'INSTRUMENT_MISMATCH');
    // A cleared answer is no longer the client's.
    expect(ok(await invoke('assessments:clientAnswer', { id: draft.id, itemId: 'q1', value: null })).answers).toEqual({ q2: 1 });
  });

  it('lets the client touch only their own questionnaire, and nothing else, until the psychologist’s password', async () => {
    const other = await createDraft(invoke, clientId, 'gad7');
    const draft = await createDraft(invoke, clientId, 'phq9');
    ok(await invoke('clientMode:enter', { kind: 'questionnaire', assessmentId: draft.id, language: 'ru' }));
    for (const [channel, input] of [
      ['assessments:clientView', { id: other.id }],
      ['assessments:clientAnswer', { id: other.id, itemId: 'q1', value: 1 }],
      ['assessments:get', { id: draft.id }],
      ['assessments:saveDraft', { id: draft.id, conclusion: 'x' }],
      ['assessments:sign', { id: draft.id, password: PSYCHOLOGIST_PASSWORD }],
      ['assessments:listForClient', { clientId }],
      ['clients:get', { clientId }],
    ] as const) {
      const error = fails(await tv.backend.invokeRaw(channel, input), 'FORBIDDEN');
      expect(error.details?.reasons, channel).toEqual(['clientMode']);
    }
    ok(await invoke('assessments:clientAnswer', { id: draft.id, itemId: 'q1', value: 1 }));
    const finished = ok(await invoke('assessments:clientFinish', { id: draft.id }));
    expect(finished.finished).toBe(true);
    fails(await invoke('assessments:clientAnswer', { id: draft.id, itemId: 'q2', value: 1 }), 'QUESTIONNAIRE_FINISHED');
    ok(await invoke('clientMode:exit', { password: PSYCHOLOGIST_PASSWORD }));

    // Outside client mode the client channels answer nothing: the psychologist's entries are not the client's.
    fails(await invoke('assessments:clientAnswer', { id: draft.id, itemId: 'q2', value: 1 }), 'CLIENT_MODE');
    const stored = ok(await invoke('assessments:get', { id: draft.id }));
    expect(stored).toMatchObject({ clientLanguage: 'ru', clientAnsweredItemIds: ['q1'], clientFinishedAt: expect.any(String) });
    expect(stored.form.answers.q1).toEqual({ value: 1, source: 'entered' });
    // Drawing protocols go to the client page by page with clientMode:enter instead.
    const htp = await createDraft(invoke, clientId, 'htp');
    fails(
      await invoke('clientMode:enter', { kind: 'questionnaire', assessmentId: htp.id, language: 'kk' }),
      'INSTRUMENT_MISMATCH',
    );
  });
});

describe('the PHQ-9 item-9 safety alert', () => {
  it('blocks signing while item 9 is above zero until the alert is acknowledged with a note', async () => {
    const draft = await createDraft(invoke, clientId, 'phq9');
    const answers = Object.fromEntries(
      Array.from({ length: 9 }, (_, i) => [`q${i + 1}`, { value: i === 8 ? 1 : 0, source: 'entered' as const }]),
    );
    const saved = ok(
      await invoke('assessments:saveDraft', { id: draft.id, form: { ...draft.form, answers }, conclusion: 'Minimal symptoms.' }),
    );
    expect(saved.scores.flags.map((f) => f.id)).toEqual(['selfHarmThoughts']);
    expect(saved.signingBlockers).toEqual([{ reason: 'unacknowledgedFlag', flagId: 'selfHarmThoughts', itemId: 'q9' }]);
    const refused = fails(
      await invoke('assessments:sign', { id: draft.id, password: PSYCHOLOGIST_PASSWORD }),
      'ASSESSMENT_INCOMPLETE',
    );
    expect(refused.details?.reasons).toEqual(['unacknowledgedFlag']);

    // A blank note is no acknowledgement.
    const blank = acknowledge({ answers, acknowledgements: {} }, 'selfHarmThoughts', '   ');
    expect(ok(await invoke('assessments:saveDraft', { id: draft.id, form: blank })).signingBlockers).toHaveLength(1);
    const noted = acknowledge(
      { answers, acknowledgements: {} },
      'selfHarmThoughts',
      'Asked directly: passive thoughts, no plan. Duty officer informed.',
    );
    expect(ok(await invoke('assessments:saveDraft', { id: draft.id, form: noted })).signingBlockers).toEqual([]);
    const signed = ok(await invoke('assessments:sign', { id: draft.id, password: PSYCHOLOGIST_PASSWORD }));
    expect(signed.scores.flags.map((f) => f.id)).toEqual(['selfHarmThoughts']);
    expect(signed.form.acknowledgements.selfHarmThoughts).toContain('Duty officer');
  });

  it('stores the scores with the instrument version at signing', async () => {
    const signed = await signedPhq9(invoke, clientId, PSYCHOLOGIST_PASSWORD, [3, 3, 3, 3, 3, 3, 3, 3, 1]);
    expect(signed.scores.instrumentId).toBe('phq9');
    expect(signed.scores.version).toBe(signed.instrument.version);
    expect(signed.scores.scales.total?.value).toBe(25);
    expect(signed.scores.scales.total?.band?.min).toBe(20);
    const [summary] = ok(await invoke('assessments:listForClient', { clientId }));
    expect(summary).toMatchObject({
      status: 'signed',
      totals: [{ scaleId: 'total', value: 25, band: signed.scores.scales.total?.band }],
      flagIds: ['selfHarmThoughts'],
    });
  });
});
