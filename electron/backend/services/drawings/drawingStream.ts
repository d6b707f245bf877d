import { DrawingDecodeError, InvalidDrawingError, decodeDrawing, encodeDrawing } from '../../../../assessments/drawing/encoding';
import { HEADER_LENGTH } from '../../../../assessments/drawing/format';
import type { Drawing, DrawingEvent } from '../../../../assessments/drawing/model';
import type { Orientation } from '../../../../assessments/drawing/page';
import { eventEnd } from '../../../../assessments/drawing/timeline';
import { AppFailure } from '../../../contract/errors';

/** Byte-level help for the drawings service: typed refusals, and checking an append without decoding the whole stream. */

/** How a stream starts: the header and an empty chunk (assessments/drawing/ENCODING.md, "Appending while the client draws"). */
export function streamStart(orientation: Orientation): Uint8Array {
  return encodeDrawing({ page: { orientation }, events: [] });
}

/** The 6-byte header alone, to decode a chunk on its own (chunks are self-contained). */
export function streamHeader(orientation: Orientation): Uint8Array {
  return streamStart(orientation).subarray(0, HEADER_LENGTH);
}

export const concat = (...parts: (Uint8Array | null)[]): Buffer =>
  Buffer.concat(parts.filter((p): p is Uint8Array => p !== null));

/** Decodes, turning a decoder error into INVALID_DRAWING (the reason is the decoder's code, never content). */
export function decodeOrRefuse(bytes: Uint8Array, what: string): Drawing {
  try {
    return decodeDrawing(bytes);
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
 */
export function orderingSummary(events: readonly DrawingEvent[]): DrawingEvent[] {
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
    return event.kind === 'stroke' && event.points.length > 2
      ? { ...event, points: [event.points[0]!, event.points.at(-1)!] }
      : event;
  });
}
