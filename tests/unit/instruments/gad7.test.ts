import { describe, expect, it } from 'vitest';
import { InvalidAnswersError, score } from '../../../assessments/instruments';
import { answersSummingTo, instrument } from './helpers';

const gad7 = instrument('gad7');

describe('GAD-7 scoring', () => {
  it.each([
    [0, 'Minimal'],
    [4, 'Minimal'],
    [5, 'Mild'],
    [9, 'Mild'],
    [10, 'Moderate'],
    [14, 'Moderate'],
    [15, 'Severe'],
    [21, 'Severe'],
  ])('puts a total of %i in the band "%s"', (t, label) => {
    const result = score(gad7, answersSummingTo(t, 7, 0, 3)).scales.total;
    expect(result?.value).toBe(t);
    expect(result?.band?.label.en.text).toBe(label);
  });

  it('does not compute a total when an item is missing', () => {
    const answers: Record<string, number | null> = answersSummingTo(10, 7, 0, 3);
    answers.q7 = null;
    const result = score(gad7, answers);
    expect(result.scales.total?.value).toBeNull();
    expect(result.notes).toEqual([{ code: 'scaleNotComputed', scaleId: 'total', params: { missing: ['q7'], maxMissing: 0 } }]);
  });

  it('rejects an answer outside 0–3', () => {
    expect(() => score(gad7, { ...answersSummingTo(3, 7, 0, 3), q2: 5 })).toThrow(InvalidAnswersError);
  });

  it('has no safety flag', () => {
    expect(score(gad7, answersSummingTo(21, 7, 0, 3)).flags).toEqual([]);
  });
});
