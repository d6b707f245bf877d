import { describe, expect, it } from 'vitest';
import { keyMatches, nameSearchKey, queryTerms } from '../../../common/nameSearch';

const finds = (query: string, name: string): boolean => keyMatches(nameSearchKey(name), queryTerms(query));

/** Query → the stored name it must find: Kazakh, Russian and Latin spellings of the same people. */
const FOUND: readonly (readonly [string, string])[] = [
  // The five misses of the trial (issue 12).
  ['Omarov', 'Омаров Ержан Бекболатұлы'],
  ['Бекболатулы', 'Омаров Ержан Бекболатұлы'],
  ['Алена', 'Алёна Сергеевна Ким'],
  ['Ержан Омаров', 'Омаров Ержан Бекболатұлы'],
  ['Ахметов Е.', 'Ахметов Ержан Маратович'],
  // Case and ё.
  ['омаров', 'ОМАРОВ ЕРЖАН'],
  ['ЖАҚСЫБЕКОВА', 'Жақсыбекова Айгерім'],
  ['Семенов', 'Семёнов Пётр'],
  ['Петр', 'Семёнов Пётр'],
  // Kazakh letters typed on a Russian keyboard.
  ['Жаксыбекова', 'Жақсыбекова Айгерім'],
  ['Айгерим', 'Жақсыбекова Айгерім'],
  ['Толеген', 'Төлеген Сәрсенбаев'],
  ['Сарсенбаев', 'Төлеген Сәрсенбаев'],
  ['Нурлыбек', 'Нұрлыбек Қасымов'],
  ['Касымов', 'Нұрлыбек Қасымов'],
  ['Гульнара', 'Гүлнара Оспанова'],
  ['Мухтар', 'Мұхтар Ағайынов'],
  ['Агаинов', 'Мұхтар Ағайынов'],
  ['Жанболатулы', 'Аслан Жаңболатұлы'],
  ['Хасенов', 'Һасенов Берік'],
  // Passport and English spellings.
  ['Yerzhan', 'Омаров Ержан'],
  ['Erzhan Omarov', 'Омаров Ержан'],
  ['Bekbolatuly', 'Омаров Ержан Бекболатұлы'],
  ['Zhaksybekova', 'Жақсыбекова Айгерім'],
  ['Aigerim', 'Жақсыбекова Айгерім'],
  ['Kuanysh', 'Қуаныш Әбенов'],
  ['Abenov', 'Қуаныш Әбенов'],
  ['Akhmetov', 'Ахметов Ержан'],
  ['Shcherbakov', 'Щербаков Илья'],
  ['Ilya', 'Щербаков Илья'],
  ['Tatiana', 'Татьяна Цой'],
  ['Tatyana Tsoy', 'Татьяна Цой'],
  ['Alyona', 'Алёна Ким'],
  ['Sergey', 'Сергей Иванов'],
  ['Sergei', 'Сергей Иванов'],
  ['Dmitrii', 'Дмитрий Петров'],
  ['Maria', 'Мария Ли'],
  ['Natalia', 'Наталья Белая'],
  ['Yevgeniy', 'Евгений Ким'],
  ['Evgeny', 'Евгений Ким'],
  // Kazakhstan's Latin alphabet (2021) and its acute-accent predecessor.
  ['Jaqsybekova', 'Жақсыбекова Айгерім'],
  ['Bekbolatulı', 'Омаров Ержан Бекболатұлы'],
  ['Tölegen Särsenbaev', 'Төлеген Сәрсенбаев'],
  ['Tólegen', 'Төлеген Сәрсенбаев'],
  ['Nūrlybek Qasymov', 'Нұрлыбек Қасымов'],
  ['Gülnara', 'Гүлнара Оспанова'],
  ['Aslan Jañbolatūly', 'Аслан Жаңболатұлы'],
  ['Ağaiynov', 'Мұхтар Ағайынов'],
  ['Qairat', 'Қайрат Нұрланұлы'],
  ['Nurlanuly', 'Қайрат Нұрланұлы'],
  // Cyrillic query for a name stored in Latin letters.
  ['Алёна Ким', 'Kim Alyona'],
  // Word order and initials.
  ['Ержан Ахметов', 'Ахметов Ержан Маратович'],
  ['Е. Ахметов', 'Ахметов Ержан Маратович'],
  ['Ахметов Е. М.', 'Ахметов Ержан Маратович'],
  ['Akhmetov Ye.', 'Ахметов Ержан Маратович'],
  ['Akhmetov E', 'Ахметов Ержан Маратович'],
  ['Zh. Aigerim', 'Жақсыбекова Айгерім'],
  // Fragments, as the list searched before.
  ['мар', 'Омаров Ержан'],
  ['сыбек', 'Жақсыбекова Айгерім'],
];

/** Queries that must not find the name: folding must not make everyone look alike. */
const NOT_FOUND: readonly (readonly [string, string])[] = [
  ['Ахметов Б.', 'Ахметов Ержан Маратович'],
  ['Омаров', 'Ахметов Ержан Маратович'],
  ['Ержан Омаров', 'Ахметов Ержан Маратович'],
  ['Kim', 'Омаров Ержан'],
  ['Aigerim', 'Гүлнара Оспанова'],
  ['Ким Алёна', 'Ким Сергей'],
];

describe('name search keys', () => {
  it('has at least forty query → name pairs in kk, ru and Latin', () => {
    expect(FOUND.length).toBeGreaterThanOrEqual(40);
  });

  it.each(FOUND)('«%s» finds «%s»', (query, name) => {
    expect(finds(query, name)).toBe(true);
  });

  it.each(NOT_FOUND)('«%s» does not find «%s»', (query, name) => {
    expect(finds(query, name)).toBe(false);
  });

  it('stores one folded word per word of the name', () => {
    expect(nameSearchKey('  Омаров   Ержан Бекболатұлы ')).toBe('омаров ержан бекболатули');
    expect(nameSearchKey('Алёна')).toBe(nameSearchKey('Alyona'));
  });

  it('reads a lone letter as a fragment, and a letter among words as an initial', () => {
    expect(queryTerms('е')).toEqual([{ kind: 'fragment', text: 'е' }]);
    expect(queryTerms('Ахметов Е.')).toEqual([
      { kind: 'fragment', text: 'ахметов' },
      { kind: 'initial', text: 'е' },
    ]);
  });

  it('gives no terms for punctuation alone', () => {
    expect(queryTerms(' . - ')).toEqual([]);
  });
});
