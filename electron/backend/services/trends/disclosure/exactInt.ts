/**
 * Exact integer arithmetic for the audit's elimination, in two rings with one interface.
 *
 * Every intermediate value of the elimination is an integer (fraction-free elimination: a row is updated as
 * `row·p − pivotRow·q` and then divided by the gcd of its entries), so no rounding ever happens. The fast ring uses
 * JavaScript numbers and checks that every product and difference stays a safe integer (|x| ≤ 2^53 − 1, where
 * double arithmetic on integers is exact); the first value that would leave that range throws `ExactnessOverflow`,
 * and the caller runs the whole computation again in the BigInt ring, which has no limit. Either way the answer is
 * the exact rational answer: no modular shortcut, no floating-point tolerance.
 */
export type Ring<T> = {
  readonly name: 'number' | 'bigint';
  fromInt(n: number): T;
  isZero(a: T): boolean;
  /** a·b − c·d, exactly. */
  mulSub(a: T, b: T, c: T, d: T): T;
  neg(a: T): T;
  /** gcd(|a|, |b|) (gcd(0, 0) = 0). */
  gcd(a: T, b: T): T;
  /** a / b where b divides a. */
  divExact(a: T, b: T): T;
  isOne(a: T): boolean;
  sign(a: T): number;
};

/** Thrown by the number ring when a value would leave the safe-integer range; the caller retries in BigInt. */
export class ExactnessOverflow extends Error {
  constructor() {
    super('integer left the safe range');
  }
}

function safe(x: number): number {
  if (!Number.isSafeInteger(x)) throw new ExactnessOverflow();
  return x;
}

export const numberRing: Ring<number> = {
  name: 'number',
  fromInt: (n) => safe(n),
  isZero: (a) => a === 0,
  mulSub: (a, b, c, d) => {
    const ab = safe(a * b);
    const cd = safe(c * d);
    return safe(ab - cd);
  },
  neg: (a) => (a === 0 ? 0 : -a),
  gcd: (a, b) => {
    let x = Math.abs(a);
    let y = Math.abs(b);
    while (y !== 0) [x, y] = [y, x % y];
    return x;
  },
  divExact: (a, b) => {
    const q = a / b;
    return q === 0 ? 0 : q;
  },
  isOne: (a) => a === 1 || a === -1,
  sign: (a) => Math.sign(a),
};

export const bigintRing: Ring<bigint> = {
  name: 'bigint',
  fromInt: (n) => BigInt(n),
  isZero: (a) => a === 0n,
  mulSub: (a, b, c, d) => a * b - c * d,
  neg: (a) => -a,
  gcd: (a, b) => {
    let x = a < 0n ? -a : a;
    let y = b < 0n ? -b : b;
    while (y !== 0n) [x, y] = [y, x % y];
    return x;
  },
  divExact: (a, b) => a / b,
  isOne: (a) => a === 1n || a === -1n,
  sign: (a) => (a > 0n ? 1 : a < 0n ? -1 : 0),
};

/** Runs `compute` in the number ring, and again in the BigInt ring if a value left the safe-integer range. */
export function exactly<R>(compute: <T>(ring: Ring<T>) => R): R {
  try {
    return compute(numberRing);
  } catch (e) {
    if (e instanceof ExactnessOverflow) return compute(bigintRing);
    throw e;
  }
}
