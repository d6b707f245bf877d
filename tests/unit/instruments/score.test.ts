import { describe, expect, it } from 'vitest';
import {
  InvalidAnswersError,
  loadInstrument,
  score,
  ScoredResultSchema,
  validateAnswers,
  type InstrumentInput,
} from '../../../assessments/instruments';
import { answersSummingTo, instrument } from './helpers';
import { ownWordingSources } from '../../../assessments/instruments/definitions/text';

const OWN_WORDING = ownWordingSources('a test fixture');

const t = (s: string) =>
  ({ kk: { text: s, status: 'working' }, ru: { text: s, status: 'working' }, en: { text: s, status: 'working' } }) as const;

/** A synthetic instrument exercising what the real ones do not: prorating, means, weights. */
const synthetic = loadInstrument({
  id: 'synthetic',
  version: '2.1.0',
  kind: 'questionnaire',
  code: 'SYN',
  name: t('Synthetic'),
  instructions: t('Answer'),
  sources: [{ citation: 'Test' }],
  wordingSources: OWN_WORDING,
  licence: { kind: 'publicDomain', note: t('Free') },
  sections: [
    {
      id: 's',
      title: t('S'),
      items: [1, 2, 3, 4].map((n) => ({
        id: `r${n}`,
        kind: 'rating',
        label: t(`R${n}`),
        min: 1,
        max: 5,
        anchors: [
          { value: 1, label: t('1') },
          { value: 5, label: t('5') },
        ],
      })),
    },
    {
      id: 'extra',
      title: t('Extra'),
      items: [
        { id: 'hours', kind: 'number', label: t('Hours'), min: 0, max: 24, integer: false },
        {
          id: 'tags',
          kind: 'multipleChoice',
          label: t('Tags'),
          options: [
            { value: 'a', label: t('A') },
            { value: 'b', label: t('B') },
          ],
        },
      ],
    },
  ],
  scales: [
    {
      id: 'prorated',
      name: t('P'),
      method: 'sum',
      items: [1, 2, 3, 4].map((n) => ({ itemId: `r${n}` })),
      missing: { prorate: { maxMissing: 1 } },
    },
    {
      id: 'mean',
      name: t('M'),
      method: 'mean',
      items: [1, 2, 3, 4].map((n) => ({ itemId: `r${n}` })),
      missing: { prorate: { maxMissing: 2 } },
    },
    {
      id: 'weighted',
      name: t('W'),
      method: 'sum',
      items: [
        { itemId: 'r1', weight: 2 },
        { itemId: 'r2', reversed: true },
      ],
      missing: 'none-missing',
    },
  ],
} satisfies InstrumentInput);

