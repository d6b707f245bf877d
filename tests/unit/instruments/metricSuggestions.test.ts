import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../assessments/drawing/metrics';
import { flattenMetrics, isNeutralColour, metricsByPage, suggestionsFromDrawings } from '../../../assessments/instruments';
import { clear, landscape, line, polyline, portrait } from '../drawing/builders';
import { instrument } from './helpers';

// Portrait page 2100 × 2970. A house-like outline in the upper-left, pencil, drawn with a pen at
// pressure 0.8, then one eraser stroke far from it (erases nothing visible).
const outline = polyline(
  [
    [200, 300],
    [800, 300],
    [800, 900],
    [200, 900],
    [200, 300],
  ],
  0,
  500,
  { width: 4, colour: '#3b3b3b', pressure: 0.8 },
);
const pressed = { ...outline, points: outline.points.map((p) => ({ ...p, pressure: 0.8 })) };
const eraser = line(1900, 2800, 2000, 2800, { t0: 4000, tool: 'eraser', width: 40 });
const house = portrait([pressed, eraser], 6000);

describe('flattenMetrics', () => {
  const flat = flattenMetrics(computeMetrics(house), house.page);

  it('places the centroid as fractions of the page width and height', () => {
    // Square 200..800 × 300..900: centre (500, 600).
    expect(flat.placementHorizontal).toBeCloseTo(500 / 2100, 12);
    expect(flat.placementVertical).toBeCloseTo(600 / 2970, 12);
  });

  it('reads size, coverage, erasures and pressure off computeMetrics', () => {
    const m = computeMetrics(house);
    expect(flat.drawingExtentShare).toBe(m.figureSize.value!.areaShare);
    expect(flat.pageCoverage).toBe(m.coverage.share);
    // One eraser stroke, no undo or clear.
    expect(flat.erasures).toBe(1);
    expect(flat.pressureMean).toBeCloseTo(0.8, 12);
  });

  it('counts graphite as no colour, and sums the visible ink length', () => {
    expect(flat.colourCount).toBe(1);
    expect(flat.colourFilledShare).toBe(0);
    expect(flat.totalInkLength).toBeCloseTo(2400, 9);
  });

  it('measures the area painted in colour, not the share of coloured line length', () => {
    const red = line(100, 100, 1100, 100, { colour: '#e00000', tool: 'marker' });
    const black = line(100, 500, 400, 500, { colour: '#000000', tool: 'marker', t0: 2000 });
    const drawing = landscape([red, black]);
    const m = flattenMetrics(computeMetrics(drawing), drawing.page);
    // A 100 mm red line 0.4 mm wide paints a band of 1 mm cells; the black line paints none in colour.
    expect(m.colourFilledShare).toBeGreaterThan(0);
    expect(m.colourFilledShare).toBeLessThan(0.1);
    expect(m.colourCount).toBe(2);
    // Landscape: x is a share of 2970.
    expect(m.placementHorizontal).toBeGreaterThan(0);
  });

  it('gives no placement, size, pressure or colour share where they cannot be measured', () => {
    const mouse = line(100, 100, 500, 100, { pointerType: 'mouse' });
    const drawing = portrait([mouse, clear(2000)]);
    const m = flattenMetrics(computeMetrics(drawing), drawing.page);
    expect(m).toMatchObject({
      placementVertical: null,
      placementHorizontal: null,
      drawingExtentShare: null,
      pressureMean: null,
      colourFilledShare: null,
      // Nothing visible is a measurement: no ink, no colour, nothing covered.
      totalInkLength: 0,
      colourCount: 0,
      pageCoverage: 0,
    });
  });
});

describe('isNeutralColour', () => {
  it('treats black, graphite and greys as neutral and anything tinted as colour', () => {
    expect(['#000000', '#3b3b3b', '#FFFFFF'].map(isNeutralColour)).toEqual([true, true, true]);
    expect(['#3b3b3c', '#8b4513', '#006400'].map(isNeutralColour)).toEqual([false, false, false]);
  });
});

describe('suggestions from drawings', () => {
  it('suggests HTP house answers from the house page only', () => {
    const htp = instrument('htp');
    const suggestions = suggestionsFromDrawings(htp, { house: house, tree: undefined });
    const byItem = Object.fromEntries(suggestions.map((s) => [s.itemId, s.value]));
    expect(byItem).toEqual({
      house_size: 'small',
      house_placementVertical: 'upper',
      house_placementHorizontal: 'left',
      house_pressure: 'heavy',
      house_erasures: 1,
    });
    expect(suggestions.every((s) => s.pageId === 'house')).toBe(true);
  });

  it('suggests PPAT ratings from the picture’s extent, the area in colour and ink quantity', () => {
    const ppat = instrument('ppat');
    // One thick green line across the sheet: its extent is a thin band, all of it painted green.
    const apple = landscape([line(100, 100, 2900, 100, { tool: 'marker', colour: '#2ca02c', pointerType: 'mouse', width: 40 })]);
    const values = Object.fromEntries(suggestionsFromDrawings(ppat, { apple }).map((s) => [s.itemId, s.value]));
    // Extent 2,840 × 40 of 2,970 × 2,100: under a fifth of the sheet, Space 1. Band all green: Prominence
    // of Colour 5. 2,800 units of ink: Implied Energy 1. No pen: no pressure suggestion.
    expect(values).toEqual({ space: 1, prominenceOfColour: 5, impliedEnergy: 1 });
  });

  it('rates an outline in colour low and the same shape filled with colour high (FEATS Prominence of Colour)', () => {
    const ppat = instrument('ppat');
    const square: [number, number][] = [
      [500, 500],
      [1500, 500],
      [1500, 1500],
      [500, 1500],
      [500, 500],
    ];
    const outline = polyline(square, 0, 500, { tool: 'marker', colour: '#d62728', width: 20, pointerType: 'mouse' });
    // Filling: horizontal marker lines 2 mm apart over the square.
    const fill = Array.from({ length: 51 }, (_, i) =>
      line(500, 500 + i * 20, 1500, 500 + i * 20, {
        tool: 'marker',
        colour: '#d62728',
        width: 20,
        pointerType: 'mouse',
        t0: 3000 + i * 100,
        durationMs: 50,
      }),
    );
    const rate = (events: Parameters<typeof landscape>[0]) =>
      suggestionsFromDrawings(ppat, { apple: landscape(events) }).find((s) => s.itemId === 'prominenceOfColour')?.value;
    // 1 = "colour for outlines only", 5 = colour filling objects and space.
    expect(rate([outline])).toBe(1);
    expect(rate([outline, ...fill])).toBe(5);
    // The same square in black: no colour at all.
    expect(rate([{ ...outline, colour: '#000000' }])).toBe(0);
  });

  it('keys the flattened metrics by page', () => {
    expect(Object.keys(metricsByPage({ house, person: undefined }))).toEqual(['house']);
  });
});
