import { describe, expect, it } from 'vitest';
import { InvalidAnswersError, score } from '../../../assessments/instruments';
import { RSES_REVERSED } from '../../../assessments/instruments/definitions/rses';
import { instrument } from './helpers';

const rses = instrument('rses');
const POSITIVE = [1, 3, 4, 7, 10];

/** Answers giving `points` on every item once reversal is applied. */
function everyItemScoring(points: number): Record<string, number> {
  const answers: Record<string, number> = {};
  for (let i = 1; i <= 10; i++) answers[`q${i}`] = RSES_REVERSED.includes(i) ? 3 - points : points;
  return answers;
}

describe('Rosenberg Self-Esteem Scale scoring', () => {
  it('reverses items 2, 5, 6, 8 and 9 only', () => {
    const scale = rses.scales[0];
    expect(scale?.method === 'sum' && scale.items.filter((r) => r.reversed).map((r) => r.itemId)).toEqual([
      'q2',
      'q5',
      'q6',
      'q8',
      'q9',
    ]);
  });

  it('scores "strongly agree" 3 on a positive item and 0 on a reversed one', () => {
    const allStronglyAgree = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`q${i + 1}`, 3]));
    // 5 positive items × 3 + 5 reversed items × 0
    expect(score(rses, allStronglyAgree).scales.total?.value).toBe(15);
    const allStronglyDisagree = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`q${i + 1}`, 0]));
    expect(score(rses, allStronglyDisagree).scales.total?.value).toBe(15);
    expect(score(rses, everyItemScoring(3)).scales.total?.value).toBe(30);
    expect(score(rses, everyItemScoring(0)).scales.total?.value).toBe(0);
    expect(POSITIVE.length + RSES_REVERSED.length).toBe(10);
  });

  it.each([
    [0, 'Low (informal guide)'],
    [14, 'Low (informal guide)'],
    [15, 'Typical range (informal guide)'],
    [25, 'Typical range (informal guide)'],
  ])('labels a total of %i "%s", marked informal', (t, label) => {
    // Reach total t: every item at floor(t/10) points, the first t % 10 items one more.
    const answers: Record<string, number> = {};
    for (let i = 1; i <= 10; i++) {
      const points = Math.floor(t / 10) + (i <= t % 10 ? 1 : 0);
      answers[`q${i}`] = RSES_REVERSED.includes(i) ? 3 - points : points;
    }
    const result = score(rses, answers).scales.total;
    expect(result?.value).toBe(t);
    expect(result?.band?.label.en.text).toBe(label);
    expect(result?.band?.informal).toBe(true);
  });

  it.each([26, 30])('gives a total of %i no band: the scale has no official cut-offs and none is invented', (t) => {
    const answers: Record<string, number> = {};
    for (let i = 1; i <= 10; i++) {
      const points = Math.floor(t / 10) + (i <= t % 10 ? 1 : 0);
      answers[`q${i}`] = RSES_REVERSED.includes(i) ? 3 - points : points;
    }
    const result = score(rses, answers);
    expect(result.scales.total?.value).toBe(t);
    expect(result.scales.total?.band).toBeNull();
    // "No band" is a declared range, not an error: no valueOutsideBands note.
    expect(result.notes).toEqual([]);
  });

  it('gives no total with a missing item', () => {
    const answers: Record<string, number> = everyItemScoring(2);
    delete answers.q5;
    expect(score(rses, answers).scales.total).toEqual({ value: null, band: null, missing: ['q5'], prorated: false });
  });

  it('rejects an answer outside 0–3', () => {
    expect(() => score(rses, { ...everyItemScoring(2), q3: 4 })).toThrow(InvalidAnswersError);
  });
});
