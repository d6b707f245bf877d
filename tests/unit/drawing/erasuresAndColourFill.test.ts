import { describe, expect, it } from 'vitest';
import { colourFill, isNeutralColour } from '../../../assessments/drawing/colourFill';
import { erasureCounts } from '../../../assessments/drawing/erasures';
import { computeMetrics } from '../../../assessments/drawing/metrics';
import { clear, landscape, line, portrait, redo, undo } from './builders';

const ink = (t: number) => line(100, 100, 600, 100, { t0: t, durationMs: 100 });
const rub = (t: number) => line(100, 100, 600, 100, { t0: t, durationMs: 100, tool: 'eraser', width: 40 });

describe('erasures (assessments/drawing/METRICS.md: eraser strokes, undo and clear)', () => {
  it('counts eraser strokes, undos that took back ink and clears of a page with ink, each on its own', () => {
    const events = [ink(0), rub(200), ink(400), undo(600), ink(800), clear(1000)];
    expect(erasureCounts(events)).toEqual({ eraserStrokes: 1, undos: 1, clears: 1, total: 3 });
  });

  it('does not count an undo with nothing to undo, nor one that brings ink back', () => {
    // Undo with nothing; undo of an eraser stroke (ink comes back); undo of a clear (ink comes back).
    const events = [undo(0), ink(100), rub(300), undo(500), clear(700), undo(800)];
    expect(erasureCounts(events)).toEqual({ eraserStrokes: 1, undos: 0, clears: 1, total: 2 });
  });

  it('does not count clearing an empty page, nor redo', () => {
    const events = [clear(0), ink(100), undo(300), redo(400), undo(500), redo(600)];
    // Two undos took back the ink stroke; the redos put it back and are not erasures.
    expect(erasureCounts(events)).toEqual({ eraserStrokes: 0, undos: 2, clears: 0, total: 2 });
  });

  it('is part of computeMetrics', () => {
    const drawing = portrait([ink(0), undo(200)], 1000);
    expect(computeMetrics(drawing).erasures.total).toBe(1);
    // The recorded presses stay as they were.
    expect(computeMetrics(drawing).undoCount).toBe(1);
  });
});

describe('colour fill (FEATS Prominence of Colour: colour filling the picture)', () => {
  it('is not available without a picture', () => {
    expect(computeMetrics(portrait([])).colourFill).toEqual({ value: null, reason: 'noVisibleInk' });
  });

  it('is 0 for a picture in black and grey only', () => {
    const drawing = portrait([
      line(100, 100, 900, 900, { colour: '#000000' }),
      line(100, 900, 900, 100, { colour: '#3b3b3b', t0: 2000 }),
    ]);
    expect(computeMetrics(drawing).colourFill.value).toMatchObject({ colouredCells: 0, share: 0 });
  });

  it('is the share of the extent painted in colour: a filled rectangle paints all of it but the round caps’ corners', () => {
    // Marker lines 5 mm wide, 4 mm apart, filling 100 × 50 mm.
    const fill = Array.from({ length: 13 }, (_, i) =>
      line(1000, 1000 + i * 40, 2000, 1000 + i * 40, {
        tool: 'marker',
        colour: '#1f77b4',
        width: 50,
        t0: i * 200,
        durationMs: 100,
      }),
    );
    const value = computeMetrics(landscape(fill)).colourFill.value!;
    expect(value.share).toBeGreaterThan(0.99);
    expect(value.extentCells - value.colouredCells).toBeLessThanOrEqual(8);
  });

  it('counts the area, not the length: a long thin coloured line fills less than a short thick patch', () => {
    const thin = computeMetrics(portrait([line(100, 100, 2000, 2800, { colour: '#d62728', width: 4 })])).colourFill.value!;
    expect(thin.share).toBeLessThan(0.05);
  });

  it('rejects nothing it cannot read: a malformed colour is not neutral', () => {
    expect(isNeutralColour('red')).toBe(false);
  });

  it('is 0 coloured cells when the box is missing', () => {
    expect(colourFill([], { value: null, reason: 'noVisibleInk' }, { width: 2100, height: 2970 })).toEqual({
      value: null,
      reason: 'noVisibleInk',
    });
  });
});
