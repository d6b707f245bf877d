/**
 * PHQ-9, Kroenke, Spitzer & Williams (2001). © Pfizer Inc., free to use (no permission required to
 * reproduce, translate, display or distribute). Wording per language (`wordingSources`): English
 * is the original, Russian the official translation from phqscreeners.com, both verbatim and marked
 * validated; Kazakh is our working translation (none published), marked working. Item 6 of the
 * Russian text splits by gender ("неудачником (неудачницей)"): both forms are kept and the one
 * matching the client's recorded sex is shown.
 *
 * Scoring and bands: total 0–27; 5, 10, 15 and 20 mark mild, moderate, moderately severe and
 * severe (Kroenke et al. 2001). Item 9 > 0 raises a safety alert, and so does item 9 left
 * unanswered (issue 10); the 10th (difficulty) question is recorded, not scored. Missing items:
 * no total (our choice; see sumTotal in build.ts for the NHS Data Dictionary rule we do not adopt).
 */
import type { InstrumentInput } from '../schema';
import { numberedResponses, single, sumTotal, type Option, type TextRow } from './build';
import {
  FREQUENCY_SCALE,
  LAST_TWO_WEEKS,
  PHQ_FAMILY_COPYRIGHT,
  PHQ_FAMILY_LICENCE,
  PHQ_SCREENERS_SOURCE,
  ZOLOTAREVA_2023,
  phqWordingSources,
} from './phqFamily';
import { own, published, withRuBySex } from './text';

/** Item 6 of the official Russian text and its two whole forms. */
const ITEM6_RU = {
  split:
    'Вы плохо о себе думали: считали себя неудачником (неудачницей), или были в себе разочарованы, или считали, что подвели свою семью',
  female: 'Вы плохо о себе думали: считали себя неудачницей, или были в себе разочарованы, или считали, что подвели свою семью',
  male: 'Вы плохо о себе думали: считали себя неудачником, или были в себе разочарованы, или считали, что подвели свою семью',
};

