import { describe, expect, it } from 'vitest';
import {
  keyWrapSchema,
  newDataKey,
  newId,
  passwordSecret,
  unwrapDataKey,
  wrapDataKey,
  type KeyWrap,
} from '../../../electron/backend/vault/wrap';

const FAST = { N: 2 ** 12, r: 8, p: 1 };

function flipFirstByte(base64: string): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[0] = bytes[0]! ^ 0x01;
  return bytes.toString('base64');
}

async function passwordWrap(dataKey = newDataKey(), password = 'Sträfling-Akte 7') {
  const wrap = await wrapDataKey(dataKey, passwordSecret(password), { kind: 'password', tag: 'a1b2', cost: FAST });
  return { dataKey, wrap, password };
}

describe('key wrapping', () => {
  it('unwraps the data key with the right password', async () => {
    const { dataKey, wrap, password } = await passwordWrap();
    const unwrapped = await unwrapDataKey(wrap, passwordSecret(password));
    expect(unwrapped?.equals(dataKey)).toBe(true);
  });

  it('matches a password typed in decomposed form (NFC normalization)', async () => {
    const { dataKey, wrap } = await passwordWrap(newDataKey(), 'caf\u00e9');
    const unwrapped = await unwrapDataKey(wrap, passwordSecret('cafe\u0301'));
    expect(unwrapped?.equals(dataKey)).toBe(true);
  });

  it('returns null for a wrong password', async () => {
    const { wrap } = await passwordWrap();
    expect(await unwrapDataKey(wrap, passwordSecret('Sträfling-Akte 8'))).toBeNull();
  });

  it.each<[string, (w: KeyWrap) => KeyWrap]>([
    ['ciphertext', (w) => ({ ...w, ciphertext: flipFirstByte(w.ciphertext) })],
    ['iv', (w) => ({ ...w, iv: flipFirstByte(w.iv) })],
    ['authTag', (w) => ({ ...w, authTag: flipFirstByte(w.authTag) })],
    ['kind (relabelled as the recovery wrap)', (w) => ({ ...w, kind: 'recovery', tag: null })],
    ['id', (w) => ({ ...w, id: newId() })],
    ['kdf salt', (w) => ({ ...w, kdf: { ...w.kdf, salt: flipFirstByte(w.kdf.salt) } })],
  ])('returns null when the %s was tampered with', async (_field, tamper) => {
    const { wrap, password } = await passwordWrap();
    const tampered = tamper(wrap);
    expect(keyWrapSchema.safeParse(tampered).success).toBe(true);
    expect(await unwrapDataKey(tampered, passwordSecret(password))).toBeNull();
  });

  it('binds a recovery wrap to its kind too', async () => {
    const dataKey = newDataKey();
    const secret = Buffer.from('RECOVERY');
    const wrap = await wrapDataKey(dataKey, secret, { kind: 'recovery', tag: null, cost: FAST });
    expect((await unwrapDataKey(wrap, secret))?.equals(dataKey)).toBe(true);
    expect(await unwrapDataKey({ ...wrap, kind: 'password', tag: '0000' }, secret)).toBeNull();
  });

  it('makes two different wraps of the same key (fresh salt and IV)', async () => {
    const dataKey = newDataKey();
    const a = await wrapDataKey(dataKey, passwordSecret('pw'), { kind: 'password', tag: 'ffff', cost: FAST });
    const b = await wrapDataKey(dataKey, passwordSecret('pw'), { kind: 'password', tag: 'ffff', cost: FAST });
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
    expect(a.id).not.toBe(b.id);
  });

  it('stores the kdf parameters, id, kind and tag with the wrap', async () => {
    const id = newId();
    const wrap = await wrapDataKey(newDataKey(), passwordSecret('pw'), { kind: 'password', tag: '0a0b', cost: FAST, id });
    expect(wrap).toMatchObject({ id, kind: 'password', tag: '0a0b', kdf: { name: 'scrypt', ...FAST, keyLength: 32 } });
    expect(Buffer.from(wrap.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(wrap.authTag, 'base64')).toHaveLength(16);
    expect(Buffer.from(wrap.ciphertext, 'base64')).toHaveLength(32);
    expect(Number.isNaN(Date.parse(wrap.createdAt))).toBe(false);
    expect(keyWrapSchema.parse(JSON.parse(JSON.stringify(wrap)))).toEqual(wrap);
  });

  it('throws on a malformed wrap instead of returning null', async () => {
    const { wrap, password } = await passwordWrap();
    await expect(unwrapDataKey({ ...wrap, iv: 'short' }, passwordSecret(password))).rejects.toThrow(/Malformed key wrap/);
    const extra = { ...wrap, username: 'alice' } as KeyWrap;
    await expect(unwrapDataKey(extra, passwordSecret(password))).rejects.toThrow(/Malformed key wrap/);
  });

  it('refuses a data key that is not 32 bytes, and a tag that does not fit the kind', async () => {
    const secret = passwordSecret('pw');
    await expect(wrapDataKey(Buffer.alloc(16), secret, { kind: 'recovery', tag: null, cost: FAST })).rejects.toThrow(/32 bytes/);
    await expect(wrapDataKey(newDataKey(), secret, { kind: 'recovery', tag: 'abcd', cost: FAST })).rejects.toThrow();
    await expect(wrapDataKey(newDataKey(), secret, { kind: 'password', tag: null, cost: FAST })).rejects.toThrow();
    await expect(wrapDataKey(newDataKey(), secret, { kind: 'password', tag: 'abcd', cost: FAST, id: 'x' })).rejects.toThrow();
  });

  it('makes 32-byte data keys and 32-hex-character ids', () => {
    expect(newDataKey()).toHaveLength(32);
    expect(newDataKey().equals(newDataKey())).toBe(false);
    expect(newId()).toMatch(/^[0-9a-f]{32}$/);
  });
});
