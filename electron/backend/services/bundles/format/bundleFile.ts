import {
  createCipheriv,
  createDecipheriv,
  createHash,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  sign,
  verify,
} from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { AppFailure } from '../../../../contract/errors';
import { fingerprintOf, keyHash, privateKeyObject, publicKeyObject, publicKeyOf } from './keys';
import { type BundlePayload, PAYLOAD_VERSION, bundlePayloadSchema } from './payload';

/**
 * A bundle file (issue 15): a facility's aggregate figures, signed by the facility and sealed to one supervisor
 * installation, carried on a USB stick. Extension `.kenesbundle`.
 *
 *   clear header, 110 bytes (all of it the AES-GCM additional data, so none of it can be changed unnoticed):
 *     0   8  magic "KENESBDL"
 *     8   2  format version, big-endian (1)
 *    10  32  SHA-256 of the supervisor's raw X25519 public key: "sealed to another supervisor" is named before
 *            any decryption, and its readable code (the same fingerprint) can be shown
 *    42  32  ephemeral X25519 public key (a new key pair per bundle)
 *    74  12  AES-GCM nonce (random)
 *    86   8  ciphertext length, big-endian
 *    94  16  first 16 bytes of SHA-256 of bytes 0–93: a damaged header is named as damage, not as another supervisor
 *   then the ciphertext, then the 16-byte GCM tag.
 *
 *   key = HKDF-SHA256(ikm = X25519(ephemeral, supervisor), salt = ephemeral public ‖ supervisor public,
 *                     info = "kenes-bundle-v1 aes-256-gcm", 32 bytes)
 *   plaintext = facility's raw Ed25519 public key (32) ‖ signature (64) ‖ payload (canonical JSON, raw DEFLATE)
 *   signature = Ed25519 over "kenes-bundle-signature-v1\0" ‖ the supervisor key's SHA-256 ‖ the compressed payload
 *
 * Sign, then encrypt: the signature covers the intended supervisor, so a supervisor cannot pass a facility's signed
 * bundle on to another as if the facility had sent it there (Davis, "Defective sign & encrypt", 2001). The payload
 * names the same public key as the envelope; a bundle whose signature does not hold under the key it names is
 * refused. Every refusal has its own code (BUNDLE_*), checked in the order of the file.
 */
export const BUNDLE_EXTENSION = 'kenesbundle';
export const BUNDLE_FORMAT_VERSION = 1;
const MAGIC = Buffer.from('KENESBDL', 'ascii');
export const HEADER_LENGTH = 110;
const TAG_LENGTH = 16;
const SIGNATURE_CONTEXT = Buffer.from('kenes-bundle-signature-v1\0', 'ascii');
const HKDF_INFO = Buffer.from('kenes-bundle-v1 aes-256-gcm', 'ascii');
/** A bundle is a few megabytes at most; a length field beyond this is damage (and no reader allocates it). */
const MAX_CIPHERTEXT = 512 * 1024 * 1024;

const fail = (
  code:
    | 'BUNDLE_NOT_A_BUNDLE'
    | 'BUNDLE_TRUNCATED'
    | 'BUNDLE_DAMAGED'
    | 'BUNDLE_OTHER_SUPERVISOR'
    | 'BUNDLE_SIGNATURE_INVALID'
    | 'BUNDLE_NEWER_FORMAT',
  message: string,
  reasons?: string[],
) => new AppFailure(code, message, reasons ? { reasons } : undefined);

/** Canonical JSON: keys sorted at every depth, no whitespace (so the signed bytes are the payload's only spelling). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The bytes a facility signs. */
export function signedMessage(supervisorKeyHash: Uint8Array, compressedPayload: Uint8Array): Buffer {
  return Buffer.concat([SIGNATURE_CONTEXT, supervisorKeyHash, compressedPayload]);
}

function aesKey(shared: Buffer, ephemeralPublic: Uint8Array, supervisorPublic: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ephemeralPublic, supervisorPublic]), HKDF_INFO, 32));
}

/**
 * Seals already signed contents to a supervisor. `sealBundle` is the way in; this lower step is exported so tests can
 * build bundles whose signature is made by another key than the one they name.
 */
