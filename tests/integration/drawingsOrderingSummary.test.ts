import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDrawing, encodeDrawing, encodeEvents } from '../../assessments/drawing/encoding';
import type { DrawingEvent } from '../../assessments/drawing/model';
import { orderingSummary } from '../../electron/backend/services/drawings/drawingStream';
import { drawingArb } from '../unit/drawing/arbitraries';

/**
 * drawings:append checks a chunk against a short summary of the stored drawing instead of the
 * whole stream; this shows the two checks always agree. (Pure, but it guards the storage path, so
 * it lives with the storage tests.)
 */

const header = encodeDrawing({ page: { orientation: 'portrait' }, events: [] }).subarray(0, 6);
const accepts = (before: readonly DrawingEvent[], chunk: readonly DrawingEvent[]): boolean => {
  // Encoding checks each chunk's own order; decoding the concatenation checks the order across them.
  try {
    decodeDrawing(Buffer.concat([header, encodeEvents(before), encodeEvents(chunk)]));
    return true;
  } catch {
    return false;
  }
};

/** Moves every event by `dt` ms (times stay whole where the model needs it and never go below 0). */
function shift(events: readonly DrawingEvent[], dt: number): DrawingEvent[] {
  return events.map((e) => {
    if (e.kind === 'stroke') return { ...e, points: e.points.map((p) => ({ ...p, t: Math.max(0, p.t + dt) })) };
    return { ...e, t: Math.max(0, e.t + dt) };
  });
}

describe('the ordering summary of a stored drawing', () => {
  it('accepts exactly the chunks the whole drawing accepts', () => {
    fc.assert(
      fc.property(
        drawingArb({ maxEvents: 10 }),
        drawingArb({ maxEvents: 4 }),
        fc.integer({ min: -200_000, max: 200_000 }),
        (a, b, dt) => {
          // Stored events are quantized: round-trip them as storage would.
          const stored = decodeDrawing(encodeDrawing({ page: a.page, events: a.events })).events;
          const shifted = shift(b.events, dt);
          // Clamping at 0 can break the chunk's own order; such a chunk is refused before any of this.
          fc.pre(accepts([], shifted));
          const chunk = decodeDrawing(encodeDrawing({ page: b.page, events: shifted })).events;
          const summary = orderingSummary(stored);
          expect(summary.length).toBeLessThanOrEqual(3);
          expect(accepts(summary, chunk)).toBe(accepts(stored, chunk));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('follows the drawing as chunks are appended', () => {
    fc.assert(
      fc.property(drawingArb({ maxEvents: 16 }), fc.integer({ min: 0, max: 16 }), (d, cut) => {
        const events = decodeDrawing(encodeDrawing({ page: d.page, events: d.events })).events;
        const incremental = orderingSummary([...orderingSummary(events.slice(0, cut)), ...events.slice(cut)]);
        for (const probe of [0, 1, 1000, 10_000_000]) {
          const next: DrawingEvent[] = [{ kind: 'undo', t: probe }];
          expect(accepts(incremental, next)).toBe(accepts(events, next));
        }
      }),
    );
  });
});
