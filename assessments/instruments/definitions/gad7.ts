/**
 * GAD-7, Spitzer, Kroenke, Williams & Löwe (2006). © Pfizer Inc., free to use, like the PHQ-9.
 * Wording per language (`wordingSources`): English is the original, Russian the official
 * translation from phqscreeners.com (instruction, items and answers verbatim), both marked
 * validated; Kazakh is our working translation, marked working. Total 0–21; 5, 10 and 15 are the
 * published cut-points for mild, moderate and severe anxiety (Spitzer et al. 2006). The difficulty
 * question of the paper form is not part of docs/INSTRUMENTS.md's 7 items and is left out. Missing
 * items: no total (our choice; see sumTotal in build.ts).
 */
import type { InstrumentInput } from '../schema';
import { numberedResponses, sumTotal, type TextRow } from './build';
import {
  FREQUENCY_SCALE,
  LAST_TWO_WEEKS,
  PHQ_FAMILY_COPYRIGHT,
  PHQ_FAMILY_LICENCE,
  PHQ_SCREENERS_SOURCE,
  phqWordingSources,
} from './phqFamily';
import { own, published } from './text';

const ITEMS: TextRow[] = [
  [
    'Жүйке ширығуы, мазасыздық немесе қобалжу',
    'Вы нервничали, тревожились или испытывали сильный стресс',
    'Feeling nervous, anxious, or on edge',
  ],
  [
    'Уайымды тоқтата алмау немесе оны басқара алмау',
    'Вы были неспособны успокоиться или контролировать свое волнение',
    'Not being able to stop or control worrying',
  ],
  [
    'Әртүрлі нәрселер туралы тым көп уайымдау',
    'Вы слишком сильно волновались по различным поводам',
    'Worrying too much about different things',
  ],
  ['Бойды босатып, тынығудың қиындығы', 'Вам было трудно расслабиться', 'Trouble relaxing'],
  [
    'Бір орында отыра алмайтындай мазасыздық',
    'Вы были настолько суетливы, что Вам было тяжело усидеть на месте',
    'Being so restless that it is hard to sit still',
  ],
  ['Тез ашулану немесе ызалану', 'Вы легко злились или раздражались', 'Becoming easily annoyed or irritable'],
  [
    'Бір сұмдық болатындай қорқыныш сезімі',
    'Вы испытывали страх, словно должно произойти нечто ужасное',
    'Feeling afraid, as if something awful might happen',
  ],
];

export const gad7: InstrumentInput = {
  id: 'gad7',
  version: '1.1.0',
  kind: 'questionnaire',
  code: 'GAD-7',
  name: own(
    'Жалпы мазасыздық бұзылысы шкаласы (GAD-7)',
    'Шкала генерализованного тревожного расстройства (GAD-7)',
    'Generalized Anxiety Disorder scale (GAD-7)',
  ),
  instructions: published(
    'Соңғы 2 аптада төмендегі мәселелер сізді қаншалықты жиі мазалады?',
    'Как часто Вас за последние 14 дней беспокоили следующие проблемы?',
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
  wordingSources: phqWordingSources('Spitzer, Kroenke, Williams & Löwe 2006; phqscreeners.com'),
  licence: PHQ_FAMILY_LICENCE,
  copyright: PHQ_FAMILY_COPYRIGHT,
  responseScales: [FREQUENCY_SCALE],
  sections: [
    {
      id: 'items',
      title: LAST_TWO_WEEKS,
      items: numberedResponses(ITEMS, published, 'frequency'),
    },
  ],
  scales: [
    // Ranges as published (Spitzer et al. 2006); labels in our wording.
    sumTotal(
      ITEMS.length,
      [
        { min: 0, max: 4, label: own('Ең төмен', 'Минимальная степень', 'Minimal') },
        { min: 5, max: 9, label: own('Жеңіл', 'Лёгкая степень', 'Mild') },
        { min: 10, max: 14, label: own('Орташа', 'Умеренная степень', 'Moderate') },
        { min: 15, max: 21, label: own('Ауыр', 'Тяжёлая степень', 'Severe') },
      ],
      {
        bandSource:
          'Spitzer, Kroenke, Williams & Löwe (2006), Arch Intern Med 166:1092–1097: 5, 10 and 15 are the cut-points for mild, moderate and severe anxiety.',
      },
    ),
  ],
};