export function sealSigned(input: {
  facilityPublicKey: Uint8Array;
  signature: Uint8Array;
  compressedPayload: Uint8Array;
  supervisorPublicKey: Uint8Array;
}): Buffer {
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralPublic = Buffer.from(ephemeral.publicKey.export({ format: 'jwk' }).x ?? '', 'base64url');
  const shared = diffieHellman({
    privateKey: ephemeral.privateKey,
    publicKey: publicKeyObject('X25519', input.supervisorPublicKey),
  });
  const key = aesKey(shared, ephemeralPublic, input.supervisorPublicKey);
  shared.fill(0);
  const plaintext = Buffer.concat([input.facilityPublicKey, input.signature, input.compressedPayload]);
  const nonce = randomBytes(12);
  const header = Buffer.alloc(HEADER_LENGTH);
  MAGIC.copy(header, 0);
  header.writeUInt16BE(BUNDLE_FORMAT_VERSION, 8);
  keyHash(input.supervisorPublicKey).copy(header, 10);
  ephemeralPublic.copy(header, 42);
  nonce.copy(header, 74);
  header.writeBigUInt64BE(BigInt(plaintext.length), 86);
  createHash('sha256').update(header.subarray(0, 94)).digest().copy(header, 94, 0, 16);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(header);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  key.fill(0);
  return Buffer.concat([header, body, cipher.getAuthTag()]);
}

/** Compresses, signs with the facility's Ed25519 key and seals the payload to the supervisor's X25519 key. */
export function sealBundle(input: {
  payload: BundlePayload;
  facilityPrivateKey: Uint8Array;
  supervisorPublicKey: Uint8Array;
}): Buffer {
  const facilityPublicKey = publicKeyOf('Ed25519', input.facilityPrivateKey);
  const payload = bundlePayloadSchema.parse(input.payload);
  if (payload.facility.publicKey !== facilityPublicKey.toString('base64')) {
    throw new AppFailure('INTERNAL', "the payload names another key than the facility's");
  }
  const compressedPayload = deflateRawSync(Buffer.from(canonicalJson(payload), 'utf8'));
  const message = signedMessage(keyHash(input.supervisorPublicKey), compressedPayload);
  const signature = sign(null, message, privateKeyObject('Ed25519', input.facilityPrivateKey));
  return sealSigned({ facilityPublicKey, signature, compressedPayload, supervisorPublicKey: input.supervisorPublicKey });
}

export type BundleHeader = {
  version: number;
  /** SHA-256 (hex) of the supervisor key the bundle is sealed to, and its readable code. */
  supervisorKeyHash: string;
  supervisorFingerprint: string;
  ciphertextLength: number;
};

/** The fingerprint code of a key known only by its SHA-256 (the header's): the same code `fingerprintOf` gives. */
function fingerprintOfHash(hash: Buffer): string {
  const bits = [...hash.subarray(0, 13)]
    .map((b) => b.toString(2).padStart(8, '0'))
    .join('')
    .slice(0, 100);
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const code = (bits.match(/.{5}/g) ?? []).map((g) => A[parseInt(g, 2)]).join('');
  return (code.match(/.{4}/g) ?? []).join('-');
}

/** Reads and checks the clear header without any key (what a file is, and whom it is for). */
export function readBundleHeader(bytes: Uint8Array): BundleHeader {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length === 0) throw fail('BUNDLE_TRUNCATED', 'the file is empty');
  if (!buf.subarray(0, Math.min(buf.length, MAGIC.length)).equals(MAGIC.subarray(0, Math.min(buf.length, MAGIC.length)))) {
    throw fail('BUNDLE_NOT_A_BUNDLE', 'not a Kenes bundle');
  }
  if (buf.length < 10) throw fail('BUNDLE_TRUNCATED', 'the file ends inside the header');
  const version = buf.readUInt16BE(8);
  // A later format keeps the magic and this field; above 255 it is a damaged byte, not a version.
  if (version > BUNDLE_FORMAT_VERSION && version <= 255)
    throw fail('BUNDLE_NEWER_FORMAT', `bundle format ${version} is newer than this app`);
  if (buf.length < HEADER_LENGTH) throw fail('BUNDLE_TRUNCATED', 'the file ends inside the header');
  const check = createHash('sha256').update(buf.subarray(0, 94)).digest().subarray(0, 16);
  if (version !== BUNDLE_FORMAT_VERSION || !check.equals(buf.subarray(94, HEADER_LENGTH)))
    throw fail('BUNDLE_DAMAGED', 'the header is damaged');
  const length = buf.readBigUInt64BE(86);
  if (length > BigInt(MAX_CIPHERTEXT) || length < 96n) throw fail('BUNDLE_DAMAGED', 'the header is damaged');
  const hash = buf.subarray(10, 42);
  return {
    version,
    supervisorKeyHash: hash.toString('hex'),
    supervisorFingerprint: fingerprintOfHash(hash),
    ciphertextLength: Number(length),
  };
}

