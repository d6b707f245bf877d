/**
 * Kinetic Family Drawing (KFD), Burns & Kaufman (1970); Russian «Кинетический рисунок семьи».
 * Form as docs/INSTRUMENTS.md lists it; wording our own. Figures are fixed role slots (self, mother, …)
 * because the item model has no repeating groups; several children or siblings share one slot.
 * Descriptive only: no scales, bands or flags.
 */
import type { InstrumentInput } from '../schema';
import type { IndicatorRow, ItemInput } from './build';
import { count, indicator, indicators, interpretation, opt, single, text } from './build';
import { DRAWING_CAVEAT, join, own, ownWordingSources, PROFESSIONAL_PRACTICE_LICENCE } from './text';

const PAGE = 'family';

const ROLES: [string, string, string, string][] = [
  ['self', 'Клиенттің өзі', 'Сам клиент', 'Self'],
  ['mother', 'Анасы', 'Мать', 'Mother'],
  ['father', 'Әкесі', 'Отец', 'Father'],
  ['partner', 'Жұбайы немесе серіктесі', 'Супруг(а) или партнёр', 'Partner or spouse'],
  ['children', 'Балалары', 'Дети', 'Children'],
  ['siblings', 'Бауырлары', 'Братья и сёстры', 'Siblings'],
  ['grandparents', 'Атасы мен әжесі', 'Бабушки и дедушки', 'Grandparents'],
  ['others', 'Басқа адамдар', 'Другие люди', 'Others'],
];

function figureItems([role, kk, ru, en]: [string, string, string, string]): ItemInput[] {
  const who = own(kk, ru, en);
  const items: ItemInput[] = [
    single(`fig_${role}_presence`, join(who, own('суретте', 'на рисунке', 'in the drawing')), [
      opt('drawn', 'салынған', 'нарисован(а)', 'drawn'),
      opt('omitted', 'түсіп қалған', 'пропущен(а)', 'omitted'),
      opt('none', 'ондай адам жоқ', 'такого человека нет', 'no such person'),
    ]),
    count(
      `fig_${role}_sizeRank`,
      join(
        who,
        own('өлшемі бойынша орны (1 = ең үлкен)', 'место по размеру (1 = самая крупная фигура)', 'size rank (1 = largest)'),
      ),
      20,
      1,
    ),
  ];
  if (role !== 'self') {
    items.push(
      single(
        `fig_${role}_distance`,
        join(who, own('клиент бейнесіне дейінгі қашықтық', 'расстояние до фигуры клиента', 'distance to self')),
        [
          opt('touching', 'тиіп тұр', 'касаются', 'touching'),
          opt('near', 'жақын', 'близко', 'near'),
          opt('middle', 'орташа', 'на среднем расстоянии', 'middle distance'),
          opt('far', 'алыс', 'далеко', 'far'),
        ],
      ),
    );
  }
  items.push(text(`fig_${role}_action`, join(who, own('не істеп жатыр', 'действие', 'action'))));
  return items;
}

const STYLES: IndicatorRow[] = [
  [
    'style_compartmentalisation',
    'Бөлектеу: бейнелер сызықпен не жақтаумен бөлінген',
    'Компартментализация: фигуры разделены линиями или рамками',
    'Compartmentalisation: figures separated by lines or boxes',
  ],
  [
    'style_encapsulation',
    'Қоршау: бейне затпен не сызықпен қоршалған',
    'Инкапсуляция: фигура заключена в предмет или контур',
    'Encapsulation: a figure enclosed by an object or line',
  ],
  [
    'style_underlining',
    'Жеке бейнелердің асты сызылған',
    'Подчёркивание под отдельными фигурами',
    'Underlining beneath individual figures',
  ],
  [
    'style_edging',
    'Бейнелер парақтың шеттерінде орналасқан',
    'Фигуры расположены по краям листа',
    'Edging: figures placed along the edges of the page',
  ],
  [
    'style_liningTop',
    'Парақтың жоғарғы жағында көлденең сызық',
    'Линия поперёк верхней части листа',
    'Line across the top of the page',
  ],
  [
    'style_liningBottom',
    'Парақтың төменгі жағында көлденең сызық',
    'Линия поперёк нижней части листа',
    'Line across the bottom of the page',
  ],
];
const CHARACTERISTICS: IndicatorRow[] = [
  [
    'char_elevated',
    'Бір бейне басқаларынан жоғары салынған',
    'Фигура расположена выше других',
    'A figure placed higher than the others',
  ],
  ['char_rotated', 'Бір бейне бұрылған немесе жатыр', 'Фигура повёрнута или лежит', 'A figure rotated or lying down'],
  ['char_omittedParts', 'Бейнеде дене мүшелері түсіп қалған', 'У фигуры пропущены части тела', 'Body parts omitted on a figure'],
  ['char_erasures', 'Бейнеде өшірулер бар', 'Стирания на фигуре', 'Erasures on a figure'],
  ['char_shading', 'Бейне не оның бөлігі штрихталған', 'Штриховка фигуры или её части', 'Shading of a figure or part of one'],
  ['char_armExtensions', 'Созылған, ұзартылған қолдар', 'Удлинённые, вытянутые руки', 'Arm extensions'],
];

