import { describe, expect, it } from 'vitest';
import { InvalidAnswersError, score } from '../../../assessments/instruments';
import { answersSummingTo, instrument } from './helpers';

const phq9 = instrument('phq9');
const total = (t: number, extra: Record<string, number | string> = {}) =>
  score(phq9, { ...answersSummingTo(t, 9, 0, 3), ...extra }).scales.total;

describe('PHQ-9 scoring', () => {
  it.each([
    [0, 'Minimal'],
    [4, 'Minimal'],
    [5, 'Mild'],
    [9, 'Mild'],
    [10, 'Moderate'],
    [14, 'Moderate'],
    [15, 'Moderately severe'],
    [19, 'Moderately severe'],
    [20, 'Severe'],
    [27, 'Severe'],
  ])('puts a total of %i in the band "%s"', (t, label) => {
    const result = total(t);
    expect(result?.value).toBe(t);
    expect(result?.band?.label.en.text).toBe(label);
  });

  it('does not compute a total when any item is missing, and says which in a note', () => {
    const answers: Record<string, number> = answersSummingTo(12, 9, 0, 3);
    delete answers.q4;
    const result = score(phq9, answers);
    expect(result.scales.total).toEqual({ value: null, band: null, missing: ['q4'], prorated: false });
    expect(result.notes).toEqual([{ code: 'scaleNotComputed', scaleId: 'total', params: { missing: ['q4'], maxMissing: 0 } }]);
  });

  it.each([1, 2, 3])('raises the item-9 safety alert, to be acknowledged, when item 9 is %i', (q9) => {
    const result = score(phq9, { ...answersSummingTo(0, 9, 0, 3), q9 });
    expect(result.flags).toEqual([
      expect.objectContaining({
        id: 'selfHarmThoughts',
        itemId: 'q9',
        answer: q9,
        severity: 'safety',
        requiresAcknowledgement: true,
      }),
    ]);
    expect(result.flags[0]?.message.ru.text.length).toBeGreaterThan(0);
  });

  it('raises no alert when item 9 is 0', () => {
    expect(score(phq9, answersSummingTo(0, 9, 0, 3)).flags).toEqual([]);
    expect(score(phq9, { ...answersSummingTo(24, 9, 0, 3), q9: 0 }).flags).toEqual([]);
  });

  it('raises the alert even when other items are missing and no total can be given', () => {
    const result = score(phq9, { q9: 2 });
    expect(result.scales.total?.value).toBeNull();
    expect(result.flags.map((f) => f.id)).toEqual(['selfHarmThoughts']);
  });

  it('records the difficulty question but never scores it', () => {
    const plain = total(11);
    for (const difficulty of ['notDifficult', 'somewhat', 'very', 'extremely']) expect(total(11, { difficulty })).toEqual(plain);
    expect(phq9.scales.every((s) => s.method === 'difference' || s.items.every((r) => r.itemId !== 'difficulty'))).toBe(true);
  });

  it.each([
    [{ q1: 4 }, 'notAnOption'],
    [{ q1: -1 }, 'notAnOption'],
    [{ q1: 1.5 }, 'notAnOption'],
    [{ q1: '2' }, 'wrongType'],
    [{ difficulty: 'unbearable' }, 'notAnOption'],
    [{ q11: 1 }, 'unknownItem'],
  ])('rejects %o with a typed error (%s) instead of scoring it', (bad, code) => {
    const run = () => score(phq9, { ...answersSummingTo(5, 9, 0, 3), ...bad });
    expect(run).toThrow(InvalidAnswersError);
    try {
      run();
    } catch (e) {
      expect((e as InvalidAnswersError).problems).toEqual([{ itemId: Object.keys(bad)[0], code }]);
    }
  });
});
