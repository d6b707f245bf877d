// Password-based key derivation with scrypt (RFC 7914). The parameters travel with each wrap so the
// cost can be raised later without breaking wraps made with the old cost.
import { randomBytes, scrypt } from 'node:crypto';
import { z } from 'zod';

/** CPU/memory cost N, block size r and parallelism p of one scrypt derivation. */
export type ScryptCost = { N: number; r: number; p: number };

/** Cost for new wraps: the OWASP Password Storage Cheat Sheet minimum for scrypt (N=2^17, r=8, p=1). */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };

/** Everything needed to repeat a derivation: the cost, a base64 salt of 16 random bytes, a 32-byte output. */
export type ScryptParams = ScryptCost & { salt: string; keyLength: 32 };

const SALT_BYTES = 16;
const KEY_LENGTH = 32;
// scrypt's array V takes 128 * N * r bytes (RFC 7914, section 5). Parameters come from a file on disk, so a
// damaged or hostile key file must not be able to make the app allocate more than this.
const MAX_SCRYPT_MEMORY = 1024 ** 3;

/** A zod string schema for canonical (padded, round-tripping) base64 of exactly `length` bytes. */
export function base64Bytes(length: number) {
  // Buffer.from(…, 'base64') silently skips junk, so only a string that re-encodes to itself is accepted.
  return z
    .string()
    .refine((s) => Buffer.from(s, 'base64').toString('base64') === s && Buffer.from(s, 'base64').length === length, {
      message: `must be base64 of ${length} bytes`,
    });
}

function isPowerOfTwo(n: number): boolean {
  return Number.isInteger(n) && n > 0 && (n & (n - 1)) === 0;
}

const costFields = {
  N: z
    .number()
    .int()
    .min(2 ** 10)
    .max(2 ** 22)
    .refine(isPowerOfTwo, { message: 'N must be a power of two' }),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
};

function checkCostLimits(cost: ScryptCost, ctx: z.RefinementCtx): void {
  // RFC 7914 section 2 requires N < 2^(128 * r / 8); OpenSSL refuses otherwise (so r=1 cannot use N=2^17).
  if (Math.log2(cost.N) >= 16 * cost.r) {
    ctx.addIssue({ code: 'custom', message: 'N must be less than 2^(16 * r)', path: ['N'] });
  }
  if (128 * cost.N * cost.r > MAX_SCRYPT_MEMORY) {
    ctx.addIssue({ code: 'custom', message: 'N * r would need more than 1 GiB of memory', path: ['N'] });
  }
}

const scryptCostSchema = z.strictObject(costFields).superRefine(checkCostLimits);

// Not strict: deriveKey may be handed a wrap's `kdf` object, which also carries `name`.
const scryptParamsSchema = z
  .object({ ...costFields, salt: base64Bytes(SALT_BYTES), keyLength: z.literal(KEY_LENGTH) })
  .superRefine(checkCostLimits);

/** Strict schema of the `kdf` object stored in a key wrap. */
export const scryptKdfSchema = z
  .strictObject({ name: z.literal('scrypt'), ...costFields, salt: base64Bytes(SALT_BYTES), keyLength: z.literal(KEY_LENGTH) })
  .superRefine(checkCostLimits);

function invalid(error: z.ZodError): Error {
  return new Error(`Invalid scrypt parameters: ${z.prettifyError(error)}`);
}

/** Fresh parameters (new random salt) for one new wrap at the given cost. */
export function newScryptParams(cost: ScryptCost = DEFAULT_SCRYPT_COST): ScryptParams {
  const checked = scryptCostSchema.safeParse(cost);
  if (!checked.success) throw invalid(checked.error);
  const { N, r, p } = checked.data;
  return { N, r, p, salt: randomBytes(SALT_BYTES).toString('base64'), keyLength: KEY_LENGTH };
}

/** Derives a 32-byte key from a secret with scrypt; the caller wipes the result with `.fill(0)`. */
export async function deriveKey(secret: Buffer, params: ScryptParams): Promise<Buffer> {
  const checked = scryptParamsSchema.safeParse(params);
  if (!checked.success) throw invalid(checked.error);
  const { N, r, p, salt, keyLength } = checked.data;
  // Node's default maxmem (32 MiB) is below what N=2^17, r=8 needs (128 * N * r + 128 * r * (p + 2) bytes,
  // as OpenSSL counts it). Twice the V array covers that with room to spare; it is a ceiling, not an allocation.
  const maxmem = 2 * 128 * N * r;
  return new Promise((resolve, reject) => {
    scrypt(secret, Buffer.from(salt, 'base64'), keyLength, { N, r, p, maxmem }, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}
