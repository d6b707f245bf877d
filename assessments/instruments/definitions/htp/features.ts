/**
 * HTP form items: formal features per page and content features per figure (docs/INSTRUMENTS.md, after
 * Buck 1948 and Hammer 1958), recorded as present/absent or a choice; wording our own.
 */
import type { ItemInput, SectionInput, SuggestionInput } from '../build';
import { anchor, count, indicator, opt, rating, single } from '../build';
import {
  erasures,
  horizontalPlacement,
  linePressure,
  sizeOnPage,
  suggestErasures,
  suggestHorizontal,
  suggestPressure,
  suggestSize,
  suggestVertical,
  verticalPlacement,
} from '../drawingItems';
import { join, own } from '../text';
import { type Figure, figureTitle, pageId } from './pages';

const FORMAL_TITLE = own('формальды белгілер', 'формальные признаки', 'formal features');
const CONTENT_TITLE = own('мазмұндық белгілер', 'содержательные признаки', 'content features');

function formalItems(p: string, chromatic: boolean): ItemInput[] {
  return [
    sizeOnPage(`${p}_size`),
    verticalPlacement(`${p}_placementVertical`),
    horizontalPlacement(`${p}_placementHorizontal`),
    linePressure(`${p}_pressure`),
    single(`${p}_lineQuality`, own('Сызық сипаты (басым)', 'Характер линий (преобладающий)', 'Line quality (predominant)'), [
      opt('firm', 'сенімді, тұтас', 'уверенные, сплошные', 'firm, continuous'),
      opt('sketchy', 'штрихты, эскиздік', 'эскизные, штрихами', 'sketchy'),
      opt('broken', 'үзік', 'прерывистые', 'broken'),
      opt('tremulous', 'дірілдеген', 'дрожащие', 'tremulous'),
    ]),
    rating(`${p}_shading`, own('Штрихтау (көлеңкелеу)', 'Штриховка', 'Shading'), 0, 3, [
      anchor(0, 'жоқ', 'нет', 'none'),
      anchor(1, 'аздап', 'слабая', 'slight'),
      anchor(2, 'орташа', 'умеренная', 'moderate'),
      anchor(3, 'қою', 'сильная', 'heavy'),
    ]),
    // The chromatic phase has no eraser (coloured pencils only), so there is nothing to count.
    ...(chromatic
      ? [count(`${p}_colourCount`, own('Қолданылған түстер саны', 'Число использованных цветов', 'Number of colours used'), 8)]
      : [erasures(`${p}_erasures`)]),
    single(`${p}_detailing`, own('Егжей-тегжейі', 'Детализация', 'Detailing'), [
      opt('sparse', 'аз', 'скудная', 'sparse'),
      opt('adequate', 'жеткілікті', 'достаточная', 'adequate'),
      opt('excessive', 'шамадан тыс', 'избыточная', 'excessive'),
    ]),
    single(`${p}_perspective`, own('Перспектива', 'Перспектива', 'Perspective'), [
      opt('usual', 'әдеттегі', 'обычная', 'usual'),
      opt('fromAbove', 'жоғарыдан қарағандай', 'вид сверху', 'seen from above'),
      opt('fromBelow', 'төменнен қарағандай', 'вид снизу', 'seen from below'),
      opt('inconsistent', 'біркелкі емес', 'непоследовательная', 'inconsistent'),
    ]),
    indicator(`${p}_groundLine`, own('Жер сызығы', 'Линия земли', 'Ground line')),
  ];
}

