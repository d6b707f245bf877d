import { createHmac, hkdfSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sealDigest, sealKey } from '../../../electron/backend/services/signing/signedSeal';

const KEY = Buffer.alloc(32, 0x2a);

describe('the canonical form of signed content', () => {
  it('sorts keys at every depth, keeps array order and has no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: null, y: 'ж' }], c: true } })).toBe(
      '{"a":{"c":true,"d":[3,{"y":"ж","z":null}]},"b":1}',
    );
  });

  it('is the same for the same content whatever order the keys were written in', () => {
    expect(canonicalJson({ text: 'note', grid: [{ member: 'a', mood: 4 }] })).toBe(
      canonicalJson({ grid: [{ mood: 4, member: 'a' }], text: 'note' }),
    );
  });

  it('refuses numbers JSON cannot carry', () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(/finite/);
    expect(() => canonicalJson([Number.POSITIVE_INFINITY])).toThrow(/finite/);
  });
});

describe('the seal', () => {
  it('is HMAC-SHA256 of the canonical JSON under an HKDF-SHA256 key with its own label, never the data key itself', () => {
    const content = { kind: 'groupSession', note: 'Занятие', grid: [] };
    const key = Buffer.from(hkdfSync('sha256', KEY, Buffer.alloc(0), 'kenes/signed-record-seal/v1', 32));
    expect(sealKey(KEY)).toEqual(key);
    expect(sealKey(KEY)).not.toEqual(KEY);
    expect(sealDigest(KEY, content)).toBe(createHmac('sha256', key).update(canonicalJson(content)).digest('hex'));
    expect(sealDigest(KEY, content)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with any change of the content, and with another data key', () => {
    const base = sealDigest(KEY, { conclusion: 'calm', drawings: [{ strokes: 'sha256:00' }] });
    expect(sealDigest(KEY, { conclusion: 'calm.', drawings: [{ strokes: 'sha256:00' }] })).not.toBe(base);
    expect(sealDigest(KEY, { conclusion: 'calm', drawings: [{ strokes: 'sha256:01' }] })).not.toBe(base);
    expect(sealDigest(Buffer.alloc(32, 0x2b), { conclusion: 'calm', drawings: [{ strokes: 'sha256:00' }] })).not.toBe(base);
  });
});
