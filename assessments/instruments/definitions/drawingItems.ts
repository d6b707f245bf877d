/**
 * Formal features shared by several drawing protocols (placement, size, line pressure, erasures),
 * each with the metric link that suggests a value. Thresholds are our uncalibrated starting points,
 * not norms; the psychologist accepts or overrides every suggestion.
 */
import type { ItemInput, SuggestionInput } from './build';
import { count, opt, single } from './build';
import { own } from './text';

export const verticalPlacement = (id: string): ItemInput =>
  single(id, own('Тігінен орналасуы', 'Расположение по вертикали', 'Vertical placement'), [
    opt('upper', 'жоғарғы үштен бір', 'верхняя треть', 'upper third'),
    opt('middle', 'ортаңғы үштен бір', 'средняя треть', 'middle third'),
    opt('lower', 'төменгі үштен бір', 'нижняя треть', 'lower third'),
  ]);

export const horizontalPlacement = (id: string): ItemInput =>
  single(id, own('Көлденең орналасуы', 'Расположение по горизонтали', 'Horizontal placement'), [
    opt('left', 'сол жақ үштен бір', 'левая треть', 'left third'),
    opt('centre', 'ортасы', 'центр', 'centre'),
    opt('right', 'оң жақ үштен бір', 'правая треть', 'right third'),
  ]);

export const sizeOnPage = (id: string): ItemInput =>
  single(id, own('Бетке қатысты өлшемі', 'Размер относительно листа', 'Size relative to the page'), [
    opt('small', 'кіші', 'маленький', 'small'),
    opt('medium', 'орташа', 'средний', 'medium'),
    opt('large', 'үлкен', 'крупный', 'large'),
    opt(
      'veryLarge',
      'бетті толтырады немесе шетінен асады',
      'заполняет лист или выходит за край',
      'fills the page or runs off it',
    ),
  ]);

export const linePressure = (id: string): ItemInput =>
  single(id, own('Сызық қысымы', 'Нажим', 'Line pressure'), [
    opt('light', 'әлсіз', 'слабый', 'light'),
    opt('medium', 'орташа', 'средний', 'medium'),
    opt('heavy', 'күшті', 'сильный', 'heavy'),
    opt('variable', 'құбылмалы', 'неравномерный', 'variable'),
  ]);

export const erasures = (id: string): ItemInput => count(id, own('Өшірулер саны', 'Число стираний', 'Number of erasures'), 999);

const thirds = (
  metric: 'placementVertical' | 'placementHorizontal',
  pageId: string,
  itemId: string,
  low: string,
  mid: string,
  high: string,
): SuggestionInput => ({
  metric,
  pageId,
  itemId,
  mapping: {
    kind: 'thresholds',
    steps: [
      { below: 1 / 3, value: low },
      { below: 2 / 3, value: mid },
    ],
    otherwise: high,
  },
  rationale: 'Thirds of the page by the centroid of visible ink, as computeMetrics places a drawing.',
});

export const suggestVertical = (pageId: string, itemId: string) =>
  thirds('placementVertical', pageId, itemId, 'upper', 'middle', 'lower');
export const suggestHorizontal = (pageId: string, itemId: string) =>
  thirds('placementHorizontal', pageId, itemId, 'left', 'centre', 'right');

export const suggestSize = (pageId: string, itemId: string): SuggestionInput => ({
  metric: 'figureSizeRatio',
  pageId,
  itemId,
  mapping: {
    kind: 'thresholds',
    steps: [
      { below: 0.1, value: 'small' },
      { below: 0.45, value: 'medium' },
      { below: 0.8, value: 'large' },
    ],
    otherwise: 'veryLarge',
  },
  // 0.45 is about two thirds of the page in both directions (2/3 × 2/3), the size often described
  // as ordinary for HTP figures; the other steps are our own guesses, to be tuned with use.
  rationale: 'Bounding box of the ink as a share of the page area; uncalibrated starting points.',
});

export const suggestPressure = (pageId: string, itemId: string): SuggestionInput => ({
  metric: 'pressureMean',
  pageId,
  itemId,
  mapping: {
    kind: 'thresholds',
    steps: [
      { below: 0.33, value: 'light' },
      { below: 0.67, value: 'medium' },
    ],
    otherwise: 'heavy',
  },
  rationale: 'Mean pen pressure (0..1) in equal thirds; available only with a pen, and pens differ.',
});

export const suggestErasures = (pageId: string, itemId: string): SuggestionInput => ({
  metric: 'erasureCount',
  pageId,
  itemId,
  mapping: { kind: 'value' },
  rationale: 'Eraser strokes recorded while drawing.',
});
