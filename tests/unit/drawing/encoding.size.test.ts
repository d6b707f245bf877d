import { describe, expect, it } from 'vitest';
import { decodeDrawing, encodeDrawing } from '../../../assessments/drawing/encoding';
import type { Drawing, Point, Stroke } from '../../../assessments/drawing/model';
import { quantizeDrawing } from '../../../assessments/drawing/quantize';

/** Deterministic PRNG (Park–Miller) so the measurement is the same on every run. */
function prng(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}

/**
 * A pen stroke as a digitiser reports it: a smooth looping curve (peak speed about 300 mm/s),
 * sampled at `hz` with ±0.5 ms timestamp jitter and ±0.05 mm position noise, pressure drifting
 * slowly between 0.3 and 0.7.
 */
function penStroke(hz: number, seconds: number, t0: number, random: () => number, cx = 1050, cy = 1485): Stroke {
  const points: Point[] = [];
  const count = Math.round(hz * seconds);
  for (let i = 0; i < count; i++) {
    const s = i / hz;
    points.push({
      x: cx + 400 * Math.sin(2 * Math.PI * 0.8 * s) + 150 * Math.sin(2 * Math.PI * 0.3 * s) + (random() - 0.5),
      y: cy + 300 * Math.cos(2 * Math.PI * 1.1 * s) + (random() - 0.5),
      pressure: 0.5 + 0.2 * Math.sin(2 * Math.PI * 0.4 * s + 1),
      t: t0 + 1 + s * 1000 + (random() - 0.5),
    });
  }
  return { kind: 'stroke', tool: 'pencil', colour: '#2b2b2b', width: 5, pointerType: 'pen', points };
}

function bytesPerPoint(drawing: Drawing): number {
  const bytes = encodeDrawing(drawing);
  // The measurement only counts if the bytes still hold the drawing.
  expect(decodeDrawing(bytes)).toStrictEqual(quantizeDrawing(drawing));
  const points = drawing.events.reduce((n, e) => n + (e.kind === 'stroke' ? e.points.length : 0), 0);
  return bytes.length / points;
}

describe('encoded size', () => {
  it('stays within 4 bytes per point on a realistic pen stroke at 200 Hz', () => {
    const size = bytesPerPoint({ page: { orientation: 'portrait' }, events: [penStroke(200, 10, 0, prng(7))] });
    expect(size).toBeLessThanOrEqual(4);
  });

  it('stays within 4 bytes per point at 120 and 240 Hz', () => {
    for (const hz of [120, 240]) {
      const size = bytesPerPoint({ page: { orientation: 'portrait' }, events: [penStroke(hz, 10, 0, prng(11))] });
      expect(size).toBeLessThanOrEqual(4);
    }
  });

  it('stays within 4 bytes per point over many short strokes, headers and palettes included', () => {
    const random = prng(3);
    const events: Stroke[] = [];
    for (let i = 0; i < 100; i++) {
      events.push(penStroke(200, 0.3 + random(), i * 3000, random, 300 + random() * 1500, 300 + random() * 2300));
    }
    expect(bytesPerPoint({ page: { orientation: 'portrait' }, events })).toBeLessThanOrEqual(4);
  });
});
