/**
 * Byte-level building blocks of the drawing encoding: LEB128 varints, zigzag for signed values,
 * and a *pair* varint that bit-interleaves two small values so both fit in one byte.
 *
 * All arithmetic stays in safe integers (≤ 2^53); 32-bit bit operations are used only where the
 * value is known to fit, because `<<` and `|` silently wrap larger numbers.
 *
 * The writers work on a `Uint8Array` at an offset and return the offset after what they wrote
 * (`writeVarintAt`, `writePairAt`), so the point codec's loops keep the offset in a local variable
 * and allocate nothing per value. `ByteWriter` and `ByteReader` wrap the same primitives for the
 * record-level parts of the format, where a method call per value costs nothing that matters.
 */
import { DrawingDecodeError } from './decodeError';

/** Signed to unsigned: 0, -1, 1, -2, 2 … → 0, 1, 2, 3, 4 … so small magnitudes stay small. */
export function zigzag(value: number): number {
  return value >= 0 ? value * 2 : -value * 2 - 1;
}

export function unzigzag(value: number): number {
  return value % 2 === 0 ? value / 2 : -(value + 1) / 2;
}

/** Bytes `writeVarint` uses for a non-negative integer. */
export function varintLength(value: number): number {
  let length = 1;
  while (value >= 128) {
    value = Math.floor(value / 128);
    length++;
  }
  return length;
}

function bitLength(value: number): number {
  if (value < 0x100000000) return 32 - Math.clz32(value);
  let bits = 0;
  while (value >= 1) {
    value = Math.floor(value / 2);
    bits++;
  }
  return bits;
}

/** Bytes `writePair` uses: the interleaved value has bit 2i from `a` and bit 2i+1 from `b`. */
export function pairLength(a: number, b: number): number {
  const la = bitLength(a);
  const lb = bitLength(b);
  const bits = Math.max(la === 0 ? 0 : 2 * la - 1, 2 * lb);
  return Math.max(1, Math.ceil(bits / 7));
}

/** Spreads the low 15 bits of v to the even bit positions. */
export function spread(v: number): number {
  v = (v | (v << 8)) & 0x00ff00ff;
  v = (v | (v << 4)) & 0x0f0f0f0f;
  v = (v | (v << 2)) & 0x33333333;
  return (v | (v << 1)) & 0x55555555;
}

/** Inverse of `spread`: gathers the even bits of v. */
export function gather(v: number): number {
  v &= 0x55555555;
  v = (v | (v >>> 1)) & 0x33333333;
  v = (v | (v >>> 2)) & 0x0f0f0f0f;
  v = (v | (v >>> 4)) & 0x00ff00ff;
  return (v | (v >>> 8)) & 0x0000ffff;
}

/** Below this, both values of a pair interleave within 30 bits, so 32-bit operations are exact. */
export const PAIR_FAST_LIMIT = 1 << 15;
/** 16 groups of 7 bits hold two 53-bit values interleaved (106 bits). */
export const MAX_PAIR_BYTES = 16;
export const MAX_VARINT_BYTES = 8;
/** The most bytes one point after the first can take: x and y varints and a pair. */
export const MAX_POINT_BYTES = 2 * MAX_VARINT_BYTES + MAX_PAIR_BYTES;

