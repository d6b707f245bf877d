/**
 * PCL-5, the PTSD Checklist for DSM-5 (Weathers, Litz, Keane, Palmieri, Marx & Schnurr 2013, US
 * National Center for PTSD), for the programmes that meet trauma. Public domain. A screen for
 * symptoms over the past month, never a diagnosis.
 *
 * Wording per language (`wordingSources`): the English instructions' question, items and answers
 * are the original, verbatim, marked validated; Russian and Kazakh are our working translations
 * (no published validated text of either was found to reproduce), marked working.
 *
 * Scoring: 20 items 0–4, total 0–80 (National Center for PTSD). The only published band is a
 * provisional cut-off: "a PCL-5 cutoff score between 31–33 is indicative of probable PTSD" (National
 * Center for PTSD, after Bovin et al. 2016). So 0–30 has no band, 31–33 is "within the provisional
 * cut-off range" and 34–80 "above" it; nothing else is banded. Missing items: no total (our choice;
 * see sumTotal).
 */
import type { InstrumentInput } from '../schema';
import { numberedResponses, sumTotal, type TextRow } from './build';
import { originalEn, own } from './text';

const ITEMS: TextRow[] = [
  [
    'Күйзелтетін оқиға туралы қайта-қайта оралатын, мазалайтын, еріксіз естеліктер',
    'Повторяющиеся, тревожащие и нежелательные воспоминания о стрессовом событии',
    'Repeated, disturbing, and unwanted memories of the stressful experience?',
  ],
  [
    'Күйзелтетін оқиға туралы қайта-қайта көрінетін, мазалайтын түстер',
    'Повторяющиеся тревожащие сны о стрессовом событии',
    'Repeated, disturbing dreams of the stressful experience?',
  ],
  [
    'Күйзелтетін оқиға қайтадан болып жатқандай кенеттен сезіну немесе әрекет ету (сол жерге қайта оралып, оны қайта бастан кешіп жатқандай)',
    'Внезапное ощущение или поведение, как будто стрессовое событие происходит снова (как будто вы снова там и переживаете его заново)',
    'Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?',
  ],
  [
    'Бір нәрсе күйзелтетін оқиғаны еске салғанда қатты қиналу',
    'Сильное расстройство, когда что-то напоминало о стрессовом событии',
    'Feeling very upset when something reminded you of the stressful experience?',
  ],
  [
    'Бір нәрсе күйзелтетін оқиғаны еске салғанда күшті дене реакциялары (мысалы, жүректің қатты соғуы, тыныс алудың қиындауы, терлеу)',
    'Сильные телесные реакции, когда что-то напоминало о стрессовом событии (например, сердцебиение, затруднённое дыхание, потливость)',
    'Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?',
  ],
  [
    'Күйзелтетін оқиғаға байланысты естеліктерден, ойлардан немесе сезімдерден қашу',
    'Избегание воспоминаний, мыслей или чувств, связанных со стрессовым событием',
    'Avoiding memories, thoughts, or feelings related to the stressful experience?',
  ],
  [
    'Күйзелтетін оқиғаны еске салатын сыртқы нәрселерден қашу (мысалы, адамдардан, орындардан, әңгімелерден, істерден, заттардан немесе жағдайлардан)',
    'Избегание внешних напоминаний о стрессовом событии (например, людей, мест, разговоров, занятий, предметов или ситуаций)',
    'Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?',
  ],
  [
    'Күйзелтетін оқиғаның маңызды бөліктерін есте сақтаудың қиындығы',
    'Трудности с воспоминанием важных деталей стрессового события',
    'Trouble remembering important parts of the stressful experience?',
  ],
  [
    'Өзіңіз, басқа адамдар немесе әлем туралы күшті жағымсыз сенімдер (мысалы: «мен жаманмын», «менде бір нәрсе қатты дұрыс емес», «ешкімге сенуге болмайды», «әлем мүлдем қауіпті» деген ойлар)',
    'Сильные негативные убеждения о себе, других людях или мире (например, мысли «я плохой человек», «со мной что-то серьёзно не так», «никому нельзя доверять», «мир совершенно опасен»)',
    'Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?',
  ],
  [
    'Күйзелтетін оқиға немесе одан кейін болған нәрселер үшін өзіңізді немесе басқа біреуді кінәлау',
    'Обвинение себя или кого-то другого в стрессовом событии или в том, что произошло после него',
    'Blaming yourself or someone else for the stressful experience or what happened after it?',
  ],
  [
    'Қорқыныш, үрей, ашу, кінә немесе ұят сияқты күшті жағымсыз сезімдер',
    'Сильные негативные чувства, такие как страх, ужас, гнев, вина или стыд',
    'Having strong negative feelings such as fear, horror, anger, guilt, or shame?',
  ],
  [
    'Бұрын ұнайтын істерге қызығушылықтың жоғалуы',
    'Потеря интереса к занятиям, которые раньше нравились',
    'Loss of interest in activities that you used to enjoy?',
  ],
  [
    'Басқа адамдардан алшақ немесе оқшау сезіну',
    'Ощущение отдалённости или отчуждённости от других людей',
    'Feeling distant or cut off from other people?',
  ],
  [
    'Жағымды сезімдерді сезінудің қиындығы (мысалы, бақыт сезіне алмау немесе жақын адамдарға сүйіспеншілік сезіне алмау)',
    'Трудности с переживанием положительных чувств (например, неспособность испытывать счастье или любовь к близким людям)',
    'Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?',
  ],
  [
    'Ашуланшақ мінез, ашудың кенеттен бұрқ етуі немесе агрессиялы әрекет ету',
    'Раздражительность, вспышки гнева или агрессивное поведение',
    'Irritable behavior, angry outbursts, or acting aggressively?',
  ],
  [
    'Тым көп тәуекелге бару немесе өзіңізге зиян келтіруі мүмкін нәрселер істеу',
    'Чрезмерный риск или поступки, которые могут причинить вам вред',
    'Taking too many risks or doing things that could cause you harm?',
  ],
  [
    'Тым сергек, қырағы немесе үнемі сақ болу',
    'Чрезмерная настороженность, бдительность, постоянная готовность к опасности',
    'Being "superalert" or watchful or on guard?',
  ],
  ['Селт етпе болу немесе оңай шошу', 'Нервозность или лёгкая пугливость', 'Feeling jumpy or easily startled?'],
  ['Зейін қоюдың қиындығы', 'Трудности с концентрацией внимания', 'Having difficulty concentrating?'],
  [
    'Ұйықтап кетудің қиындығы немесе ұйқының жиі бөлінуі',
    'Трудности с засыпанием или прерывистый сон',
    'Trouble falling or staying asleep?',
  ],
];

