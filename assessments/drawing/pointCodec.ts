/**
 * Coding of one stroke's points (quantized integers) — the part of the format that decides the
 * bytes per point, and the part that runs a million times for a long drawing.
 *
 * Each channel (x, y, t, pressure) is a sequence of integers coded as residuals against a
 * prediction: either the previous value (first difference) or the line through the two previous
 * values (second difference). Smooth pen movement sampled at 120–240 Hz changes velocity slowly,
 * so second differences are usually smaller; slow or jittery strokes favour first differences.
 * The encoder measures both for every channel of every stroke and keeps the smaller (one flag bit
 * per channel), so the choice costs one byte per stroke and never loses.
 *
 * Residuals are zigzagged; x and y are LEB128 varints; t and pressure residuals share one
 * "pair" varint (bit-interleaved), because at a steady sample rate both are nearly always within
 * ±3 and then fit together in a single byte. That is what brings a point under 4 bytes.
 *
 * Speed: both directions work straight between the bytes and typed columns, with the byte offset
 * in a local variable and no object per point or per value. One-byte values (nearly all of them)
 * take an inline path; longer ones go through `varint.ts`.
 */
import { DrawingDecodeError, InvalidDrawingError } from './decodeError';
import { MIN_POINT_BYTES, PREDICT, PREDICT_MASK } from './format';
import { COORD_LIMIT, MAX_TIME_MS } from './limits';
import { PRESSURE_STEPS } from './quantize';
import type { StrokePoints } from './typed';
import type { ByteReader, ByteWriter } from './varint';
import {
  MAX_POINT_BYTES,
  MAX_VARINT_BYTES,
  gather,
  pairLength,
  spread,
  unzigzag,
  varintLength,
  writePairAt,
  writeVarintAt,
} from './varint';

/**
 * Quantized points as parallel integer channels, `count` long (the arrays are scratch, and may be
 * longer). x, y and pressure levels fit 32 bits; times (up to a year in ms) do not.
 */
export interface PointChannels {
  count: number;
  x: Int32Array;
  y: Int32Array;
  /** Whole milliseconds. */
  t: Float64Array;
  /** Pressure level 0..255. */
  p: Int32Array;
}

/**
 * Zigzag of a value known to be within ±2^29 (x, y, pressure residuals), in 32-bit operations;
 * the result stays a small integer, which V8 keeps unboxed.
 */
const zz32 = (v: number): number => (v << 1) ^ (v >> 31);
/** Zigzag of any safe integer (time residuals can pass 2^31). */
const zz = (v: number): number => (v >= 0 ? v * 2 : -v * 2 - 1);

/** Bytes of a varint of `z` (≥ 0); the common small cases without a loop. */
const vlen = (z: number): number => (z < 0x80 ? 1 : z < 0x4000 ? 2 : z < 0x200000 ? 3 : varintLength(z));

/** Bytes of the pair varint of (a, b) for both below 64, at a * 64 + b. */
const PAIR_LENGTH = new Uint8Array(64 * 64);
for (let a = 0; a < 64; a++) for (let b = 0; b < 64; b++) PAIR_LENGTH[a * 64 + b] = pairLength(a, b);

const plen = (a: number, b: number): number => (a < 64 && b < 64 ? PAIR_LENGTH[a * 64 + b]! : pairLength(a, b));

/**
 * Quantizes a stroke's points (quantize.ts) into `c`, refusing any value out of range, and returns
 * the predictor flags: for x and y each the cheaper order; for t and pressure the cheapest of four
 * combinations. One pass does both, so the points are read once before they are written.
 */
