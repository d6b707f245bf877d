import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Drawing, DrawingEvent, Stroke } from '../../../assessments/drawing/model';
import { drawingToSvg, strokeElements } from '../../../assessments/drawing/svg';
import { toTypedStroke } from '../../../assessments/drawing/typed';
import { type PaintTarget, paintStroke } from '../../../renderer/features/drawing/render/strokePainter';
import { drawingArb } from '../drawing/arbitraries';
import { line } from '../drawing/builders';

/** What the canvas painter draws, as [kind, width, points]: the reference the SVG must match. */
function canvasOps(stroke: Stroke): Array<[string, number, number[][]]> {
  const ops: Array<[string, number, number[][]]> = [];
  let path: number[][] = [];
  const ctx = {
    lineWidth: 1,
    beginPath: () => (path = []),
    moveTo: (x: number, y: number) => path.push([x, y]),
    lineTo: (x: number, y: number) => path.push([x, y]),
    arc: (x: number, y: number, r: number) => path.push([x, y, r]),
    fill: () => ops.push(['dot', 0, path]),
    stroke: () => ops.push(['line', ctx.lineWidth, path]),
  };
  paintStroke(ctx as unknown as PaintTarget, toTypedStroke(stroke));
  return ops;
}

/** The same, read back from the SVG elements. */
function svgOps(elements: string[]): Array<[string, number, number[][]]> {
  return elements.map((e) => {
    const circle = /^<circle cx="([^"]+)" cy="([^"]+)" r="([^"]+)"/.exec(e);
    if (circle) return ['dot', 0, [[Number(circle[1]), Number(circle[2]), Number(circle[3])]]];
    const path = /^<path d="([^"]+)" stroke="[^"]+" stroke-width="([^"]+)"/.exec(e)!;
    const points = path[1]!
      .split(/[ML]/)
      .filter(Boolean)
      .map((p) => p.split(' ').map(Number));
    return ['line', Number(path[2]), points];
  });
}

const page: Drawing['page'] = { orientation: 'portrait' };
const drawingOf = (events: DrawingEvent[]): Drawing => ({ page, events, finishedT: 100_000 });
/** Colours of the ink paths outside any mask, in order. */
const inkColours = (svg: string) =>
  [...svg.replace(/<mask[\s\S]*?<\/mask>/g, '').matchAll(/stroke="(#[0-9a-f]{6})"/g)].map((m) => m[1]);

describe('strokes as SVG', () => {
  it('cuts and sizes every stroke exactly as the canvas painter does', () => {
    fc.assert(
      fc.property(drawingArb({ maxEvents: 6, maxPoints: 30 }), (drawing) => {
        for (const event of drawing.events) {
          if (event.kind !== 'stroke') continue;
          const expected = canvasOps(event);
          const actual = svgOps(strokeElements(event, '#000000'));
          expect(actual.map(([kind]) => kind)).toEqual(expected.map(([kind]) => kind));
          actual.forEach(([, width, points], i) => {
            expect(width).toBeCloseTo(expected[i]![1], 1);
            expect(points.length).toBe(expected[i]![2].length);
            points.forEach((p, k) => p.forEach((v, j) => expect(v).toBeCloseTo(expected[i]![2][k]![j]!, 1)));
          });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('draws a tap as a filled dot in the stroke colour', () => {
    const svg = drawingToSvg(
      drawingOf([line(100, 200, 100, 200, { points: 1, pointerType: 'mouse', width: 8, colour: '#C0392B' })]),
    );
    expect(svg).toContain('<circle cx="100" cy="200" r="4" fill="#c0392b"/>');
  });

  it('shows only what is in effect after undo, redo and clear', () => {
    const red = line(0, 0, 100, 0, { colour: '#ff0000', t0: 0 });
    const green = line(0, 10, 100, 10, { colour: '#00ff00', t0: 2000 });
    const blue = line(0, 20, 100, 20, { colour: '#0000ff', t0: 6000 });
    const undoGreen: DrawingEvent[] = [red, green, { kind: 'undo', t: 4000 }];
    expect(inkColours(drawingToSvg(drawingOf(undoGreen)))).toEqual(['#ff0000']);
    expect(inkColours(drawingToSvg(drawingOf([...undoGreen, { kind: 'redo', t: 5000 }])))).toEqual(['#ff0000', '#00ff00']);
    const cleared: DrawingEvent[] = [red, green, { kind: 'clear', t: 4000 }, blue];
    expect(inkColours(drawingToSvg(drawingOf(cleared)))).toEqual(['#0000ff']);
    const unCleared: DrawingEvent[] = [red, green, { kind: 'clear', t: 4000 }, { kind: 'undo', t: 5000 }];
    expect(inkColours(drawingToSvg(drawingOf(unCleared)))).toEqual(['#ff0000', '#00ff00']);
  });

  it('erases the ink drawn before an eraser stroke, not the ink drawn after it', () => {
    const before = line(0, 0, 100, 0, { colour: '#ff0000', t0: 0 });
    const eraser = line(50, -20, 50, 20, { tool: 'eraser', colour: '#ffffff', width: 30, t0: 2000 });
    const after = line(0, 40, 100, 40, { colour: '#0000ff', t0: 4000 });
    const svg = drawingToSvg(drawingOf([before, eraser, after]), { idPrefix: 'p1' });
    // The mask: the page white (kept), the eraser's path black (removed), never filled.
    expect(svg).toMatch(
      /<mask id="p1-erase-0" maskUnits="userSpaceOnUse"[^>]*><rect [^>]*fill="#ffffff"\/><g fill="none"[^>]*><path d="M50 -20L50 20" stroke="#000000" stroke-width="30"\/><\/g><\/mask>/,
    );
    // The red line is inside the masked group; the blue one is drawn after it, over the erased place.
    expect(svg).toMatch(/<g mask="url\(#p1-erase-0\)"><path [^>]*stroke="#ff0000"[^>]*\/><\/g><path [^>]*stroke="#0000ff"/);
    // The eraser never paints: no white ink over the paper.
    expect(inkColours(svg)).toEqual(['#ff0000', '#0000ff']);
  });

  it('gives each eraser run its own mask, nested so later erasers erase earlier ink too', () => {
    const ink = (y: number, t0: number) => line(0, y, 100, y, { t0 });
    const rub = (t0: number) => line(50, -50, 50, 50, { tool: 'eraser', width: 20, t0 });
    const svg = drawingToSvg(drawingOf([ink(0, 0), rub(2000), rub(4000), ink(10, 6000), rub(8000)]), { idPrefix: 'd' });
    expect(svg.match(/<mask /g)).toHaveLength(2);
    expect(svg).toContain('<g mask="url(#d-erase-1)"><g mask="url(#d-erase-0)">');
  });

  it('is a page-sized SVG with a white page, landscape included', () => {
    const svg = drawingToSvg({ page: { orientation: 'landscape' }, events: [] });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 2970 2100"/);
    expect(svg).toContain('<rect x="0" y="0" width="2970" height="2100" fill="#ffffff"/>');
    expect(drawingToSvg({ page, events: [] }, { background: false })).not.toContain('<rect');
  });

  it('refuses a mask id prefix that could break out of the attribute', () => {
    expect(() => drawingToSvg(drawingOf([]), { idPrefix: 'a"><script>' })).toThrow(RangeError);
  });
});
