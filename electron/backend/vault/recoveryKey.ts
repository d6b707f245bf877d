// The recovery key is shown once at set-up and written down or printed, then typed back by hand years later,
// possibly under stress. So it uses Crockford base32 (no I, L, O, U; confusable letters are read as digits,
// https://www.crockford.com/base32.html) and a check character per group that points at the mistyped group.
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
// Crockford decoding: O reads as 0, I and L read as 1. U stays invalid.
const ALIASES: Record<string, string> = { O: '0', I: '1', L: '1' };
const DATA_CHARS = 4;
const GROUP_LENGTH = DATA_CHARS + 1;
// Odd weights are invertible mod 32: changing data character i by d (0 < |d| < 32) changes the check sum by
// WEIGHTS[i] * d, which is never 0 mod 32, so every single-character substitution in a group is caught.
const WEIGHTS = [1, 3, 5, 7] as const;
// The group index enters the check with factor 7 (also odd): two swapped groups a and b disagree by
// 7 * (a - b) mod 32, never 0 for 8 groups, so swapped (distinct) groups are caught too.
const GROUP_FACTOR = 7;
// Typed or pasted separators that carry no information: whitespace, ASCII and Unicode dashes, minus sign.
const SEPARATORS = /[\s\-\u2010-\u2015\u2212]/g;

/** Number of groups in a recovery key: 8 groups × 4 data characters × 5 bits = 160 random bits. */
export const RECOVERY_KEY_GROUPS = 8;

/** Outcome of reading a typed recovery key; `group` (1-based) is the first group found wrong. */
export type RecoveryKeyCheck =
  { ok: true; normalized: string } | { ok: false; reason: 'length' | 'characters' | 'checksum'; group?: number };

function checkValue(groupNumber: number, data: readonly number[]): number {
  let sum = groupNumber * GROUP_FACTOR;
  data.forEach((value, i) => {
    sum += value * WEIGHTS[i]!;
  });
  return sum % ALPHABET.length;
}

function formatGroups(values: readonly number[]): string {
  const groups: string[] = [];
  for (let g = 0; g < RECOVERY_KEY_GROUPS; g++) {
    groups.push(
      values
        .slice(g * GROUP_LENGTH, (g + 1) * GROUP_LENGTH)
        .map((v) => ALPHABET[v])
        .join(''),
    );
  }
  return groups.join('-');
}

/** A new random recovery key in canonical form, e.g. `ABCD7-…` (8 dash-separated groups of 5). */
export function generateRecoveryKey(): string {
  // 256 is a multiple of 32, so the low 5 bits of each random byte are uniform.
  const bytes = randomBytes(RECOVERY_KEY_GROUPS * DATA_CHARS);
  try {
    const values: number[] = [];
    for (let g = 0; g < RECOVERY_KEY_GROUPS; g++) {
      const data = [...bytes.subarray(g * DATA_CHARS, (g + 1) * DATA_CHARS)].map((b) => b & 0x1f);
      values.push(...data, checkValue(g + 1, data));
    }
    return formatGroups(values);
  } finally {
    bytes.fill(0);
  }
}

/** Reads a typed recovery key, tolerating case, spaces, dashes and Crockford confusions, and checks every group. */
export function parseRecoveryKey(input: string): RecoveryKeyCheck {
  const compact = input.replace(SEPARATORS, '');
  const values: number[] = [];
  for (let i = 0; i < compact.length; i++) {
    const char = compact[i]!;
    // ASCII only: toUpperCase() of some non-ASCII letters yields ASCII ones ('ß' → 'SS', 'ı' → 'I').
    const upper = /^[0-9A-Za-z]$/.test(char) ? char.toUpperCase() : '';
    const value = ALPHABET.indexOf(ALIASES[upper] ?? upper);
    if (upper === '' || value < 0) {
      const group = Math.floor(i / GROUP_LENGTH) + 1;
      return group <= RECOVERY_KEY_GROUPS ? { ok: false, reason: 'characters', group } : { ok: false, reason: 'characters' };
    }
    values.push(value);
  }
  if (values.length !== RECOVERY_KEY_GROUPS * GROUP_LENGTH) return { ok: false, reason: 'length' };
  for (let g = 0; g < RECOVERY_KEY_GROUPS; g++) {
    const group = values.slice(g * GROUP_LENGTH, (g + 1) * GROUP_LENGTH);
    if (checkValue(g + 1, group.slice(0, DATA_CHARS)) !== group[DATA_CHARS]) {
      return { ok: false, reason: 'checksum', group: g + 1 };
    }
  }
  return { ok: true, normalized: formatGroups(values) };
}

/** The canonical groups of a valid recovery key, for asking the user to type some of them back. */
export function recoveryKeyGroups(key: string): string[] {
  const parsed = parseRecoveryKey(key);
  if (!parsed.ok) throw new Error('Not a valid recovery key');
  return parsed.normalized.split('-');
}

/** The scrypt secret for a valid recovery key: UTF-8 of its canonical form, however it was typed. */
export function recoveryKeySecret(key: string): Buffer {
  const parsed = parseRecoveryKey(key);
  if (!parsed.ok) throw new Error('Not a valid recovery key');
  return Buffer.from(parsed.normalized, 'utf8');
}
