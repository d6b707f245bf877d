/**
 * Person Picking an Apple from a Tree (PPAT) with FEATS-style formal-element ratings, Gantt &
 * Tabone (1998). 14 ratings 0–5 in our own words (the FEATS manual is copyrighted: cited, never
 * copied). Space, Prominence of Colour and Implied Energy get metric suggestions (docs/INSTRUMENTS.md).
 * Ratings stay item-level descriptions: no scales, bands or flags.
 */
import type { InstrumentInput } from '../../schema';
import type { ItemInput, SuggestionInput } from '../build';
import { anchor, rating, text } from '../build';
import { PPAT_MARKERS } from '../palettes';
import { DRAWING_CAVEAT, join, own } from '../text';
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
const suggestion = (metric: SuggestionInput['metric'], itemId: string, steps: Step[], rationale: string): SuggestionInput => ({
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
      'Клиентке ағаштан алма үзіп жатқан адамның суретін салуды ұсыныңыз. Тек 12 түсті фломастер беріледі, өшіргіш жоқ. Уақыт шектелмеген. Суретті 14 формальды элемент бойынша 0–5 аралығында бағалаңыз.',
      'Предложите клиенту нарисовать человека, который срывает яблоко с дерева. Доступны только 12 цветных маркеров, без ластика. Время не ограничено. Оцените рисунок по 14 формальным элементам от 0 до 5.',
      'Ask the client to draw a person picking an apple from a tree. Only the 12 coloured markers are offered, with no eraser. There is no time limit. Rate the drawing on the 14 formal elements, 0 to 5.',
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
      orientation: 'landscape',
      paper: '12x18in',
      tools: ['marker'],
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
  // Uncalibrated starting points: each suggestion is shown with its measured value and may be overridden.
  metricSuggestions: [
    suggestion(
      'pageCoverage',
      'space',
      steps(0.005, 0.1, 0.25, 0.45, 0.7),
      'Share of the page touched by ink; coverage understates the space an outline spans.',
    ),
    suggestion(
      'colouredInkShare',
      'prominenceOfColour',
      steps(0.02, 0.2, 0.4, 0.6, 0.8),
      'Share of visible ink in a colour other than black; it cannot tell outlining from filling.',
    ),
    suggestion(
      'totalInkLength',
      'impliedEnergy',
      steps(1, 20_000, 50_000, 100_000, 200_000),
      'Ink quantity: visible ink length in page units (10,000 = 1 m).',
    ),
    suggestion('pressureMean', 'impliedEnergy', steps(0, 0.2, 0.4, 0.6, 0.8), 'Mean pen pressure (0..1); only with a pen.'),
  ],
};
