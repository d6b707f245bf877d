/** PPAT formal-element ratings 8–14 (of 14), each 0–5; anchors in our own words (see scales1.ts). */
import type { FormalElement } from './scales1';

export const ELEMENTS_8_TO_14: FormalElement[] = [
  {
    id: 'problemSolving',
    name: ['Мәселені шешу', 'Решение задачи', 'Problem-Solving'],
    anchors: [
      ['адам немесе алма жоқ', 'нет человека или яблока', 'no person or no apple'],
      ['алмаға жету әрекеті көрінбейді', 'нет попытки достать яблоко', 'no attempt to reach the apple shown'],
      ['адам мен алма байланыссыз', 'человек и яблоко не связаны', 'person and apple unconnected'],
      ['алмаға нанымсыз тәсілмен жетеді', 'яблоко достаётся неправдоподобным способом', 'apple reached in an implausible way'],
      [
        'алмаға нанымды жетеді, бірақ үзуі анық емес',
        'яблоко достижимо, но срывание не показано ясно',
        'apple reached plausibly, picking not clear',
      ],
      [
        'анық, нанымды шешім: адам алманы үзіп жатыр',
        'ясное правдоподобное решение: человек срывает яблоко',
        'clear, plausible solution: the person picks the apple',
      ],
    ],
  },
  {
    id: 'developmentalLevel',
    name: ['Даму деңгейі', 'Уровень развития', 'Developmental Level'],
    anchors: [
      ['бағалауға болмайды', 'нельзя оценить', 'not ratable'],
      ['өте кішкентай баланың шимайына ұқсас', 'похоже на каракули маленького ребёнка', 'like a very young child’s scribble'],
      [
        'қарапайым сызбалық пішіндер (кіші бала)',
        'простые схематичные формы (младший ребёнок)',
        'simple schematic forms (young child)',
      ],
      [
        'сызбалық, бірақ реттелген (үлкен бала)',
        'схематично, но упорядоченно (старший ребёнок)',
        'schematic but organised (older child)',
      ],
      ['жасөспірім деңгейі', 'уровень подростка', 'adolescent level'],
      ['ересек, жетілген деңгей', 'взрослый, зрелый уровень', 'adult, mature level'],
    ],
  },
  {
    id: 'details',
    name: ['Заттар мен ортаның бөлшектері', 'Детали объектов и окружения', 'Details of Objects and Environment'],
    anchors: [
      ['бөлшек те, орта да жоқ', 'нет ни деталей, ни окружения', 'no details and no surroundings'],
      [
        'тек адам, ағаш, алма, бөлшексіз',
        'только человек, дерево, яблоко, без деталей',
        'person, tree and apple only, without detail',
      ],
      ['бірнеше бөлшек', 'несколько деталей', 'a few details'],
      ['заттар мен ортаның біраз бөлшегі', 'ряд деталей предметов и окружения', 'some details of objects and surroundings'],
      ['көп бөлшек', 'много деталей', 'many details'],
      ['бөлшектерге бай, толық орта', 'богатые детали, полное окружение', 'rich details and a full setting'],
    ],
  },
  {
    id: 'lineQuality',
    name: ['Сызық сапасы', 'Качество линии', 'Line Quality'],
    anchors: [
      ['бағалауға болмайды', 'нельзя оценить', 'not ratable'],
      ['бақылаусыз, шашыраңқы сызықтар', 'неуправляемые, разбросанные линии', 'uncontrolled, scattered lines'],
      ['әлсіз немесе үзік сызықтар', 'слабые или прерывистые линии', 'weak or broken lines'],
      ['негізінен бақыланған сызықтар', 'в основном управляемые линии', 'mostly controlled lines'],
      ['бақыланған, еркін сызықтар', 'управляемые, плавные линии', 'controlled, flowing lines'],
      [
        'сенімді, еркін және алуан түрлі сызықтар',
        'уверенные, плавные и разнообразные линии',
        'confident, flowing and varied lines',
      ],
    ],
  },
  {
    id: 'person',
    name: ['Адам', 'Человек', 'Person'],
    anchors: [
      ['адам салынбаған', 'человек не нарисован', 'no person drawn'],
      ['белгілер адамды әрең еске салады', 'штрихи едва напоминают человека', 'marks barely suggest a person'],
      [
        'таяқша адам немесе өте қарапайым пішін',
        'человечек из палочек или очень простая форма',
        'stick figure or very simple shape',
      ],
      ['қарапайым дене, кейбір мүшелерімен', 'простое тело с отдельными частями', 'simple body with some parts'],
      ['толық дене, мүшелерінің көбімен', 'целое тело с большинством частей', 'complete body with most parts'],
      [
        'толық, жақсы пішінделген көлемді дене',
        'целое, хорошо сложенное объёмное тело',
        'complete, well-formed, three-dimensional body',
      ],
    ],
  },
  {
    id: 'rotation',
    name: ['Бұрылу', 'Поворот', 'Rotation'],
    anchors: [
      ['бағалауға болмайды', 'нельзя оценить', 'not ratable'],
      [
        'заттар қатты қисайған (шамамен 90° не одан көп)',
        'предметы сильно наклонены (около 90° и больше)',
        'objects strongly tilted (about 90° or more)',
      ],
      ['бірнеше зат айтарлықтай қисайған', 'несколько предметов заметно наклонены', 'several objects markedly tilted'],
      ['кейбір заттар біршама қисайған', 'некоторые предметы умеренно наклонены', 'some objects moderately tilted'],
      ['сәл қисаю', 'лёгкий наклон', 'slight tilt'],
      ['барлық зат тік, бұрылу жоқ', 'все предметы стоят прямо, поворота нет', 'all objects upright, no rotation'],
    ],
  },
  {
    id: 'perseveration',
    name: ['Персеверация (қайталану)', 'Персеверация', 'Perseveration'],
    anchors: [
      ['бағалауға болмайды', 'нельзя оценить', 'not ratable'],
      ['қайталанатын белгілер суретті басып кеткен', 'повторяющиеся штрихи преобладают', 'repetitive marks dominate'],
      ['қайталау айқын', 'выраженное повторение', 'marked repetition'],
      ['орташа қайталау', 'умеренное повторение', 'moderate repetition'],
      ['сәл қайталау', 'лёгкое повторение', 'slight repetition'],
      ['персеверация жоқ', 'персеверации нет', 'no perseveration'],
    ],
  },
];
