import { describe, expect, it } from 'vitest';
import { drawingSchema } from '../../../assessments/drawing/model';
import type { Drawing } from '../../../assessments/drawing/model';
import { pageSize } from '../../../assessments/drawing/page';
import { clear, gap, line, portrait, undo } from './builders';

const valid = (d: unknown) => drawingSchema.safeParse(d).success;

describe('drawing model', () => {
  it('uses A4 in tenths of a millimetre', () => {
    expect(pageSize({ orientation: 'portrait' })).toEqual({ width: 2100, height: 2970 });
    expect(pageSize({ orientation: 'landscape' })).toEqual({ width: 2970, height: 2100 });
  });

  it('accepts a drawing with every kind of event', () => {
    const drawing: Drawing = portrait(
      [
        line(0, 0, 10, 10),
        undo(1500),
        line(0, 0, 5, 5, { t0: 2000 }),
        clear(3500),
        gap(4000, 60_000),
        line(1, 1, 2, 2, { t0: 64_000 }),
      ],
      70_000,
    );
    expect(valid(drawing)).toBe(true);
  });

  it('accepts overlapping strokes (two fingers)', () => {
    expect(
      valid(portrait([line(0, 0, 1, 1, { t0: 0, durationMs: 1000 }), line(5, 5, 6, 6, { t0: 500, durationMs: 1000 })])),
    ).toBe(true);
  });

  it('refuses malformed events', () => {
    expect(valid(portrait([{ ...line(0, 0, 1, 1), points: [] }]))).toBe(false);
    expect(valid(portrait([line(0, 0, 1, 1, { pressure: 1.2 })]))).toBe(false);
    expect(valid(portrait([{ ...line(0, 0, 1, 1), colour: 'red' }]))).toBe(false);
    expect(valid(portrait([{ ...line(0, 0, 1, 1), tool: 'brush' } as unknown as Drawing['events'][number]]))).toBe(false);
    expect(valid(portrait([line(0, 0, Number.POSITIVE_INFINITY, 1)]))).toBe(false);
    expect(valid(portrait([gap(10.5, 100)]))).toBe(false);
  });

  it('refuses events out of time order', () => {
    // Time runs backwards along the stroke.
    expect(valid(portrait([line(0, 0, 1, 1, { t0: 1000, durationMs: -500 })]))).toBe(false);
    // Undo pressed while the stroke before it was still being drawn.
    expect(valid(portrait([line(0, 0, 1, 1, { t0: 0, durationMs: 1000 }), undo(500)]))).toBe(false);
    // A stroke during a gap, when the app was not running.
    expect(valid(portrait([gap(1000, 5000), line(0, 0, 1, 1, { t0: 3000 })]))).toBe(false);
    // Events listed out of start order.
    expect(valid(portrait([line(0, 0, 1, 1, { t0: 3000 }), line(0, 0, 1, 1, { t0: 1000 })]))).toBe(false);
    // Finished before the last stroke ended.
    expect(valid(portrait([line(0, 0, 1, 1, { t0: 0, durationMs: 1000 })], 900))).toBe(false);
  });
});
