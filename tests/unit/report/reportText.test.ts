import { describe, expect, it } from 'vitest';
import { REPORT_TEXT } from '../../../electron/backend/services/reports/reportText';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const CYRILLIC = /[\u0400-\u04FF]/;
/** Letters only Kazakh uses among the Cyrillic alphabets here. */
const KAZAKH_LETTERS = /[әғқңөұүһі]/i;

describe('the report’s words', () => {
  it('has every key, filled, in kk, ru and en, with the same {placeholders}', () => {
    const keys = Object.keys(REPORT_TEXT.en).sort();
    for (const language of ['kk', 'ru'] as const) {
      expect(Object.keys(REPORT_TEXT[language]).sort()).toEqual(keys);
      for (const key of keys as (keyof typeof REPORT_TEXT.en)[]) {
        expect(REPORT_TEXT[language][key].trim(), `${language}.${key}`).not.toBe('');
        expect(placeholders(REPORT_TEXT[language][key]), `${language}.${key}`).toEqual(placeholders(REPORT_TEXT.en[key]));
      }
    }
  });

  it('is written in Russian and Kazakh, not left in English', () => {
    const words = (language: 'kk' | 'ru') => Object.values(REPORT_TEXT[language]).filter((t) => /[A-Za-zА-Яа-я]/.test(t));
    expect(words('ru').every((t) => CYRILLIC.test(t))).toBe(true);
    expect(words('kk').every((t) => CYRILLIC.test(t))).toBe(true);
    // Kazakh, not Russian under a Kazakh label: the headings use Kazakh letters.
    expect(KAZAKH_LETTERS.test(REPORT_TEXT.kk.documentTitle + REPORT_TEXT.kk.conclusionHeading + REPORT_TEXT.kk.caveat)).toBe(
      true,
    );
  });

  it('says in every language that drawing observations are no basis for legal or risk decisions', () => {
    expect(REPORT_TEXT.en.caveat).toMatch(/not a basis for legal or risk decisions/);
    expect(REPORT_TEXT.ru.caveat).toMatch(/правовых решений или оценки риска/);
    expect(REPORT_TEXT.kk.caveat).toMatch(/құқықтық шешімдерге немесе тәуекелді бағалауға негіз бола алмайды/);
  });
});
