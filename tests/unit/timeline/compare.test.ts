import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from '../../../assessments/instruments';
import { catalogueOrder } from '../../../renderer/features/timeline/model/catalogueOrder';
import { choosePair, comparablePages, defaultPair } from '../../../renderer/features/timeline/model/compare';
import { drawingProtocol, questionnaire } from './helpers';

const order = catalogueOrder(INSTRUMENTS);

describe('comparable drawings', () => {
  const history = [
    drawingProtocol('htp', '2026-03-02', [
      ['house', 'h2'],
      ['tree', 't2'],
      ['person', 'p2', false],
    ]),
    drawingProtocol('htp', '2026-01-15', [
      ['house', 'h1'],
      ['tree', 't1'],
      ['person', 'p1'],
    ]),
    drawingProtocol('nonExistentAnimal', '2026-02-01', [['animal', 'a1']]),
    questionnaire('phq9', '2026-02-01', 9),
  ];

  it('offers pages of the same instrument drawn at least twice, in catalogue and page order', () => {
    const pages = comparablePages(history, order);
    expect(pages.map((p) => p.key)).toEqual(['htp/house', 'htp/tree']);
  });

  it('lists a page’s drawings oldest first, with their dates', () => {
    const tree = comparablePages(history, order).find((p) => p.pageId === 'tree')!;
    expect(tree.drawings.map((d) => [d.drawingId, d.date.slice(0, 10)])).toEqual([
      ['t1', '2026-01-15'],
      ['t2', '2026-03-02'],
    ]);
  });

  it('leaves out a drawing still in progress', () => {
    expect(comparablePages(history, order).some((p) => p.pageId === 'person')).toBe(false);
  });

  it('does not compare the same page id across instruments', () => {
    const pages = comparablePages(
      [drawingProtocol('freeDrawing', '2026-01-01', [['free', 'x1']]), drawingProtocol('ppat', '2026-01-02', [['free', 'x2']])],
      order,
    );
    expect(pages).toEqual([]);
  });

  it('shows the earliest and the latest drawing first', () => {
    const page = comparablePages(
      [
        drawingProtocol('htp', '2026-01-01', [['tree', 'first']]),
        drawingProtocol('htp', '2026-02-01', [['tree', 'middle']]),
        drawingProtocol('htp', '2026-03-01', [['tree', 'last']]),
      ],
      order,
    )[0]!;
    expect(defaultPair(page)).toEqual(['first', 'last']);
  });

  it('never shows one drawing on both sides', () => {
    const page = comparablePages(
      [
        drawingProtocol('htp', '2026-01-01', [['tree', 'first']]),
        drawingProtocol('htp', '2026-02-01', [['tree', 'middle']]),
        drawingProtocol('htp', '2026-03-01', [['tree', 'last']]),
      ],
      order,
    )[0]!;
    expect(choosePair(page, ['first', 'last'], 0, 'middle')).toEqual(['middle', 'last']);
    expect(choosePair(page, ['first', 'last'], 0, 'last')).toEqual(['last', 'first']);
    expect(choosePair(page, ['first', 'last'], 1, 'first')).toEqual(['middle', 'first']);
  });
});
