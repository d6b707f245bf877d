import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addClient } from './fixtures/clientSetup';
import { createDraft, signedPhq9 } from './fixtures/assessmentSetup';
import { PSYCHOLOGIST_PASSWORD, setUpWithPsychologist } from './fixtures/drawingSetup';
import { type TestVault, newVault, ok } from './helpers';

/**
 * Issue 13 §1: a signed questionnaire stores the language it was given in and whether that text
 * is the validated version; the client's language in client mode wins over the form's language.
 */
let tv: TestVault;
let clientId: string;
const invoke: TestVault['backend']['invoke'] = (channel, input) => tv.backend.invoke(channel, input);

beforeEach(async () => {
  tv = newVault();
  await setUpWithPsychologist(tv.backend);
  clientId = (await addClient(invoke, { sex: 'female' })).id;
});
afterEach(async () => tv?.dispose());

describe('the language of administration', () => {
  it('stores Kazakh, a working translation, when the client answered in Kazakh in client mode', async () => {
    const signed = await signedPhq9(invoke, clientId, PSYCHOLOGIST_PASSWORD);
    expect(signed.scores.administration).toEqual({ language: 'kk', textStatus: 'working' });
    // Read back as stored, and unchanged on a later read.
    expect(ok(await invoke('assessments:get', { id: signed.id })).scores.administration).toEqual({
      language: 'kk',
      textStatus: 'working',
    });
  });

  it('stores the form’s language when the psychologist entered the answers: Russian PHQ-9 is the validated text', async () => {
    const draft = await createDraft(invoke, clientId, 'phq9');
    const answers = Object.fromEntries(
      ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9'].map((id) => [id, { value: 0, source: 'entered' as const }]),
    );
    ok(
      await invoke('assessments:saveDraft', {
        id: draft.id,
        form: { ...draft.form, answers: { ...draft.form.answers, ...answers } },
        conclusion: 'No symptoms reported.',
      }),
    );
    const signed = ok(await invoke('assessments:sign', { id: draft.id, password: PSYCHOLOGIST_PASSWORD, formLanguage: 'ru' }));
    expect(signed.scores.administration).toEqual({ language: 'ru', textStatus: 'validated' });
  });

  it('passes the client’s recorded sex to the assessment view, for the gendered question forms', async () => {
    const draft = await createDraft(invoke, clientId, 'k10');
    expect(draft.client.sex).toBe('female');
  });
});
