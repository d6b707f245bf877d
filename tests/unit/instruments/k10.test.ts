import { describe, expect, it } from 'vitest';
import { InvalidAnswersError, score } from '../../../assessments/instruments';
import { answersSummingTo, instrument } from './helpers';

const k10 = instrument('k10');

describe('K10 scoring', () => {
  it.each([
    [10, 'Low distress'],
    [15, 'Low distress'],
    [16, 'Moderate distress'],
    [21, 'Moderate distress'],
    [22, 'High distress'],
    [29, 'High distress'],
    [30, 'Very high distress'],
    [50, 'Very high distress'],
  ])('puts a total of %i in the band "%s"', (t, label) => {
    const result = score(k10, answersSummingTo(t, 10, 1, 5)).scales.total;
    expect(result?.value).toBe(t);
    expect(result?.band?.label.en.text).toBe(label);
  });

  it('scores skipped items 3 and 6 as 1 when items 2 and 5 were "none of the time", and notes it', () => {
    const answers: Record<string, number> = { q1: 3, q2: 1, q4: 2, q5: 1, q7: 4, q8: 2, q9: 3, q10: 2 };
    const result = score(k10, answers);
    expect(result.scales.total).toEqual({
      value: 3 + 1 + 1 + 2 + 1 + 1 + 4 + 2 + 3 + 2,
      band: expect.objectContaining({ min: 16 }),
      missing: [],
      prorated: false,
    });
    expect(result.notes).toEqual([
      { code: 'skipRuleApplied', itemId: 'q3', params: { whenItemId: 'q2', scoredAs: 1 } },
      { code: 'skipRuleApplied', itemId: 'q6', params: { whenItemId: 'q5', scoredAs: 1 } },
    ]);
  });

  it('treats item 3 as missing when item 2 was not "none of the time"', () => {
    const answers: Record<string, number> = answersSummingTo(25, 10, 1, 5);
    answers.q2 = 2;
    delete answers.q3;
    const result = score(k10, answers);
    expect(result.scales.total?.value).toBeNull();
    expect(result.scales.total?.missing).toEqual(['q3']);
    expect(result.notes.map((n) => n.code)).toEqual(['scaleNotComputed']);
  });

  it('keeps an answer given to item 3 even after "none of the time" on item 2', () => {
    const answers = { ...answersSummingTo(10, 10, 1, 5), q3: 4 };
    const result = score(k10, answers);
    expect(result.scales.total?.value).toBe(13);
    expect(result.notes).toEqual([]);
  });

  it('rejects answers outside 1–5', () => {
    expect(() => score(k10, { ...answersSummingTo(10, 10, 1, 5), q1: 0 })).toThrow(InvalidAnswersError);
    expect(() => score(k10, { ...answersSummingTo(10, 10, 1, 5), q10: 6 })).toThrow(InvalidAnswersError);
  });
});
