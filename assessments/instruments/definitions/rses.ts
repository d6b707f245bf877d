/**
 * Rosenberg Self-Esteem Scale (RSES), Rosenberg (1965; revised edition 1989). Free for
 * educational and professional research use with citation; not public domain, so every item here
 * is our own paraphrase, marked working in all languages (a validated Russian version exists but
 * is not reproduced). Answers: strongly agree 3 … strongly disagree 0; items 2, 5, 6, 8 and 9
 * (standard English order) are reversed within 0..3. Total 0–30.
 *
 * Bands: the scale's keepers publish no cut-offs (University of Maryland, Rosenberg scale FAQ), so
 * docs/INSTRUMENTS.md asks for < 15 "low" and 15–25 "typical range" only as informal guides. We add
 * 26–30 "above the typical range", also informal: left uncovered, the highest totals would show
 * no label at all, which reads like missing data; the load check also wants every total labelled.
 * Missing items: no published prorating rule, so no total.
 */
import type { InstrumentInput } from '../schema';
import { numberedResponses, sumTotal, type TextRow } from './build';
import { own } from './text';

const ITEMS: TextRow[] = [
  [
    'Жалпы алғанда, мен өзіме көңілім толады.',
    'В целом я доволен(льна) тем, какой(ая) я есть.',
    'Overall, I am content with who I am.',
  ],
  [
    'Кейде өзімді ешнәрсеге жарамайтындай сезінемін.',
    'Иногда мне кажется, что я ни на что не гожусь.',
    'Sometimes I feel I am no good at all.',
  ],
  [
    'Менде жақсы қасиеттер аз емес деп ойлаймын.',
    'Думаю, у меня немало хороших качеств.',
    'I think I have quite a few good qualities.',
  ],
  [
    'Мен көп нәрсені өзгелердің көбінен кем істемеймін.',
    'Я умею делать многое не хуже большинства людей.',
    'I can do things about as well as most people.',
  ],
  [
    'Менде мақтан тұтарлық нәрсе аз сияқты.',
    'Мне кажется, мне особенно нечем гордиться.',
    'I feel there is not much about me to be proud of.',
  ],
  [
    'Кейде өзімді мүлдем пайдасыз сезінемін.',
    'Временами я чувствую себя совершенно бесполезным(ой).',
    'There are times when I feel truly useless.',
  ],
  [
    'Мен өзімді басқалардан кем емес, құнды адам деп санаймын.',
    'Я считаю себя ценным человеком, не хуже других.',
    'I feel I am a person of value, no less than others.',
  ],
  ['Өзімді көбірек құрметтегім келеді.', 'Мне хотелось бы больше уважать себя.', 'I wish I respected myself more.'],
  [
    'Жалпы алғанда, өзімді сәтсіз адам деп санауға бейіммін.',
    'В общем, я склонен(на) считать себя неудачником(цей).',
    'All things considered, I tend to feel like a failure.',
  ],
  ['Мен өзіме оң көзқараспен қараймын.', 'Я отношусь к себе положительно.', 'I have a positive attitude towards myself.'],
];
/** 1-based numbers of the negatively worded items (Rosenberg 1965, standard English order). */
export const RSES_REVERSED = [2, 5, 6, 8, 9];

export const rses: InstrumentInput = {
  id: 'rses',
  version: '1.0.0',
  kind: 'questionnaire',
  code: 'RSES',
  name: own('Розенбергтің өзін-өзі бағалау шкаласы', 'Шкала самооценки Розенберга', 'Rosenberg Self-Esteem Scale'),
  instructions: own(
    'Төменде өзіңізге деген көзқарасыңыз туралы тұжырымдар берілген. Әрқайсысымен қаншалықты келісетініңізді немесе келіспейтініңізді таңдаңыз.',
    'Ниже приведены утверждения о том, как вы относитесь к себе. Для каждого выберите, насколько вы согласны или не согласны.',
    'Below are statements about how you feel about yourself. For each one, choose how much you agree or disagree.',
  ),
  sources: [
    { citation: 'Rosenberg, M. (1965). Society and the adolescent self-image. Princeton, NJ: Princeton University Press.' },
    {
      citation:
        'Rosenberg, M. (1989). Society and the adolescent self-image (rev. ed.). Middletown, CT: Wesleyan University Press.',
    },
    {
      citation: 'University of Maryland, Department of Sociology. Rosenberg Self-Esteem Scale: frequently asked questions.',
      url: 'https://socy.umd.edu/about-us/rosenberg-scale-faq',
      note: 'No discrete cut-off points for high and low self-esteem.',
    },
  ],
  licence: {
    kind: 'freeWithCitation',
    note: own(
      'Білім беру және кәсіби зерттеу мақсатында дереккөзге сілтеме жасай отырып тегін қолдануға болады. Тармақтар біздің өз сөзімізбен берілген.',
      'Свободное использование в образовательных и профессиональных исследовательских целях со ссылкой на источник. Пункты даны нашими словами.',
      'Free for educational and professional research use with citation. Items are in our own words.',
    ),
  },
  responseScales: [
    {
      id: 'agreement',
      options: [
        { value: 3, label: own('Толық келісемін', 'Полностью согласен(на)', 'Strongly agree') },
        { value: 2, label: own('Келісемін', 'Согласен(на)', 'Agree') },
        { value: 1, label: own('Келіспеймін', 'Не согласен(на)', 'Disagree') },
        { value: 0, label: own('Мүлдем келіспеймін', 'Совершенно не согласен(на)', 'Strongly disagree') },
      ],
    },
  ],
  sections: [
    {
      id: 'items',
      title: own('Тұжырымдар', 'Утверждения', 'Statements'),
      items: numberedResponses(ITEMS, own, 'agreement'),
    },
  ],
  scales: [
    sumTotal(
      ITEMS.length,
      [
        {
          min: 0,
          max: 14,
          informal: true,
          label: own('Төмен (бейресми бағдар)', 'Низкая (неофициальный ориентир)', 'Low (informal guide)'),
        },
        {
          min: 15,
          max: 25,
          informal: true,
          label: own(
            'Әдеттегі аралық (бейресми бағдар)',
            'Типичный диапазон (неофициальный ориентир)',
            'Typical range (informal guide)',
          ),
        },
        {
          min: 26,
          max: 30,
          informal: true,
          label: own(
            'Әдеттегі аралықтан жоғары (бейресми бағдар)',
            'Выше типичного диапазона (неофициальный ориентир)',
            'Above the typical range (informal guide)',
          ),
        },
      ],
      RSES_REVERSED,
    ),
  ],
};
