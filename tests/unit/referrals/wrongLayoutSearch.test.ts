import { describe, expect, it } from 'vitest';
import { cyrillicReadingOfLatinKeys, latinReadingOfCyrillicKeys } from '../../../common/keyboardLayout';

describe('a search typed with the English layout on', () => {
  it('reads the same keys on the Russian layout, keeping case, spaces, digits and dashes', () => {
    expect(cyrillicReadingOfLatinKeys(';tnsce')).toBe('жетысу');
    expect(cyrillicReadingOfLatinKeys('Ntcn')).toBe('Тест');
    expect(cyrillicReadingOfLatinKeys('wtynh pfyznjcnb')).toBe('центр занятости');
    expect(cyrillicReadingOfLatinKeys('NJJ <fqnthtr-2')).toBe('ТОО Байтерек-2');
  });

  it('is the inverse of the Cyrillic reading for letters, and says nothing for text without Latin letters', () => {
    expect(latinReadingOfCyrillicKeys(cyrillicReadingOfLatinKeys('kfrnbrf')!)).toBe('kfrnbrf');
    expect(cyrillicReadingOfLatinKeys('Жетысу')).toBeNull();
    expect(cyrillicReadingOfLatinKeys('2026')).toBeNull();
    expect(cyrillicReadingOfLatinKeys('a@b')).toBeNull();
  });
});
