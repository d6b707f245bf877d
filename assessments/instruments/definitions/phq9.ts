/**
 * PHQ-9, Kroenke, Spitzer & Williams (2001). Public domain ("No permission required to reproduce,
 * translate, display or distribute"), so the English items are the original text, marked
 * validated. Russian and Kazakh are our own wording (an official Russian translation exists, but
 * we do not reproduce it here), marked working. Scoring and bands as docs/INSTRUMENTS.md: total 0–27,
 * 0–4 / 5–9 / 10–14 / 15–19 / 20–27; item 9 > 0 raises a safety alert, and so does item 9 left
 * unanswered (issue 10); the 10th (difficulty) question is recorded, not scored. Missing items:
 * no prorating rule adopted, so no total.
 */
import type { InstrumentInput } from '../schema';
import { numberedResponses, single, sumTotal, type Option, type TextRow } from './build';
import { FREQUENCY_SCALE, LAST_TWO_WEEKS, PHQ_FAMILY_LICENCE, PHQ_SCREENERS_SOURCE } from './phqFamily';
import { originalEn, own } from './text';

const ITEMS: TextRow[] = [
  [
    'Істеген ісіңізге қызығушылықтың немесе одан ләззат алудың аздығы',
    'Мало интереса или удовольствия от ваших занятий',
    'Little interest or pleasure in doing things',
  ],
  [
    'Көңіл-күйдің түсуі, жабырқау немесе үмітсіздік',
    'Подавленное настроение, уныние или безнадёжность',
    'Feeling down, depressed, or hopeless',
  ],
  [
    'Ұйықтап кетудің немесе ұйқыны сақтаудың қиындығы, не тым көп ұйықтау',
    'Трудно заснуть, сон прерывается или, наоборот, вы спите слишком много',
    'Trouble falling or staying asleep, or sleeping too much',
  ],
  ['Шаршау немесе күш-қуаттың аздығы', 'Усталость или упадок сил', 'Feeling tired or having little energy'],
  ['Тәбеттің нашарлығы немесе шамадан тыс тамақтану', 'Плохой аппетит или переедание', 'Poor appetite or overeating'],
  [
    'Өзіңіз туралы жаман ойлау — өзіңізді сәтсіз адам санау немесе өзіңізді не отбасыңызды ұятқа қалдырдым деп ойлау',
    'Плохое мнение о себе — ощущение, что вы неудачник или подвели себя или свою семью',
    'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  ],
  [
    'Зейін қоюдың қиындығы, мысалы, газет оқығанда немесе теледидар көргенде',
    'Трудно сосредоточиться, например при чтении газеты или просмотре телевизора',
    'Trouble concentrating on things, such as reading the newspaper or watching television',
  ],
  [
    'Айналадағылар байқайтындай баяу қозғалу немесе сөйлеу? Немесе керісінше — әдеттегіден әлдеқайда көп қозғалатындай мазасыздық пен тынышсыздық',
    'Вы двигались или говорили так медленно, что это могли заметить другие? Или, наоборот, были так суетливы или беспокойны, что двигались гораздо больше обычного',
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  ],
  [
    'Өлгеніңіз жақсы болар еді деген немесе өзіңізге қандай да бір зиян келтіру туралы ойлар',
    'Мысли о том, что вам лучше было бы умереть, или о том, чтобы как-либо причинить себе вред',
    'Thoughts that you would be better off dead or of hurting yourself in some way',
  ],
];

const difficulty = (value: string, kk: string, ru: string, en: string): Option => ({ value, label: originalEn(kk, ru, en) });

export const phq9: InstrumentInput = {
  id: 'phq9',
  version: '1.0.0',
  kind: 'questionnaire',
  code: 'PHQ-9',
  name: own(
    'Пациент денсаулығы сауалнамасы (PHQ-9)',
    'Опросник здоровья пациента (PHQ-9)',
    'Patient Health Questionnaire (PHQ-9)',
  ),
  instructions: originalEn(
    'Соңғы 2 аптада төмендегі мәселелер сізді қаншалықты жиі мазалады?',
    'Как часто за последние 2 недели вас беспокоили следующие проблемы?',
    'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  ),
  sources: [
    {
      citation:
        'Kroenke, K., Spitzer, R. L., & Williams, J. B. W. (2001). The PHQ-9: Validity of a brief depression severity measure. Journal of General Internal Medicine, 16(9), 606–613.',
      url: 'https://doi.org/10.1046/j.1525-1497.2001.016009606.x',
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
    {
      id: 'functioning',
      title: own('Күнделікті өмірге әсері', 'Влияние на повседневную жизнь', 'Effect on daily life'),
      items: [
        // Recorded, not scored: no scale refers to it (Kroenke et al. 2001).
        single(
          'difficulty',
          originalEn(
            'Егер қандай да бір мәселені белгілеген болсаңыз, олар жұмысыңызды атқаруды, үй шаруасын жүргізуді немесе басқа адамдармен қарым-қатынасты қаншалықты қиындатты?',
            'Если вы отметили какие-либо проблемы, насколько они затруднили вам работу, домашние дела или общение с другими людьми?',
            'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
          ),
          [
            difficulty('notDifficult', 'Мүлдем қиындатқан жоқ', 'Совсем не затруднили', 'Not difficult at all'),
            difficulty('somewhat', 'Біршама қиындатты', 'Несколько затруднили', 'Somewhat difficult'),
            difficulty('very', 'Өте қиындатты', 'Очень затруднили', 'Very difficult'),
            difficulty('extremely', 'Аса қатты қиындатты', 'Крайне затруднили', 'Extremely difficult'),
          ],
        ),
      ],
    },
  ],
  scales: [
    // Ranges as published (Kroenke et al. 2001); the labels are our wording of its severity names.
    sumTotal(ITEMS.length, [
      { min: 0, max: 4, label: own('Ең аз', 'Минимальная', 'Minimal') },
      { min: 5, max: 9, label: own('Жеңіл', 'Лёгкая', 'Mild') },
      { min: 10, max: 14, label: own('Орташа', 'Умеренная', 'Moderate') },
      { min: 15, max: 19, label: own('Орташадан ауыр', 'Умеренно тяжёлая', 'Moderately severe') },
      { min: 20, max: 27, label: own('Ауыр', 'Тяжёлая', 'Severe') },
    ]),
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
