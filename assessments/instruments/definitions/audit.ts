/**
 * AUDIT, the Alcohol Use Disorders Identification Test (WHO; Babor, Higgins-Biddle, Saunders &
 * Monteiro 2001, 2nd ed., WHO/MSD/MSB/01.6a), for the addiction programme. WHO: free to use.
 *
 * Wording per language (`wordingSources`): the English questions and answers are the WHO text
 * (Box 4 of the manual), reproduced verbatim from reproductions of it that agree word for word (the
 * manual itself could not be opened here: proofread against it when it is at hand), marked
 * validated; Russian and Kazakh are our working translations (no published validated version of
 * either was found), marked working. The instructions are ours.
 *
 * Scoring (Babor et al. 2001): questions 1–8 score 0–4, questions 9 and 10 score 0, 2 or 4; total
 * 0–40. Risk zones: 0–7 zone I, 8–15 zone II, 16–19 zone III, 20–40 zone IV, each named by the
 * intervention the manual pairs with it. "Never" on question 1 skips to questions 9 and 10, and
 * the skipped questions score 0. Missing items otherwise: no total (our choice; see sumTotal).
 */
import type { InstrumentInput } from '../schema';
import { response, sumTotal } from './build';
import { originalEn, own } from './text';

type Row = [kk: string, ru: string, en: string];
const opt = (value: number, [kk, ru, en]: Row) => ({ value, label: originalEn(kk, ru, en) });

const HOW_OFTEN: Row[] = [
  ['Ешқашан', 'Никогда', 'Never'],
  ['Айына бір рет немесе сирек', 'Раз в месяц или реже', 'Monthly or less'],
  ['Айына 2–4 рет', '2–4 раза в месяц', '2 to 4 times a month'],
  ['Аптасына 2–3 рет', '2–3 раза в неделю', '2 to 3 times a week'],
  ['Аптасына 4 рет немесе жиірек', '4 раза в неделю или чаще', '4 or more times a week'],
];
const HOW_MANY: Row[] = [
  ['1 немесе 2', '1 или 2', '1 or 2'],
  ['3 немесе 4', '3 или 4', '3 or 4'],
  ['5 немесе 6', '5 или 6', '5 or 6'],
  ['7, 8 немесе 9', '7, 8 или 9', '7, 8, or 9'],
  ['10 немесе одан көп', '10 или больше', '10 or more'],
];
const FREQUENCY: Row[] = [
  ['Ешқашан', 'Никогда', 'Never'],
  ['Айына бір реттен сирек', 'Реже раза в месяц', 'Less than monthly'],
  ['Ай сайын', 'Ежемесячно', 'Monthly'],
  ['Апта сайын', 'Еженедельно', 'Weekly'],
  ['Күн сайын немесе күн сайын дерлік', 'Ежедневно или почти ежедневно', 'Daily or almost daily'],
];
const YES_NO: Row[] = [
  ['Жоқ', 'Нет', 'No'],
  ['Иә, бірақ соңғы бір жылда емес', 'Да, но не в последний год', 'Yes, but not in the last year'],
  ['Иә, соңғы бір жылда', 'Да, в последний год', 'Yes, during the last year'],
];

const ITEMS: [Row, string][] = [
  [
    [
      'Құрамында алкоголь бар сусынды қаншалықты жиі ішесіз?',
      'Как часто Вы употребляете напитки, содержащие алкоголь?',
      'How often do you have a drink containing alcohol?',
    ],
    'howOften',
  ],
  [
    [
      'Ішкен күні әдетте құрамында алкоголь бар қанша сусын ішесіз?',
      'Сколько порций алкогольных напитков Вы обычно выпиваете в день, когда пьёте?',
      'How many drinks containing alcohol do you have on a typical day when you are drinking?',
    ],
    'howMany',
  ],
  [
    [
      'Бір отырыста алты немесе одан көп сусынды қаншалықты жиі ішесіз?',
      'Как часто Вы выпиваете шесть или более порций за один раз?',
      'How often do you have six or more drinks on one occasion?',
    ],
    'frequency',
  ],
  [
    [
      'Соңғы бір жылда ішуді бастаған соң тоқтата алмағаныңыз қаншалықты жиі болды?',
      'Как часто за последний год Вы не могли остановиться, начав пить?',
      'How often during the last year have you found that you were not able to stop drinking once you had started?',
    ],
    'frequency',
  ],
  [
    [
      'Соңғы бір жылда ішімдік салдарынан сізден әдетте күтілетін нәрсені орындамағаныңыз қаншалықты жиі болды?',
      'Как часто за последний год Вы из-за выпивки не сделали того, что обычно от Вас ожидалось?',
      'How often during the last year have you failed to do what was normally expected from you because of drinking?',
    ],
    'frequency',
  ],
  [
    [
      'Соңғы бір жылда көп ішкеннен кейін есіңізді жию үшін таңертең ішу қажет болғаны қаншалықты жиі болды?',
      'Как часто за последний год Вам нужно было выпить утром, чтобы прийти в себя после сильной выпивки накануне?',
      'How often during the last year have you needed a first drink in the morning to get yourself going after a heavy drinking session?',
    ],
    'frequency',
  ],
  [
    [
      'Соңғы бір жылда ішкеннен кейін кінә сезімі немесе өкініш қаншалықты жиі болды?',
      'Как часто за последний год Вы испытывали чувство вины или раскаяния после выпивки?',
      'How often during the last year have you had a feeling of guilt or remorse after drinking?',
    ],
    'frequency',
  ],
  [
    [
      'Соңғы бір жылда ішкеніңіз үшін алдыңғы кеште не болғанын есіңізге түсіре алмағаныңыз қаншалықты жиі болды?',
      'Как часто за последний год Вы не могли вспомнить, что было накануне вечером, потому что выпивали?',
      'How often during the last year have you been unable to remember what happened the night before because you had been drinking?',
    ],
    'frequency',
  ],
  [
    [
      'Сіздің ішуіңіздің салдарынан сіз немесе басқа біреу жарақат алды ма?',
      'Получали ли Вы или кто-то другой травмы из-за того, что Вы выпивали?',
      'Have you or someone else been injured as a result of your drinking?',
    ],
    'yesNo',
  ],
  [
    [
      'Туысыңыз, досыңыз, дәрігер немесе басқа медицина қызметкері сіздің ішуіңізге алаңдаушылық білдірді ме немесе азайтуды ұсынды ма?',
      'Выражал ли родственник, друг, врач или другой медицинский работник беспокойство по поводу Вашего употребления алкоголя или советовал ли пить меньше?',
      'Has a relative or friend or a doctor or another health worker been concerned about your drinking or suggested you cut down?',
    ],
    'yesNo',
  ],
];

