import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDrawing, encodeDrawing } from '../../../assessments/drawing/encoding';
import {
  FLUSH_INTERVAL_MS,
  MAX_LOSS_MS,
  flushPayload,
  nextFlushDue,
  shouldFlush,
} from '../../../assessments/drawing/flushPolicy';
import { toTypedStroke } from '../../../assessments/drawing/typed';
import { line, undo } from './builders';

describe('flush policy', () => {
  it('flushes on every stroke end, however recent the last flush', () => {
    expect(shouldFlush({ lastFlushAt: 1000, strokeEnded: true, unflushed: true, now: 1001 })).toBe(true);
  });

  it('flushes while drawing once the interval has passed, and not before', () => {
    expect(shouldFlush({ lastFlushAt: 0, strokeEnded: false, unflushed: true, now: FLUSH_INTERVAL_MS - 1 })).toBe(false);
    expect(shouldFlush({ lastFlushAt: 0, strokeEnded: false, unflushed: true, now: FLUSH_INTERVAL_MS })).toBe(true);
  });

  it('never flushes when nothing is waiting to be written', () => {
    expect(shouldFlush({ lastFlushAt: 0, strokeEnded: true, unflushed: false, now: 60_000 })).toBe(false);
  });

  it('leaves room under the 2 s promise for the write itself', () => {
    expect(MAX_LOSS_MS).toBe(2000);
    expect(FLUSH_INTERVAL_MS).toBeLessThanOrEqual(MAX_LOSS_MS - 250);
    expect(nextFlushDue(700)).toBe(700 + FLUSH_INTERVAL_MS);
  });

  it('keeps every sample within the interval of a flush, for any sampling (the loss bound)', () => {
    // Samples at arbitrary increasing times, policy checked at each: the time from any sample back
    // to the last flush before it is under the interval, or the sample itself triggered a flush.
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 200 }),
        fc.array(fc.boolean()),
        (steps, ends) => {
          let now = 0;
          let lastFlushAt = 0;
          let flushedUpTo = 0;
          steps.forEach((step, i) => {
            now += step;
            if (shouldFlush({ lastFlushAt, strokeEnded: ends[i] ?? false, unflushed: true, now })) {
              lastFlushAt = now;
              flushedUpTo = now;
            }
            expect(now - flushedUpTo).toBeLessThan(FLUSH_INTERVAL_MS);
          });
        },
      ),
    );
  });

  it('builds a chunk of the new events and the stroke in progress as a one-stroke tail', () => {
    const done = line(0, 0, 100, 100, { t0: 0, durationMs: 300, points: 10 });
    const drawing = line(200, 0, 300, 100, { t0: 400, durationMs: 900, points: 20 });
    const start = encodeDrawing({ page: { orientation: 'portrait' }, events: [] });
    const { chunk, pendingTail } = flushPayload([toTypedStroke(done), undo(350)], toTypedStroke(drawing));
    expect(pendingTail).not.toBeNull();
    const stored = decodeDrawing(Buffer.concat([start, chunk, pendingTail ?? new Uint8Array()]));
    expect(stored.events.map((e) => e.kind)).toEqual(['stroke', 'undo', 'stroke']);
    expect(flushPayload([], null)).toEqual({ chunk: Uint8Array.of(0), pendingTail: null });
  });
});
