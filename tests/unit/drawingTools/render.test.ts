import { describe, expect, it } from 'vitest';
import { pageSize } from '../../../assessments/drawing/page';
import { fitPage, heldFit } from '../../../renderer/features/drawing/render/pageFit';
import { pressureFactor } from '../../../assessments/drawing/inkStyle';
import { type PaintTarget, paintStroke } from '../../../renderer/features/drawing/render/strokePainter';
import { toTypedStroke } from '../../../assessments/drawing/typed';
import { line as objectLine } from '../drawing/builders';

const line = (...args: Parameters<typeof objectLine>) => toTypedStroke(objectLine(...args));

/** A 2D context that records what is drawn: each stroke() with its width and path. */
function recorder() {
  const calls: Array<{ op: string; width?: number; composite?: string; path?: number[][] }> = [];
  let path: number[][] = [];
  const ctx = {
    lineWidth: 1,
    lineCap: 'butt',
    lineJoin: 'miter',
    strokeStyle: '#000',
    fillStyle: '#000',
    globalCompositeOperation: 'source-over',
    beginPath: () => (path = []),
    moveTo: (x: number, y: number) => path.push([x, y]),
    lineTo: (x: number, y: number) => path.push([x, y]),
    arc: (x: number, y: number, r: number) => path.push([x, y, r]),
    fill: () => calls.push({ op: 'fill', composite: ctx.globalCompositeOperation, path }),
    stroke: () => calls.push({ op: 'stroke', width: ctx.lineWidth, composite: ctx.globalCompositeOperation, path }),
  };
  return { ctx: ctx as unknown as PaintTarget, calls };
}

describe('fitting the page to the screen', () => {
  it('keeps A4 proportions in any window, in whole pixels', () => {
    const portrait = fitPage({ width: 1000, height: 700 }, pageSize({ orientation: 'portrait' }));
    expect(portrait.height).toBe(700);
    expect(portrait.width).toBe(Math.floor(2100 * (700 / 2970)));
    const landscape = fitPage({ width: 1000, height: 700 }, pageSize({ orientation: 'landscape' }));
    expect(landscape.width).toBe(990);
    expect(landscape.scale * 2970).toBeCloseTo(990);
  });

  it('uses the same page units whatever the screen size', () => {
    const small = fitPage({ width: 400, height: 400 }, pageSize({ orientation: 'portrait' }));
    const large = fitPage({ width: 4000, height: 4000 }, pageSize({ orientation: 'portrait' }));
    expect(small.width / small.scale).toBeCloseTo(2100);
    expect(large.width / large.scale).toBeCloseTo(2100);
  });
});

describe('the page the ink is held at', () => {
  const page = pageSize({ orientation: 'portrait' });
  // A window of 1200 × 820 on a 1280 × 860 screen: the frame could grow by 80 × 40.
  const box = { width: 900, height: 780 };
  const room = { width: 80, height: 40 };

  it('is the page in a window as large as the screen, so growing up to the screen repaints nothing', () => {
    const fit = fitPage(box, page);
    const held = heldFit(fit, box, page, room, null);
    expect(held).toEqual(fitPage({ width: 980, height: 820 }, page));
    expect(held.height).toBeGreaterThan(fit.height);
    const grown = { width: 980, height: 820 };
    expect(heldFit(fitPage(grown, page), grown, page, { width: 0, height: 0 }, held)).toBe(held);
  });

  it('is kept while the window shrinks and grows back', () => {
    const held = heldFit(fitPage(box, page), box, page, room, null);
    for (const size of [
      { width: 400, height: 300 },
      { width: 700, height: 760 },
      { width: 900, height: 780 },
    ]) {
      const room = { width: 980 - size.width, height: 820 - size.height };
      expect(heldFit(fitPage(size, page), size, page, room, held)).toBe(held);
    }
  });

  it('is the page on screen when the window is larger than the screen it is told of', () => {
    const fit = fitPage(box, page);
    expect(heldFit(fit, box, page, { width: -300, height: -200 }, null)).toEqual(fit);
  });

  it('grows when the page on screen outgrows it, for a window on a larger screen', () => {
    const held = heldFit(fitPage(box, page), box, page, room, null);
    const larger = { width: 1400, height: 1100 };
    const fit = fitPage(larger, page);
    const now = heldFit(fit, larger, page, { width: 0, height: 0 }, held);
    expect(now).not.toBe(held);
    expect(now).toEqual(fit);
  });
});

describe('painting strokes', () => {
  it('draws a mouse line at one width, as one path', () => {
    const { ctx, calls } = recorder();
    paintStroke(ctx, line(0, 0, 100, 0, { points: 5, pointerType: 'mouse', width: 7 }));
    expect(calls).toEqual([
      {
        op: 'stroke',
        width: 7,
        composite: 'source-over',
        path: [
          [0, 0],
          [25, 0],
          [50, 0],
          [75, 0],
          [100, 0],
        ],
      },
    ]);
  });

  it('varies a pen line with pressure, pencils more than markers', () => {
    const { ctx, calls } = recorder();
    paintStroke(ctx, line(0, 0, 100, 0, { points: 3, pointerType: 'pen', width: 10, pressure: (i) => [0.1, 0.5, 0.9][i]! }));
    // Pressure is stored as Float32, so the widths match to float precision.
    expect(calls).toHaveLength(2);
    expect(calls[0]!.width).toBeCloseTo(10 * pressureFactor({ tool: 'pencil', pointerType: 'pen' }, 0.3), 5);
    expect(calls[1]!.width).toBeCloseTo(10 * pressureFactor({ tool: 'pencil', pointerType: 'pen' }, 0.7), 5);
    expect(pressureFactor({ tool: 'pencil', pointerType: 'pen' }, 0.5)).toBeCloseTo(1);
    expect(
      pressureFactor({ tool: 'marker', pointerType: 'pen' }, 1) - pressureFactor({ tool: 'marker', pointerType: 'pen' }, 0),
    ).toBeLessThan(
      pressureFactor({ tool: 'pencil', pointerType: 'pen' }, 1) - pressureFactor({ tool: 'pencil', pointerType: 'pen' }, 0),
    );
  });

  it('erases with destination-out', () => {
    const { ctx, calls } = recorder();
    paintStroke(ctx, line(0, 0, 100, 0, { tool: 'eraser', colour: '#ffffff', width: 100 }));
    expect(calls[0]!.composite).toBe('destination-out');
  });

  it('paints a tap as a dot', () => {
    const { ctx, calls } = recorder();
    paintStroke(ctx, line(5, 5, 5, 5, { points: 1, pointerType: 'mouse', width: 8 }));
    expect(calls).toEqual([{ op: 'fill', composite: 'source-over', path: [[5, 5, 4]] }]);
  });

  it('paints a stroke in pieces (one per frame) along the same path as whole', () => {
    const stroke = line(0, 0, 90, 0, { points: 10, pointerType: 'mouse' });
    const whole = recorder();
    paintStroke(whole.ctx, stroke);
    const pieces = recorder();
    paintStroke(pieces.ctx, stroke, 0, 4);
    paintStroke(pieces.ctx, stroke, 4, 10);
    const segments = (calls: typeof whole.calls) => calls.flatMap((c) => c.path!.slice(1).map((p, i) => `${c.path![i]}→${p}`));
    expect(segments(pieces.calls)).toEqual(segments(whole.calls));
  });
});
