import { describe, expect, it } from 'vitest';
import { administrationOf, score, textForSex, wordingStatus } from '../../../assessments/instruments';
import { answersSummingTo, instrument } from './helpers';

const audit = instrument('audit');
const pcl5 = instrument('pcl5');

/** AUDIT answers: questions 1–8 given, 9 and 10 as 0, 2 or 4. */
const auditAnswers = (first8: number[], q9: number, q10: number) => ({
  ...Object.fromEntries(first8.map((v, i) => [`q${i + 1}`, v])),
  q9,
  q10,
});

describe('AUDIT scoring (WHO, Babor et al. 2001)', () => {
  it.each([
    [auditAnswers([0, 0, 0, 0, 0, 0, 0, 0], 0, 0), 0, 'Zone I: alcohol education'],
    [auditAnswers([1, 1, 1, 1, 1, 1, 1, 0], 0, 0), 7, 'Zone I: alcohol education'],
    [auditAnswers([2, 2, 1, 1, 1, 1, 0, 0], 0, 0), 8, 'Zone II: simple advice'],
    [auditAnswers([4, 4, 3, 0, 0, 0, 0, 0], 2, 2), 15, 'Zone II: simple advice'],
    [auditAnswers([4, 4, 4, 0, 0, 0, 0, 0], 4, 0), 16, 'Zone III: simple advice plus brief counselling and continued monitoring'],
    [auditAnswers([4, 4, 4, 1, 1, 1, 0, 0], 4, 0), 19, 'Zone III: simple advice plus brief counselling and continued monitoring'],
    [
      auditAnswers([4, 4, 4, 4, 0, 0, 0, 0], 4, 0),
      20,
      'Zone IV: referral to a specialist for diagnostic evaluation and treatment',
    ],
    [
      auditAnswers([4, 4, 4, 4, 4, 4, 4, 4], 4, 4),
      40,
      'Zone IV: referral to a specialist for diagnostic evaluation and treatment',
    ],
  ])('scores the zones 0–7, 8–15, 16–19, 20–40 (%#)', (answers, total, zone) => {
    const result = score(audit, answers).scales.total;
    expect(result?.value).toBe(total);
    expect(result?.band?.label.en.text).toBe(zone);
  });

  it('scores questions 9 and 10 only as 0, 2 or 4', () => {
    expect(() => score(audit, auditAnswers([0, 0, 0, 0, 0, 0, 0, 0], 1, 0))).toThrow();
    expect(score(audit, auditAnswers([0, 0, 0, 0, 0, 0, 0, 0], 2, 4)).scales.total?.value).toBe(6);
  });

  it('scores questions 2–8 as 0 when question 1 is "Never" and they were skipped', () => {
    const result = score(audit, { q1: 0, q9: 2, q10: 0 });
    expect(result.scales.total?.value).toBe(2);
    expect(result.notes.filter((n) => n.code === 'skipRuleApplied')).toHaveLength(7);
  });

  it('gives no total when a question is missing and no skip rule covers it', () => {
    expect(score(audit, { q1: 2, q9: 0, q10: 0 }).scales.total?.value).toBeNull();
  });
});

describe('PCL-5 scoring (National Center for PTSD)', () => {
  it.each([
    [0, null],
    [30, null],
    [31, 'Within the provisional cut-off range (31–33)'],
    [33, 'Within the provisional cut-off range (31–33)'],
    [34, 'Above the provisional cut-off range (31–33)'],
    [80, 'Above the provisional cut-off range (31–33)'],
  ])('a total of %i has band %s (only the provisional cut-off is banded)', (total, band) => {
    const result = score(pcl5, answersSummingTo(total, 20, 0, 4));
    expect(result.scales.total?.value).toBe(total);
    expect(result.scales.total?.band?.label.en.text ?? null).toBe(band);
    expect(result.notes).toEqual([]);
  });
});

describe('wording shown and stored', () => {
  it('shows the Russian form that matches the client’s recorded sex, the split form otherwise', () => {
    const k10Item1 = instrument('k10').sections[0]?.items[0];
    if (!k10Item1) throw new Error('no K10 item');
    expect(textForSex(k10Item1.label, 'ru', 'female')).toBe('Чувствовали себя измотанной без видимой причины');
    expect(textForSex(k10Item1.label, 'ru', 'male')).toBe('Чувствовали себя измотанным без видимой причины');
    expect(textForSex(k10Item1.label, 'ru', null)).toBe('Чувствовали себя измотанным(ой) без видимой причины');
    // Languages without gendered forms are unchanged.
    expect(textForSex(k10Item1.label, 'en', 'female')).toBe(k10Item1.label.en.text);
  });

  it('offers both forms for every split Russian text of K10, RSES and PHQ-9 a client reads', () => {
    for (const id of ['k10', 'rses', 'phq9']) {
      const def = instrument(id);
      const texts = [
        ...def.sections.flatMap((s) => s.items.map((i) => i.label)),
        ...def.responseScales.flatMap((r) => r.options.map((o) => o.label)),
      ];
      for (const text of texts) {
        const split = /\(\S*\)|\((?:ой|на|льна|ая|цей|неудачницей)\)/.test(text.ru.text);
        if (split) expect(text.ru.bySex, `${id}: ${text.ru.text}`).toBeDefined();
      }
    }
  });

  it('records the language of administration with the status of its text', () => {
    expect(administrationOf(instrument('phq9'), 'ru')).toEqual({ language: 'ru', textStatus: 'validated' });
    expect(administrationOf(instrument('phq9'), 'kk')).toEqual({ language: 'kk', textStatus: 'working' });
    expect(wordingStatus(instrument('rses'), 'ru')).toBe('working');
  });
});
