import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';

/**
 * Keys of issue 15 as raw 32-byte strings (what the database keeps and the files carry) and their readable
 * fingerprints. The facility signs with Ed25519; the supervisor installation receives with X25519. Node's crypto
 * takes raw OKP keys only as JWK, so the conversion is here, once.
 */
export type KeyPair = { publicKey: Buffer; privateKey: Buffer };
type Curve = 'Ed25519' | 'X25519';

const b64u = (b: Uint8Array): string => Buffer.from(b).toString('base64url');

function rawPair(curve: Curve): KeyPair {
  const { privateKey } = curve === 'Ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('x25519');
  const jwk = privateKey.export({ format: 'jwk' });
  return { publicKey: Buffer.from(jwk.x ?? '', 'base64url'), privateKey: Buffer.from(jwk.d ?? '', 'base64url') };
}

/** A facility's signing key pair (Ed25519). */
export const generateFacilityKeys = (): KeyPair => rawPair('Ed25519');
/** A supervisor installation's receiving key pair (X25519). */
export const generateSupervisorKeys = (): KeyPair => rawPair('X25519');

export function publicKeyObject(curve: Curve, raw: Uint8Array): KeyObject {
  if (raw.length !== 32) throw new RangeError('a raw public key has 32 bytes');
  return createPublicKey({ key: { kty: 'OKP', crv: curve, x: b64u(raw) }, format: 'jwk' });
}

// PKCS #8 (RFC 8410) of a raw 32-byte private key: this fixed prefix, then the key.
const PKCS8_PREFIX: Record<Curve, Buffer> = {
  Ed25519: Buffer.from('302e020100300506032b657004220420', 'hex'),
  X25519: Buffer.from('302e020100300506032b656e04220420', 'hex'),
};

/** The private key object (its public half is derived from it, so a stored pair cannot disagree with itself). */
export function privateKeyObject(curve: Curve, raw: Uint8Array): KeyObject {
  if (raw.length !== 32) throw new RangeError('a raw private key has 32 bytes');
  return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX[curve], raw]), format: 'der', type: 'pkcs8' });
}

/** The raw public key belonging to a raw private key. */
export function publicKeyOf(curve: Curve, rawPrivate: Uint8Array): Buffer {
  const jwk = createPublicKey(privateKeyObject(curve, rawPrivate)).export({ format: 'jwk' });
  return Buffer.from(jwk.x ?? '', 'base64url');
}

/** SHA-256 of the raw public key: what a bundle's clear header names its supervisor by. */
export const keyHash = (raw: Uint8Array): Buffer => createHash('sha256').update(raw).digest();

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * The short readable code of a public key: the first 100 bits of its SHA-256 in base32 (RFC 4648 letters, no
 * 0/1/8/9 to misread), five groups of four, e.g. "KQ7M-3XPA-…". Read aloud over a phone or compared on paper;
 * 100 bits make a second key with the same code out of reach.
 */
export function fingerprintOf(raw: Uint8Array): string {
  const hash = keyHash(raw);
  let bits = 0;
  let acc = 0;
  let out = '';
  for (const byte of hash) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < 20) {
      out += BASE32[(acc >> (bits - 5)) & 31];
      bits -= 5;
    }
    acc &= (1 << bits) - 1;
    if (out.length >= 20) break;
  }
  return (out.match(/.{4}/g) ?? []).join('-');
}
