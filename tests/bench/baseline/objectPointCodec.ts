/**
 * Frozen copy of the point codec of the object codec as it was before issue 18
 * (assessments/drawing/pointCodec.ts at main), kept only as the benchmark's and the tests' baseline.
 */
import { DrawingDecodeError } from '../../../assessments/drawing/decodeError';
import { MIN_POINT_BYTES, PREDICT, PREDICT_MASK } from '../../../assessments/drawing/format';
import { COORD_LIMIT, MAX_TIME_MS } from '../../../assessments/drawing/limits';
import { type ByteReader, type ByteWriter, pairLength, unzigzag, varintLength, zigzag } from './objectVarint';

export interface PointChannels {
  x: Float64Array;
  y: Float64Array;
  t: Float64Array;
  p: Float64Array;
}

function residual(values: Float64Array, i: number, secondOrder: boolean): number {
  const previous = values[i - 1]!;
  if (!secondOrder || i < 2) return values[i]! - previous;
  return values[i]! - (2 * previous - values[i - 2]!);
}

function varintCost(values: Float64Array, secondOrder: boolean): number {
  let cost = 0;
  for (let i = 1; i < values.length; i++) cost += varintLength(zigzag(residual(values, i, secondOrder)));
  return cost;
}

function pairCost(t: Float64Array, p: Float64Array, tOrder2: boolean, pOrder2: boolean): number {
  let cost = 0;
  for (let i = 1; i < t.length; i++) {
    cost += pairLength(zigzag(residual(t, i, tOrder2)), zigzag(residual(p, i, pOrder2)));
  }
  return cost;
}

function chooseFlags(c: PointChannels): number {
  let flags = 0;
  if (varintCost(c.x, true) < varintCost(c.x, false)) flags |= PREDICT.X;
  if (varintCost(c.y, true) < varintCost(c.y, false)) flags |= PREDICT.Y;
  let best = Number.POSITIVE_INFINITY;
  let bestPair = 0;
  for (const tOrder2 of [false, true]) {
    for (const pOrder2 of [false, true]) {
      const cost = pairCost(c.t, c.p, tOrder2, pOrder2);
      if (cost < best) {
        best = cost;
        bestPair = (tOrder2 ? PREDICT.T : 0) | (pOrder2 ? PREDICT.P : 0);
      }
    }
  }
  return flags | bestPair;
}

export function writePoints(writer: ByteWriter, c: PointChannels): void {
  const flags = chooseFlags(c);
  const x2 = (flags & PREDICT.X) !== 0;
  const y2 = (flags & PREDICT.Y) !== 0;
  const t2 = (flags & PREDICT.T) !== 0;
  const p2 = (flags & PREDICT.P) !== 0;
  writer.byte(flags);
  writer.varint(c.t[0]!);
  writer.signed(c.x[0]!);
  writer.signed(c.y[0]!);
  writer.byte(c.p[0]!);
  for (let i = 1; i < c.x.length; i++) {
    writer.signed(residual(c.x, i, x2));
    writer.signed(residual(c.y, i, y2));
    writer.pair(zigzag(residual(c.t, i, t2)), zigzag(residual(c.p, i, p2)));
  }
}

function predict(values: Float64Array, i: number, secondOrder: boolean): number {
  const previous = values[i - 1]!;
  return !secondOrder || i < 2 ? previous : 2 * previous - values[i - 2]!;
}

function malformed(message: string, offset: number): DrawingDecodeError {
  return new DrawingDecodeError('malformed', message, offset);
}

export function readPoints(reader: ByteReader, count: number): PointChannels {
  const flagsAt = reader.offset;
  const flags = reader.byte();
  if ((flags & ~PREDICT_MASK) !== 0) throw malformed('unknown predictor flags', flagsAt);
  if (count - 1 > Math.floor(reader.remaining / MIN_POINT_BYTES)) {
    throw new DrawingDecodeError('truncated', 'stroke has more points than the input can hold', reader.offset);
  }
  const c: PointChannels = {
    x: new Float64Array(count),
    y: new Float64Array(count),
    t: new Float64Array(count),
    p: new Float64Array(count),
  };
  const x2 = (flags & PREDICT.X) !== 0;
  const y2 = (flags & PREDICT.Y) !== 0;
  const t2 = (flags & PREDICT.T) !== 0;
  const p2 = (flags & PREDICT.P) !== 0;
  for (let i = 0; i < count; i++) {
    const at = reader.offset;
    if (i === 0) {
      c.t[0] = reader.varint();
      c.x[0] = reader.signed();
      c.y[0] = reader.signed();
      c.p[0] = reader.byte();
    } else {
      c.x[i] = predict(c.x, i, x2) + reader.signed();
      c.y[i] = predict(c.y, i, y2) + reader.signed();
      const [rt, rp] = reader.pair();
      c.t[i] = predict(c.t, i, t2) + unzigzag(rt);
      c.p[i] = predict(c.p, i, p2) + unzigzag(rp);
    }
    if (Math.abs(c.x[i]!) > COORD_LIMIT || Math.abs(c.y[i]!) > COORD_LIMIT) throw malformed('coordinate out of range', at);
    if (c.t[i]! < 0 || c.t[i]! > MAX_TIME_MS) throw malformed('time out of range', at);
    if (c.p[i]! < 0 || c.p[i]! > 255) throw malformed('pressure out of range', at);
  }
  return c;
}
