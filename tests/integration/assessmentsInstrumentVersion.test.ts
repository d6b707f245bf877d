import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Instrument } from '../../assessments/instruments';
import { addClient } from './fixtures/clientSetup';
import { PSYCHOLOGIST_PASSWORD, setUpWithPsychologist } from './fixtures/drawingSetup';
import { type TestVault, newVault, ok } from './helpers';

/**
 * The catalogue holds one definition per instrument. A test seam: `catalogue.next` stands in for an
 * updated definition shipped by a newer app, for the backend and the fixtures alike.
 */
const catalogue = vi.hoisted(() => ({ next: new Map<string, unknown>() }));
vi.mock('../../assessments/instruments', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../assessments/instruments')>();
  return {
    ...actual,
    getInstrument: (id: string) => (catalogue.next.get(id) as Instrument | undefined) ?? actual.getInstrument(id),
  };
});
const { getInstrument } = await import('../../assessments/instruments');

let tv: TestVault;
let clientId: string;
const invoke: TestVault['backend']['invoke'] = (channel, input) => tv.backend.invoke(channel, input);

beforeEach(async () => {
  catalogue.next.clear();
  tv = newVault();
  await setUpWithPsychologist(tv.backend);
  clientId = (await addClient(invoke, { consent: { givenOn: '2026-01-10', scope: ['assessment'], note: '' } })).id;
});
afterEach(async () => tv?.dispose());

/** PHQ-9 as a later version might define it: the same items, the "mild" band starting at 7 instead of 5. */
function phq9Version2(): Instrument {
  const v1 = getInstrument('phq9')!;
  const total = v1.scales.find((s) => s.id === 'total')!;
  const bands = total.bands.map((b) => (b.min === 0 ? { ...b, max: 6 } : b.min === 5 ? { ...b, min: 7 } : b));
  return { ...v1, version: '2.0.0', scales: v1.scales.map((s) => (s.id === 'total' ? { ...s, bands } : s)) };
}

describe('the instrument version of a signed result (issue 10, section 4)', () => {
  it('is the version that scored it, when the definition was updated between the draft and the signature', async () => {
    const v1 = getInstrument('phq9')!;
    const draft = ok(await invoke('assessments:create', { clientId, instrumentId: 'phq9' }));
    expect(draft.instrument.version).toBe(v1.version);
    // A newer definition arrives before the draft is completed.
    catalogue.next.set('phq9', phq9Version2());
    const answers = [1, 1, 1, 1, 1, 0, 0, 0, 0];
    let i = 0;
    const form = { ...draft.form, answers: { ...draft.form.answers } };
    for (const item of v1.sections.flatMap((s) => s.items)) {
      if (item.kind === 'response') form.answers[item.id] = { value: answers[i++] ?? 0, source: 'entered' };
    }
    ok(await invoke('assessments:saveDraft', { id: draft.id, form, conclusion: 'Minimal symptoms.' }));
    const signed = ok(await invoke('assessments:sign', { id: draft.id, password: PSYCHOLOGIST_PASSWORD }));
    // Total 5: "minimal" (0–6) under version 2, "mild" (5–9) under version 1. The result is version 2's, and says so.
    expect(signed.scores.scales.total?.value).toBe(5);
    expect(signed.scores.scales.total?.band).toMatchObject({ min: 0, max: 6 });
    expect(signed.scores.version).toBe('2.0.0');
    expect(signed.instrument.version).toBe('2.0.0');
    expect(ok(await invoke('assessments:listForClient', { clientId }))[0]).toMatchObject({ instrumentVersion: '2.0.0' });

    // Back to a catalogue with version 1 only: the signed result keeps the version and band it was signed with.
    catalogue.next.clear();
    const again = ok(await invoke('assessments:get', { id: draft.id }));
    expect(again.scores).toEqual(signed.scores);
    expect(again.instrument.version).toBe('2.0.0');
  });
});
