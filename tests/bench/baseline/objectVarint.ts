/**
 * Frozen copy of the byte primitives of the object codec as it was before issue 18
 * (assessments/drawing/varint.ts at main), kept only as the benchmark's and the tests' baseline.
 */
import { DrawingDecodeError } from '../../../assessments/drawing/decodeError';

export function zigzag(value: number): number {
  return value >= 0 ? value * 2 : -value * 2 - 1;
}

export function unzigzag(value: number): number {
  return value % 2 === 0 ? value / 2 : -(value + 1) / 2;
}

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

export function pairLength(a: number, b: number): number {
  const la = bitLength(a);
  const lb = bitLength(b);
  const bits = Math.max(la === 0 ? 0 : 2 * la - 1, 2 * lb);
  return Math.max(1, Math.ceil(bits / 7));
}

function spread(v: number): number {
  v = (v | (v << 8)) & 0x00ff00ff;
  v = (v | (v << 4)) & 0x0f0f0f0f;
  v = (v | (v << 2)) & 0x33333333;
  return (v | (v << 1)) & 0x55555555;
}

function gather(v: number): number {
  v &= 0x55555555;
  v = (v | (v >>> 1)) & 0x33333333;
  v = (v | (v >>> 2)) & 0x0f0f0f0f;
  v = (v | (v >>> 4)) & 0x00ff00ff;
  return (v | (v >>> 8)) & 0x0000ffff;
}

const PAIR_FAST_LIMIT = 1 << 15;
const MAX_PAIR_BYTES = 16;
const MAX_VARINT_BYTES = 8;

export class ByteWriter {
  private buffer = new Uint8Array(256);
  private length = 0;

  private reserve(count: number): void {
    if (this.length + count <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + count) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  byte(value: number): void {
    this.reserve(1);
    this.buffer[this.length++] = value;
  }

  bytes(values: Uint8Array): void {
    this.reserve(values.length);
    this.buffer.set(values, this.length);
    this.length += values.length;
  }

  varint(value: number): void {
    this.reserve(MAX_VARINT_BYTES);
    while (value >= 128) {
      this.buffer[this.length++] = (value % 128) | 0x80;
      value = Math.floor(value / 128);
    }
    this.buffer[this.length++] = value;
  }

  signed(value: number): void {
    this.varint(zigzag(value));
  }

  pair(a: number, b: number): void {
    if (a < PAIR_FAST_LIMIT && b < PAIR_FAST_LIMIT) {
      this.varint(spread(a) | (spread(b) << 1));
      return;
    }
    const bits: number[] = [];
    while (a > 0 || b > 0) {
      bits.push(a % 2, b % 2);
      a = Math.floor(a / 2);
      b = Math.floor(b / 2);
    }
    while (bits.length > 0 && bits[bits.length - 1] === 0) bits.pop();
    const groups = Math.max(1, Math.ceil(bits.length / 7));
    this.reserve(groups);
    for (let g = 0; g < groups; g++) {
      let group = 0;
      for (let k = 0; k < 7; k++) group |= (bits[g * 7 + k] ?? 0) << k;
      this.buffer[this.length++] = g < groups - 1 ? group | 0x80 : group;
    }
  }

  finish(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

export class ByteReader {
  private position: number;

  constructor(
    private readonly bytes: Uint8Array,
    start = 0,
  ) {
    this.position = start;
  }

  get offset(): number {
    return this.position;
  }

  get remaining(): number {
    return this.bytes.length - this.position;
  }

  byte(): number {
    if (this.position >= this.bytes.length)
      throw new DrawingDecodeError('truncated', 'input ends inside a record', this.position);
    return this.bytes[this.position++]!;
  }

  varint(): number {
    const start = this.position;
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

  pair(): [number, number] {
    const start = this.position;
    const groups: number[] = [];
    for (;;) {
      if (groups.length === MAX_PAIR_BYTES) throw new DrawingDecodeError('malformed', 'pair varint too long', start);
      const byte = this.byte();
      groups.push(byte & 0x7f);
      if ((byte & 0x80) === 0) break;
    }
    if (groups.length <= 4) {
      let value = 0;
      for (let g = groups.length - 1; g >= 0; g--) value = (value << 7) | groups[g]!;
      return [gather(value), gather(value >>> 1)];
    }
    let a = 0;
    let b = 0;
    for (let g = 0; g < groups.length; g++) {
      for (let k = 0; k < 7; k++) {
        const bit = (groups[g]! >> k) & 1;
        const index = g * 7 + k;
        const half = Math.floor(index / 2);
        if (bit === 0) continue;
        if (half > 52) throw new DrawingDecodeError('malformed', 'pair varint too large', start);
        if (index % 2 === 0) a += 2 ** half;
        else b += 2 ** half;
      }
    }
    return [a, b];
  }
}
