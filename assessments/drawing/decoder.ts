/**
 * Reads the binary drawing format (ENCODING.md) straight into the typed form (typed.ts). Every
 * failure is a DrawingDecodeError; the work done is linear in the input length (each record
 * consumes bytes, and counts are checked against the bytes left before anything is allocated), so
 * hostile input cannot hang or exhaust memory.
 *
 * Speed (issue 18): the points of all strokes go into one set of column buffers, grown by doubling,
 * and each stroke gets `subarray` views of its range once the buffers are final; no object per
 * point. The ordering rules of timeline.ts are checked inline as events are read, with the same
 * first problem and message `findDrawingProblem` gives; it is reported only after the whole input
 * has been read, because a malformed or truncated input is refused as such first.
 */
import { DrawingDecodeError } from './decodeError';
import {
  FORMAT_VERSION,
  HEADER_LENGTH,
  MAGIC,
  MIN_STYLE_BYTES,
  ORIENTATION_CODES,
  POINTER_CODES,
  TAG,
  TOOL_CODES,
} from './format';
import { MAX_TIME_MS } from './limits';
import type { Drawing, PointerType, Tool } from './model';
import { type PointColumns, readPointFlags, readPoints } from './pointCodec';
import { MAX_WIDTH_LEVEL, MIN_WIDTH_LEVEL, WIDTH_STEPS_PER_UNIT } from './quantize';
import type { TypedDrawing, TypedEvent, TypedStroke } from './typed';
import { ByteReader, MAX_POINT_BYTES } from './varint';

interface Style {
  tool: Tool;
  pointerType: PointerType;
  colour: string;
  width: number;
}

function malformed(message: string, offset: number): DrawingDecodeError {
  return new DrawingDecodeError('malformed', message, offset);
}

function readHeader(bytes: Uint8Array): Drawing['page'] {
  for (let i = 0; i < MAGIC.length; i++) {
    if (i >= bytes.length) throw new DrawingDecodeError('truncated', 'input ends inside the header', i);
    if (bytes[i] !== MAGIC[i]) throw new DrawingDecodeError('badMagic', 'not a drawing', i);
  }
  if (bytes.length < HEADER_LENGTH) throw new DrawingDecodeError('truncated', 'input ends inside the header', bytes.length);
  const version = bytes[MAGIC.length]!;
  if (version !== FORMAT_VERSION) {
    throw new DrawingDecodeError('unsupportedVersion', `format version ${version} is not supported`, MAGIC.length);
  }
  const orientation = ORIENTATION_CODES[bytes[MAGIC.length + 1]!];
  if (orientation === undefined) throw malformed('unknown page orientation', MAGIC.length + 1);
  return { orientation };
}

function readTime(reader: ByteReader): number {
  const at = reader.pos;
  const t = reader.varint();
  if (t > MAX_TIME_MS) throw malformed('time out of range', at);
  return t;
}

