/**
 * Formal features shared by several drawing protocols (placement, size, line pressure, erasures),
 * each with the metric link that suggests a value. Thresholds are our uncalibrated starting points,
 * not norms; the psychologist accepts or overrides every suggestion, and the form says so beside
 * each one with its rationale (issue 13 §4). Each metric measures what the item names, or the
 * rationale says where it does not (the size of the whole drawing stands in for the figure's).
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
  single(id, own('Параққа қатысты өлшемі', 'Размер относительно листа', 'Size relative to the page'), [
    opt('small', 'кіші', 'маленький', 'small'),
    opt('medium', 'орташа', 'средний', 'medium'),
    opt('large', 'үлкен', 'крупный', 'large'),
    opt(
      'veryLarge',
      'парақты толтырады немесе шетінен асады',
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

/** Said by every placement suggestion. */
const THIRDS_RATIONALE = own(
  'Көрінетін сызықтардың ортасы (ұзындығы ескеріледі) парақтың үштен бір бөліктерінің қайсысына түседі.',
  'В какую треть листа попадает центр видимых линий (с учётом их длины).',
  'Which third of the page holds the centre of the visible lines (weighted by their length).',
);

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
  rationale: THIRDS_RATIONALE,
});

export const suggestVertical = (pageId: string, itemId: string) =>
  thirds('placementVertical', pageId, itemId, 'upper', 'middle', 'lower');
export const suggestHorizontal = (pageId: string, itemId: string) =>
  thirds('placementHorizontal', pageId, itemId, 'left', 'centre', 'right');

export const suggestSize = (pageId: string, itemId: string): SuggestionInput => ({
  metric: 'drawingExtentShare',
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
  // Issue 13 §4: the metric cannot tell the figure from what is drawn beside it, so it says so.
  rationale: own(
    'Парақтағы барлық сызықтарды қамтитын тіктөртбұрыштың парақ ауданындағы үлесі. Бұл — бүкіл сурет: бейненің жанында салынғанның бәрі де есепке кіреді.',
    'Доля площади листа, которую занимает прямоугольник вокруг всех линий на листе. Это весь рисунок: всё, что нарисовано рядом с фигурой, тоже учитывается.',
    'The box around all lines on the page, as a share of the page area. This is the whole drawing: anything drawn beside the figure counts too.',
  ),
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
  rationale: own(
    'Қаламның орташа басылу күші (0–1), үш тең бөлікке бөлінген. Тек қаламмен (стилуспен) салғанда өлшенеді, ал қаламдар бір-бірінен өзгеше.',
    'Средний нажим пера (0–1), разделённый на три равные части. Измеряется только при рисовании пером (стилусом), а перья различаются.',
    'Mean pen pressure (0–1) split into equal thirds. Measured only when drawing with a pen (stylus), and pens differ.',
  ),
});

/** What counts as an erasure (assessments/drawing/erasures.ts), said wherever the count is suggested. */
export const ERASURES_RATIONALE = own(
  'Сурет салу кезіндегі өшірулер: өшіргішпен жүргізілген сызықтар, сызықты алып тастаған «Болдырмау» басулары және сызығы бар парақты тазарту.',
  'Стирания во время рисования: движения ластиком, нажатия «Отменить», убравшие линию, и очистка листа с линиями.',
  'Erasures while drawing: eraser strokes, presses of Undo that took back a line, and clearing a page that had lines.',
);

export const suggestErasures = (pageId: string, itemId: string): SuggestionInput => ({
  metric: 'erasures',
  pageId,
  itemId,
  mapping: { kind: 'value' },
  rationale: ERASURES_RATIONALE,
});
