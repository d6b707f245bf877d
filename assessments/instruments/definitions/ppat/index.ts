/**
 * Person Picking an Apple from a Tree (PPAT) with FEATS-style formal-element ratings, Gantt &
 * Tabone (1998). 14 ratings 0–5 in our own words (the FEATS manual is copyrighted: cited, never
 * copied). Space, Prominence of Colour and Implied Energy get metric suggestions (docs/INSTRUMENTS.md),
 * each from a metric that measures what the element means (issue 13 §4): Space from the picture's
 * extent, Prominence of Colour from the area painted in colour. Ratings stay item-level
 * descriptions: no scales, bands or flags.
 *
 * Tools (issue 13 §5): markers only, no eraser, and nothing taken back (no undo, redo or clear):
 * marker on paper cannot be removed. The sheet may be turned (docs/INSTRUMENTS.md): the orientation
 * is chosen with the client before the drawing starts and is recorded with the drawing.
 */
import type { InstrumentInput } from '../../schema';
import type { ItemInput, SuggestionInput } from '../build';
import { anchor, rating, text } from '../build';
import { PPAT_MARKERS } from '../palettes';
import { DRAWING_CAVEAT, join, own, ownWordingSources } from '../text';
import { ELEMENTS_1_TO_7, type FormalElement } from './scales1';
import { ELEMENTS_8_TO_14 } from './scales2';

const PAGE = 'apple';
const FORMAL_ELEMENTS: FormalElement[] = [...ELEMENTS_1_TO_7, ...ELEMENTS_8_TO_14];

const toItem = (e: FormalElement): ItemInput =>
  rating(
    e.id,
    own(...e.name),
    0,
    5,
    e.anchors.map((words, value) => anchor(value, ...words)),
  );

type Step = { below: number; value: number };
const suggestion = (
  metric: SuggestionInput['metric'],
  itemId: string,
  steps: Step[],
  rationale: SuggestionInput['rationale'],
): SuggestionInput => ({
  metric,
  pageId: PAGE,
  itemId,
  mapping: { kind: 'thresholds', steps, otherwise: 5 },
  rationale,
});
const steps = (...belows: number[]): Step[] => belows.map((below, value) => ({ below, value }));

