/**
 * Frozen copy of the object-form decoder as it was before issue 18 (assessments/drawing at main),
 * kept only as the benchmark's baseline and the reference the typed codec is tested against.
 */
import { DrawingDecodeError } from '../../../assessments/drawing/decodeError';
import {
  FORMAT_VERSION,
  HEADER_LENGTH,
  MAGIC,
  MIN_STYLE_BYTES,
  ORIENTATION_CODES,
  POINTER_CODES,
  TAG,
  TOOL_CODES,
} from '../../../assessments/drawing/format';
import { MAX_TIME_MS } from '../../../assessments/drawing/limits';
import type { Drawing, DrawingEvent, Point, PointerType, Stroke, Tool } from '../../../assessments/drawing/model';
import { readPoints } from './objectPointCodec';
import { MAX_WIDTH_LEVEL, MIN_WIDTH_LEVEL, PRESSURE_STEPS, WIDTH_STEPS_PER_UNIT } from '../../../assessments/drawing/quantize';
import { findDrawingProblem } from '../../../assessments/drawing/timeline';
import { ByteReader } from './objectVarint';

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
  const at = reader.offset;
  const t = reader.varint();
  if (t > MAX_TIME_MS) throw malformed('time out of range', at);
  return t;
}

function readStyles(reader: ByteReader): Style[] {
  const at = reader.offset;
  const count = reader.varint();
  if (count === 0) throw malformed('empty style palette', at);
  if (count > Math.floor(reader.remaining / MIN_STYLE_BYTES)) {
    throw new DrawingDecodeError('truncated', 'palette longer than the input', at);
  }
  const styles: Style[] = [];
  for (let i = 0; i < count; i++) {
    const styleAt = reader.offset;
    const byte = reader.byte();
    const tool = TOOL_CODES[byte & 0x03]!;
    const pointerType = POINTER_CODES[(byte >> 2) & 0x03];
    if (pointerType === undefined || byte >> 4 !== 0) throw malformed('unknown tool or pointer type', styleAt);
    let colour = '#';
    for (let k = 0; k < 3; k++) colour += reader.byte().toString(16).padStart(2, '0');
    const widthAt = reader.offset;
    const level = reader.varint();
    if (level < MIN_WIDTH_LEVEL || level > MAX_WIDTH_LEVEL) throw malformed('width out of range', widthAt);
    styles.push({ tool, pointerType, colour, width: level / WIDTH_STEPS_PER_UNIT });
  }
  return styles;
}

function readStroke(reader: ByteReader, styles: readonly Style[]): Stroke {
  const at = reader.offset;
  const style = styles[reader.varint()];
  if (style === undefined) throw malformed('stroke refers to a style not in the chunk palette', at);
  const countAt = reader.offset;
  const count = reader.varint();
  if (count === 0) throw malformed('stroke without points', countAt);
  const c = readPoints(reader, count);
  const points: Point[] = new Array<Point>(count);
  for (let i = 0; i < count; i++) {
    points[i] = { x: c.x[i]!, y: c.y[i]!, pressure: c.p[i]! / PRESSURE_STEPS, t: c.t[i]! };
  }
  return { kind: 'stroke', tool: style.tool, colour: style.colour, width: style.width, pointerType: style.pointerType, points };
}

/** The drawing in `bytes` (a header and one or more chunks). Throws DrawingDecodeError. */
export function decodeDrawing(bytes: Uint8Array): Drawing {
  const page = readHeader(bytes);
  const reader = new ByteReader(bytes, HEADER_LENGTH);
  const events: DrawingEvent[] = [];
  let finishedT: number | undefined;
  let styles: Style[] = [];
  let atChunkEnd = false;
  while (reader.remaining > 0) {
    const at = reader.offset;
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
      case TAG.STROKE:
        events.push(readStroke(reader, styles));
        break;
      case TAG.UNDO:
        events.push({ kind: 'undo', t: readTime(reader) });
        break;
      case TAG.REDO:
        events.push({ kind: 'redo', t: readTime(reader) });
        break;
      case TAG.CLEAR:
        events.push({ kind: 'clear', t: readTime(reader) });
        break;
      case TAG.GAP:
        events.push({ kind: 'gap', t: readTime(reader), durationMs: readTime(reader) });
        break;
      case TAG.FINISH:
        if (finishedT !== undefined) throw malformed('drawing finished twice', at);
        finishedT = readTime(reader);
        break;
      default:
        throw malformed(`unknown record tag ${tag}`, at);
    }
  }
  // Only a complete chunk ends a stream; anything else is a cut-off write.
  if (!atChunkEnd) throw new DrawingDecodeError('truncated', 'input ends before the end of a chunk', bytes.length);
  const drawing: Drawing = finishedT === undefined ? { page, events } : { page, events, finishedT };
  const problem = findDrawingProblem(drawing);
  if (problem) throw new DrawingDecodeError('invalidDrawing', `${problem.message} at ${problem.path.join('.')}`, bytes.length);
  return drawing;
}
