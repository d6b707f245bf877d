import { describe, expect, it } from 'vitest';
import {
  HEADERS,
  headerField,
  kindOf,
  languagesOf,
  normaliseWord,
  yesNoOf,
} from '../../../electron/backend/services/directory/csvWords';
import { dupKey } from '../../../electron/backend/services/directory/keys';
import { ORGANISATION_KIND_TEXT } from '../../../common/organisationKindText';
import { ORGANISATION_FIELDS } from '../../../electron/contract/directoryChannels';
import { ORGANISATION_KINDS } from '../../../electron/contract/organisationKinds';

describe('the words of the directory CSV', () => {
  it('gives every header of every language to one field only', () => {
    const seen = new Map<string, string>();
    for (const field of ORGANISATION_FIELDS) {
      for (const word of [...HEADERS[field].kk, ...HEADERS[field].ru, ...HEADERS[field].en]) {
        const key = normaliseWord(word);
        expect(seen.get(key) ?? field, `${word} names two fields`).toBe(field);
        seen.set(key, field);
        expect(headerField(` ${word.toUpperCase()}: `)).toBe(field);
      }
    }
  });

  it('names each kind differently in each language, and reads every word back', () => {
    for (const language of ['kk', 'ru', 'en'] as const)
      expect(Object.keys(ORGANISATION_KIND_TEXT[language])).toEqual([...ORGANISATION_KINDS]);
    for (const language of ['kk', 'ru', 'en'] as const) {
      const words = ORGANISATION_KINDS.map((k) => normaliseWord(ORGANISATION_KIND_TEXT[language][k]));
      expect(new Set(words).size).toBe(ORGANISATION_KINDS.length);
      for (const kind of ORGANISATION_KINDS) expect(kindOf(ORGANISATION_KIND_TEXT[language][kind])).toBe(kind);
    }
  });

  it('reads languages and yes/no as people write them', () => {
    expect(languagesOf('қазақ және орыс тілдері')).toEqual(['kk', 'ru']);
    expect(languagesOf('на русском и казахском языках')).toEqual(['ru', 'kk']);
    expect(languagesOf('KK; RU; kk')).toEqual(['kk', 'ru']);
    expect(languagesOf('')).toEqual([]);
    expect(languagesOf('немецкий')).toBeUndefined();
    expect([yesNoOf('Иә'), yesNoOf('нет'), yesNoOf('YES'), yesNoOf(''), yesNoOf('возможно')]).toEqual([
      true,
      false,
      true,
      null,
      undefined,
    ]);
  });

  it('treats legal forms, quotes, spellings and «г.» as the same organisation', () => {
    const key = dupKey('employer', 'ТОО «Қарағанды Көмір»', 'г. Қарағанды');
    expect(dupKey('employer', 'Караганды Комир ЖШС', 'Караганды')).toBe(key);
    expect(dupKey('employer', '"Karagandy Komir" LLP', 'Қарағанды қ.')).toBe(key);
    expect(dupKey('legal-aid', 'ТОО «Қарағанды Көмір»', 'Қарағанды')).not.toBe(key);
    expect(dupKey('employer', 'ТОО «Қарағанды Көмір»', 'Теміртау')).not.toBe(key);
  });
});
