import { describe, expect, it } from 'vitest';
import { codeFragment, newClientCode } from '../../../electron/backend/services/clients/clientCode';
import { CLIENT_CODE_ALPHABET, CLIENT_CODE_PATTERN, clientCodeSchema } from '../../../electron/contract/clientChannels';

describe('client codes', () => {
  it('draws codes of two groups of four from the alphabet, using every symbol in every place', () => {
    const seen = Array.from({ length: 8 }, () => new Set<string>());
    for (let i = 0; i < 3000; i++) {
      const code = newClientCode();
      expect(code).toMatch(CLIENT_CODE_PATTERN);
      [...code.replace('-', '')].forEach((ch, place) => seen[place]!.add(ch));
    }
    // 3000 draws over 30 symbols: a symbol never drawn in a place would mean a biased or cut alphabet.
    for (const symbols of seen) expect([...symbols].sort().join('')).toBe([...CLIENT_CODE_ALPHABET].sort().join(''));
  });

  it('leaves out the symbols people confuse when reading aloud or from paper', () => {
    for (const confusable of ['0', 'O', '1', 'I', 'L', 'U']) expect(CLIENT_CODE_ALPHABET).not.toContain(confusable);
    expect(CLIENT_CODE_ALPHABET).toHaveLength(30);
  });

  it('reads a typed code in any case, with or without the dash or spaces', () => {
    expect(clientCodeSchema.parse('k7m4qx9b')).toBe('K7M4-QX9B');
    expect(clientCodeSchema.parse(' K7M4 - QX9B ')).toBe('K7M4-QX9B');
    expect(clientCodeSchema.safeParse('K7M4-QX9').success).toBe(false);
    expect(clientCodeSchema.safeParse('K7M4-QX0B').success).toBe(false);
  });

  it('turns a query into a code fragment only when it could be part of a code', () => {
    expect(codeFragment('m4-qx')).toBe('M4QX');
    expect(codeFragment('K7M4-QX9B')).toBe('K7M4QX9B');
    // A name made only of code symbols is tried as both; the name match and the code match are ORed.
    expect(codeFragment('Anna')).toBe('ANNA');
    expect(codeFragment('Ivanov')).toBeNull(); // I and O are not code symbols
    expect(codeFragment('Әлия')).toBeNull();
    expect(codeFragment('K7M4-QX9B-2')).toBeNull();
    expect(codeFragment(' - ')).toBeNull();
  });
});