export const pcl5: InstrumentInput = {
  id: 'pcl5',
  version: '1.0.0',
  kind: 'questionnaire',
  code: 'PCL-5',
  name: own(
    'DSM-5 бойынша жарақаттан кейінгі стресс белгілерінің тізімі (PCL-5)',
    'Опросник симптомов посттравматического стресса по DSM-5 (PCL-5)',
    'PTSD Checklist for DSM-5 (PCL-5)',
  ),
  instructions: originalEn(
    'Төменде адамдарда өте ауыр күйзелістен кейін кейде пайда болатын қиындықтар берілген. Өткен айда әрқайсысы сізді қаншалықты мазалағанын таңдаңыз. Өткен айда сізді қаншалықты мазалады:',
    'Ниже перечислены трудности, которые иногда возникают у людей после очень тяжёлого стрессового события. Для каждой выберите, насколько она беспокоила Вас в прошлом месяце. В прошлом месяце насколько Вас беспокоили:',
    'In the past month, how much were you bothered by:',
  ),
  sources: [
    {
      citation:
        'Weathers, F. W., Litz, B. T., Keane, T. M., Palmieri, P. A., Marx, B. P., & Schnurr, P. P. (2013). The PTSD Checklist for DSM-5 (PCL-5). National Center for PTSD.',
      url: 'https://www.ptsd.va.gov/professional/assessment/adult-sr/ptsd-checklist.asp',
    },
    {
      citation:
        'Bovin, M. J., Marx, B. P., Weathers, F. W., Gallagher, M. W., Rodriguez, P., Schnurr, P. P., & Keane, T. M. (2016). Psychometric properties of the PTSD Checklist for Diagnostic and Statistical Manual of Mental Disorders–Fifth Edition (PCL-5) in veterans. Psychological Assessment, 28(11), 1379–1391.',
      url: 'https://doi.org/10.1037/pas0000254',
      note: 'Source of the provisional cut-off range 31–33 the National Center for PTSD cites.',
    },
  ],
  wordingSources: {
    kk: {
      status: 'working',
      citation: 'Our working Kazakh translation of the English original; no published Kazakh PCL-5 was found.',
    },
    ru: {
      status: 'working',
      citation:
        'Our working Russian translation of the English original; no published validated Russian PCL-5 text was found to reproduce.',
    },
    en: {
      status: 'validated',
      citation: 'The original PCL-5 items, answers and lead question (Weathers et al. 2013), verbatim.',
    },
  },
  licence: {
    kind: 'publicDomain',
    note: own(
      'АҚШ-тың Жарақаттан кейінгі стресс бұзылысы жөніндегі ұлттық орталығы (National Center for PTSD): қоғамдық игілік, тегін қолдануға болады.',
      'Национальный центр ПТСР США (National Center for PTSD): общественное достояние, свободное использование.',
      'US National Center for PTSD: public domain, free to use.',
    ),
  },
  responseScales: [
    {
      id: 'bother',
      options: [
        { value: 0, label: originalEn('Мүлдем жоқ', 'Совсем нет', 'Not at all') },
        { value: 1, label: originalEn('Аздап', 'Немного', 'A little bit') },
        { value: 2, label: originalEn('Орташа', 'Умеренно', 'Moderately') },
        { value: 3, label: originalEn('Едәуір', 'Довольно сильно', 'Quite a bit') },
        { value: 4, label: originalEn('Өте қатты', 'Крайне сильно', 'Extremely') },
      ],
    },
  ],
  sections: [
    {
      id: 'items',
      title: own('Өткен ай', 'Прошлый месяц', 'The past month'),
      items: numberedResponses(ITEMS, originalEn, 'bother'),
    },
  ],
  scales: [
    sumTotal(
      ITEMS.length,
      [
        {
          min: 31,
          max: 33,
          label: own(
            'Алдын ала шекті мән аралығында (31–33)',
            'В диапазоне предварительного порога (31–33)',
            'Within the provisional cut-off range (31–33)',
          ),
        },
        {
          min: 34,
          max: 80,
          label: own(
            'Алдын ала шекті мән аралығынан жоғары (31–33)',
            'Выше диапазона предварительного порога (31–33)',
            'Above the provisional cut-off range (31–33)',
          ),
        },
      ],
      {
        noBand: [{ min: 0, max: 30 }],
        bandSource:
          'National Center for PTSD: "a PCL-5 cutoff score between 31–33 is indicative of probable PTSD" (after Bovin et al. 2016); provisional, a screen, never a diagnosis. No other band is published.',
      },
    ),
  ],
};
