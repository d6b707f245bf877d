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
    expect(flat.figureSizeRatio).toBe(m.figureSize.value!.areaShare);
    expect(flat.pageCoverage).toBe(m.coverage.share);
    expect(flat.erasureCount).toBe(1);
    expect(flat.pressureMean).toBeCloseTo(0.8, 12);
  });

  it('counts graphite as no colour, and sums the visible ink length', () => {
    expect(flat.colourCount).toBe(1);
    expect(flat.colouredInkShare).toBe(0);
    expect(flat.totalInkLength).toBeCloseTo(2400, 9);
  });

  it('measures the share of coloured ink against black and greys', () => {
    const red = line(100, 100, 1100, 100, { colour: '#e00000', tool: 'marker' });
    const black = line(100, 500, 400, 500, { colour: '#000000', tool: 'marker', t0: 2000 });
    const drawing = landscape([red, black]);
    const m = flattenMetrics(computeMetrics(drawing), drawing.page);
    expect(m.colouredInkShare).toBeCloseTo(1000 / 1300, 12);
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
      figureSizeRatio: null,
      pressureMean: null,
      colouredInkShare: null,
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

  it('suggests PPAT ratings from coverage, colour and ink quantity', () => {
    const ppat = instrument('ppat');
    const apple = landscape([line(100, 100, 2900, 100, { tool: 'marker', colour: '#2ca02c', pointerType: 'mouse' })]);
    const values = Object.fromEntries(suggestionsFromDrawings(ppat, { apple }).map((s) => [s.itemId, s.value]));
    // All ink green: Prominence of Colour 5. 2,800 units of ink: Implied Energy 1. No pen: no pressure suggestion.
    expect(values).toMatchObject({ prominenceOfColour: 5, impliedEnergy: 1 });
    expect(typeof values.space).toBe('number');
  });

  it('keys the flattened metrics by page', () => {
    expect(Object.keys(metricsByPage({ house, person: undefined }))).toEqual(['house']);
  });
});