type Feature = [key: string, kk: string, ru: string, en: string];
const CONTENT: Record<Figure, Feature[]> = {
  house: [
    ['door', 'Есік', 'Дверь', 'Door'],
    ['windows', 'Терезелер', 'Окна', 'Windows'],
    ['chimney', 'Мұржа', 'Труба', 'Chimney'],
    ['walls', 'Қабырғалар', 'Стены', 'Walls'],
    ['roof', 'Шатыр', 'Крыша', 'Roof'],
    ['path', 'Соқпақ', 'Дорожка', 'Path'],
    ['fence', 'Қоршау', 'Забор', 'Fence'],
  ],
  tree: [
    ['trunk', 'Діңі', 'Ствол', 'Trunk'],
    ['branches', 'Бұтақтары', 'Ветви', 'Branches'],
    ['crown', 'Ағаштың басы (жапырағы)', 'Крона', 'Crown'],
    ['roots', 'Тамырлары', 'Корни', 'Roots'],
    ['ground', 'Жер', 'Земля', 'Ground'],
    ['fruit', 'Жемістері', 'Плоды', 'Fruit'],
    ['scars', 'Жарақат іздері немесе қуыстар', 'Шрамы или дупла', 'Scars or hollows'],
  ],
  person: [
    ['head', 'Басы', 'Голова', 'Head'],
    ['face', 'Бет-әлпеті', 'Черты лица', 'Facial features'],
    ['neck', 'Мойны', 'Шея', 'Neck'],
    ['arms', 'Қолдары', 'Руки', 'Arms'],
    ['hands', 'Алақандары мен саусақтары', 'Кисти рук', 'Hands'],
    ['legs', 'Аяқтары', 'Ноги', 'Legs'],
    ['feet', 'Аяқ табандары', 'Стопы', 'Feet'],
    ['clothing', 'Киімі', 'Одежда', 'Clothing'],
    [
      'transparency',
      'Мөлдірлік (киім арқылы дене көрінеді)',
      'Прозрачность (тело видно сквозь одежду)',
      'Transparency (body seen through clothing)',
    ],
    ['omittedParts', 'Дененің түсіп қалған бөліктері', 'Пропущенные части тела', 'Omitted body parts'],
  ],
};

/** Formal and content sections of one page. */
export function pageSections(figure: Figure, chromatic: boolean): SectionInput[] {
  const p = pageId(figure, chromatic);
  const title = figureTitle(figure, chromatic);
  return [
    { id: `${p}_formal`, pageId: p, title: join(title, FORMAL_TITLE), items: formalItems(p, chromatic) },
    {
      id: `${p}_content`,
      pageId: p,
      title: join(title, CONTENT_TITLE),
      items: CONTENT[figure].map(([key, kk, ru, en]) => indicator(`${p}_${key}`, own(kk, ru, en))),
    },
  ];
}

export function pageSuggestions(figure: Figure, chromatic: boolean): SuggestionInput[] {
  const p = pageId(figure, chromatic);
  return [
    suggestSize(p, `${p}_size`),
    suggestVertical(p, `${p}_placementVertical`),
    suggestHorizontal(p, `${p}_placementHorizontal`),
    suggestPressure(p, `${p}_pressure`),
    chromatic
      ? {
          metric: 'colourCount',
          pageId: p,
          itemId: `${p}_colourCount`,
          mapping: { kind: 'value' },
          rationale: own(
            'Көрінетін сызықтардағы әртүрлі түстердің саны.',
            'Число разных цветов среди видимых линий.',
            'The number of different colours among the visible lines.',
          ),
        }
      : suggestErasures(p, `${p}_erasures`),
  ];
}

const five = (
  id: string,
  label: [string, string, string],
  low: [string, string, string],
  mid: [string, string, string],
  high: [string, string, string],
) => rating(id, own(...label), 1, 5, [anchor(1, ...low), anchor(3, ...mid), anchor(5, ...high)]);

/** Global ratings over the whole set of drawings, 1–5 (docs/INSTRUMENTS.md). */
export const GLOBAL_RATINGS: ItemInput[] = [
  five(
    'global_detail',
    ['Жалпы егжей-тегжейі', 'Общая детализация', 'Overall detail'],
    ['өте аз', 'очень скудная', 'very sparse'],
    ['орташа', 'умеренная', 'moderate'],
    ['мол', 'богатая', 'rich'],
  ),
  five(
    'global_proportion',
    ['Пропорция', 'Пропорции', 'Proportion'],
    ['бөліктері мүлде сәйкессіз', 'части резко непропорциональны', 'parts grossly out of proportion'],
    ['ішінара сәйкессіздік бар', 'есть отдельные непропорциональности', 'some disproportion'],
    ['пропорциясы сақталған', 'пропорции соблюдены', 'well proportioned'],
  ),
  five(
    'global_quality',
    ['Орындалу сапасы', 'Качество исполнения', 'Overall quality'],
    ['өте қарапайым', 'очень примитивное', 'very rudimentary'],
    ['орташа', 'среднее', 'average'],
    ['шебер орындалған', 'умелое', 'skilled'],
  ),
];
