// The data key that opens the database is never derived from a password: each account (and the recovery key)
// holds its own copy, encrypted with AES-256-GCM under a key derived by scrypt. Changing a password rewraps
// one copy; nothing else is re-encrypted.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { base64Bytes, deriveKey, newScryptParams, scryptKdfSchema, type ScryptCost, type ScryptParams } from './kdf';

/** Whose secret a wrap is locked with: a user's password or the printed recovery key. */
export type WrapKind = 'password' | 'recovery';

/** One encrypted copy of the data key, as stored in the key file. */
export type KeyWrap = {
  id: string;
  kind: WrapKind;
  tag: string | null;
  kdf: { name: 'scrypt' } & ScryptParams;
  iv: string;
  ciphertext: string;
  authTag: string;
  createdAt: string;
};

const DATA_KEY_BYTES = 32;
// 96-bit IVs are the GCM default (NIST SP 800-38D, 8.2.2); every wrap draws a fresh one with a fresh key.
const IV_BYTES = 12;
const AUTH_TAG_BYTES = 16;
const ID_PATTERN = /^[0-9a-f]{32}$/;
// A password wrap's tag is usernameTag(): 4 hex characters.
const TAG_PATTERN = /^[0-9a-f]{4}$/;

/** Strict schema of a stored key wrap; a recovery wrap has no tag, a password wrap has one. */
export const keyWrapSchema = z
  .strictObject({
    id: z.string().regex(ID_PATTERN),
    kind: z.enum(['password', 'recovery']),
    tag: z.string().regex(TAG_PATTERN).nullable(),
    kdf: scryptKdfSchema,
    iv: base64Bytes(IV_BYTES),
    ciphertext: base64Bytes(DATA_KEY_BYTES),
    authTag: base64Bytes(AUTH_TAG_BYTES),
    createdAt: z.iso.datetime(),
  })
  .refine((w) => (w.kind === 'recovery') === (w.tag === null), {
    message: 'a recovery wrap has no tag and a password wrap has one',
    path: ['tag'],
  }) satisfies z.ZodType<KeyWrap>;

/** UTF-8 bytes of the NFC-normalized password, so composed and decomposed input of the same text match. */
export function passwordSecret(password: string): Buffer {
  // Keyboards and input methods may send "é" as one code point or as "e" + combining accent (UAX #15).
  return Buffer.from(password.normalize('NFC'), 'utf8');
}

/** A fresh random 256-bit data key. */
export function newDataKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES);
}

/** A fresh random wrap id: 16 bytes as 32 lower-case hex characters. */
export function newId(): string {
  return randomBytes(16).toString('hex');
}

// Binding id and kind into the GCM tag means a wrap cannot be relabelled (for example a password wrap passed
// off as the recovery wrap, or two wraps' ids swapped) without failing authentication.
function wrapAad(id: string, kind: WrapKind): Buffer {
  return Buffer.from(`kenes-wrap-v1|${id}|${kind}`, 'utf8');
}

/** Encrypts the 32-byte data key under a key derived from `secret` with a new salt and IV. */
export async function wrapDataKey(
  dataKey: Buffer,
  secret: Buffer,
  opts: { kind: WrapKind; tag: string | null; cost?: ScryptCost; id?: string },
): Promise<KeyWrap> {
  if (dataKey.length !== DATA_KEY_BYTES) throw new Error(`The data key must be ${DATA_KEY_BYTES} bytes`);
  const id = opts.id ?? newId();
  if (!ID_PATTERN.test(id)) throw new Error('A wrap id must be 32 lower-case hex characters');
  if ((opts.kind === 'recovery') !== (opts.tag === null)) {
    throw new Error('A recovery wrap takes no tag and a password wrap needs one');
  }
  const params = newScryptParams(opts.cost);
  const wrappingKey = await deriveKey(secret, params);
  try {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv, { authTagLength: AUTH_TAG_BYTES });
    cipher.setAAD(wrapAad(id, opts.kind));
    const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return keyWrapSchema.parse({
      id,
      kind: opts.kind,
      tag: opts.tag,
      kdf: { name: 'scrypt', ...params },
      iv: iv.toString('base64'),
      ciphertext: ciphertext.toString('base64'),
      authTag: cipher.getAuthTag().toString('base64'),
      createdAt: new Date().toISOString(),
    });
  } finally {
    wrappingKey.fill(0);
  }
}

/** The data key, or null when `secret` is wrong (or the wrap was tampered with); throws on a malformed wrap. */
export async function unwrapDataKey(wrap: KeyWrap, secret: Buffer): Promise<Buffer | null> {
  const checked = keyWrapSchema.safeParse(wrap);
  if (!checked.success) throw new Error(`Malformed key wrap: ${z.prettifyError(checked.error)}`);
  const { id, kind, kdf, iv, ciphertext, authTag } = checked.data;
  const wrappingKey = await deriveKey(secret, kdf);
  let plain: Buffer | null = null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(iv, 'base64'), {
      authTagLength: AUTH_TAG_BYTES,
    });
    decipher.setAAD(wrapAad(id, kind));
    decipher.setAuthTag(Buffer.from(authTag, 'base64'));
    plain = decipher.update(Buffer.from(ciphertext, 'base64'));
    try {
      decipher.final();
    } catch {
      // GCM authentication failed: wrong secret, or a wrap altered on disk. Both mean "not this key".
      return null;
    }
    return Buffer.from(plain);
  } finally {
    wrappingKey.fill(0);
    // Unauthenticated (or already copied) plaintext must not linger.
    plain?.fill(0);
  }
}
