/**
 * Kessler Psychological Distress Scale (K10), Kessler et al. (2002, 2003); bands from Andrews &
 * Slade (2001). © World Health Organization 2003, free to use with the notice and the citation.
 * Wording per language (`wordingSources`): the English items and answers are the original
 * questions, verbatim, marked validated; Russian and Kazakh are our working translations (no
 * published validated Russian K10 was found: the Russian versions found online say they are not
 * validated), marked working. The Russian split forms ("измотанным(ой)") are kept with both whole
 * forms; the one matching the client's recorded sex is shown. Item order follows the original
 * (8 = effort, 9 = so sad); recall period the last 30 days. Answers 1–5, total 10–50. Skip rule:
 * items 3 and 6 may be skipped when the item before is "none of the time" and then score 1.
 * Missing items otherwise: no total (our choice; see sumTotal in build.ts).
 */
import type { InstrumentInput, LocalizedText } from '../schema';
import { sumTotal, response } from './build';
import { originalEn, own, type RuBySex, withRuBySex } from './text';

type K10Row = [kk: string, ru: string | RuBySex, en: string];
const EN = (feeling: string) => `During the last 30 days, about how often did you feel ${feeling}?`;
const ITEMS: K10Row[] = [
  [
    'Белгілі бір себепсіз қатты шаршадыңыз',
    {
      split: 'Чувствовали себя измотанным(ой) без видимой причины',
      female: 'Чувствовали себя измотанной без видимой причины',
      male: 'Чувствовали себя измотанным без видимой причины',
    },
    EN('tired out for no good reason'),
  ],
  ['Қобалжыдыңыз', 'Нервничали', EN('nervous')],
  [
    'Ештеңе тыныштандыра алмайтындай қатты қобалжыдыңыз',
    'Нервничали так, что ничто не могло вас успокоить',
    EN('so nervous that nothing could calm you down'),
  ],
  ['Үмітсіздікті сезіндіңіз', 'Чувствовали безнадёжность', EN('hopeless')],
  ['Мазасызданып, орныңызды таба алмадыңыз', 'Были беспокойны, не находили себе места', EN('restless or fidgety')],
  [
    'Бір орында отыра алмайтындай қатты мазасыздандыңыз',
    'Были так беспокойны, что не могли усидеть на месте',
    EN('so restless you could not sit still'),
  ],
  [
    'Көңіліңіз жабырқау болды',
    { split: 'Чувствовали себя подавленным(ой)', female: 'Чувствовали себя подавленной', male: 'Чувствовали себя подавленным' },
    EN('depressed'),
  ],
  [
    'Әр іс үлкен күш салуды қажет ететіндей сезілді',
    'Чувствовали, что всё даётся с большим трудом',
    EN('that everything was an effort'),
  ],
  [
    'Ештеңе көңіліңізді көтере алмайтындай қатты мұңайдыңыз',
    'Были так печальны, что ничто не могло вас развеселить',
    EN('so sad that nothing could cheer you up'),
  ],
  [
    'Өзіңізді түкке тұрғысыз сезіндіңіз',
    { split: 'Чувствовали себя никчёмным(ой)', female: 'Чувствовали себя никчёмной', male: 'Чувствовали себя никчёмным' },
    EN('worthless'),
  ],
];

const label = ([kk, ru, en]: K10Row): LocalizedText =>
  typeof ru === 'string' ? originalEn(kk, ru, en) : withRuBySex(originalEn(kk, ru.split, en), ru);

const SKIP_SOURCE =
  'K10 administration as used with the Andrews & Slade (2001) scoring: items 3 and 6 are not asked after "none of the time" on items 2 and 5, and then score 1 (INSTRUMENTS.md).';

export const k10: InstrumentInput = {
  id: 'k10',
  version: '1.1.0',
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
    'These questions are about how you have felt in the last 30 days. For each one, choose how often you felt that way.',
  ),
  sources: [
    {
      citation:
        'Kessler, R. C., Barker, P. R., Colpe, L. J., Epstein, J. F., Gfroerer, J. C., Hiripi, E., Howes, M. J., Normand, S.-L. T., Manderscheid, R. W., Walters, E. E., & Zaslavsky, A. M. (2003). Screening for serious mental illness in the general population. Archives of General Psychiatry, 60(2), 184–189.',
      url: 'https://doi.org/10.1001/archpsyc.60.2.184',
    },
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
  wordingSources: {
    kk: {
      status: 'working',
      citation: 'Our working Kazakh translation of the English original; no published Kazakh K10 was found.',
    },
    ru: {
      status: 'working',
      citation:
        'Our working Russian translation of the English original; no published validated Russian K10 was found (the Russian versions found online state that they are not validated).',
    },
    en: {
      status: 'validated',
      citation:
        'The original K10 questions and answers (Kessler et al. 2002, 2003), verbatim; the instructions and section heading are ours.',
    },
  },
  licence: {
    kind: 'freeWithCitation',
    note: own(
      'Дереккөзге сілтеме жасап тегін қолдануға болады: Kessler et al. (2003), Arch Gen Psychiatry 60:184–189.',
      'Свободное использование со ссылкой на источник: Kessler et al. (2003), Arch Gen Psychiatry 60:184–189.',
      'Free to use with the citation: Kessler et al. (2003), Arch Gen Psychiatry 60:184–189.',
    ),
  },
  copyright: '© World Health Organization 2003',
  responseScales: [
    {
      id: 'frequency',
      options: [
        { value: 1, label: originalEn('Ешқашан', 'Ни разу', 'None of the time') },
        { value: 2, label: originalEn('Сирек', 'Изредка', 'A little of the time') },
        { value: 3, label: originalEn('Кейде', 'Иногда', 'Some of the time') },
        { value: 4, label: originalEn('Көбінесе', 'Большую часть времени', 'Most of the time') },
        { value: 5, label: originalEn('Үнемі', 'Всё время', 'All of the time') },
      ],
    },
  ],
  sections: [
    {
      id: 'items',
      title: own('Соңғы 30 күн', 'Последние 30 дней', 'Last 30 days'),
      items: ITEMS.map((row, i) => response(`q${i + 1}`, label(row), 'frequency')),
    },
  ],
  skipRules: [
    { itemId: 'q3', when: { itemId: 'q2', equals: 1 }, scoreAs: 1, source: SKIP_SOURCE },
    { itemId: 'q6', when: { itemId: 'q5', equals: 1 }, scoreAs: 1, source: SKIP_SOURCE },
  ],
  scales: [
    sumTotal(
      ITEMS.length,
      [
        { min: 10, max: 15, label: own('Төмен күйзеліс', 'Низкий дистресс', 'Low distress') },
        { min: 16, max: 21, label: own('Орташа күйзеліс', 'Умеренный дистресс', 'Moderate distress') },
        { min: 22, max: 29, label: own('Жоғары күйзеліс', 'Высокий дистресс', 'High distress') },
        { min: 30, max: 50, label: own('Өте жоғары күйзеліс', 'Очень высокий дистресс', 'Very high distress') },
      ],
      {
        bandSource:
          'Andrews & Slade (2001), Aust N Z J Public Health 25:494–497: 10–15 low, 16–21 moderate, 22–29 high, 30–50 very high distress.',
      },
    ),
  ],
};
