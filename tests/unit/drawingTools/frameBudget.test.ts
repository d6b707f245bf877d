import { describe, expect, it } from 'vitest';
import { FrameBudget } from '../../../renderer/features/drawing/replay/frameBudget';

// 25 ms of painting per frame, frames wanted under 45 ms (15 of them kept for the browser).
const budget = () => new FrameBudget(25, 45);

describe('replay frame budget', () => {
  it('gives a frame its budget once, shared with a seek done at once in the same frame', () => {
    const b = budget();
    b.beginFrame(1000);
    expect(b.inFrame(1000)).toBe(25);
    b.spent(1000, 1018);
    // Another animation-frame callback of the same frame seeks: the document timeline still says 1000.
    expect(b.atOnce(1019, 1000)).toBeCloseTo(7);
    // The next frame has its own budget again.
    b.beginFrame(1040);
    expect(b.inFrame(1040)).toBe(25);
  });

  it('counts a seek handled at the start of a frame (input comes before the callbacks) against that frame', () => {
    const b = budget();
    b.beginFrame(1000);
    b.spent(1000, 1010);
    // Input at 1030, in a frame that started at 1025; our callback comes after it.
    expect(b.atOnce(1030, 1025)).toBe(25);
    b.spent(1030, 1050);
    b.beginFrame(1025);
    expect(b.inFrame(1050)).toBeCloseTo(5);
  });

  it('paints less in a frame that started late, keeping time for the browser to render it', () => {
    const b = budget();
    b.beginFrame(2000);
    // The callback runs 20 ms into its frame: 45 − 15 − 20 = 10 ms are left.
    expect(b.inFrame(2020)).toBeCloseTo(10);
    expect(b.inFrame(2031)).toBe(0);
  });

  it('lets a seek outside any frame paint its budget, less what seeks painted in the last 60 Hz interval', () => {
    const b = budget();
    expect(b.atOnce(5000, 4990)).toBe(25);
    b.spent(5000, 5020);
    // 5004.3 to 5020 of that slice is within the last 1/60 s.
    expect(b.atOnce(5021, 4990)).toBeCloseTo(25 - (5020 - (5021 - 1000 / 60)));
    expect(b.atOnce(5100, 5090)).toBe(25);
  });

  it('paints nothing in the frame that lays the page out: the one running, or the next if said between frames', () => {
    // A new density is reported in the frame's rendering steps, before the animation-frame callbacks.
    const during = budget();
    during.limitFrame(1003, 0);
    during.beginFrame(1000);
    expect(during.inFrame(1004)).toBe(0);
    during.beginFrame(1017);
    expect(during.inFrame(1017)).toBe(25);

    const between = budget();
    between.beginFrame(1000);
    between.limitFrame(1010, 0);
    expect(between.atOnce(1011, 1000)).toBe(0);
    between.beginFrame(1017);
    expect(between.inFrame(1017)).toBe(0);
    between.beginFrame(1034);
    expect(between.inFrame(1034)).toBe(25);
  });
});