export function quantizePoints(points: StrokePoints, c: PointChannels): number {
  const n = points.count;
  c.count = n;
  const { x: cx, y: cy, t: ct, p: cp } = c;
  const { x, y, t, pressure } = points;
  // Candidates' costs: x and y first/second order; (t, p) orders ff, fs, sf, ss. At i = 1 both
  // orders predict the previous value, so every candidate pays the same; the previous differences
  // start at 0, which gives exactly that.
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  let ff = 0;
  let fs = 0;
  let sf = 0;
  let ss = 0;
  let qxa = 0;
  let qya = 0;
  let qta = 0;
  let qpa = 0;
  let dx = 0;
  let dy = 0;
  let dt = 0;
  let dp = 0;
  for (let i = 0; i < n; i++) {
    // Math.round, as quantize.ts: the Int32Array turns −0 into 0 by itself; NaN fails the checks.
    const qx = Math.round(x[i]!);
    const qy = Math.round(y[i]!);
    if (!(qx >= -COORD_LIMIT && qx <= COORD_LIMIT && qy >= -COORD_LIMIT && qy <= COORD_LIMIT)) {
      throw new InvalidDrawingError(`coordinate out of range: ${x[i]}, ${y[i]}`);
    }
    const qp = Math.round(pressure[i]! * PRESSURE_STEPS);
    if (!(qp >= 0 && qp <= 255)) throw new InvalidDrawingError(`pressure out of range: ${pressure[i]}`);
    const rounded = Math.round(t[i]!);
    if (!(rounded >= 0 && rounded <= MAX_TIME_MS)) throw new InvalidDrawingError(`time out of range: ${t[i]}`);
    const qt = rounded === 0 ? 0 : rounded;
    cx[i] = qx;
    cy[i] = qy;
    ct[i] = qt;
    cp[i] = qp;
    if (i > 0) {
      const ex = qx - qxa;
      const ey = qy - qya;
      const et = qt - qta;
      const ep = qp - qpa;
      x1 += vlen(zz32(ex));
      x2 += vlen(zz32(ex - dx));
      y1 += vlen(zz32(ey));
      y2 += vlen(zz32(ey - dy));
      const zt1 = zz(et);
      const zt2 = zz(et - dt);
      const zp1 = zz32(ep);
      const zp2 = zz32(ep - dp);
      ff += plen(zt1, zp1);
      fs += plen(zt1, zp2);
      sf += plen(zt2, zp1);
      ss += plen(zt2, zp2);
      dx = ex;
      dy = ey;
      dt = et;
      dp = ep;
    }
    qxa = qx;
    qya = qy;
    qta = qt;
    qpa = qp;
  }
  let flags = 0;
  if (x2 < x1) flags |= PREDICT.X;
  if (y2 < y1) flags |= PREDICT.Y;
  // Strictly smaller wins, in this order, so the choice is the one format version 1 always made.
  let best = ff;
  let pair = 0;
  if (fs < best) {
    best = fs;
    pair = PREDICT.P;
  }
  if (sf < best) {
    best = sf;
    pair = PREDICT.T;
  }
  if (ss < best) pair = PREDICT.T | PREDICT.P;
  return flags | pair;
}

/** The one-byte pair of (a, b), both below 8, at index a * 8 + b. */
const PAIR_BYTE = new Uint8Array(64);
for (let a = 0; a < 8; a++) for (let b = 0; b < 8; b++) PAIR_BYTE[a * 8 + b] = spread(a) | (spread(b) << 1);

/**
 * Writes quantized points with the flags `quantizePoints` chose: flags byte, first point absolute
 * (t, x, y, pressure byte), then residuals per point.
 */
export function writePoints(writer: ByteWriter, c: PointChannels, flags: number): void {
  const n = c.count;
  // A second-order channel predicts 2·v[i−1] − v[i−2], i.e. adds the previous difference.
  const kx = (flags & PREDICT.X) !== 0 ? 1 : 0;
  const ky = (flags & PREDICT.Y) !== 0 ? 1 : 0;
  const kt = (flags & PREDICT.T) !== 0 ? 1 : 0;
  const kp = (flags & PREDICT.P) !== 0 ? 1 : 0;
  writer.reserve(1 + 3 * MAX_VARINT_BYTES + 1 + (n - 1) * MAX_POINT_BYTES);
  const buf = writer.buf;
  const { x, y, t, p } = c;
  let pos = writer.pos;
  buf[pos++] = flags;
  pos = writeVarintAt(buf, pos, t[0]!);
  pos = writeVarintAt(buf, pos, zz32(x[0]!));
  pos = writeVarintAt(buf, pos, zz32(y[0]!));
  buf[pos++] = p[0]!;
  // Previous differences; 0 before the second point, where both orders predict the previous value.
  let dx = 0;
  let dy = 0;
  let dt = 0;
  let dp = 0;
  for (let i = 1; i < n; i++) {
    const ex = x[i]! - x[i - 1]!;
    const ey = y[i]! - y[i - 1]!;
    const et = t[i]! - t[i - 1]!;
    const ep = p[i]! - p[i - 1]!;
    let z = zz32(ex - kx * dx);
    if (z < 0x80) buf[pos++] = z;
    else pos = writeVarintAt(buf, pos, z);
    z = zz32(ey - ky * dy);
    if (z < 0x80) buf[pos++] = z;
    else pos = writeVarintAt(buf, pos, z);
    const zt = zz(et - kt * dt);
    const zp = zz32(ep - kp * dp);
    if (zt < 8 && zp < 8) buf[pos++] = PAIR_BYTE[zt * 8 + zp]!;
    else pos = writePairAt(buf, pos, zt, zp);
    dx = ex;
    dy = ey;
    dt = et;
    dp = ep;
  }
  writer.pos = pos;
}

/** The residuals (unzigzagged) of every one-byte pair: a takes bits 0, 2, 4, 6; b bits 1, 3, 5. */
const PAIR_RESIDUAL_A = new Int8Array(128);
const PAIR_RESIDUAL_B = new Int8Array(128);
for (let v = 0; v < 128; v++) {
  PAIR_RESIDUAL_A[v] = unzigzag(gather(v));
  PAIR_RESIDUAL_B[v] = unzigzag(gather(v >>> 1));
}

/** Stored pressure of each level, level / 255 as Float32 holds it. */
const PRESSURE_OF_LEVEL = Float32Array.from({ length: 256 }, (_, level) => level / PRESSURE_STEPS);

function malformed(message: string, offset: number): DrawingDecodeError {
  return new DrawingDecodeError('malformed', message, offset);
}

/** Where `readPoints` puts what it reads: columns with room from `at` on. */
export interface PointColumns {
  x: Float64Array;
  y: Float64Array;
  t: Float64Array;
  pressure: Float32Array;
}

