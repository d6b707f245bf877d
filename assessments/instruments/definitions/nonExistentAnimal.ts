/**
 * Non-existent Animal (M. Z. Dukarevich); Russian «Несуществующее животное», Kazakh «Өмірде жоқ жануар»
 * (the earlier «Жоқ жануар» read as "no animal"; to be confirmed with a native speaker, docs/INSTRUMENTS.md). Form features as docs/INSTRUMENTS.md lists
 * them; wording our own. Descriptive only: no scales, bands or flags.
 */
import type { InstrumentInput } from '../schema';
import { anchor, indicator, interpretation, multiple, opt, rating, single, text, count } from './build';
import { linePressure, sizeOnPage, suggestPressure, suggestSize, suggestVertical, verticalPlacement } from './drawingItems';
import { DRAWING_CAVEAT, join, own, ownWordingSources, PROFESSIONAL_PRACTICE_LICENCE } from './text';

const PAGE = 'animal';

const q = (key: string, kk: string, ru: string, en: string) => ({ id: `q_${key}`, text: own(kk, ru, en) });

export const nonExistentAnimal: InstrumentInput = {
  id: 'nonExistentAnimal',
  version: '1.0.0',
  kind: 'drawing',
  code: 'NEA',
  name: own('Өмірде жоқ жануар', 'Несуществующее животное', 'Non-existent Animal'),
  instructions: join(
    own(
      'Клиентке ешқашан болмаған жануарды ойлап тауып, суретін салуды және оған бұрын болмаған, жаңа атау ойлап табуды ұсыныңыз. Классикалық нұсқада өшіргіш жоқ: клиентке өшіргіш те, болдырмау да, парақты тазарту да берілмейді, сондықтан әр сызық салынған күйінде қалады. Содан кейін сұхбат сұрақтарын қойып, жауаптарды клиенттің өз сөзімен жазыңыз.',
      'Предложите клиенту придумать и нарисовать несуществующее животное и дать ему несуществующее название. В классическом варианте ластика нет: клиенту не предлагаются ни ластик, ни отмена, ни очистка листа, поэтому каждая линия остаётся такой, как нарисована. Затем задайте вопросы беседы и запишите ответы словами клиента.',
      'Ask the client to invent and draw an animal that does not exist, and to give it a name that does not exist. The classic form has no eraser: the client is offered no eraser, undo or clear, so every line stays as drawn. Then ask the inquiry questions and record the answers in the client’s words.',
    ),
    DRAWING_CAVEAT,
    ' ',
  ),
  sources: [
    {
      citation:
        'Дукаревич М. З. Методика «Несуществующее животное». In: Практикум по психодиагностике. Психодиагностические материалы. М.: Изд-во МГУ, 1988.',
    },
    { citation: 'Романова Е. С., Потёмкина О. Ф. Графические методы в психологической диагностике. М.: Дидакт, 1992.' },
  ],
  wordingSources: ownWordingSources('M. Z. Dukarevich’s technique as described in the cited sources'),
  licence: PROFESSIONAL_PRACTICE_LICENCE,
  pages: [
    {
      id: PAGE,
      title: own('Өмірде жоқ жануар', 'Несуществующее животное', 'Non-existent animal'),
      orientation: 'portrait',
      // Issue 13 §5: the classic form (Dukarevich) has no eraser, so nothing is taken back on screen either.
      tools: ['pencil'],
      actions: [],
      instruction: own(
        'Ешқашан болмаған және қазір де жоқ жануарды ойлап тауып, суретін салыңыз. Оған бұрын болмаған, жаңа атау ойлап табыңыз.',
        'Придумайте и нарисуйте животное, которого нет и никогда не было. Дайте ему название, которого тоже нет.',
        'Invent and draw an animal that does not exist and never has. Give it a name that does not exist either.',
      ),
      inquiry: [
        q('name', 'Оның аты қалай?', 'Как оно называется?', 'What is it called?'),
        q('lives', 'Ол қайда мекендейді?', 'Где оно живёт?', 'Where does it live?'),
        q('eats', 'Ол немен қоректенеді?', 'Чем оно питается?', 'What does it eat?'),
        q('likes', 'Ол нені жақсы көреді, нені ұнатпайды?', 'Что оно любит и чего не любит?', 'What does it like and dislike?'),
        q('friends', 'Ол кіммен дос?', 'С кем оно дружит?', 'Whom is it friends with?'),
        q('fears', 'Ол неден қорқады?', 'Чего оно боится?', 'What is it afraid of?'),
        q(
          'wishes',
          'Оның үш тілегі орындалса, олар қандай болар еді?',
          'Если бы исполнились три его желания, какими бы они были?',
          'If it had three wishes granted, what would they be?',
        ),
      ],
    },
  ],
  sections: [
    {
      id: 'figure',
      pageId: PAGE,
      title: own('Бейненің орны мен өлшемі', 'Положение и размер фигуры', 'Position and size of the figure'),
      items: [
        verticalPlacement('position'),
        sizeOnPage('size'),
        linePressure('pressure'),
        indicator('eraserUsed', own('Өшіргіш қолданылды', 'Использовался ластик', 'Eraser used')),
      ],
    },
    {
      id: 'head',
      pageId: PAGE,
      title: own('Басы', 'Голова', 'Head'),
      items: [
        single('headOrientation', own('Бастың бағыты', 'Поворот головы', 'Head orientation'), [
          opt('right', 'оңға', 'вправо', 'to the right'),
          opt('left', 'солға', 'влево', 'to the left'),
          opt('frontal', 'тура қарайды (анфас)', 'анфас', 'facing the viewer'),
          opt('unclear', 'анық емес', 'неясно', 'unclear'),
        ]),
        indicator('eyes', own('Көздері', 'Глаза', 'Eyes')),
        indicator(
          'eyesIris',
          own('Көз қарашықтары салынып, боялған', 'Радужка прорисована и закрашена', 'Irises drawn and filled in'),
        ),
        indicator('eyelashes', own('Кірпіктері', 'Ресницы', 'Eyelashes')),
        indicator('ears', own('Құлақтары', 'Уши', 'Ears')),
        single('mouth', own('Аузы', 'Рот', 'Mouth'), [
          opt('absent', 'жоқ', 'нет', 'absent'),
          opt('closed', 'жабық', 'закрыт', 'closed'),
          opt('open', 'ашық', 'открыт', 'open'),
          opt('openTeeth', 'ашық, тістері көрінеді', 'открыт, видны зубы', 'open, teeth shown'),
        ]),
      ],
    },
    {
      id: 'body',
      pageId: PAGE,
      title: own('Денесі', 'Тело', 'Body'),
      items: [
        multiple(
          'defensive',
          // Issue 13 §7: named as what is seen, not as what it is taken to mean.
          own(
            'Мүйіз, тырнақ, тікен немесе сауыт бар',
            'Есть рога, когти, шипы или панцирь',
            'Horns, claws, spines or armour present',
          ),
          [
            opt('horns', 'мүйіз', 'рога', 'horns'),
            opt('claws', 'тырнақ', 'когти', 'claws'),
            opt('spines', 'тікендер, инелер', 'шипы, иглы', 'spines'),
            opt('armour', 'сауыт, қабыршақ', 'панцирь, броня', 'armour or shell'),
          ],
        ),
        single('defensiveDirection', own('Олардың бағыты', 'Их направленность', 'Their direction'), [
          opt('up', 'жоғары', 'вверх', 'upward'),
          opt('down', 'төмен', 'вниз', 'downward'),
          opt('forward', 'алға', 'вперёд', 'forward'),
          opt('backward', 'артқа', 'назад', 'backward'),
          opt('allRound', 'жан-жаққа', 'во все стороны', 'all round'),
        ]),
        count('legsCount', own('Аяқтар (тіректер) саны', 'Число ног (опор)', 'Number of legs or supports'), 100),
        single('legsSolidity', own('Тіректердің беріктігі', 'Массивность опор', 'Solidity of the supports'), [
          opt('solid', 'берік, жуан', 'массивные', 'solid'),
          opt('adequate', 'жеткілікті', 'достаточные', 'adequate'),
          opt('weak', 'әлсіз, жіңішке', 'слабые, тонкие', 'weak or thin'),
        ]),
        single(
          'legsConnection',
          own('Тіректердің денеге жалғануы', 'Соединение опор с телом', 'Connection of supports to the body'),
          [
            opt('firm', 'мұқият, берік', 'тщательное, прочное', 'careful, firm'),
            opt('careless', 'немқұрайлы', 'небрежное', 'careless'),
            opt('unconnected', 'жалғанбаған', 'не соединены', 'not connected'),
          ],
        ),
        indicator('tail', own('Құйрығы', 'Хвост', 'Tail')),
        single('tailVertical', own('Құйрық: жоғары немесе төмен', 'Хвост: вверх или вниз', 'Tail: up or down'), [
          opt('up', 'жоғары', 'вверх', 'up'),
          opt('down', 'төмен', 'вниз', 'down'),
          opt('level', 'көлденең', 'горизонтально', 'level'),
        ]),
        single('tailSide', own('Құйрық: солға немесе оңға', 'Хвост: влево или вправо', 'Tail: left or right'), [
          opt('left', 'солға', 'влево', 'left'),
          opt('right', 'оңға', 'вправо', 'right'),
        ]),
        single('contour', own('Контуры', 'Контур', 'Contour'), [
          opt('plain', 'қарапайым', 'простой', 'plain'),
          opt('projections', 'өткір шығыңқы бөліктері бар', 'с острыми выступами', 'with sharp projections'),
          opt('thickened', 'қалыңдатылған немесе қараланған', 'утолщённый или зачернённый', 'thickened or blackened'),
          opt('broken', 'үзік немесе бірнеше рет жүргізілген', 'прерывистый или многократно обведённый', 'broken or traced over'),
        ]),
        multiple('addedParts', own('Қосымша бөліктер', 'Дополнительные части', 'Added parts'), [
          opt('wings', 'қанаттар', 'крылья', 'wings'),
          opt('extraLimbs', 'артық аяқ-қолдар', 'лишние конечности', 'extra limbs'),
          opt('tentacles', 'қармалауыштар', 'щупальца', 'tentacles'),
          opt('feathers', 'қауырсындар', 'перья', 'feathers'),
          opt('ornaments', 'әшекейлер, бұйралар', 'украшения, завитки', 'ornaments, curls'),
        ]),
        rating('energy', own('Бейненің қуаттылығы', 'Энергичность образа', 'Energy of the figure'), 1, 5, [
          anchor(1, 'қозғалыссыз, қуаты аз', 'статичный, мало энергии', 'static, little energy'),
          anchor(3, 'орташа', 'умеренная', 'moderate'),
          anchor(5, 'өте қуатты', 'очень энергичный', 'very energetic'),
        ]),
      ],
    },
    {
      id: 'nameAndInquiry',
      title: own('Атауы және сұхбат', 'Название и беседа', 'Name and inquiry'),
      items: [
        single('nameKind', own('Атаудың түрі', 'Тип названия', 'Kind of name'), [
          opt(
            'rational',
            'ұтымды (мағыналы бөліктерден)',
            'рациональное (из осмысленных частей)',
            'rational (built from meaningful parts)',
          ),
          opt('playful', 'ойнақы, әзіл', 'игровое, шутливое', 'playful'),
          opt('meaningless', 'мағынасыз дыбыс тіркесі', 'бессмысленное звукосочетание', 'meaningless sounds'),
        ]),
        multiple('inquiryThemes', own('Сұхбаттағы тақырыптар', 'Темы в беседе', 'Themes in the inquiry'), [
          opt('aggression', 'агрессия', 'агрессия', 'aggression'),
          opt('fear', 'қорқыныш', 'страх', 'fear'),
          opt('loneliness', 'жалғыздық', 'одиночество', 'loneliness'),
        ]),
        text('wishesThemes', own('Үш тілектің тақырыптары', 'Темы трёх желаний', 'Themes of the three wishes')),
        interpretation(),
      ],
    },
  ],
  metricSuggestions: [
    suggestVertical(PAGE, 'position'),
    suggestSize(PAGE, 'size'),
    suggestPressure(PAGE, 'pressure'),
    {
      metric: 'erasures',
      pageId: PAGE,
      itemId: 'eraserUsed',
      mapping: { kind: 'thresholds', steps: [{ below: 1, value: false }], otherwise: true },
      rationale: own(
        'Кез келген өшіру (өшіргіш, болдырмау немесе тазарту). Классикалық нұсқа экранда олардың ешқайсысын ұсынбайды, сондықтан сандық сурет өшіруді жазбайды; қағаз суретте өшіргіштің ізін өзіңіз белгілеңіз.',
        'Любое стирание (ластик, отмена или очистка). Классический вариант не предлагает на экране ни одного из них, поэтому цифровой рисунок стираний не записывает; на бумажном рисунке отметьте следы ластика сами.',
        'Any erasure (eraser, undo or clear). The classic form offers none of them on screen, so a digital drawing records none; on a paper drawing, mark traces of erasing yourself.',
      ),
    },
  ],
  caveats: [DRAWING_CAVEAT],
};
