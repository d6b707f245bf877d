import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../assessments/drawing/metrics';
import { clear, gap, line, portrait, redo, undo } from './builders';

describe('time metrics', () => {
  it('counts one pause of 3000 ms between two strokes 3 s apart', () => {
    // Stroke 1 at 1000–2000 ms, stroke 2 at 5000–6000 (idle 2000→5000 = 3000 ms > 2000: a pause),
    // stroke 3 at 7500–8000 (idle 1500 ms: not a pause). Finished at 9000.
    const m = computeMetrics(
      portrait(
        [
          line(0, 0, 100, 0, { t0: 1000, durationMs: 1000 }),
          line(0, 0, 100, 0, { t0: 5000, durationMs: 1000 }),
          line(0, 0, 100, 0, { t0: 7500, durationMs: 500 }),
        ],
        9000,
      ),
    );
    expect(m.pauseCount).toBe(1);
    expect(m.pauseTimeMs).toBe(3000);
    expect(m.pauses).toEqual([{ startT: 2000, durationMs: 3000 }]);
    // Latency: first stroke starts at 1000. Total: finish at 9000, no gaps.
    expect(m.latencyToFirstStrokeMs).toEqual({ value: 1000 });
    expect(m.totalTimeMs).toEqual({ value: 9000 });
    expect(m.finished).toBe(true);
    // Ink time: 1000 + 1000 + 500.
    expect(m.inkTimeMs).toBe(2500);
    expect(m.strokeCount).toBe(3);
  });

  it('counts a pause only when strictly longer than the threshold', () => {
    // Idle exactly 2000 ms (1000→3000): not longer than 2000, so no pause; with 1999 it is one.
    const drawing = portrait([line(0, 0, 1, 0, { t0: 0, durationMs: 1000 }), line(0, 0, 1, 0, { t0: 3000, durationMs: 1000 })]);
    expect(computeMetrics(drawing).pauseCount).toBe(0);
    expect(computeMetrics(drawing, { pauseThresholdMs: 1999 }).pauseCount).toBe(1);
  });

  it('excludes a recorded gap from total time, latency and pauses', () => {
    // Gap 1: 1000–11000 before any stroke, so latency 12000 − 10000 = 2000.
    // Stroke A 12000–13000; gap 2 at 14000 for 60000 (to 74000); stroke B 75000–76000.
    // Idle 13000→75000 is split by the gap into 1000 ms before it and 1000 ms after: no pause.
    // Finished 77000: total 77000 − 10000 − 60000 = 7000.
    const m = computeMetrics(
      portrait(
        [gap(1000, 10_000), line(0, 0, 1, 0, { t0: 12_000 }), gap(14_000, 60_000), line(0, 0, 1, 0, { t0: 75_000 })],
        77_000,
      ),
    );
    expect(m.gapCount).toBe(2);
    expect(m.gapTimeMs).toBe(70_000);
    expect(m.latencyToFirstStrokeMs).toEqual({ value: 2000 });
    expect(m.totalTimeMs).toEqual({ value: 7000 });
    expect(m.pauseCount).toBe(0);
    // With a 999 ms threshold both 1000 ms pieces are pauses, neither spans the gap.
    expect(
      computeMetrics(portrait([line(0, 0, 1, 0, { t0: 12_000 }), gap(14_000, 60_000), line(0, 0, 1, 0, { t0: 75_000 })]), {
        pauseThresholdMs: 999,
      }).pauses,
    ).toEqual([
      { startT: 13_000, durationMs: 1000 },
      { startT: 74_000, durationMs: 1000 },
    ]);
  });

  it('ends total time at the last event when the drawing was never finished', () => {
    // Last event: undo at 4200 (after a stroke ending at 4000).
    const m = computeMetrics(portrait([line(0, 0, 1, 0, { t0: 3000 }), undo(4200)]));
    expect(m.finished).toBe(false);
    expect(m.totalTimeMs).toEqual({ value: 4200 });
  });

  it('counts overlapping pen-down time once and keeps eraser time apart', () => {
    // Two fingers: 0–1000 and 500–1500 → union 1500 ms. Eraser 3000–3500 → 500 ms.
    const m = computeMetrics(
      portrait([
        line(0, 0, 1, 0, { t0: 0, durationMs: 1000 }),
        line(0, 0, 1, 0, { t0: 500, durationMs: 1000, pointerType: 'touch' }),
        line(0, 0, 1, 0, { t0: 3000, durationMs: 500, tool: 'eraser' }),
      ]),
    );
    expect(m.inkTimeMs).toBe(1500);
    expect(m.eraserTimeMs).toBe(500);
    // Idle 1500→3000 = 1500 ms: erasing is not pausing, and this is no pause either.
    expect(m.pauseCount).toBe(0);
  });

  it('counts undo, redo and clear presses, effective or not', () => {
    // s1; undo (s1 gone); redo (back); clear; undo (clear undone); s2; undo (s2 gone); undo (s1
    // gone); undo with nothing left (recorded, no effect) → 5 undos, 1 redo, 1 clear, nothing visible.
    const m = computeMetrics(
      portrait([
        line(0, 0, 100, 0, { t0: 0 }),
        undo(1100),
        redo(1200),
        clear(1300),
        undo(1400),
        line(0, 0, 100, 0, { t0: 1500 }),
        undo(2600),
        undo(2700),
        undo(2800),
      ]),
    );
    expect(m.undoCount).toBe(5);
    expect(m.redoCount).toBe(1);
    expect(m.clearCount).toBe(1);
    expect(m.strokeCount).toBe(2);
    expect(m.visibleStrokeCount).toBe(0);
    expect(m.boundingBox).toEqual({ value: null, reason: 'noVisibleInk' });
    expect(m.coverage.touchedCells).toBe(0);
  });

  it('marks what an empty drawing cannot have as not available', () => {
    const m = computeMetrics(portrait([]));
    expect(m.totalTimeMs).toEqual({ value: null, reason: 'noEvents' });
    expect(m.latencyToFirstStrokeMs).toEqual({ value: null, reason: 'noInkStrokes' });
    expect(m.erasedInkShare).toEqual({ value: null, reason: 'noStrokeLength' });
    expect(m.pressure).toEqual({ value: null, reason: 'noPenInput' });
    expect(m.meanStrokeSpeed).toEqual({ value: null, reason: 'noPenDownTime' });
    expect(m.centroid).toEqual({ value: null, reason: 'noVisibleInk' });
    expect(m.placement).toEqual({ value: null, reason: 'noVisibleInk' });
    expect(m.colours).toEqual({ value: null, reason: 'noVisibleInk' });
    expect(m.coverage).toEqual({ touchedCells: 0, totalCells: 14_100, share: 0 });
    expect([m.inkTimeMs, m.pauseCount, m.strokeCount]).toEqual([0, 0, 0]);
    // Opened and finished without drawing: the time is known.
    expect(computeMetrics(portrait([], 30_000)).totalTimeMs).toEqual({ value: 30_000 });
  });

  it('refuses a meaningless pause threshold', () => {
    expect(() => computeMetrics(portrait([]), { pauseThresholdMs: -1 })).toThrow(RangeError);
  });
});