const ITEMS: TextRow[] = [
  [
    'Істеген ісіңізге қызығушылықтың немесе одан ләззат алудың аздығы',
    'Вам не хотелось ничего делать',
    'Little interest or pleasure in doing things',
  ],
  [
    'Көңіл-күйдің түсуі, жабырқау немесе үмітсіздік',
    'У Вас было плохое настроение, Вы были подавлены или испытывали чувство безысходности',
    'Feeling down, depressed, or hopeless',
  ],
  [
    'Ұйықтап кету қиындығы, ұйқының жиі бөлінуі немесе тым көп ұйықтау',
    'Вам было трудно заснуть, у Вас был прерывистый сон, или Вы слишком много спали',
    'Trouble falling or staying asleep, or sleeping too much',
  ],
  ['Шаршау немесе күш-қуаттың аздығы', 'Вы были утомлены, или у Вас было мало сил', 'Feeling tired or having little energy'],
  [
    'Тәбеттің нашарлығы немесе шамадан тыс тамақтану',
    'У Вас был плохой аппетит, или Вы переедали',
    'Poor appetite or overeating',
  ],
  [
    'Өзіңіз туралы жаман ойлау — өзіңізді сәтсіз адам санау немесе өзіңіздің не отбасыңыздың үмітін ақтамадым деп ойлау',
    ITEM6_RU.split,
    'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  ],
  [
    'Зейін қоюдың қиындығы, мысалы, газет оқығанда немесе теледидар көргенде',
    'Вам было трудно сосредоточиться (например, на чтении газеты или на просмотре телепередач)',
    'Trouble concentrating on things, such as reading the newspaper or watching television',
  ],
  [
    'Айналадағылар байқайтындай баяу қозғалу немесе сөйлеу? Немесе керісінше — әдеттегіден әлдеқайда көп қозғалатындай мазасыздық пен тынышсыздық',
    'Вы двигались или говорили настолько медленно, что окружающие это замечали? Или, наоборот, Вы были настолько суетливы или взбудоражены, что двигались гораздо больше обычного',
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  ],
  [
    'Өлгеніңіз жақсы болар еді деген немесе өзіңізге қандай да бір зиян келтіру туралы ойлар',
    'Вас посещали мысли о том, что Вам лучше было бы умереть, или о том, чтобы причинить себе какой-нибудь вред',
    'Thoughts that you would be better off dead or of hurting yourself in some way',
  ],
];

const difficulty = (value: string, kk: string, ru: string, en: string): Option => ({ value, label: published(kk, ru, en) });

const ITEM_LIST = numberedResponses(ITEMS, published, 'frequency').map((item) =>
  item.id === 'q6' ? { ...item, label: withRuBySex(item.label, ITEM6_RU) } : item,
);

export const phq9: InstrumentInput = {
  id: 'phq9',
  version: '1.1.0',
  kind: 'questionnaire',
  code: 'PHQ-9',
  name: own(
    'Пациент денсаулығы сауалнамасы (PHQ-9)',
    'Опросник здоровья пациента (PHQ-9)',
    'Patient Health Questionnaire (PHQ-9)',
  ),
  instructions: published(
    'Соңғы 2 аптада төмендегі мәселелер сізді қаншалықты жиі мазалады?',
    'Как часто за последние 2 недели Вас беспокоили следующие проблемы?',
    'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  ),
  sources: [
    {
      citation:
        'Kroenke, K., Spitzer, R. L., & Williams, J. B. W. (2001). The PHQ-9: Validity of a brief depression severity measure. Journal of General Internal Medicine, 16(9), 606–613.',
      url: 'https://doi.org/10.1046/j.1525-1497.2001.016009606.x',
    },
    PHQ_SCREENERS_SOURCE,
    ZOLOTAREVA_2023,
  ],
  wordingSources: phqWordingSources('Kroenke, Spitzer & Williams 2001; phqscreeners.com'),
  licence: PHQ_FAMILY_LICENCE,
  copyright: PHQ_FAMILY_COPYRIGHT,
  responseScales: [FREQUENCY_SCALE],
  sections: [
    {
      id: 'items',
      title: LAST_TWO_WEEKS,
      items: ITEM_LIST,
    },
    {
      id: 'functioning',
      title: own('Күнделікті өмірге әсері', 'Влияние на повседневную жизнь', 'Effect on daily life'),
      items: [
        // Recorded, not scored: no scale refers to it (Kroenke et al. 2001).
        single(
          'difficulty',
          published(
            'Егер қандай да бір мәселені белгілеген болсаңыз, олар жұмысыңызды атқаруды, үй шаруасын жүргізуді немесе басқа адамдармен қарым-қатынасты қаншалықты қиындатты?',
            'Если Вы положительно ответили на какие-нибудь пункты, то оцените, насколько трудно Вам было работать, заниматься домашними делами или общаться с людьми из-за этих проблем?',
            'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
          ),
          [
            difficulty('notDifficult', 'Мүлдем қиындатқан жоқ', 'Совсем не трудно', 'Not difficult at all'),
            difficulty('somewhat', 'Біршама қиындатты', 'Немного трудно', 'Somewhat difficult'),
            difficulty('very', 'Өте қиындатты', 'Очень трудно', 'Very difficult'),
            difficulty('extremely', 'Аса қатты қиындатты', 'Чрезвычайно трудно', 'Extremely difficult'),
          ],
        ),
      ],
    },
  ],
  scales: [
    // Ranges as published (Kroenke et al. 2001); the labels are our wording of its severity names.
    sumTotal(
      ITEMS.length,
      [
        { min: 0, max: 4, label: own('Ең төмен', 'Минимальная степень', 'Minimal') },
        { min: 5, max: 9, label: own('Жеңіл', 'Лёгкая степень', 'Mild') },
        { min: 10, max: 14, label: own('Орташа', 'Умеренная степень', 'Moderate') },
        { min: 15, max: 19, label: own('Орташадан ауыр', 'Умеренно тяжёлая степень', 'Moderately severe') },
        { min: 20, max: 27, label: own('Ауыр', 'Тяжёлая степень', 'Severe') },
      ],
      {
        bandSource:
          'Kroenke, Spitzer & Williams (2001), J Gen Intern Med 16:606–613: scores of 5, 10, 15 and 20 represent mild, moderate, moderately severe and severe depression.',
      },
    ),
  ],
  flags: [
    {
      id: 'selfHarmThoughts',
      itemId: 'q9',
      operator: '>',
      value: 0,
      severity: 'safety',
      requiresAcknowledgement: true,
      message: own(
        '9-тармаққа (өлім немесе өзіне зиян келтіру туралы ойлар) «мүлдем болған жоқ» дегеннен басқа жауап берілді. Бүгін бұл туралы тікелей сұраңыз және мекемеңіздің қауіпсіздік тәртібін орындаңыз.',
        'На пункт 9 (мысли о смерти или самоповреждении) дан ответ, отличный от «ни разу». Сегодня же прямо расспросите об этом и действуйте по процедуре безопасности вашего учреждения.',
        'Item 9 (thoughts of death or self-harm) was answered above “not at all”. Ask about it directly today and follow your facility’s safety procedure.',
      ),
    },
    {
      // Issue 10: a blank item 9 is not a "no". Signing waits until the psychologist asks directly
      // and records the answer on the form (this alert then goes), or notes that it stayed unanswered.
      id: 'selfHarmUnanswered',
      itemId: 'q9',
      operator: 'unanswered',
      value: 0,
      severity: 'safety',
      requiresAcknowledgement: true,
      message: own(
        '9-тармаққа (өлім немесе өзіне зиян келтіру туралы ойлар) жауап берілмеді. Бұл туралы тікелей сұрап, жауапты осы тармаққа жазыңыз, немесе жауап берілмегенін және не істегеніңізді төменге жазыңыз.',
        'Пункт 9 (мысли о смерти или самоповреждении) остался без ответа. Прямо спросите об этом и отметьте ответ в этом пункте или запишите ниже, что ответа нет и что вы сделали.',
        'Item 9 (thoughts of death or self-harm) has no answer. Ask about it directly and record the answer on this item, or note below that it was not answered and what you did.',
      ),
    },
  ],
};
