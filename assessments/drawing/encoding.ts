/**
 * Compact binary encoding of drawings (format version 1; full layout in ENCODING.md).
 *
 *   stream = header chunk+
 *   header = "KNDR" version:u8 orientation:u8
 *   chunk  = [STYLES] (STROKE | UNDO | REDO | CLEAR | GAP)* [FINISH] END
 *
 * Quantization is `quantize.ts`: x, y to 1 page unit (0.1 mm), pressure to 1/255, t to 1 ms,
 * width to 0.1 unit. Points are delta coded per stroke with zigzag LEB128 varints (pointCodec.ts);
 * each chunk carries its own palette of styles (tool, pointer type, colour, width), so chunks are
 * self-contained: the storage layer starts a stream with `encodeDrawing({ page, events: [] })`
 * and appends one `encodeEvents(...)` chunk per stroke end or every 2 s; the concatenation decodes
 * as one drawing, and a crash between appends loses only the unwritten chunk.
 *
 * The codec works on the typed form (typed.ts: `encodeTypedEvents`, `encodeTypedDrawing`,
 * `decodeTypedDrawing`), straight between bytes and typed columns. The object-form functions
 * (`encodeEvents`, `encodeDrawing`, `decodeDrawing`) convert at their edge and give the same bytes
 * and the same drawing as before.
 */
import { decodeTypedDrawing } from './decoder';
import { InvalidDrawingError } from './decodeError';
import { FORMAT_VERSION, MAGIC, ORIENTATION_CODES, POINTER_CODES, TAG, TOOL_CODES, styleByte } from './format';
import { MAX_TIME_MS } from './limits';
import type { Drawing, DrawingEvent } from './model';
import type { PointChannels } from './pointCodec';
import { quantizePoints, writePoints } from './pointCodec';
import { MAX_WIDTH_LEVEL, MIN_WIDTH_LEVEL, roundInt, widthLevel } from './quantize';
import { findDrawingProblem } from './timeline';
import { type TypedDrawing, type TypedEvent, type TypedStroke, toObjectDrawing, toTypedDrawing } from './typed';
import { ByteWriter } from './varint';

export { decodeTypedDrawing } from './decoder';
export { DrawingDecodeError, InvalidDrawingError } from './decodeError';
export type { DrawingDecodeErrorCode } from './decodeError';

const COLOUR = /^#[0-9a-fA-F]{6}$/;

function invalid(message: string): InvalidDrawingError {
  return new InvalidDrawingError(message);
}

function checkTime(value: number, what: string): number {
  const t = roundInt(value);
  if (!(t >= 0 && t <= MAX_TIME_MS)) throw invalid(`${what} out of range: ${value}`);
  return t;
}

interface Style {
  byte: number;
  colour: string;
  widthLevel: number;
}

function strokeStyle(stroke: TypedStroke): Style {
  if (!TOOL_CODES.includes(stroke.tool)) throw invalid(`unknown tool: ${String(stroke.tool)}`);
  if (!POINTER_CODES.includes(stroke.pointerType)) throw invalid(`unknown pointer type: ${String(stroke.pointerType)}`);
  if (!COLOUR.test(stroke.colour)) throw invalid(`colour is not #rrggbb: ${stroke.colour}`);
  const level = widthLevel(stroke.width);
  if (!(level >= MIN_WIDTH_LEVEL && level <= MAX_WIDTH_LEVEL)) throw invalid(`width out of range: ${stroke.width}`);
  return { byte: styleByte(stroke.tool, stroke.pointerType), colour: stroke.colour.toLowerCase(), widthLevel: level };
}

/** Scratch columns of quantized points, reused from stroke to stroke (the encoder is synchronous). */
let scratch: PointChannels = {
  count: 0,
  x: new Int32Array(0),
  y: new Int32Array(0),
  t: new Float64Array(0),
  p: new Int32Array(0),
};

/** Writes a stroke's points, quantized (quantize.ts) and range-checked on the way. */
function writeStrokePoints(writer: ByteWriter, stroke: TypedStroke): void {
  const n = stroke.points.count;
  if (scratch.x.length < n) {
    const size = Math.max(n, scratch.x.length * 2);
    scratch = { count: 0, x: new Int32Array(size), y: new Int32Array(size), t: new Float64Array(size), p: new Int32Array(size) };
  }
  const flags = quantizePoints(stroke.points, scratch);
  writePoints(writer, scratch, flags);
}

function writeStyles(writer: ByteWriter, styles: readonly Style[]): void {
  writer.byte(TAG.STYLES);
  writer.varint(styles.length);
  for (const style of styles) {
    writer.byte(style.byte);
    const rgb = parseInt(style.colour.slice(1), 16);
    writer.byte((rgb >> 16) & 0xff);
    writer.byte((rgb >> 8) & 0xff);
    writer.byte(rgb & 0xff);
    writer.varint(style.widthLevel);
  }
}

