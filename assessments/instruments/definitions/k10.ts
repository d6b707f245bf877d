/**
 * Kessler Psychological Distress Scale (K10), Kessler et al. (2002); bands from Andrews & Slade
 * (2001). Free to use; shown with "© WHO 2003" and the citation (docs/INSTRUMENTS.md). Not public
 * domain, so items are our own paraphrase, marked working in all languages. Item order follows
 * the Australian version that the bands and skip rule come from (8 = effort, 9 = so sad); the
 * recall period is the last 30 days as docs/INSTRUMENTS.md specifies. Answers 1–5, total 10–50.
 * Skip rule: items 3 and 6 may be skipped when the item before is "none of the time" and then
 * score 1. Missing items otherwise: no prorating rule adopted, so no total.
 */
import type { InstrumentInput } from '../schema';
import { numberedResponses, sumTotal, type TextRow } from './build';
import { own } from './text';

const ITEMS: TextRow[] = [
  [
    'Белгілі бір себепсіз қатты шаршадыңыз',
    'Чувствовали себя измотанным(ой) без видимой причины',
    'Felt worn out for no clear reason',
  ],
  ['Қобалжыдыңыз', 'Нервничали', 'Felt nervous'],
  [
    'Ештеңе тыныштандыра алмайтындай қатты қобалжыдыңыз',
    'Нервничали так, что ничто не могло вас успокоить',
    'Felt so nervous that nothing could settle you',
  ],
  ['Үмітсіздікті сезіндіңіз', 'Чувствовали безнадёжность', 'Felt without hope'],
  ['Мазасызданып, орныңызды таба алмадыңыз', 'Были беспокойны, не находили себе места', 'Felt restless or jittery'],
  [
    'Бір орында отыра алмайтындай қатты мазасыздандыңыз',
    'Были так беспокойны, что не могли усидеть на месте',
    'Felt so restless that you could not keep still',
  ],
  ['Көңіліңіз жабырқау болды', 'Чувствовали себя подавленным(ой)', 'Felt depressed'],
  [
    'Әр іс үлкен күш салуды қажет ететіндей сезілді',
    'Чувствовали, что всё даётся с большим трудом',
    'Felt that everything took great effort',
  ],
  [
    'Ештеңе көңіліңізді көтере алмайтындай қатты мұңайдыңыз',
    'Были так печальны, что ничто не могло вас развеселить',
    'Felt so sad that nothing could lift your mood',
  ],
  ['Өзіңізді түкке тұрғысыз сезіндіңіз', 'Чувствовали себя никчёмным(ой)', 'Felt worthless'],
];

const SKIP_SOURCE =
  'K10 administration as used with the Andrews & Slade (2001) scoring: items 3 and 6 are not asked after "none of the time" on items 2 and 5, and then score 1 (INSTRUMENTS.md).';

export const k10: InstrumentInput = {
  id: 'k10',
  version: '1.0.0',
  kind: 'questionnaire',
  code: 'K10',
  name: own(
    'Кесслердің психологиялық күйзеліс шкаласы (K10)',
    'Шкала психологического дистресса Кесслера (K10)',
    'Kessler Psychological Distress Scale (K10)',
  ),
  instructions: own(
    'Бұл сұрақтар соңғы 30 күнде өзіңізді қалай сезінгеніңіз туралы. Әрқайсысы бойынша осындай күйді қаншалықты жиі бастан кешкеніңізді таңдаңыз. Соңғы 30 күнде қаншалықты жиі…',
    'Эти вопросы о том, как вы себя чувствовали последние 30 дней. Для каждого выберите, как часто вы так себя чувствовали. Как часто за последние 30 дней вы…',
    'These questions are about how you have felt in the last 30 days. For each one, choose how often you felt that way. In the last 30 days, how often have you…',
  ),
  sources: [
    {
      citation:
        'Kessler, R. C., Andrews, G., Colpe, L. J., Hiripi, E., Mroczek, D. K., Normand, S.-L. T., Walters, E. E., & Zaslavsky, A. M. (2002). Short screening scales to monitor population prevalences and trends in non-specific psychological distress. Psychological Medicine, 32(6), 959–976.',
      url: 'https://doi.org/10.1017/S0033291702006074',
    },
    {
      citation:
        'Andrews, G., & Slade, T. (2001). Interpreting scores on the Kessler Psychological Distress Scale (K10). Australian and New Zealand Journal of Public Health, 25(6), 494–497.',
      note: 'Bands 10–15, 16–21, 22–29, 30–50.',
    },
  ],
  licence: {
    kind: 'freeWithCitation',
    note: own(
      'Дереккөзге сілтеме жасап, «© WHO 2003» белгісімен тегін қолдануға болады. Тармақтар біздің өз сөзімізбен берілген.',
      'Свободное использование со ссылкой на источник и пометкой «© WHO 2003». Пункты даны нашими словами.',
      'Free to use with the citation and “© WHO 2003”. Items are in our own words.',
    ),
  },
  copyright: '© WHO 2003',
  responseScales: [
    {
      id: 'frequency',
      options: [
        { value: 1, label: own('Бірде-бір рет', 'Ни разу', 'None of the time') },
        { value: 2, label: own('Сирек', 'Изредка', 'A little of the time') },
        { value: 3, label: own('Кейде', 'Иногда', 'Some of the time') },
        { value: 4, label: own('Көбінесе', 'Большую часть времени', 'Most of the time') },
        { value: 5, label: own('Үнемі', 'Всё время', 'All of the time') },
      ],
    },
  ],
  sections: [
    {
      id: 'items',
      title: own('Соңғы 30 күн', 'Последние 30 дней', 'Last 30 days'),
      items: numberedResponses(ITEMS, own, 'frequency'),
    },
  ],
  skipRules: [
    { itemId: 'q3', when: { itemId: 'q2', equals: 1 }, scoreAs: 1, source: SKIP_SOURCE },
    { itemId: 'q6', when: { itemId: 'q5', equals: 1 }, scoreAs: 1, source: SKIP_SOURCE },
  ],
  scales: [
    sumTotal(ITEMS.length, [
      { min: 10, max: 15, label: own('Төмен күйзеліс', 'Низкий дистресс', 'Low distress') },
      { min: 16, max: 21, label: own('Орташа күйзеліс', 'Умеренный дистресс', 'Moderate distress') },
      { min: 22, max: 29, label: own('Жоғары күйзеліс', 'Высокий дистресс', 'High distress') },
      { min: 30, max: 50, label: own('Өте жоғары күйзеліс', 'Очень высокий дистресс', 'Very high distress') },
    ]),
  ],
};
