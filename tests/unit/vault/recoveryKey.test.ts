import { describe, expect, it } from 'vitest';
import {
  generateRecoveryKey,
  parseRecoveryKey,
  RECOVERY_KEY_GROUPS,
  recoveryKeyGroups,
  recoveryKeySecret,
} from '../../../electron/backend/vault/recoveryKey';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function compactChars(key: string): string[] {
  return key.replaceAll('-', '').split('');
}

function regroup(chars: string[]): string {
  return Array.from({ length: RECOVERY_KEY_GROUPS }, (_, g) => chars.slice(g * 5, g * 5 + 5).join('')).join('-');
}

describe('recovery key', () => {
  it('is 8 groups of 5 Crockford base32 characters', () => {
    expect(RECOVERY_KEY_GROUPS).toBe(8);
    const key = generateRecoveryKey();
    expect(key).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){7}$/);
    expect(parseRecoveryKey(key)).toEqual({ ok: true, normalized: key });
  });

  it('carries 160 random bits: keys differ and every symbol appears', () => {
    const keys = Array.from({ length: 2000 }, generateRecoveryKey);
    expect(new Set(keys).size).toBe(keys.length);
    const seen = new Set(keys.flatMap((k) => recoveryKeyGroups(k).flatMap((g) => g.slice(0, 4).split(''))));
    expect(seen).toEqual(new Set(ALPHABET));
  });

  it('accepts lower case, spaces, missing or extra dashes, and O/0, I/L/1 confusions', () => {
    // A key containing a 0 or a 1, so the O and I/L aliases are exercised.
    let valid = generateRecoveryKey();
    for (let attempt = 0; attempt < 10_000 && !/[01]/.test(valid.replaceAll('-', '')); attempt++) valid = generateRecoveryKey();
    const messy = `  ${valid.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o').replaceAll('1', 'l')}--\n`;
    expect(parseRecoveryKey(messy)).toEqual({ ok: true, normalized: valid });
    expect(parseRecoveryKey(valid.replaceAll('-', ''))).toEqual({ ok: true, normalized: valid });
    expect(parseRecoveryKey(valid.replaceAll('1', 'I').replaceAll('-', '--'))).toEqual({ ok: true, normalized: valid });
    expect(parseRecoveryKey(valid.replaceAll('-', '\u2013'))).toEqual({ ok: true, normalized: valid });
  });

  it('catches every single mistyped character and names its group', () => {
    const key = generateRecoveryKey();
    const chars = compactChars(key);
    let checked = 0;
    chars.forEach((original, position) => {
      for (const replacement of ALPHABET) {
        if (replacement === original) continue;
        const typo = [...chars];
        typo[position] = replacement;
        expect(parseRecoveryKey(regroup(typo))).toEqual({
          ok: false,
          reason: 'checksum',
          group: Math.floor(position / 5) + 1,
        });
        checked++;
      }
    });
    expect(checked).toBe(40 * 31);
  });

  it('catches two swapped groups', () => {
    const key = generateRecoveryKey();
    const groups = recoveryKeyGroups(key);
    for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length; b++) {
        if (groups[a] === groups[b]) continue;
        const swapped = [...groups];
        [swapped[a], swapped[b]] = [swapped[b]!, swapped[a]!];
        expect(parseRecoveryKey(swapped.join('-'))).toEqual({ ok: false, reason: 'checksum', group: a + 1 });
      }
    }
  });

  it('reports a wrong length', () => {
    const key = generateRecoveryKey();
    expect(parseRecoveryKey('')).toEqual({ ok: false, reason: 'length' });
    expect(parseRecoveryKey(key.slice(0, -1))).toEqual({ ok: false, reason: 'length' });
    expect(parseRecoveryKey(`${key}0`)).toEqual({ ok: false, reason: 'length' });
    expect(parseRecoveryKey(recoveryKeyGroups(key).slice(0, 7).join('-'))).toEqual({ ok: false, reason: 'length' });
  });

  it('reports characters recovery keys never contain, with their group', () => {
    const chars = compactChars(generateRecoveryKey());
    for (const bad of ['U', 'u', '*', 'é', 'ß', '\u0131']) {
      const typo = [...chars];
      typo[12] = bad;
      expect(parseRecoveryKey(regroup(typo))).toEqual({ ok: false, reason: 'characters', group: 3 });
    }
  });

  it('splits a key into its canonical groups and derives the same secret however it is typed', () => {
    const key = generateRecoveryKey();
    expect(recoveryKeyGroups(key.toLowerCase())).toEqual(key.split('-'));
    expect(recoveryKeySecret(key.toLowerCase().replaceAll('-', ' ')).equals(Buffer.from(key, 'utf8'))).toBe(true);
    expect(() => recoveryKeyGroups('nope')).toThrow();
    expect(() => recoveryKeySecret('nope')).toThrow();
  });
});
