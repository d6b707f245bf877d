/** Deterministic drawings for the benchmarks: the same pages in every run. */
import type { Point, Stroke } from '../../assessments/drawing/model';

/** Deterministic pseudo-random numbers (mulberry32). */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` pen strokes of `points` points each, sampled at 240 Hz: gently curving lines at a steady
 * speed with ±0.5 unit jitter and slowly drifting pressure, already at the stored precision.
 */
export function penStrokes(count: number, points: number, seed: number): Stroke[] {
  const rnd = random(seed);
  const out: Stroke[] = [];
  let t = 0;
  for (let s = 0; s < count; s++) {
    const heading = rnd() * Math.PI * 2;
    const turn = (rnd() - 0.5) * 0.08;
    const speed = 4 + rnd() * 6;
    const pts: Point[] = [];
    let x = 100 + rnd() * 1900;
    let y = 100 + rnd() * 2770;
    let a = heading;
    let p = 0.3 + rnd() * 0.4;
    for (let i = 0; i < points; i++) {
      pts.push({
        x: Math.round(x + (rnd() - 0.5)),
        y: Math.round(y + (rnd() - 0.5)),
        pressure: Math.round(p * 255) / 255,
        t: Math.round(t),
      });
      x += Math.cos(a) * speed;
      y += Math.sin(a) * speed;
      a += turn;
      p = Math.min(1, Math.max(0.05, p + (rnd() - 0.5) * 0.03));
      t += 1000 / 240;
    }
    out.push({ kind: 'stroke', tool: 'pencil', colour: '#3b3b3b', width: 7, pointerType: 'pen', points: pts });
    t += 100 + rnd() * 200;
  }
  return out;
}
