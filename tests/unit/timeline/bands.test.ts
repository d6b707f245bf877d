import { describe, expect, it } from 'vitest';
import { bandRects } from '../../../renderer/features/timeline/chart/bandGeometry';
import { bandsPlugin } from '../../../renderer/features/timeline/chart/bandsPlugin';

// A value axis 0–20 drawn from y = 210 (value 0) up to y = 10 (value 20): 10 px per point.
const area = { left: 40, right: 440, top: 10, bottom: 210 };
const toPixel = (v: number) => 210 - v * 10;
const bands = [
  { from: 0, to: 4.5, label: 'Minimal' },
  { from: 4.5, to: 9.5, label: 'Mild' },
  { from: 9.5, to: 20, label: 'Moderate' },
];

describe('band rectangles on the chart', () => {
  it('spans the chart width and stacks the bands from the bottom up', () => {
    const rects = bandRects(bands, area, toPixel, 13);
    expect(rects.map((r) => [r.label, r.y, r.height])).toEqual([
      ['Minimal', 165, 45],
      ['Mild', 115, 50],
      ['Moderate', 10, 105],
    ]);
    expect(rects.every((r) => r.x === 40 && r.width === 400)).toBe(true);
  });

  it('draws a threshold line at the lower edge of every band but the lowest', () => {
    expect(bandRects(bands, area, toPixel, 13).map((r) => r.thresholdY)).toEqual([null, 165, 115]);
  });

  it('clips bands to the chart area', () => {
    const [rect] = bandRects([{ from: 15, to: 40, label: 'Severe' }], area, toPixel, 13);
    expect(rect).toMatchObject({ y: 10, height: 50 });
  });

  it('writes a band’s name only where it fits', () => {
    const rects = bandRects(
      [
        { from: 0, to: 1, label: 'Thin' },
        { from: 1, to: 20, label: 'Wide' },
      ],
      area,
      toPixel,
      13,
    );
    expect(rects.map((r) => r.labelFits)).toEqual([false, true]);
  });
});

describe('the bands plugin', () => {
  it('shades each band, draws the thresholds and names the bands on the canvas before the line', () => {
    const calls: string[] = [];
    const ctx = {
      save: () => calls.push('save'),
      restore: () => calls.push('restore'),
      fillRect: (x: number, y: number, w: number, h: number) => calls.push(`fillRect ${x},${y},${w},${h}`),
      setLineDash: () => undefined,
      beginPath: () => undefined,
      moveTo: (x: number, y: number) => calls.push(`moveTo ${x},${y}`),
      lineTo: (x: number, y: number) => calls.push(`lineTo ${x},${y}`),
      stroke: () => calls.push('stroke'),
      fillText: (text: string, x: number, y: number) => calls.push(`text ${text} ${x},${y}`),
    };
    const chart = { ctx, chartArea: area, scales: { y: { getPixelForValue: toPixel } } };
    const plugin = bandsPlugin(bands);
    // Chart.js calls the hook with (chart, args, options); only the chart is used.
    (plugin.beforeDatasetsDraw as unknown as (c: typeof chart) => void)(chart);
    expect(calls.filter((c) => c.startsWith('fillRect'))).toEqual([
      'fillRect 40,165,400,45',
      'fillRect 40,115,400,50',
      'fillRect 40,10,400,105',
    ]);
    expect(calls.filter((c) => c.startsWith('moveTo'))).toEqual(['moveTo 40,165', 'moveTo 40,115']);
    expect(calls.filter((c) => c.startsWith('text'))).toEqual([
      'text Minimal 434,168',
      'text Mild 434,118',
      'text Moderate 434,13',
    ]);
    expect(calls[0]).toBe('save');
    expect(calls.at(-1)).toBe('restore');
  });
});