export type OpenedBundle = {
  payload: BundlePayload;
  /** The facility's raw Ed25519 public key (the payload names the same key; the signature holds under it). */
  facilityPublicKey: Buffer;
  facilityFingerprint: string;
  /** SHA-256 (hex) of the whole file: the same bundle imported twice has the same digest. */
  digest: string;
};

/**
 * Opens a bundle sealed to this supervisor: header, length, decryption, signature, payload — or throws AppFailure
 * BUNDLE_NOT_A_BUNDLE / _TRUNCATED / _DAMAGED / _OTHER_SUPERVISOR (details.reasons: the code of the key it is
 * sealed to) / _SIGNATURE_INVALID / _NEWER_FORMAT. The public key is derived from the private one.
 */
export function openBundle(bytes: Uint8Array, supervisorPrivateKey: Uint8Array): OpenedBundle {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = readBundleHeader(buf);
  const supervisorPublicKey = publicKeyOf('X25519', supervisorPrivateKey);
  if (header.supervisorKeyHash !== keyHash(supervisorPublicKey).toString('hex')) {
    throw fail('BUNDLE_OTHER_SUPERVISOR', 'the bundle is sealed to another supervisor key', [header.supervisorFingerprint]);
  }
  const end = HEADER_LENGTH + header.ciphertextLength + TAG_LENGTH;
  if (buf.length < end) throw fail('BUNDLE_TRUNCATED', 'the file is cut short');
  if (buf.length > end) throw fail('BUNDLE_DAMAGED', 'bytes after the end of the bundle');

  const ephemeralPublic = buf.subarray(42, 74);
  let plaintext: Buffer;
  try {
    const shared = diffieHellman({
      privateKey: privateKeyObject('X25519', supervisorPrivateKey),
      publicKey: publicKeyObject('X25519', ephemeralPublic),
    });
    const key = aesKey(shared, ephemeralPublic, supervisorPublicKey);
    shared.fill(0);
    const decipher = createDecipheriv('aes-256-gcm', key, buf.subarray(74, 86));
    decipher.setAAD(buf.subarray(0, HEADER_LENGTH));
    decipher.setAuthTag(buf.subarray(end - TAG_LENGTH, end));
    plaintext = Buffer.concat([decipher.update(buf.subarray(HEADER_LENGTH, end - TAG_LENGTH)), decipher.final()]);
    key.fill(0);
  } catch {
    throw fail('BUNDLE_DAMAGED', 'the bundle does not decrypt: it was changed or damaged');
  }

  const facilityPublicKey = Buffer.from(plaintext.subarray(0, 32));
  const signature = plaintext.subarray(32, 96);
  const compressed = plaintext.subarray(96);
  let signatureOk = false;
  try {
    signatureOk = verify(
      null,
      signedMessage(buf.subarray(10, 42), compressed),
      publicKeyObject('Ed25519', facilityPublicKey),
      signature,
    );
  } catch {
    signatureOk = false;
  }
  if (!signatureOk) throw fail('BUNDLE_SIGNATURE_INVALID', 'the signature does not hold under the key the bundle names');

  let raw: unknown;
  try {
    raw = JSON.parse(inflateRawSync(compressed, { maxOutputLength: MAX_CIPHERTEXT }).toString('utf8'));
  } catch {
    throw fail('BUNDLE_DAMAGED', 'the contents do not read');
  }
  const version = (raw as { payloadVersion?: unknown } | null)?.payloadVersion;
  if (typeof version === 'number' && version > PAYLOAD_VERSION) {
    throw fail('BUNDLE_NEWER_FORMAT', `bundle contents version ${version} are newer than this app`);
  }
  const parsed = bundlePayloadSchema.safeParse(raw);
  if (!parsed.success) throw fail('BUNDLE_DAMAGED', 'the contents are not a valid bundle payload');
  if (parsed.data.facility.publicKey !== facilityPublicKey.toString('base64')) {
    throw fail('BUNDLE_SIGNATURE_INVALID', 'the bundle is signed by another key than the one it names');
  }
  return {
    payload: parsed.data,
    facilityPublicKey,
    facilityFingerprint: fingerprintOf(facilityPublicKey),
    digest: createHash('sha256').update(buf).digest('hex'),
  };
}