function readStyles(reader: ByteReader): Style[] {
  const at = reader.pos;
  const count = reader.varint();
  if (count === 0) throw malformed('empty style palette', at);
  if (count > Math.floor(reader.remaining / MIN_STYLE_BYTES)) {
    throw new DrawingDecodeError('truncated', 'palette longer than the input', at);
  }
  const styles: Style[] = [];
  for (let i = 0; i < count; i++) {
    const styleAt = reader.pos;
    const byte = reader.byte();
    const tool = TOOL_CODES[byte & 0x03]!;
    const pointerType = POINTER_CODES[(byte >> 2) & 0x03];
    if (pointerType === undefined || byte >> 4 !== 0) throw malformed('unknown tool or pointer type', styleAt);
    let colour = '#';
    for (let k = 0; k < 3; k++) colour += HEX[reader.byte()]!;
    const widthAt = reader.pos;
    const level = reader.varint();
    if (level < MIN_WIDTH_LEVEL || level > MAX_WIDTH_LEVEL) throw malformed('width out of range', widthAt);
    styles.push({ tool, pointerType, colour, width: level / WIDTH_STEPS_PER_UNIT });
  }
  return styles;
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** The ordering rules of timeline.ts, fed one event at a time; keeps the first problem. */
class OrderCheck {
  private lastStart = Number.NEGATIVE_INFINITY;
  private maxEnd = Number.NEGATIVE_INFINITY;
  private barrier = Number.NEGATIVE_INFINITY;
  problem: string | null = null;

  /** `backwards` is the first point index whose time went backwards (0: none). */
  stroke(index: number, start: number, end: number, backwards: number): void {
    if (this.problem !== null) return;
    if (backwards > 0) this.problem = `time goes backwards within a stroke at events.${index}.points.${backwards}.t`;
    else if (start < this.lastStart) this.problem = `event starts before the previous event at events.${index}`;
    else if (start < this.barrier) {
      this.problem = `stroke starts before the preceding undo/redo/clear/gap ends at events.${index}`;
    } else this.advance(start, end, false);
  }

  other(index: number, kind: string, start: number, end: number): void {
    if (this.problem !== null) return;
    if (start < this.lastStart) this.problem = `event starts before the previous event at events.${index}`;
    else if (start < this.maxEnd) this.problem = `${kind} happens before an earlier stroke ends at events.${index}`;
    else if (end > MAX_TIME_MS) this.problem = `event ends after the longest possible drawing at events.${index}`;
    else this.advance(start, end, true);
  }

  finish(finishedT: number | undefined): void {
    if (this.problem === null && finishedT !== undefined && finishedT < this.maxEnd) {
      this.problem = 'drawing finished before its last event ended at finishedT';
    }
  }

  private advance(start: number, end: number, barrier: boolean): void {
    this.lastStart = start;
    if (end > this.maxEnd) this.maxEnd = end;
    if (barrier && end > this.barrier) this.barrier = end;
  }
}

/** Point columns for the whole drawing, grown by doubling; `used` points are filled. */
class Columns implements PointColumns {
  x: Float64Array;
  y: Float64Array;
  t: Float64Array;
  pressure: Float32Array;
  used = 0;

  constructor(capacity: number) {
    this.x = new Float64Array(capacity);
    this.y = new Float64Array(capacity);
    this.t = new Float64Array(capacity);
    this.pressure = new Float32Array(capacity);
  }

  reserve(count: number): void {
    const needed = this.used + count;
    if (needed <= this.x.length) return;
    const size = Math.max(needed, this.x.length * 2);
    const grow = <A extends Float64Array | Float32Array>(old: A, fresh: A): A => {
      fresh.set(old.subarray(0, this.used));
      return fresh;
    };
    this.x = grow(this.x, new Float64Array(size));
    this.y = grow(this.y, new Float64Array(size));
    this.t = grow(this.t, new Float64Array(size));
    this.pressure = grow(this.pressure, new Float32Array(size));
  }
}

/**
 * Strokes are made once the columns stop growing, so their views point at the final buffers;
 * until then an event list entry of a stroke is null and this records what it will be.
 */
interface PendingStroke {
  index: number;
  style: Style;
  start: number;
  count: number;
}

/** Start capacity: a point takes at least 3 bytes, so this is never too small for real drawings; capped for hostile ones. */
const MAX_START_POINTS = 1 << 20;

/** The drawing in `bytes` (a header and one or more chunks), typed. Throws DrawingDecodeError. */
export function decodeTypedDrawing(input: Uint8Array): TypedDrawing {
  return decodeWithCapacity(input, Math.min(Math.ceil(input.length / 3), MAX_START_POINTS));
}

/** `decodeTypedDrawing` starting with room for `startPoints` points (tests make it grow from 1). */
export function decodeWithCapacity(input: Uint8Array, startPoints: number): TypedDrawing {
  const page = readHeader(input);
  const end = input.length;
  // A copy with zero padding, so the point loop can read a whole point before checking the end.
  const bytes = new Uint8Array(end + MAX_POINT_BYTES);
  bytes.set(input);
  const reader = new ByteReader(bytes, HEADER_LENGTH, end);
  const columns = new Columns(startPoints);
  const events: (TypedEvent | null)[] = [];
  const pending: PendingStroke[] = [];
  const order = new OrderCheck();
  let finishedT: number | undefined;
  let styles: Style[] = [];
  let atChunkEnd = false;
  while (reader.pos < end) {
    const at = reader.pos;
    const tag = reader.byte();
    atChunkEnd = false;
    switch (tag) {
      case TAG.END:
        atChunkEnd = true;
        styles = [];
        break;
      case TAG.STYLES:
        styles = readStyles(reader);
        break;
      case TAG.STROKE: {
        const styleAt = reader.pos;
        const style = styles[reader.varint()];
        if (style === undefined) throw malformed('stroke refers to a style not in the chunk palette', styleAt);
        const countAt = reader.pos;
        const count = reader.varint();
        if (count === 0) throw malformed('stroke without points', countAt);
        const flags = readPointFlags(reader, count);
        columns.reserve(count);
        const start = columns.used;
        const backwards = readPoints(reader, flags, count, columns, start);
        columns.used += count;
        const index = events.length;
        order.stroke(index, columns.t[start]!, columns.t[start + count - 1]!, backwards);
        events.push(null);
        pending.push({ index, style, start, count });
        break;
      }
      case TAG.UNDO:
      case TAG.REDO:
      case TAG.CLEAR: {
        const kind = tag === TAG.UNDO ? 'undo' : tag === TAG.REDO ? 'redo' : 'clear';
        const t = readTime(reader);
        order.other(events.length, kind, t, t);
        events.push({ kind, t });
        break;
      }
      case TAG.GAP: {
        const t = readTime(reader);
        const durationMs = readTime(reader);
        order.other(events.length, 'gap', t, t + durationMs);
        events.push({ kind: 'gap', t, durationMs });
        break;
      }
      case TAG.FINISH:
        if (finishedT !== undefined) throw malformed('drawing finished twice', at);
        finishedT = readTime(reader);
        break;
      default:
        throw malformed(`unknown record tag ${tag}`, at);
    }
  }
  // Only a complete chunk ends a stream; anything else is a cut-off write.
  if (!atChunkEnd) throw new DrawingDecodeError('truncated', 'input ends before the end of a chunk', end);
  order.finish(finishedT);
  if (order.problem !== null) throw new DrawingDecodeError('invalidDrawing', order.problem, end);

  const { x, y, t, pressure } = columns;
  for (const { index, style, start, count } of pending) {
    const stop = start + count;
    const stroke: TypedStroke = {
      kind: 'stroke',
      tool: style.tool,
      colour: style.colour,
      width: style.width,
      pointerType: style.pointerType,
      points: {
        count,
        x: x.subarray(start, stop),
        y: y.subarray(start, stop),
        t: t.subarray(start, stop),
        pressure: pressure.subarray(start, stop),
      },
    };
    events[index] = stroke;
  }
  const done = events as TypedEvent[];
  return finishedT === undefined ? { page, events: done } : { page, events: done, finishedT };
}