describe('score', () => {
  it('prorates a sum when the published rule allows it, rounding to a whole number, and notes it', () => {
    const result = score(synthetic, { r1: 5, r2: 4, r3: 4 });
    // 13 from 3 of 4 items → 13 × 4/3 = 17.33 → 17
    expect(result.scales.prorated).toEqual({ value: 17, band: null, missing: ['r4'], prorated: true });
    expect(result.notes).toContainEqual({
      code: 'scaleProrated',
      scaleId: 'prorated',
      params: { missing: ['r4'], answered: 3, total: 4 },
    });
  });

  it('gives no value once more items are missing than the rule allows', () => {
    const result = score(synthetic, { r1: 5, r2: 4 });
    expect(result.scales.prorated?.value).toBeNull();
    expect(result.notes).toContainEqual({
      code: 'scaleNotComputed',
      scaleId: 'prorated',
      params: { missing: ['r3', 'r4'], maxMissing: 1 },
    });
    expect(result.scales.mean).toEqual({ value: 4.5, band: null, missing: ['r3', 'r4'], prorated: true });
  });

  it('applies weights and reverses an item within its own range', () => {
    // r1 = 3 weighted 2 → 6; r2 = 2 reversed in 1..5 → 4
    expect(score(synthetic, { r1: 3, r2: 2 }).scales.weighted?.value).toBe(10);
  });

  it('records the instrument id and version it scored with', () => {
    const result = score(synthetic, {});
    expect([result.instrumentId, result.version]).toEqual(['synthetic', '2.1.0']);
  });

  it('returns a result that the stored-result schema accepts as is', () => {
    const phq9 = instrument('phq9');
    const result = score(phq9, { ...answersSummingTo(17, 9, 0, 3), q9: 1 });
    expect(ScoredResultSchema.parse(result)).toEqual(result);
    expect(ScoredResultSchema.parse(score(instrument('k10'), { q2: 1 }))).toBeTruthy();
  });

  it('is deterministic: the same answers give an identical result', () => {
    const k10 = instrument('k10');
    const answers = { ...answersSummingTo(10, 10, 1, 5), q4: 3 };
    const runs = Array.from({ length: 3 }, () => JSON.stringify(score(k10, answers)));
    expect(new Set(runs).size).toBe(1);
  });

  it('does not mutate the answers or the definition', () => {
    const k10 = instrument('k10');
    const answers = { q1: 2, q2: 1, q4: 2, q5: 1, q7: 1, q8: 1, q9: 1, q10: 1 };
    const before = JSON.stringify(answers);
    const defBefore = JSON.stringify(k10);
    score(k10, answers);
    expect(JSON.stringify(answers)).toBe(before);
    expect(JSON.stringify(k10)).toBe(defBefore);
  });

  it('returns bands the caller owns: changing a result never touches the catalogue', () => {
    const phq9 = instrument('phq9');
    const result = score(phq9, answersSummingTo(3, 9, 0, 3));
    const band = result.scales.total?.band;
    if (!band) throw new Error('no band');
    band.label.en.text = 'changed';
    expect(score(phq9, answersSummingTo(3, 9, 0, 3)).scales.total?.band?.label.en.text).toBe('Minimal');
  });

  it('reports every invalid answer at once, with a code per item', () => {
    const problems = validateAnswers(synthetic, { r1: 6, r2: 2.5, hours: 25, tags: ['a', 'c'], r3: true, nope: 1 });
    expect(problems).toEqual([
      { itemId: 'r1', code: 'outOfRange' },
      { itemId: 'r2', code: 'notAnInteger' },
      { itemId: 'hours', code: 'outOfRange' },
      { itemId: 'tags', code: 'notAnOption' },
      { itemId: 'r3', code: 'wrongType' },
      { itemId: 'nope', code: 'unknownItem' },
    ]);
    expect(validateAnswers(synthetic, { hours: 7.5, tags: ['b'] })).toEqual([]);
    expect(validateAnswers(synthetic, { tags: ['a', 'a'] })).toEqual([{ itemId: 'tags', code: 'duplicateOption' }]);
    expect(() => score(synthetic, { r1: 0 })).toThrow(InvalidAnswersError);
  });

  it('accepts inquiry answers as the client’s words and rejects anything else there', () => {
    const htp = instrument('htp');
    expect(validateAnswers(htp, { house_q_whose: 'my mother’s' })).toEqual([]);
    expect(validateAnswers(htp, { house_q_whose: 3 })).toEqual([{ itemId: 'house_q_whose', code: 'wrongType' }]);
  });

  it('keeps a stored result as scored even after the definition changes', () => {
    const phq9 = instrument('phq9');
    const stored = JSON.parse(JSON.stringify(score(phq9, answersSummingTo(7, 9, 0, 3))));
    const revised = loadInstrument({
      ...JSON.parse(JSON.stringify(phq9)),
      version: '9.0.0',
      scales: phq9.scales.map((s) => ({ ...s, bands: s.bands.map((b) => ({ ...b, label: t(`revised ${b.min}`) })) })),
    });
    expect(score(revised, answersSummingTo(7, 9, 0, 3)).scales.total?.band?.label.en.text).toBe('revised 5');
    expect(stored.version).toBe(phq9.version);
    expect(stored.scales.total.band.label.en.text).toBe('Mild');
  });
});
