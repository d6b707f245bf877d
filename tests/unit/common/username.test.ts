import { describe, expect, it } from 'vitest';
import { confusableWith, isLatinUsername, usernameSkeleton } from '../../../common/username';
import { latinReadingOfCyrillicKeys, layoutOfCharacter } from '../../../common/keyboardLayout';

describe('usernames', () => {
  it('allows Latin letters, digits, dot, dash and underscore only', () => {
    expect(isLatinUsername('nurlan.a')).toBe(true);
    expect(isLatinUsername('A_b-9')).toBe(true);
    expect(isLatinUsername('тгкдфтюф')).toBe(false);
    expect(isLatinUsername('nurlаn')).toBe(false); // Cyrillic «а»
    expect(isLatinUsername('әлия')).toBe(false);
    expect(isLatinUsername('nur lan')).toBe(false);
  });

  it.each([
    ['nurlаn.a', 'nurlan.a'], // Cyrillic а
    ['NURLAN.A', null], // the same name: "taken", not a look-alike
    ['аigеrim', 'aigerim'], // Cyrillic а, е
    ['ai9erim', null],
    ['aigerirn', 'aigerim'], // rn looks like m
    ['a1gerim', 'aigerim'], // 1 for i
    ['aigerim0', null],
    ['b0lat', 'bolat'], // 0 for o
    ['dlnara', 'dinara'], // l for i
    ['nurlan.b', null],
    ['nurlan_a', null],
  ])('%s looks like an existing name: %s', (candidate, expected) => {
    expect(confusableWith(candidate, ['nurlan.a', 'aigerim', 'bolat', 'dinara'])).toBe(expected);
  });

  it('does not call the same spelling a look-alike (that is "taken", refused elsewhere)', () => {
    expect(confusableWith('Nurlan.A', ['nurlan.a'])).toBeNull();
    expect(usernameSkeleton('Nurlan.A')).toBe(usernameSkeleton('nurlаn.а'));
  });
});

describe('keyboard layout', () => {
  it('reads what the keys give on the Latin layout', () => {
    expect(latinReadingOfCyrillicKeys('тгкдфтюф')).toBe('nurlan.a');
    expect(latinReadingOfCyrillicKeys('ФШПУКШЬ')).toBe('AIGERIM');
    expect(latinReadingOfCyrillicKeys('ищдфе2')).toBe('bolat2');
    expect(latinReadingOfCyrillicKeys('nurlan')).toBeNull(); // nothing Cyrillic
    expect(latinReadingOfCyrillicKeys('тгкд фт')).toBeNull(); // a space has no place in a username
  });

  it('names the layout of a typed character, keeping Kazakh over shared Cyrillic keys', () => {
    expect(layoutOfCharacter('q')).toBe('EN');
    expect(layoutOfCharacter('й')).toBe('RU');
    expect(layoutOfCharacter('ә')).toBe('KK');
    expect(layoutOfCharacter('Қ')).toBe('KK');
    expect(layoutOfCharacter('й', 'KK')).toBe('KK');
    expect(layoutOfCharacter('q', 'KK')).toBe('EN');
    expect(layoutOfCharacter('7', 'RU')).toBeNull();
  });
});