/**
 * Bounds check before `readPoints` grows any buffer: reads the flags byte and refuses a count the
 * remaining input cannot hold (every point after the first takes at least MIN_POINT_BYTES).
 * Returns the flags.
 */
export function readPointFlags(reader: ByteReader, count: number): number {
  const flagsAt = reader.pos;
  const flags = reader.byte();
  if ((flags & ~PREDICT_MASK) !== 0) throw malformed('unknown predictor flags', flagsAt);
  if (count - 1 > Math.floor(reader.remaining / MIN_POINT_BYTES)) {
    throw new DrawingDecodeError('truncated', 'stroke has more points than the input can hold', reader.pos);
  }
  return flags;
}

/**
 * Reads `count` points written by `writePoints` into `out` from index `at`, checking every value's
 * range; pressure is stored as level / 255. Returns the index of the first point whose time is
 * earlier than the one before it (an ordering problem the caller reports only if nothing worse
 * follows), or 0 when times never decrease.
 *
 * `reader.bytes` must have MAX_POINT_BYTES of zero padding after `reader.end`: the loop reads a
 * point without checking each byte, then refuses it as truncated if it went past the end, before
 * any range check, so what is reported is what a byte-by-byte reader would report.
 */
export function readPoints(reader: ByteReader, flags: number, count: number, out: PointColumns, at: number): number {
  // A second-order channel predicts 2·v[i−1] − v[i−2], i.e. adds the previous difference.
  const kx = (flags & PREDICT.X) !== 0 ? 1 : 0;
  const ky = (flags & PREDICT.Y) !== 0 ? 1 : 0;
  const kt = (flags & PREDICT.T) !== 0 ? 1 : 0;
  const kp = (flags & PREDICT.P) !== 0 ? 1 : 0;
  const { x, y, t, pressure } = out;
  const bytes = reader.bytes;
  const end = reader.end;

  // First point, absolute.
  const firstAt = reader.pos;
  const t0 = reader.varint();
  const x0 = unzigzag(reader.varint());
  const y0 = unzigzag(reader.varint());
  const p0 = reader.byte();
  if (Math.abs(x0) > COORD_LIMIT || Math.abs(y0) > COORD_LIMIT) throw malformed('coordinate out of range', firstAt);
  if (t0 > MAX_TIME_MS) throw malformed('time out of range', firstAt);
  x[at] = x0;
  y[at] = y0;
  t[at] = t0;
  pressure[at] = PRESSURE_OF_LEVEL[p0]!;

  let backwards = 0;
  // Previous values and previous differences (0 before the second point, where both orders
  // predict the previous value).
  let xa = x0;
  let ya = y0;
  let ta = t0;
  let pa = p0;
  let dx = 0;
  let dy = 0;
  let dt = 0;
  let dp = 0;
  let pos = reader.pos;
  for (let i = 1; i < count; i++) {
    const pointAt = pos;
    let byte = bytes[pos]!;
    let rx: number;
    if (byte < 0x80) {
      rx = (byte >>> 1) ^ -(byte & 1);
      pos++;
    } else {
      reader.pos = pos;
      rx = unzigzag(reader.varint());
      pos = reader.pos;
    }
    byte = bytes[pos]!;
    let ry: number;
    if (byte < 0x80) {
      ry = (byte >>> 1) ^ -(byte & 1);
      pos++;
    } else {
      reader.pos = pos;
      ry = unzigzag(reader.varint());
      pos = reader.pos;
    }
    byte = bytes[pos]!;
    let rt: number;
    let rp: number;
    if (byte < 0x80) {
      rt = PAIR_RESIDUAL_A[byte]!;
      rp = PAIR_RESIDUAL_B[byte]!;
      pos++;
    } else {
      reader.pos = pos;
      rt = unzigzag(reader.pairA());
      rp = unzigzag(reader.pairB);
      pos = reader.pos;
    }
    if (pos > end) throw new DrawingDecodeError('truncated', 'input ends inside a record', end);
    const xi = xa + kx * dx + rx;
    const yi = ya + ky * dy + ry;
    const ti = ta + kt * dt + rt;
    const pi = pa + kp * dp + rp;
    // Checking every point keeps predictions bounded, so sums stay exact safe integers.
    if (Math.abs(xi) > COORD_LIMIT || Math.abs(yi) > COORD_LIMIT) throw malformed('coordinate out of range', pointAt);
    if (ti < 0 || ti > MAX_TIME_MS) throw malformed('time out of range', pointAt);
    if (pi < 0 || pi > 255) throw malformed('pressure out of range', pointAt);
    if (ti < ta && backwards === 0) backwards = i;
    const k = at + i;
    x[k] = xi;
    y[k] = yi;
    t[k] = ti;
    pressure[k] = PRESSURE_OF_LEVEL[pi]!;
    dx = xi - xa;
    dy = yi - ya;
    dt = ti - ta;
    dp = pi - pa;
    xa = xi;
    ya = yi;
    ta = ti;
    pa = pi;
  }
  reader.pos = pos;
  return backwards;
}
