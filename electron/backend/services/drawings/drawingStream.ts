import {
  DrawingDecodeError,
  InvalidDrawingError,
  decodeTypedDrawing,
  encodeTypedDrawing,
} from '../../../../assessments/drawing/encoding';
import { HEADER_LENGTH } from '../../../../assessments/drawing/format';
import type { DrawingEvent, Point, Stroke } from '../../../../assessments/drawing/model';
import type { Orientation } from '../../../../assessments/drawing/page';
import { eventEnd } from '../../../../assessments/drawing/timeline';
import { type StrokePoints, type TypedDrawing, type TypedEvent, pressureOf } from '../../../../assessments/drawing/typed';
import { AppFailure } from '../../../contract/errors';

/**
 * Byte-level help for the drawings service: typed refusals, and checking an append without decoding
 * the whole stream. Streams decode to the typed form (assessments/drawing/typed.ts), so checking a
 * flush or a finish builds no object per point.
 */

/** How a stream starts: the header and an empty chunk (assessments/drawing/ENCODING.md, "Appending while the client draws"). */
export function streamStart(orientation: Orientation): Uint8Array {
  return encodeTypedDrawing({ page: { orientation }, events: [] });
}

/** The 6-byte header alone, to decode a chunk on its own (chunks are self-contained). */
export function streamHeader(orientation: Orientation): Uint8Array {
  return streamStart(orientation).subarray(0, HEADER_LENGTH);
}

export const concat = (...parts: (Uint8Array | null)[]): Buffer =>
  Buffer.concat(parts.filter((p): p is Uint8Array => p !== null));

/** Decodes, turning a decoder error into INVALID_DRAWING (the reason is the decoder's code, never content). */
export function decodeOrRefuse(bytes: Uint8Array, what: string): TypedDrawing {
  try {
    return decodeTypedDrawing(bytes);
  } catch (error) {
    if (error instanceof DrawingDecodeError) {
      throw new AppFailure('INVALID_DRAWING', `${what} does not decode: ${error.code}`, { reasons: [error.code] });
    }
    throw error;
  }
}

/** Runs an encoder, turning a refusal into INVALID_DRAWING. */
export function encodeOrRefuse(encode: () => Uint8Array): Uint8Array {
  try {
    return encode();
  } catch (error) {
    if (error instanceof InvalidDrawingError) throw new AppFailure('INVALID_DRAWING', 'the event does not fit the drawing');
    throw error;
  }
}

/**
 * At most three events, strokes cut to their first and last points, after which the next event is
 * in order exactly when it would be after all of `events`.
 *
 * Why this holds: the ordering rules (assessments/drawing/timeline.ts) decide each event from three
 * numbers only: the start of the last event, the latest end of any event, and the latest end of an
 * undo/redo/clear/gap. Keeping the last event, the one ending latest and the non-stroke ending
 * latest (in their order) reproduces all three; any subsequence of a valid drawing is valid, since
 * each rule then compares against values no larger than before; and a stroke's start and end are
 * its first and last points. So an append decodes the summary, the chunk and the tail, not the
 * whole stream (which takes ~100 ms for 30 minutes of drawing, on every flush).
 *
 * Takes either form (the stored summary is objects, a decoded chunk is typed) and returns objects:
 * at most three events of at most two points, kept between flushes and encoded with each.
 */
export function orderingSummary(events: readonly (DrawingEvent | TypedEvent)[]): DrawingEvent[] {
  if (events.length === 0) return [];
  let latestEnd = 0;
  let latestBarrier = -1;
  events.forEach((event, i) => {
    if (eventEnd(event) >= eventEnd(events[latestEnd]!)) latestEnd = i;
    if (event.kind !== 'stroke' && (latestBarrier < 0 || eventEnd(event) >= eventEnd(events[latestBarrier]!))) latestBarrier = i;
  });
  const kept = [...new Set([latestEnd, latestBarrier, events.length - 1])].filter((i) => i >= 0).sort((a, b) => a - b);
  return kept.map((i) => {
    const event = events[i]!;
    if (event.kind !== 'stroke') return event;
    const { tool, colour, width, pointerType } = event;
    return { kind: 'stroke', tool, colour, width, pointerType, points: firstAndLast(event.points) };
  });
}

/** The first and last points of a stroke (the only point of a dot), as objects. */
function firstAndLast(points: Stroke['points'] | StrokePoints): Point[] {
  if (Array.isArray(points)) return points.length > 2 ? [points[0]!, points.at(-1)!] : points;
  const typed = points as StrokePoints;
  const at = (i: number): Point => ({ x: typed.x[i]!, y: typed.y[i]!, pressure: pressureOf(typed.pressure[i]!), t: typed.t[i]! });
  return typed.count === 1 ? [at(0)] : [at(0), at(typed.count - 1)];
}
