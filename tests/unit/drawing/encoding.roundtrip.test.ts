import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDrawing, encodeDrawing, encodeEvents } from '../../../assessments/drawing/encoding';
import { drawingSchema } from '../../../assessments/drawing/model';
import type { Drawing } from '../../../assessments/drawing/model';
import { quantizeDrawing } from '../../../assessments/drawing/quantize';
import { drawingArb } from './arbitraries';
import { concat, line, portrait } from './builders';

/** Splits the events at the given cut points and encodes them as a stream of chunks. */
function encodeAsChunks(drawing: Drawing, cuts: number[]): Uint8Array[] {
  const n = drawing.events.length;
  const bounds = [...new Set(cuts.map((c) => c % (n + 1)))].filter((c) => c < n).sort((a, b) => a - b);
  // The stream starts as storage starts it: the empty drawing, then one chunk per append.
  const parts: Uint8Array[] = [encodeDrawing({ page: drawing.page, events: [] })];
  let from = 0;
  for (const to of bounds) {
    parts.push(encodeEvents(drawing.events.slice(from, to)));
    from = to;
  }
  parts.push(encodeEvents(drawing.events.slice(from), { finishedT: drawing.finishedT }));
  return parts;
}

describe('drawing encoding round trip', () => {
  it('generates only valid drawings (guards the generator itself)', () => {
    fc.assert(fc.property(drawingArb(), (d) => drawingSchema.safeParse(d).success));
  });

  it('decodes what it encodes, exactly at the stated quantization', () => {
    fc.assert(
      fc.property(drawingArb(), (d) => {
        const quantized = quantizeDrawing(d);
        expect(decodeDrawing(encodeDrawing(d))).toStrictEqual(quantized);
        // Quantizing keeps a drawing valid, and is idempotent.
        expect(drawingSchema.safeParse(quantized).success).toBe(true);
        expect(quantizeDrawing(quantized)).toStrictEqual(quantized);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips very long strokes (10,000+ points)', () => {
    fc.assert(
      fc.property(
        drawingArb({ maxEvents: 3, minPoints: 10_000, maxPoints: 12_000 }).filter((d) =>
          d.events.some((e) => e.kind === 'stroke'),
        ),
        (d) => {
          expect(decodeDrawing(encodeDrawing(d))).toStrictEqual(quantizeDrawing(d));
        },
      ),
      { numRuns: 8 },
    );
    const long = portrait([line(-100_000, 100_000, 100_000, -100_000, { points: 15_000, durationMs: 60_000 })]);
    expect(decodeDrawing(encodeDrawing(long))).toStrictEqual(quantizeDrawing(long));
  });

  it('round-trips the empty drawing and a single dot', () => {
    for (const d of [portrait([]), portrait([], 1234.4), portrait([line(5, 5, 5, 5, { points: 1 })])]) {
      expect(decodeDrawing(encodeDrawing(d))).toStrictEqual(quantizeDrawing(d));
    }
  });

  it('decodes concatenated chunks the same as the whole drawing', () => {
    fc.assert(
      fc.property(drawingArb(), fc.array(fc.nat(), { maxLength: 6 }), (d, cuts) => {
        const stream = concat(...encodeAsChunks(d, cuts));
        expect(decodeDrawing(stream)).toStrictEqual(decodeDrawing(encodeDrawing(d)));
      }),
      { numRuns: 200 },
    );
  });

  it('decodes every chunk boundary of a stream as the drawing so far (what survives a crash)', () => {
    fc.assert(
      fc.property(drawingArb({ maxEvents: 6 }), fc.array(fc.nat(), { maxLength: 4 }), (d, cuts) => {
        const parts = encodeAsChunks(d, cuts);
        const whole = decodeDrawing(concat(...parts));
        let eventsSoFar = 0;
        for (let k = 1; k <= parts.length; k++) {
          const prefix = decodeDrawing(concat(...parts.slice(0, k)));
          expect(prefix.events).toStrictEqual(whole.events.slice(0, prefix.events.length));
          expect(prefix.events.length).toBeGreaterThanOrEqual(eventsSoFar);
          eventsSoFar = prefix.events.length;
        }
        expect(eventsSoFar).toBe(whole.events.length);
      }),
      { numRuns: 100 },
    );
  });
});
