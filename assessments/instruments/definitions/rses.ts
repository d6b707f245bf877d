/**
 * Rosenberg Self-Esteem Scale (RSES), Rosenberg (1965; revised edition 1989). Free for educational
 * and professional research use with citation. Wording per language (`wordingSources`): the
 * English statements and answers are the original, verbatim, in the standard order, marked
 * validated; Russian and Kazakh are our working translations, marked working. A Russian adaptation
 * has been published (Zolotareva, α = 0.82), but we could not find its exact wording, so it is
 * cited and not reproduced. The Russian split forms ("доволен(льна)") are kept with both whole
 * forms; the one matching the client's recorded sex is shown. Answers: strongly agree 3 …
 * strongly disagree 0; items 2, 5, 6, 8 and 9 are reversed within 0..3. Total 0–30.
 *
 * Bands: the scale has no official cut-offs (University of Maryland, Rosenberg scale FAQ: "no
 * discrete cut-off points"). docs/INSTRUMENTS.md shows < 15 "low" and 15–25 "typical range" as
 * informal guides, labelled informal; 26–30 has no band (shown as "no band"), never an invented one.
 * Missing items: no total (our choice; see sumTotal in build.ts).
 */
import type { InstrumentInput, LocalizedText } from '../schema';
import { response, sumTotal } from './build';
import { originalEn, own, type RuBySex, withRuBySex } from './text';

type RsesRow = [kk: string, ru: string | RuBySex, en: string];
const ITEMS: RsesRow[] = [
  [
    'Жалпы алғанда, өзіме көңілім толады.',
    {
      split: 'В целом я доволен(льна) тем, какой(ая) я есть.',
      female: 'В целом я довольна тем, какая я есть.',
      male: 'В целом я доволен тем, какой я есть.',
    },
    'On the whole, I am satisfied with myself.',
  ],
  [
    'Кейде өзімді ешнәрсеге жарамайтындай сезінемін.',
    'Иногда мне кажется, что я ни на что не гожусь.',
    'At times I think I am no good at all.',
  ],
  [
    'Менде жақсы қасиеттер аз емес деп ойлаймын.',
    'Думаю, у меня немало хороших качеств.',
    'I feel that I have a number of good qualities.',
  ],
  [
    'Мен көп нәрсені өзгелердің көбінен кем істемеймін.',
    'Я умею делать многое не хуже большинства людей.',
    'I am able to do things as well as most other people.',
  ],
  [
    'Менде мақтан тұтарлық нәрсе аз сияқты.',
    'Мне кажется, мне особенно нечем гордиться.',
    'I feel I do not have much to be proud of.',
  ],
  [
    'Кейде өзімді мүлдем пайдасыз сезінемін.',
    {
      split: 'Временами я чувствую себя совершенно бесполезным(ой).',
      female: 'Временами я чувствую себя совершенно бесполезной.',
      male: 'Временами я чувствую себя совершенно бесполезным.',
    },
    'I certainly feel useless at times.',
  ],
  [
    'Мен өзімді басқалардан кем емес, құнды адам деп санаймын.',
    'Я считаю себя ценным человеком, не хуже других.',
    "I feel that I'm a person of worth, at least on an equal plane with others.",
  ],
  ['Өзімді көбірек құрметтегім келеді.', 'Мне хотелось бы больше уважать себя.', 'I wish I could have more respect for myself.'],
  [
    'Жалпы алғанда, өзімді сәтсіз адам деп санауға бейіммін.',
    {
      split: 'В общем, я склонен(на) считать себя неудачником(цей).',
      female: 'В общем, я склонна считать себя неудачницей.',
      male: 'В общем, я склонен считать себя неудачником.',
    },
    'All in all, I am inclined to feel that I am a failure.',
  ],
  ['Мен өзіме оң көзқараспен қараймын.', 'Я отношусь к себе положительно.', 'I take a positive attitude toward myself.'],
];

const label = ([kk, ru, en]: RsesRow): LocalizedText =>
  typeof ru === 'string' ? originalEn(kk, ru, en) : withRuBySex(originalEn(kk, ru.split, en), ru);

/** An answer whose Russian splits by gender: (kk, ru split, ru female, ru male, en). */
const answer = (value: number, kk: string, split: string, female: string, male: string, en: string) => ({
  value,
  label: withRuBySex(originalEn(kk, split, en), { split, female, male }),
});

/** 1-based numbers of the negatively worded items (Rosenberg 1965, standard English order). */
export const RSES_REVERSED = [2, 5, 6, 8, 9];

export const rses: InstrumentInput = {
  id: 'rses',
  version: '1.1.0',
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
    {
      citation:
        'Золотарева А. А. Валидность и надежность русскоязычной версии шкалы самооценки М. Розенберга (journal article, full reference on the linked page).',
      url: 'https://cyberleninka.ru/article/n/validnost-i-nadezhnost-russkoyazychnoy-versii-shkaly-samootsenki-m-rozenberga',
      note: 'A published Russian adaptation (n = 213 students, α = 0.82). Its wording could not be found, so it is not reproduced.',
    },
  ],
  wordingSources: {
    kk: {
      status: 'working',
      citation: 'Our working Kazakh translation of the English original; no published Kazakh version was found.',
    },
    ru: {
      status: 'working',
      citation:
        'Our working Russian translation of the English original; the published Russian adaptation (Zolotareva) is cited, its wording could not be found.',
    },
    en: {
      status: 'validated',
      citation:
        'The original statements and answers (Rosenberg 1965; University of Maryland), verbatim; the instructions are ours.',
      url: 'https://socy.umd.edu/about-us/rosenberg-scale-faq',
    },
  },
  licence: {
    kind: 'freeWithCitation',
    note: own(
      'Білім беру және кәсіби зерттеу мақсатында дереккөзге сілтеме жасай отырып тегін қолдануға болады. Ағылшын тіліндегі тұжырымдар — түпнұсқа.',
      'Свободное использование в образовательных и профессиональных исследовательских целях со ссылкой на источник. Английские утверждения — оригинал.',
      'Free for educational and professional research use with citation. The English statements are the original.',
    ),
  },
  responseScales: [
    {
      id: 'agreement',
      options: [
        answer(3, 'Толық келісемін', 'Полностью согласен(на)', 'Полностью согласна', 'Полностью согласен', 'Strongly agree'),
        answer(2, 'Келісемін', 'Согласен(на)', 'Согласна', 'Согласен', 'Agree'),
        answer(1, 'Келіспеймін', 'Не согласен(на)', 'Не согласна', 'Не согласен', 'Disagree'),
        answer(
          0,
          'Мүлдем келіспеймін',
          'Совершенно не согласен(на)',
          'Совершенно не согласна',
          'Совершенно не согласен',
          'Strongly disagree',
        ),
      ],
    },
  ],
  sections: [
    {
      id: 'items',
      title: own('Тұжырымдар', 'Утверждения', 'Statements'),
      items: ITEMS.map((row, i) => response(`q${i + 1}`, label(row), 'agreement')),
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
      ],
      {
        reversed: RSES_REVERSED,
        noBand: [{ min: 26, max: 30 }],
        bandSource:
          'No official cut-offs (University of Maryland, Rosenberg scale FAQ: no discrete cut-off points). The informal guides < 15 and 15–25 are docs/INSTRUMENTS.md’s, labelled informal; 26–30 has no band.',
      },
    ),
  ],
};