export const kfd: InstrumentInput = {
  id: 'kfd',
  version: '1.0.0',
  kind: 'drawing',
  code: 'KFD',
  name: own('Отбасының кинетикалық суреті', 'Кинетический рисунок семьи', 'Kinetic Family Drawing'),
  instructions: join(
    own(
      'Клиентке отбасының барлық мүшелерін, өзін қоса, әрқайсысы бір іс істеп жатқандай етіп салуды ұсыныңыз. Адамдарды сызықшалардан құралған сұлба етіп емес, толық бейнелеуін өтініңіз. Ересек клиенттен қай отбасын (өзі өскен отбасын немесе қазіргі отбасын) салғанын сұрап, формада белгілеңіз. Уақыт шектелмеген. Содан кейін сұхбат сұрақтарын қойып, жауаптарды клиенттің өз сөзімен жазыңыз.',
      'Предложите клиенту нарисовать всех членов своей семьи, включая себя, так, чтобы каждый был чем-то занят. Попросите рисовать людей целиком, а не схематичных человечков из палочек. Взрослого клиента спросите, какую семью он нарисовал (родительскую или нынешнюю), и отметьте это в форме. Время не ограничено. Затем задайте вопросы беседы и запишите ответы словами клиента.',
      'Ask the client to draw everyone in their family, including themselves, each doing something. Ask for whole people, not stick figures. Ask an adult client which family they drew (the family they grew up in, or their current family) and record it on the form. There is no time limit. Then ask the inquiry questions and record the answers in the client’s words.',
    ),
    DRAWING_CAVEAT,
    ' ',
  ),
  sources: [
    {
      citation:
        'Burns, R. C., & Kaufman, S. H. (1970). Kinetic Family Drawings (K-F-D): An introduction to understanding children through kinetic drawings. New York: Brunner/Mazel.',
    },
    {
      citation:
        'Burns, R. C., & Kaufman, S. H. (1972). Actions, styles and symbols in Kinetic Family Drawings (K-F-D): An interpretative manual. New York: Brunner/Mazel.',
    },
  ],
  wordingSources: ownWordingSources('Burns & Kaufman (1970)'),
  licence: PROFESSIONAL_PRACTICE_LICENCE,
  pages: [
    {
      id: PAGE,
      title: own('Отбасы', 'Семья', 'Family'),
      orientation: 'landscape',
      // Eraser allowed: erasures on figures are one of the recorded characteristics.
      tools: ['pencil', 'eraser'],
      instruction: own(
        // Burns & Kaufman (1970) ask for whole people, not cartoons or stick people (issue 13 §7).
        'Отбасыңыздың барлық мүшелерін, өзіңізді қоса, әрқайсысы бір нәрсе істеп жатқандай етіп салыңыз. Адамдарды сызықшалардан құралған сұлба етіп емес, толық салуға тырысыңыз.',
        'Нарисуйте всех членов своей семьи, включая себя, так, чтобы каждый что-то делал. Постарайтесь нарисовать людей целиком, а не схематичных человечков из палочек.',
        'Draw everyone in your family, including yourself, each doing something. Try to draw whole people, not stick figures.',
      ),
      inquiry: [
        { id: 'q_who', text: own('Суреттегі әр адам кім?', 'Кто есть кто на рисунке?', 'Who is each figure?') },
        { id: 'q_age', text: own('Әрқайсысы неше жаста?', 'Сколько лет каждому?', 'How old is each of them?') },
        { id: 'q_doing', text: own('Әрқайсысы не істеп жатыр?', 'Что делает каждый?', 'What is each of them doing?') },
        { id: 'q_feeling', text: own('Әрқайсысы не сезінеді?', 'Что чувствует каждый?', 'How does each of them feel?') },
        { id: 'q_closest', text: own('Кім кімге ең жақын?', 'Кто кому ближе всего?', 'Who is closest to whom?') },
      ],
    },
  ],
  sections: [
    {
      id: 'figures',
      pageId: PAGE,
      title: own('Бейнелер', 'Фигуры', 'Figures'),
      items: [
        // Issue 13 §7: an adult may draw the family they grew up in or the one they live in now.
        single('familyDrawn', own('Қай отбасы салынған', 'Какая семья нарисована', 'Which family was drawn'), [
          opt('origin', 'өзі өскен отбасы', 'родительская семья', 'the family the client grew up in'),
          opt('current', 'қазіргі отбасы', 'нынешняя семья', 'the client’s current family'),
          opt('both', 'екеуі де немесе аралас', 'обе или вперемешку', 'both, or mixed'),
          opt('child', 'клиент — бала, өз отбасы', 'клиент — ребёнок, его семья', 'the client is a child: their family'),
        ]),
        text('figureOrder', own('Бейнелер салыну реті бойынша', 'Фигуры в порядке рисования', 'Figures in the order drawn')),
        ...ROLES.flatMap(figureItems),
      ],
    },
    { id: 'styles', pageId: PAGE, title: own('Стильдер', 'Стили', 'Styles'), items: indicators(STYLES) },
    {
      id: 'characteristics',
      pageId: PAGE,
      title: own('Бейнелердің ерекшеліктері', 'Особенности фигур', 'Figure characteristics'),
      items: [
        ...indicators(CHARACTERISTICS),
        text(
          'char_which',
          own('Бұл ерекшеліктер қай бейнелерде', 'У каких фигур эти особенности', 'Which figures show these characteristics'),
        ),
      ],
    },
    {
      id: 'barriers',
      pageId: PAGE,
      title: own('Кедергілер', 'Барьеры', 'Barriers'),
      items: [
        indicator(
          'barriers',
          own(
            'Бейнелер арасында кедергілер (заттар немесе сызықтар)',
            'Барьеры между фигурами (предметы или линии)',
            'Barriers between figures (objects or lines)',
          ),
        ),
        text('barriersBetween', own('Кімдердің арасында', 'Между кем', 'Between whom')),
      ],
    },
    { id: 'conclusion', title: own('Түсіндірме', 'Интерпретация', 'Interpretation'), items: [interpretation()] },
  ],
  caveats: [DRAWING_CAVEAT],
};
