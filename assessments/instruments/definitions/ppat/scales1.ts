/**
 * PPAT formal-element ratings 1–7 (of 14), each 0–5. The element names are those of the FEATS
 * (Gantt & Tabone 1998); the anchors are our own short words, never the manual's text, which is
 * copyrighted. Higher numbers mean more of the element; 0 means there is nothing to rate.
 */
import type { TextRow } from '../build';

export interface FormalElement {
  id: string;
  name: TextRow;
  /** Anchors for 0, 1, 2, 3, 4, 5. */
  anchors: [TextRow, TextRow, TextRow, TextRow, TextRow, TextRow];
}

export const ELEMENTS_1_TO_7: FormalElement[] = [
  {
    id: 'prominenceOfColour',
    name: ['Түстің айқындылығы', 'Выраженность цвета', 'Prominence of Colour'],
    anchors: [
      ['тек қара түс немесе түс жоқ', 'только чёрный или нет цвета', 'black only or no colour'],
      ['түс тек контурда', 'цвет только в контурах', 'colour for outlines only'],
      [
        'контурлар және бірнеше шағын боялған жер',
        'контуры и несколько мелких закрашенных мест',
        'outlines and a few small filled areas',
      ],
      ['бірнеше зат түспен боялған', 'несколько предметов закрашены', 'several objects filled with colour'],
      ['заттардың көбі боялған', 'большинство предметов закрашено', 'most objects filled with colour'],
      [
        'түс заттарды да, айналасын да толтырады',
        'цвет заполняет предметы и пространство вокруг',
        'colour fills objects and the space around them',
      ],
    ],
  },
  {
    id: 'colourFit',
    name: ['Түстің сәйкестігі', 'Соответствие цвета', 'Colour Fit'],
    anchors: [
      ['бағалауға болмайды (тек қара)', 'нельзя оценить (только чёрный)', 'not ratable (black only)'],
      ['түстер заттарға мүлде сәйкес емес', 'цвета никак не связаны с предметами', 'colours unrelated to the objects'],
      ['аз ғана түс затына сәйкес', 'немногие цвета подходят предметам', 'few colours suit their objects'],
      ['түстердің жартысына жуығы сәйкес', 'около половины цветов подходят', 'about half the colours suit their objects'],
      ['түстердің көбі сәйкес', 'большинство цветов подходят', 'most colours suit their objects'],
      ['барлық түс затына сәйкес', 'все цвета подходят предметам', 'every colour suits its object'],
    ],
  },
  {
    id: 'impliedEnergy',
    name: ['Бейнеленген қуат', 'Энергичность изображения', 'Implied Energy'],
    anchors: [
      ['ештеңе салынбаған', 'ничего не нарисовано', 'nothing drawn'],
      ['қуат өте аз, белгілер аз', 'очень мало энергии, мало штрихов', 'very little energy, few marks'],
      ['қуат аз', 'мало энергии', 'little energy'],
      ['орташа қуат', 'умеренная энергия', 'moderate energy'],
      ['қуат мол', 'много энергии', 'considerable energy'],
      [
        'өте қуатты, бүкіл сурет жігерлі',
        'очень много энергии, энергичные штрихи повсюду',
        'very high energy, vigorous marks throughout',
      ],
    ],
  },
  {
    id: 'space',
    name: ['Кеңістік', 'Пространство', 'Space'],
    anchors: [
      ['ештеңе салынбаған', 'ничего не нарисовано', 'nothing drawn'],
      ['парақтың төрттен бірінен азы қолданылған', 'занято меньше четверти листа', 'less than a quarter of the page used'],
      ['парақтың шамамен төрттен бірі', 'около четверти листа', 'about a quarter of the page'],
      ['парақтың шамамен жартысы', 'около половины листа', 'about half the page'],
      ['парақтың шамамен төрттен үші', 'около трёх четвертей листа', 'about three quarters of the page'],
      ['бүкіл парақ қолданылған', 'занят весь лист', 'the whole page used'],
    ],
  },
  {
    id: 'integration',
    name: ['Тұтастық', 'Интеграция', 'Integration'],
    anchors: [
      ['байланыстыратын ештеңе жоқ', 'нечего связывать', 'nothing to relate'],
      ['бөліктер бір-бірімен байланыссыз', 'элементы разрознены', 'elements isolated from each other'],
      ['аз ғана бөлік байланысқан', 'связаны немногие элементы', 'a few elements related'],
      ['кейбір бөліктер байланысқан', 'часть элементов связана', 'some elements related'],
      ['бөліктердің көбі тұтас', 'большинство элементов образует целое', 'most elements form a whole'],
      [
        'барлық бөлік үйлесімді тұтастық құрайды',
        'все элементы образуют гармоничное целое',
        'all elements form a balanced whole',
      ],
    ],
  },
  {
    id: 'logic',
    name: ['Логика', 'Логика', 'Logic'],
    anchors: [
      ['бағалауға болмайды', 'нельзя оценить', 'not ratable'],
      ['көп оғаш, қисынсыз элемент', 'много странных, нелогичных элементов', 'many bizarre or illogical elements'],
      ['бірнеше қисынсыз элемент', 'несколько нелогичных элементов', 'several illogical elements'],
      ['бір-екі қисынсыз элемент', 'один-два нелогичных элемента', 'one or two illogical elements'],
      ['тек болмашы оғаштықтар', 'лишь незначительные странности', 'minor oddities only'],
      ['толығымен қисынды', 'полностью логично', 'entirely logical'],
    ],
  },
  {
    id: 'realism',
    name: ['Шынайылық', 'Реализм', 'Realism'],
    anchors: [
      ['бағалауға болмайды', 'нельзя оценить', 'not ratable'],
      ['танылмайтын белгілер', 'неузнаваемые штрихи', 'unrecognisable marks'],
      ['қарапайым пішіндер, әрең танылады', 'простые формы, едва узнаваемы', 'simple forms, barely recognisable'],
      ['танылады, бірақ жеңілдетілген', 'узнаваемо, но упрощённо', 'recognisable but simplified'],
      ['шынайы, тереңдігі немесе бөлшектері бар', 'реалистично, есть объём или детали', 'realistic, with some depth or detail'],
      ['өте шынайы, көлемді', 'очень реалистично, объёмно', 'highly realistic, three-dimensional'],
    ],
  },
];
