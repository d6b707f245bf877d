import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT_COST, deriveKey, newScryptParams, type ScryptParams } from '../../../electron/backend/vault/kdf';

// Low cost keeps the suite fast; one test below uses the real default cost.
const FAST = { N: 2 ** 12, r: 8, p: 1 };

describe('scrypt key derivation', () => {
  it('defaults to N=2^17, r=8, p=1', () => {
    expect(DEFAULT_SCRYPT_COST).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    const params = newScryptParams();
    expect(params).toMatchObject({ N: 2 ** 17, r: 8, p: 1, keyLength: 32 });
    expect(Buffer.from(params.salt, 'base64')).toHaveLength(16);
  });

  it('draws a fresh salt each time', () => {
    expect(newScryptParams(FAST).salt).not.toBe(newScryptParams(FAST).salt);
  });

  it('derives the same 32-byte key from the same secret and salt', async () => {
    const params = newScryptParams(FAST);
    const a = await deriveKey(Buffer.from('secret'), params);
    const b = await deriveKey(Buffer.from('secret'), { ...params });
    expect(a).toHaveLength(32);
    expect(a.equals(b)).toBe(true);
  });

  it('derives a different key with another salt or another secret', async () => {
    const params = newScryptParams(FAST);
    const base = await deriveKey(Buffer.from('secret'), params);
    const otherSalt = await deriveKey(Buffer.from('secret'), newScryptParams(FAST));
    const otherSecret = await deriveKey(Buffer.from('secret!'), params);
    expect(base.equals(otherSalt)).toBe(false);
    expect(base.equals(otherSecret)).toBe(false);
  });

  it('really derives at the default cost (maxmem is large enough)', async () => {
    const key = await deriveKey(Buffer.from('correct horse battery staple'), newScryptParams());
    expect(key).toHaveLength(32);
  }, 30_000);

  it.each([
    ['N not a power of two', { N: 3000, r: 8, p: 1 }],
    ['N too small', { N: 2 ** 9, r: 8, p: 1 }],
    ['N too large', { N: 2 ** 23, r: 8, p: 1 }],
    ['r zero', { N: 2 ** 12, r: 0, p: 1 }],
    ['r too large', { N: 2 ** 12, r: 33, p: 1 }],
    ['p too large', { N: 2 ** 12, r: 8, p: 17 }],
    ['fractional p', { N: 2 ** 12, r: 8, p: 1.5 }],
    ['N at least 2^(16r)', { N: 2 ** 17, r: 1, p: 1 }],
    ['more than 1 GiB of memory', { N: 2 ** 22, r: 8, p: 1 }],
  ])('refuses silly parameters: %s', async (_label, cost) => {
    expect(() => newScryptParams(cost)).toThrow(/Invalid scrypt parameters/);
    const params = { ...cost, salt: Buffer.alloc(16).toString('base64'), keyLength: 32 } as ScryptParams;
    await expect(deriveKey(Buffer.from('x'), params)).rejects.toThrow(/Invalid scrypt parameters/);
  });

  it('refuses a salt that is not base64 of 16 bytes, or another key length', async () => {
    const good = newScryptParams(FAST);
    for (const salt of ['', 'not base64!', Buffer.alloc(15).toString('base64'), Buffer.alloc(32).toString('base64')]) {
      await expect(deriveKey(Buffer.from('x'), { ...good, salt })).rejects.toThrow(/Invalid scrypt parameters/);
    }
    const wrongLength = { ...good, keyLength: 64 } as unknown as ScryptParams;
    await expect(deriveKey(Buffer.from('x'), wrongLength)).rejects.toThrow(/Invalid scrypt parameters/);
  });
});
