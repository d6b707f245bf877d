import { describe, expect, it } from 'vitest';
import {
  FormStateSchema,
  type Suggestion,
  acceptSuggestion,
  acknowledge,
  blankFormState,
  enterAnswer,
  formStatus,
  keepAnswer,
  plainAnswers,
  suggestionDecided,
} from '../../../assessments/instruments';
import { answersSummingTo, instrument } from './helpers';

const suggestion = (itemId: string, value: Suggestion['value']): Suggestion => ({
  itemId,
  pageId: 'animal',
  metric: 'erasures',
  metricValue: 2,
  value,
  rationale: {
    kk: { text: 'test', status: 'working' },
    ru: { text: 'test', status: 'working' },
    en: { text: 'test', status: 'working' },
  },
});

describe('recorded answers', () => {
  const nea = instrument('nonExistentAnimal');

  it('starts with nothing answered — an indicator is "not assessed", never "absent" — and nothing decided', () => {
    const state = blankFormState(instrument('dapr'));
    expect(state.answers).toEqual({});
    expect(state.answers.stress_clouds).toBeUndefined();
    expect(suggestionDecided(state, 'stress_clouds')).toBe(false);
  });

  it('records an accepted suggestion with its value', () => {
    const s = suggestion('eraserUsed', true);
    const state = acceptSuggestion(blankFormState(nea), s);
    expect(state.answers.eraserUsed).toEqual({ value: true, source: 'suggestion-accepted', suggested: true });
  });

  it('records an override: the chosen value and the suggestion it replaced', () => {
    const s = suggestion('position', 'upper');
    const state = enterAnswer(blankFormState(nea), 'position', 'lower', [s]);
    expect(state.answers.position).toEqual({ value: 'lower', source: 'suggestion-overridden', suggested: 'upper' });
    expect(suggestionDecided(state, 'position')).toBe(true);
  });

  it('counts choosing the suggested value by hand as accepting it', () => {
    const state = enterAnswer(blankFormState(nea), 'position', 'upper', [suggestion('position', 'upper')]);
    expect(state.answers.position?.source).toBe('suggestion-accepted');
  });

  it('marks an answer entered when no suggestion is offered for the item, and removes a cleared one', () => {
    let state = enterAnswer(blankFormState(nea), 'position', 'middle', [suggestion('other', 'x')]);
    expect(state.answers.position).toEqual({ value: 'middle', source: 'entered' });
    state = enterAnswer(state, 'position', null);
    expect(state.answers.position).toBeUndefined();
  });

  it('keeps the answer on the form against a suggestion as an override, and keeps nothing when nothing was answered', () => {
    const s = suggestion('eraserUsed', true);
    const blank = blankFormState(nea);
    const absent = enterAnswer(blank, 'eraserUsed', false);
    const kept = keepAnswer(absent, s);
    expect(kept.answers.eraserUsed).toEqual({ value: false, source: 'suggestion-overridden', suggested: true });
    expect(keepAnswer(blank, s)).toEqual(blank);
  });

  it('round-trips through its schema and gives the engine plain values', () => {
    const state = acceptSuggestion(blankFormState(nea), suggestion('eraserUsed', true));
    expect(FormStateSchema.parse(state)).toEqual(state);
    expect(plainAnswers(state.answers).eraserUsed).toBe(true);
  });
});

describe('formStatus', () => {
  const phq9 = instrument('phq9');
  const filled = (total: number, q9 = 0) => {
    const answers = { ...answersSummingTo(total - q9, 8, 0, 3), q9 };
    let state = blankFormState(phq9);
    for (const [id, value] of Object.entries(answers)) state = enterAnswer(state, id, value);
    return state;
  };

  it('scores live and may be signed without flags', () => {
    const status = formStatus(phq9, filled(10));
    expect(status.result.scales.total?.value).toBe(10);
    expect(status.result.scales.total?.band?.label.en.text).toBe('Moderate');
    expect(status.canSign).toBe(true);
  });

  it('may not be signed until the item-9 safety alert is acknowledged with a note', () => {
    const state = filled(12, 1);
    expect(formStatus(phq9, state)).toMatchObject({ canSign: false, unacknowledged: [{ id: 'selfHarmThoughts' }] });
    expect(formStatus(phq9, acknowledge(state, 'selfHarmThoughts', '   ')).canSign).toBe(false);
    expect(formStatus(phq9, acknowledge(state, 'selfHarmThoughts', 'Asked directly; safety plan made.')).canSign).toBe(true);
  });

  it('leaves an answer that does not fit out of the scores and blocks signing', () => {
    const state = enterAnswer(filled(10), 'q1', 7);
    const status = formStatus(phq9, state);
    expect(status.problems).toEqual([{ itemId: 'q1', code: 'notAnOption' }]);
    expect(status.result.scales.total?.value).toBeNull();
    expect(status.canSign).toBe(false);
  });
});
