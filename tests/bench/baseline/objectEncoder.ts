/**
 * Frozen copy of the object-form encoder as it was before issue 18 (assessments/drawing at main),
 * kept only as the benchmark's baseline and the reference the typed codec is tested against.
 */
import { InvalidDrawingError } from '../../../assessments/drawing/decodeError';
import {
  FORMAT_VERSION,
  MAGIC,
  ORIENTATION_CODES,
  POINTER_CODES,
  TAG,
  TOOL_CODES,
  styleByte,
} from '../../../assessments/drawing/format';
import { COORD_LIMIT, MAX_TIME_MS } from '../../../assessments/drawing/limits';
import type { Drawing, DrawingEvent, Stroke } from '../../../assessments/drawing/model';
import type { PointChannels } from './objectPointCodec';
import { writePoints } from './objectPointCodec';
import { MAX_WIDTH_LEVEL, MIN_WIDTH_LEVEL, pressureLevel, roundInt, widthLevel } from '../../../assessments/drawing/quantize';
import { findDrawingProblem } from '../../../assessments/drawing/timeline';
import { ByteWriter } from './objectVarint';

export { decodeDrawing } from './objectDecoder';
export { DrawingDecodeError, InvalidDrawingError } from '../../../assessments/drawing/decodeError';
export type { DrawingDecodeErrorCode } from '../../../assessments/drawing/decodeError';

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

function strokeStyle(stroke: Stroke): Style {
  if (!TOOL_CODES.includes(stroke.tool)) throw invalid(`unknown tool: ${String(stroke.tool)}`);
  if (!POINTER_CODES.includes(stroke.pointerType)) throw invalid(`unknown pointer type: ${String(stroke.pointerType)}`);
  if (!COLOUR.test(stroke.colour)) throw invalid(`colour is not #rrggbb: ${stroke.colour}`);
  const level = widthLevel(stroke.width);
  if (!(level >= MIN_WIDTH_LEVEL && level <= MAX_WIDTH_LEVEL)) throw invalid(`width out of range: ${stroke.width}`);
  return { byte: styleByte(stroke.tool, stroke.pointerType), colour: stroke.colour.toLowerCase(), widthLevel: level };
}

function channels(stroke: Stroke): PointChannels {
  const n = stroke.points.length;
  const c: PointChannels = { x: new Float64Array(n), y: new Float64Array(n), t: new Float64Array(n), p: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const point = stroke.points[i]!;
    const x = roundInt(point.x);
    const y = roundInt(point.y);
    if (!(Math.abs(x) <= COORD_LIMIT && Math.abs(y) <= COORD_LIMIT))
      throw invalid(`coordinate out of range: ${point.x}, ${point.y}`);
    const p = pressureLevel(point.pressure);
    if (!(p >= 0 && p <= 255)) throw invalid(`pressure out of range: ${point.pressure}`);
    c.x[i] = x;
    c.y[i] = y;
    c.t[i] = checkTime(point.t, 'time');
    c.p[i] = p;
  }
  return c;
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

function writeChunk(writer: ByteWriter, events: readonly DrawingEvent[], finishedT: number | undefined): void {
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
        writer.varint(event.points.length);
        writePoints(writer, channels(event));
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
export function encodeDrawing(drawing: Drawing): Uint8Array {
  const writer = new ByteWriter();
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
  finishedT?: number;
}

/**
 * A chunk of events to append to a stream begun with `encodeDrawing`. Chunks are independent;
 * the ordering rules across chunks are checked when chunks are decoded together, after the header
 * (on append, the backend decodes the new chunk after a short summary of the stored events).
 */
export function encodeEvents(events: readonly DrawingEvent[], options: ChunkOptions = {}): Uint8Array {
  const writer = new ByteWriter();
  writeChunk(writer, events, options.finishedT);
  return writer.finish();
}
