import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter, pairLength, unzigzag, varintLength, zigzag } from '../../../assessments/drawing/varint';

describe('varints', () => {
  it('zigzags small magnitudes to small numbers', () => {
    expect([0, -1, 1, -2, 2].map(zigzag)).toEqual([0, 1, 2, 3, 4]);
    fc.assert(fc.property(fc.integer({ min: -(2 ** 51), max: 2 ** 51 }), (n) => unzigzag(zigzag(n)) === n));
  });

  it('round-trips varints up to 2^53 in the predicted length', () => {
    fc.assert(
      fc.property(fc.oneof(fc.nat(300), fc.maxSafeNat()), (n) => {
        const w = new ByteWriter();
        w.varint(n);
        const bytes = w.finish();
        expect(bytes.length).toBe(varintLength(n));
        expect(new ByteReader(bytes).varint()).toBe(n);
      }),
    );
  });

  it('round-trips pairs, one byte when both values are below 8', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.nat(20), fc.nat(70_000), fc.maxSafeNat()),
        fc.oneof(fc.nat(20), fc.nat(70_000), fc.maxSafeNat()),
        (a, b) => {
          const w = new ByteWriter();
          w.pair(a, b);
          const bytes = w.finish();
          expect(bytes.length).toBe(pairLength(a, b));
          expect(new ByteReader(bytes).pair()).toEqual([a, b]);
        },
      ),
    );
    expect(pairLength(7, 7)).toBe(1);
    expect(pairLength(8, 0)).toBe(1);
    expect(pairLength(0, 8)).toBe(2);
  });
});