export const ppat: InstrumentInput = {
  id: 'ppat',
  version: '1.0.0',
  kind: 'drawing',
  code: 'PPAT',
  name: own('Ағаштан алма үзіп жатқан адам', 'Человек, срывающий яблоко с дерева', 'Person Picking an Apple from a Tree'),
  instructions: join(
    own(
      'Клиентке ағаштан алма үзіп жатқан адамның суретін салуды ұсыныңыз. Тек 12 түсті фломастер беріледі, өшіргіш жоқ, салынған сызықты алып тастауға болмайды. Парақты клиент қалауынша бұра алады: бағыты сурет басталғанға дейін таңдалып, жазылады. Уақыт шектелмеген. Суретті 14 формальды элемент бойынша 0–5 аралығында бағалаңыз.',
      'Предложите клиенту нарисовать человека, который срывает яблоко с дерева. Доступны только 12 цветных маркеров, без ластика; нарисованное нельзя убрать. Клиент может повернуть лист как хочет: положение выбирается до начала рисования и записывается. Время не ограничено. Оцените рисунок по 14 формальным элементам от 0 до 5.',
      'Ask the client to draw a person picking an apple from a tree. Only the 12 coloured markers are offered, with no eraser; nothing drawn can be taken back. The client may turn the sheet either way: the orientation is chosen before drawing starts and is recorded. There is no time limit. Rate the drawing on the 14 formal elements, 0 to 5.',
    ),
    DRAWING_CAVEAT,
    ' ',
  ),
  sources: [
    {
      citation:
        'Gantt, L., & Tabone, C. (1998). The Formal Elements Art Therapy Scale: The rating manual. Morgantown, WV: Gargoyle Press.',
      note: 'Copyrighted manual: element names cited, anchors written in our own words.',
    },
    {
      citation:
        'Gantt, L. M. (2001). The Formal Elements Art Therapy Scale: A measurement system for global variables in art. Art Therapy, 18(1), 50–55.',
    },
  ],
  wordingSources: ownWordingSources('Gantt & Tabone (1998), citing the FEATS element names only'),
  licence: {
    kind: 'copyrightedManualCited',
    note: own(
      'FEATS нұсқаулығы авторлық құқықпен қорғалған: элементтер атаулары дереккөзге сілтемемен берілген, бағалау сипаттамалары біздің өз сөзіміз.',
      'Руководство FEATS защищено авторским правом: названия элементов даны со ссылкой, описания оценок — наши собственные.',
      'The FEATS manual is copyrighted: element names are cited, the rating descriptions are our own.',
    ),
  },
  pages: [
    {
      id: PAGE,
      title: own('Алма үзіп жатқан адам', 'Человек срывает яблоко', 'Person picking an apple'),
      orientation: 'either',
      paper: '12x18in',
      tools: ['marker'],
      actions: [],
      palette: PPAT_MARKERS,
      instruction: own(
        'Ағаштан алма үзіп жатқан адамның суретін салыңыз.',
        'Нарисуйте человека, который срывает яблоко с дерева.',
        'Draw a person picking an apple from a tree.',
      ),
    },
  ],
  sections: [
    {
      id: 'formalElements',
      pageId: PAGE,
      title: own('Формальды элементтер', 'Формальные элементы', 'Formal elements'),
      items: FORMAL_ELEMENTS.map(toItem),
    },
    {
      id: 'notes',
      title: own('Ескертпелер', 'Примечания', 'Notes'),
      items: [text('notes', own('Ескертпелер', 'Примечания', 'Notes'))],
    },
  ],
  // Uncalibrated starting points: each suggestion is shown with its measured value and rationale, and may be overridden.
  metricSuggestions: [
    // Space: 1–5 follow the anchors (less than a quarter, a quarter, half, three quarters, the whole
    // sheet); each step is the midpoint between two anchors. "Nothing drawn" (0) has no extent, so no suggestion.
    suggestion(
      'drawingExtentShare',
      'space',
      steps(0, 0.2, 0.375, 0.625, 0.875),
      own(
        'Суреттің алып жатқан аумағы: барлық сызықтарды қамтитын тіктөртбұрыштың парақ ауданындағы үлесі. Шектер бағалау сипаттамаларының (төрттен бір, жартысы, төрттен үші) ортасында алынған.',
        'Протяжённость рисунка: доля площади листа, которую занимает прямоугольник вокруг всех линий. Границы взяты посередине между описаниями оценок (четверть, половина, три четверти).',
        'The picture’s extent: the box around all lines as a share of the sheet. The steps lie midway between the rating descriptions (a quarter, half, three quarters).',
      ),
    ),
    suggestion(
      'colourFilledShare',
      'prominenceOfColour',
      steps(0.001, 0.1, 0.2, 0.35, 0.6),
      own(
        'Түспен боялған аудан: суреттің аумағындағы түрлі түсті (қара немесе сұр емес) сызықтар жапқан бөлігі. Контур аз аудан жабады, боялған заттар — көбірек.',
        'Площадь, закрашенная цветом: доля протяжённости рисунка, покрытая цветными (не чёрными и не серыми) линиями. Контур покрывает мало, закрашенные предметы — больше.',
        'Area painted in colour: the share of the picture’s extent covered by coloured (not black or grey) lines. Outlines cover little, filled objects more.',
      ),
    ),
    suggestion(
      'totalInkLength',
      'impliedEnergy',
      steps(1, 20_000, 50_000, 100_000, 200_000),
      own(
        'Сызықтардың жалпы ұзындығы (10 000 бірлік = 1 м): салынған белгілердің мөлшері.',
        'Общая длина линий (10 000 единиц = 1 м): количество нанесённых штрихов.',
        'Total length of the lines (10,000 units = 1 m): how much was drawn.',
      ),
    ),
    suggestion(
      'pressureMean',
      'impliedEnergy',
      steps(0, 0.2, 0.4, 0.6, 0.8),
      own(
        'Қаламның орташа басылу күші (0–1); тек қаламмен (стилуспен) салғанда өлшенеді.',
        'Средний нажим пера (0–1); измеряется только при рисовании пером (стилусом).',
        'Mean pen pressure (0–1); measured only when drawing with a pen (stylus).',
      ),
    ),
  ],
  caveats: [DRAWING_CAVEAT],
};