const SKIP_SOURCE =
  'AUDIT, Babor et al. (2001), Box 4: "Never" on question 1 skips to questions 9 and 10; the skipped questions score 0.';

export const audit: InstrumentInput = {
  id: 'audit',
  version: '1.0.0',
  kind: 'questionnaire',
  code: 'AUDIT',
  name: own(
    'Алкоголь тұтынуға байланысты бұзылыстарды анықтау тесті (AUDIT)',
    'Тест для выявления расстройств, связанных с употреблением алкоголя (AUDIT)',
    'Alcohol Use Disorders Identification Test (AUDIT)',
  ),
  instructions: own(
    'Бұл сұрақтар соңғы бір жылдағы алкоголь тұтынуыңыз туралы. Әр сұраққа өзіңізге ең сәйкес келетін жауапты таңдаңыз. «Сусын» — бір стандартты сусын.',
    'Эти вопросы о том, как Вы употребляли алкоголь за последний год. На каждый вопрос выберите ответ, который подходит Вам больше всего. «Порция» — одна стандартная порция.',
    'These questions are about your use of alcohol during the last year. For each question, choose the answer that fits you best. A "drink" means one standard drink.',
  ),
  sources: [
    {
      citation:
        'Babor, T. F., Higgins-Biddle, J. C., Saunders, J. B., & Monteiro, M. G. (2001). AUDIT: The Alcohol Use Disorders Identification Test. Guidelines for use in primary care (2nd ed.). World Health Organization (WHO/MSD/MSB/01.6a).',
      url: 'https://www.who.int/publications/i/item/WHO-MSD-MSB-01.6a',
    },
  ],
  wordingSources: {
    kk: {
      status: 'working',
      citation: 'Our working Kazakh translation of the WHO English text; no published Kazakh AUDIT was found.',
    },
    ru: {
      status: 'working',
      citation:
        'Our working Russian translation of the WHO English text; no published validated Russian AUDIT text was found to reproduce.',
    },
    en: {
      status: 'validated',
      citation: 'WHO English text (Babor et al. 2001, Box 4), questions and answers verbatim; the instructions are ours.',
    },
  },
  licence: {
    kind: 'freeWithCitation',
    note: own(
      'Дүниежүзілік денсаулық сақтау ұйымы (WHO, 2001): дереккөзге сілтеме жасап тегін қолдануға болады.',
      'Всемирная организация здравоохранения (WHO, 2001): свободное использование со ссылкой на источник.',
      'World Health Organization (WHO, 2001): free to use with the citation.',
    ),
  },
  responseScales: [
    { id: 'howOften', options: HOW_OFTEN.map((row, i) => opt(i, row)) },
    { id: 'howMany', options: HOW_MANY.map((row, i) => opt(i, row)) },
    { id: 'frequency', options: FREQUENCY.map((row, i) => opt(i, row)) },
    { id: 'yesNo', options: YES_NO.map((row, i) => opt(i * 2, row)) },
  ],
  sections: [
    {
      id: 'items',
      title: own('Соңғы бір жыл', 'Последний год', 'The last year'),
      items: ITEMS.map(([[kk, ru, en], scale], i) => response(`q${i + 1}`, originalEn(kk, ru, en), scale)),
    },
  ],
  skipRules: [2, 3, 4, 5, 6, 7, 8].map((n) => ({
    itemId: `q${n}`,
    when: { itemId: 'q1', equals: 0 },
    scoreAs: 0,
    source: SKIP_SOURCE,
  })),
  scales: [
    sumTotal(
      ITEMS.length,
      [
        {
          min: 0,
          max: 7,
          label: own('I аймақ: алкоголь туралы ақпарат', 'Зона I: информирование об алкоголе', 'Zone I: alcohol education'),
        },
        { min: 8, max: 15, label: own('II аймақ: қысқа кеңес', 'Зона II: простой совет', 'Zone II: simple advice') },
        {
          min: 16,
          max: 19,
          label: own(
            'III аймақ: кеңес, қысқа консультация және бақылау',
            'Зона III: совет, краткое консультирование и наблюдение',
            'Zone III: simple advice plus brief counselling and continued monitoring',
          ),
        },
        {
          min: 20,
          max: 40,
          label: own(
            'IV аймақ: диагностика мен емдеу үшін маманға жіберу',
            'Зона IV: направление к специалисту для диагностики и лечения',
            'Zone IV: referral to a specialist for diagnostic evaluation and treatment',
          ),
        },
      ],
      {
        bandSource:
          'Babor et al. (2001), WHO, risk levels of AUDIT scores: zone I 0–7, zone II 8–15, zone III 16–19, zone IV 20–40, each with its intervention.',
      },
    ),
  ],
};
