import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DrawingDecodeError,
  InvalidDrawingError,
  decodeDrawing,
  encodeDrawing,
  encodeEvents,
} from '../../../assessments/drawing/encoding';
import { TAG } from '../../../assessments/drawing/format';
import { drawingSchema } from '../../../assessments/drawing/model';
import { ByteWriter } from '../../../assessments/drawing/varint';
import { drawingArb } from './arbitraries';
import { concat, line, portrait, undo } from './builders';

const HEADER = [0x4b, 0x4e, 0x44, 0x52, 1, 0];

function decodeError(bytes: Uint8Array): DrawingDecodeError {
  try {
    decodeDrawing(bytes);
  } catch (error) {
    if (error instanceof DrawingDecodeError) return error;
    throw error;
  }
  throw new Error('decoded without error');
}

/** Decoding either fails with the typed error or yields a drawing the schema accepts. */
function decodesSafely(bytes: Uint8Array): boolean {
  try {
    return drawingSchema.safeParse(decodeDrawing(bytes)).success;
  } catch (error) {
    return error instanceof DrawingDecodeError;
  }
}

function bytesOf(write: (w: ByteWriter) => void): Uint8Array {
  const writer = new ByteWriter();
  write(writer);
  return writer.finish();
}

describe('decoding bad input', () => {
  it('refuses every truncation of an encoded drawing with the typed error', () => {
    fc.assert(
      fc.property(drawingArb(), fc.nat(), (d, cut) => {
        const bytes = encodeDrawing(d);
        const k = cut % bytes.length;
        expect(decodeError(bytes.subarray(0, k))).toBeInstanceOf(DrawingDecodeError);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses every single prefix of a small drawing', () => {
    const bytes = encodeDrawing(portrait([line(10, 10, 500, 700, { points: 30 }), undo(2000)], 3000));
    for (let k = 0; k < bytes.length; k++) expect(decodeError(bytes.subarray(0, k)).code).toMatch(/truncated|malformed/);
  });

  it('refuses random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => decodeError(bytes) instanceof DrawingDecodeError));
  });

  it('survives random records after a valid header: typed error or a valid drawing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (tail) => decodesSafely(concat(Uint8Array.from(HEADER), tail))),
      {
        numRuns: 2000,
      },
    );
  });

  it('survives corrupted encodings: typed error or a valid drawing', () => {
    fc.assert(
      fc.property(
        drawingArb(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }),
        (d, edits) => {
          const bytes = encodeDrawing(d).slice();
          for (const [at, value] of edits) bytes[at % bytes.length] = value;
          return decodesSafely(bytes);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('names what is wrong: magic, version, orientation', () => {
    expect(decodeError(Uint8Array.of(0x50, 0x4b, 3, 4)).code).toBe('badMagic');
    expect(decodeError(Uint8Array.of(0x4b, 0x4e)).code).toBe('truncated');
    expect(decodeError(Uint8Array.of(0x4b, 0x4e, 0x44, 0x52, 2, 0, TAG.END)).code).toBe('unsupportedVersion');
    expect(decodeError(Uint8Array.of(0x4b, 0x4e, 0x44, 0x52, 1, 7, TAG.END)).code).toBe('malformed');
    // A header with no chunk is a stream cut before its first write.
    expect(decodeError(Uint8Array.from(HEADER)).code).toBe('truncated');
  });

  it('refuses hostile counts quickly, without allocating for them', () => {
    const hugeStroke = bytesOf((w) => {
      HEADER.forEach((b) => w.byte(b));
      w.byte(TAG.STYLES);
      w.varint(1);
      [0, 0, 0, 0].forEach((b) => w.byte(b));
      w.varint(10);
      w.byte(TAG.STROKE);
      w.varint(0);
      w.varint(Number.MAX_SAFE_INTEGER);
      w.byte(0);
    });
    expect(decodeError(hugeStroke).code).toBe('truncated');
    const hugePalette = bytesOf((w) => {
      HEADER.forEach((b) => w.byte(b));
      w.byte(TAG.STYLES);
      w.varint(2 ** 40);
    });
    expect(decodeError(hugePalette).code).toBe('truncated');
    const overlongVarint = concat(Uint8Array.from(HEADER), Uint8Array.of(TAG.UNDO), new Uint8Array(100_000).fill(0xff));
    expect(decodeError(overlongVarint).code).toBe('malformed');
  });

  it('refuses records that break the drawing rules', () => {
    const stream = concat(encodeDrawing(portrait([undo(5000)])), encodeEvents([undo(1000)]));
    expect(decodeError(stream).code).toBe('invalidDrawing');
    const afterFinish = concat(encodeDrawing(portrait([], 1000)), encodeEvents([], { finishedT: 2000 }));
    expect(decodeError(afterFinish).code).toBe('malformed');
    const strokeWithoutPalette = concat(
      encodeDrawing(portrait([line(0, 0, 1, 1)])).subarray(0, 6),
      Uint8Array.of(TAG.STROKE, 0, 1),
    );
    expect(decodeError(strokeWithoutPalette).code).toBe('malformed');
  });
});

describe('encoding invalid drawings', () => {
  it('refuses values the model does not allow', () => {
    const bad = [
      portrait([line(Number.NaN, 0, 1, 1)]),
      portrait([line(0, 0, 200_000, 1)]),
      portrait([{ ...line(0, 0, 1, 1), colour: 'red' }]),
      portrait([{ ...line(0, 0, 1, 1), width: 0 }]),
      portrait([{ ...line(0, 0, 1, 1), points: [] }]),
      portrait([line(0, 0, 1, 1, { pressure: 1.5 })]),
      portrait([line(0, 0, 1, 1, { t0: 5000 }), undo(1000)]),
      portrait([{ kind: 'gap', t: 10.5, durationMs: 3 }]),
    ];
    for (const drawing of bad) expect(() => encodeDrawing(drawing)).toThrow(InvalidDrawingError);
  });
});