/** Writes unsigned LEB128 of a non-negative safe integer at `pos`; returns the offset after it. */
export function writeVarintAt(buf: Uint8Array, pos: number, value: number): number {
  if (value < 0x80000000) {
    // 32-bit operations are exact below 2^31, and much cheaper than division.
    while (value >= 0x80) {
      buf[pos++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    buf[pos++] = value;
    return pos;
  }
  while (value >= 128) {
    buf[pos++] = (value % 128) | 0x80;
    value = Math.floor(value / 128);
  }
  buf[pos++] = value;
  return pos;
}

/** Writes one LEB128 varint holding `a` and `b` (non-negative) bit-interleaved; see `pairLength`. */
export function writePairAt(buf: Uint8Array, pos: number, a: number, b: number): number {
  if (a < PAIR_FAST_LIMIT && b < PAIR_FAST_LIMIT) return writeVarintAt(buf, pos, spread(a) | (spread(b) << 1));
  // Rare (a long pause inside one stroke): interleave bit by bit in safe arithmetic.
  const bits: number[] = [];
  while (a > 0 || b > 0) {
    bits.push(a % 2, b % 2);
    a = Math.floor(a / 2);
    b = Math.floor(b / 2);
  }
  while (bits.length > 0 && bits[bits.length - 1] === 0) bits.pop();
  const groups = Math.max(1, Math.ceil(bits.length / 7));
  for (let g = 0; g < groups; g++) {
    let group = 0;
    for (let k = 0; k < 7; k++) group |= (bits[g * 7 + k] ?? 0) << k;
    buf[pos++] = g < groups - 1 ? group | 0x80 : group;
  }
  return pos;
}

/** A growing byte buffer. `buf` and `pos` are public so a loop can write through the `*At` functions. */
export class ByteWriter {
  buf: Uint8Array;
  pos = 0;

  constructor(capacity = 256) {
    this.buf = new Uint8Array(Math.max(16, capacity));
  }

  /** Makes room for `count` more bytes. */
  reserve(count: number): void {
    if (this.pos + count <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + count) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buf.subarray(0, this.pos));
    this.buf = grown;
  }

  byte(value: number): void {
    this.reserve(1);
    this.buf[this.pos++] = value;
  }

  bytes(values: Uint8Array): void {
    this.reserve(values.length);
    this.buf.set(values, this.pos);
    this.pos += values.length;
  }

  /** Unsigned LEB128 of a non-negative safe integer. */
  varint(value: number): void {
    this.reserve(MAX_VARINT_BYTES);
    this.pos = writeVarintAt(this.buf, this.pos, value);
  }

  signed(value: number): void {
    this.varint(zigzag(value));
  }

  /** One LEB128 varint holding `a` and `b` (non-negative) bit-interleaved; see `pairLength`. */
  pair(a: number, b: number): void {
    this.reserve(MAX_PAIR_BYTES);
    this.pos = writePairAt(this.buf, this.pos, a, b);
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }
}

/**
 * Reads the primitives from `bytes`, refusing to read at or past `end` (which may be before the
 * end of the array: the decoder reads from a copy with zero padding after the input).
 */
export class ByteReader {
  /** Offset of the next byte to read. */
  pos: number;
  readonly end: number;

  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    end = bytes.length,
  ) {
    this.pos = start;
    this.end = end;
  }

  get offset(): number {
    return this.pos;
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  byte(): number {
    if (this.pos >= this.end) throw new DrawingDecodeError('truncated', 'input ends inside a record', this.pos);
    return this.bytes[this.pos++]!;
  }

  varint(): number {
    const start = this.pos;
    let value = 0;
    let scale = 1;
    for (let i = 0; i < MAX_VARINT_BYTES; i++) {
      const byte = this.byte();
      value += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) {
        if (value > Number.MAX_SAFE_INTEGER) break;
        return value;
      }
      scale *= 128;
    }
    throw new DrawingDecodeError('malformed', 'varint too large', start);
  }

  signed(): number {
    return unzigzag(this.varint());
  }

  /** Reads what `writePairAt` wrote: `a` is returned, `b` is left in `pairB` (no array per pair). */
  pairA(): number {
    const start = this.pos;
    let groups = 0;
    let low = 0;
    // Up to 4 groups (28 bits) de-interleave with 32-bit operations.
    for (;;) {
      const byte = this.byte();
      if (groups < 4) low |= (byte & 0x7f) << (7 * groups);
      groups++;
      if ((byte & 0x80) === 0) break;
      if (groups === MAX_PAIR_BYTES) throw new DrawingDecodeError('malformed', 'pair varint too long', start);
    }
    if (groups <= 4) {
      this.pairB = gather(low >>> 1);
      return gather(low);
    }
    let a = 0;
    let b = 0;
    for (let g = 0; g < groups; g++) {
      const group = this.bytes[start + g]! & 0x7f;
      for (let k = 0; k < 7; k++) {
        if (((group >> k) & 1) === 0) continue;
        const index = g * 7 + k;
        const half = Math.floor(index / 2);
        if (half > 52) throw new DrawingDecodeError('malformed', 'pair varint too large', start);
        if (index % 2 === 0) a += 2 ** half;
        else b += 2 ** half;
      }
    }
    this.pairB = b;
    return a;
  }

  /** The second value of the last `pairA`. */
  pairB = 0;

  /** Reads what `ByteWriter.pair` wrote, as [a, b]. */
  pair(): [number, number] {
    const a = this.pairA();
    return [a, this.pairB];
  }
}