const EVENT_KINDS: readonly string[] = ['stroke', 'undo', 'redo', 'clear', 'gap'];

function writeChunk(writer: ByteWriter, events: readonly TypedEvent[], finishedT: number | undefined): void {
  // The ordering check below trusts `kind`; typed callers cannot get it wrong, parsed JSON can.
  for (const event of events) {
    if (!EVENT_KINDS.includes(event.kind)) throw invalid(`unknown event kind: ${String(event.kind)}`);
  }
  const problem = findDrawingProblem({ events, finishedT });
  if (problem) throw invalid(`${problem.message} at ${problem.path.join('.')}`);
  // The chunk's palette: each distinct style once, in order of first use.
  const styles: Style[] = [];
  const styleIndex = new Map<string, number>();
  const strokeStyles: number[] = [];
  for (const event of events) {
    if (event.kind !== 'stroke') continue;
    const style = strokeStyle(event);
    const key = `${style.byte}${style.colour}/${style.widthLevel}`;
    let index = styleIndex.get(key);
    if (index === undefined) {
      index = styles.length;
      styles.push(style);
      styleIndex.set(key, index);
    }
    strokeStyles.push(index);
  }
  if (styles.length > 0) writeStyles(writer, styles);
  let strokeNumber = 0;
  for (const event of events) {
    switch (event.kind) {
      case 'stroke':
        writer.byte(TAG.STROKE);
        writer.varint(strokeStyles[strokeNumber++]!);
        writer.varint(event.points.count);
        writeStrokePoints(writer, event);
        break;
      case 'gap':
        if (!Number.isInteger(event.t) || !Number.isInteger(event.durationMs))
          throw invalid('gap times must be whole milliseconds');
        writer.byte(TAG.GAP);
        writer.varint(checkTime(event.t, 'gap time'));
        writer.varint(checkTime(event.durationMs, 'gap duration'));
        break;
      default:
        writer.byte(event.kind === 'undo' ? TAG.UNDO : event.kind === 'redo' ? TAG.REDO : TAG.CLEAR);
        writer.varint(checkTime(event.t, `${event.kind} time`));
    }
  }
  if (finishedT !== undefined) {
    writer.byte(TAG.FINISH);
    writer.varint(checkTime(finishedT, 'finish time'));
  }
  writer.byte(TAG.END);
}

/** The whole drawing as one stream: header and a single chunk. Throws InvalidDrawingError. */
export function encodeTypedDrawing(drawing: TypedDrawing): Uint8Array {
  const writer = new ByteWriter(64 + 4 * pointTotal(drawing.events));
  const orientation = ORIENTATION_CODES.indexOf(drawing.page.orientation);
  if (orientation < 0) throw invalid(`unknown orientation: ${String(drawing.page.orientation)}`);
  writer.bytes(MAGIC);
  writer.byte(FORMAT_VERSION);
  writer.byte(orientation);
  writeChunk(writer, drawing.events, drawing.finishedT);
  return writer.finish();
}

export interface ChunkOptions {
  /** Set on the last chunk, when the client pressed "Finished". */
  finishedT?: number | undefined;
}

/**
 * A chunk of events to append to a stream begun with `encodeDrawing`. Chunks are independent;
 * the ordering rules across chunks are checked when chunks are decoded together, after the header
 * (on append, the backend decodes the new chunk after a short summary of the stored events).
 */
export function encodeTypedEvents(events: readonly TypedEvent[], options: ChunkOptions = {}): Uint8Array {
  const writer = new ByteWriter(64 + 4 * pointTotal(events));
  writeChunk(writer, events, options.finishedT);
  return writer.finish();
}

/** Points in the events: a point takes about 3 bytes, so this sizes the output buffer once. */
function pointTotal(events: readonly TypedEvent[]): number {
  let total = 0;
  for (const event of events) if (event.kind === 'stroke') total += event.points.count;
  return total;
}

/** `encodeTypedDrawing` of the object form; the same bytes. */
export function encodeDrawing(drawing: Drawing): Uint8Array {
  return encodeTypedDrawing(toTypedDrawing(drawing));
}

/** `encodeTypedEvents` of the object form; the same bytes. */
export function encodeEvents(events: readonly DrawingEvent[], options: ChunkOptions = {}): Uint8Array {
  return encodeTypedEvents(toTypedDrawing({ page: { orientation: 'portrait' }, events: [...events] }).events, options);
}

/** The drawing in `bytes` in the object form (model.ts). Throws DrawingDecodeError. */
export function decodeDrawing(bytes: Uint8Array): Drawing {
  return toObjectDrawing(decodeTypedDrawing(bytes));
}
