/**
 * GAD-7, Spitzer, Kroenke, Williams & Löwe (2006). Public domain like the PHQ-9, so the English
 * items are the original text, marked validated; Russian and Kazakh are our own wording, marked
 * working (an official Russian translation exists but is not reproduced). Total 0–21, bands 0–4 /
 * 5–9 / 10–14 / 15–21 (docs/INSTRUMENTS.md). The difficulty question of the paper form is not part of
 * docs/INSTRUMENTS.md's 7 items and is left out. Missing items: no prorating rule adopted, so no total.
 */
import type { InstrumentInput } from '../schema';
import { numberedResponses, sumTotal, type TextRow } from './build';
import { FREQUENCY_SCALE, LAST_TWO_WEEKS, PHQ_FAMILY_LICENCE, PHQ_SCREENERS_SOURCE } from './phqFamily';
import { originalEn, own } from './text';

const ITEMS: TextRow[] = [
  [
    'Жүйке ширығуы, мазасыздық немесе қобалжу',
    'Нервозность, тревога или ощущение, что вы на пределе',
    'Feeling nervous, anxious, or on edge',
  ],
  [
    'Уайымды тоқтата алмау немесе оны басқара алмау',
    'Неспособность остановить беспокойство или управлять им',
    'Not being able to stop or control worrying',
  ],
  [
    'Әртүрлі нәрселер туралы тым көп уайымдау',
    'Чрезмерное беспокойство по разным поводам',
    'Worrying too much about different things',
  ],
  ['Бойды босатып, тынығудың қиындығы', 'Трудно расслабиться', 'Trouble relaxing'],
  [
    'Бір орында отыра алмайтындай мазасыздық',
    'Такое беспокойство, что трудно усидеть на месте',
    'Being so restless that it is hard to sit still',
  ],
  ['Тез ашулану немесе ызалану', 'Лёгкая раздражительность или вспыльчивость', 'Becoming easily annoyed or irritable'],
  [
    'Бір сұмдық болатындай қорқыныш сезімі',
    'Страх, будто может случиться что-то ужасное',
    'Feeling afraid, as if something awful might happen',
  ],
];

export const gad7: InstrumentInput = {
  id: 'gad7',
  version: '1.0.0',
  kind: 'questionnaire',
  code: 'GAD-7',
  name: own(
    'Жалпы мазасыздық бұзылысы шкаласы (GAD-7)',
    'Шкала генерализованного тревожного расстройства (GAD-7)',
    'Generalized Anxiety Disorder scale (GAD-7)',
  ),
  instructions: originalEn(
    'Соңғы 2 аптада төмендегі мәселелер сізді қаншалықты жиі мазалады?',
    'Как часто за последние 2 недели вас беспокоили следующие проблемы?',
    'Over the last 2 weeks, how often have you been bothered by the following problems?',
  ),
  sources: [
    {
      citation:
        'Spitzer, R. L., Kroenke, K., Williams, J. B. W., & Löwe, B. (2006). A brief measure for assessing generalized anxiety disorder: The GAD-7. Archives of Internal Medicine, 166(10), 1092–1097.',
      url: 'https://doi.org/10.1001/archinte.166.10.1092',
    },
    PHQ_SCREENERS_SOURCE,
  ],
  licence: PHQ_FAMILY_LICENCE,
  responseScales: [FREQUENCY_SCALE],
  sections: [
    {
      id: 'items',
      title: LAST_TWO_WEEKS,
      items: numberedResponses(ITEMS, originalEn, 'frequency'),
    },
  ],
  scales: [
    // Ranges as published (Spitzer et al. 2006); labels in our wording.
    sumTotal(ITEMS.length, [
      { min: 0, max: 4, label: own('Ең аз', 'Минимальная', 'Minimal') },
      { min: 5, max: 9, label: own('Жеңіл', 'Лёгкая', 'Mild') },
      { min: 10, max: 14, label: own('Орташа', 'Умеренная', 'Moderate') },
      { min: 15, max: 21, label: own('Ауыр', 'Тяжёлая', 'Severe') },
    ]),
  ],
};
