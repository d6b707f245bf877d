/**
 * The typed codec (issue 18) against the object codec it replaced, frozen in tests/bench/baseline:
 * the same bytes out, the same drawing back, and every bad input refused with the same code at the
 * same byte. What a stored drawing decodes to, and what a refusal says, must not change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWithCapacity } from '../../../assessments/drawing/decoder';
import {
  DrawingDecodeError,
  decodeDrawing,
  decodeTypedDrawing,
  encodeDrawing,
  encodeEvents,
  encodeTypedDrawing,
  encodeTypedEvents,
} from '../../../assessments/drawing/encoding';
import type { Drawing } from '../../../assessments/drawing/model';
import { quantizeDrawing } from '../../../assessments/drawing/quantize';
import { toObjectDrawing, toTypedDrawing } from '../../../assessments/drawing/typed';
import {
  decodeDrawing as baselineDecode,
  encodeDrawing as baselineEncode,
  encodeEvents as baselineEncodeEvents,
} from '../../bench/baseline/objectEncoder';
import { drawingArb } from './arbitraries';
import { concat, line, portrait, undo } from './builders';

type Outcome = { drawing: Drawing } | { code: string; offset: number; message: string };

function outcome(decode: (bytes: Uint8Array) => Drawing, bytes: Uint8Array): Outcome {
  try {
    return { drawing: decode(bytes) };
  } catch (error) {
    if (error instanceof DrawingDecodeError) return { code: error.code, offset: error.offset, message: error.message };
    throw error;
  }
}

function sameOutcome(bytes: Uint8Array): void {
  expect(outcome(decodeDrawing, bytes)).toStrictEqual(outcome(baselineDecode, bytes));
}

/** A drawing as the typed form holds it: pressure is Float32, so compare against that. */
const asStored = (d: Drawing): Drawing => toObjectDrawing(toTypedDrawing(d));

describe('typed codec against the object codec', () => {
  it('writes the same bytes as the object codec did, whole and in chunks', () => {
    fc.assert(
      fc.property(drawingArb(), (d) => {
        const held = asStored(d);
        expect(encodeTypedDrawing(toTypedDrawing(d))).toStrictEqual(baselineEncode(held));
        expect(encodeDrawing(held)).toStrictEqual(baselineEncode(held));
        expect(encodeTypedEvents(toTypedDrawing(d).events, { finishedT: d.finishedT })).toStrictEqual(
          baselineEncodeEvents(held.events, { finishedT: d.finishedT }),
        );
        expect(encodeEvents(held.events)).toStrictEqual(baselineEncodeEvents(held.events));
      }),
      { numRuns: 300 },
    );
  });

  it('decodes to what the object codec decoded, which is the quantized drawing', () => {
    fc.assert(
      fc.property(drawingArb(), (d) => {
        const bytes = baselineEncode(d);
        const typed = decodeTypedDrawing(bytes);
        expect(toObjectDrawing(typed)).toStrictEqual(baselineDecode(bytes));
        expect(decodeDrawing(bytes)).toStrictEqual(quantizeDrawing(d));
      }),
      { numRuns: 300 },
    );
  });

  it('decodes long strokes, and drawings larger than its first buffers, the same way', () => {
    fc.assert(
      fc.property(drawingArb({ maxEvents: 8, minPoints: 200, maxPoints: 2000 }), (d) => {
        const bytes = baselineEncode(d);
        expect(toObjectDrawing(decodeWithCapacity(bytes, 1))).toStrictEqual(baselineDecode(bytes));
      }),
      { numRuns: 20 },
    );
  });

  it('hands out views of one buffer, not a copy per stroke', () => {
    const bytes = encodeDrawing(portrait([line(0, 0, 10, 10, { points: 5 }), line(5, 5, 9, 9, { t0: 2000, points: 3 })]));
    const [a, b] = decodeTypedDrawing(bytes).events;
    if (a?.kind !== 'stroke' || b?.kind !== 'stroke') throw new Error('expected two strokes');
    expect(a.points.x.buffer).toBe(b.points.x.buffer);
    expect(Array.from(b.points.x)).toEqual([5, 7, 9]);
    expect(a.points.count).toBe(5);
  });
});

describe('typed decoder refuses what the object decoder refused, in the same words', () => {
  it('every truncation', () => {
    fc.assert(
      fc.property(drawingArb(), fc.nat(), (d, cut) => {
        const bytes = baselineEncode(d);
        sameOutcome(bytes.subarray(0, cut % bytes.length));
      }),
      { numRuns: 500 },
    );
  });

  it('corrupted bytes', () => {
    fc.assert(
      fc.property(
        drawingArb(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }),
        (d, edits) => {
          const bytes = baselineEncode(d).slice();
          for (const [at, value] of edits) bytes[at % bytes.length] = value;
          sameOutcome(bytes);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('random records after a valid header, and out-of-order chunks', () => {
    const header = Uint8Array.of(0x4b, 0x4e, 0x44, 0x52, 1, 0);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (tail) => {
        sameOutcome(concat(header, tail));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(drawingArb({ maxEvents: 5 }), drawingArb({ maxEvents: 5 }), (a, b) => {
        // Two valid chunks whose times usually break the ordering rules when joined.
        sameOutcome(concat(baselineEncode(a), baselineEncodeEvents(b.events, { finishedT: b.finishedT })));
      }),
      { numRuns: 300 },
    );
    sameOutcome(concat(encodeDrawing(portrait([undo(5000)])), encodeEvents([undo(1000)])));
    sameOutcome(concat(encodeDrawing(portrait([line(0, 0, 1, 1, { t0: 5000 })], 9000)), encodeEvents([], { finishedT: 100 })));
  });
});
