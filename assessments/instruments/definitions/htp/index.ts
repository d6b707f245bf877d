/**
 * House-Tree-Person (HTP). Buck (1948), Hammer (1958); Russian «Дом–Дерево–Человек», Kazakh
 * «Үй, ағаш, адам». Pages, inquiry and form as docs/INSTRUMENTS.md specifies; all wording our own.
 * Descriptive only: no scales, bands or flags (drawings never yield a diagnosis or risk label).
 */
import type { InstrumentInput } from '../../schema';
import { interpretation } from '../build';
import { DRAWING_CAVEAT, join, own, ownWordingSources, PROFESSIONAL_PRACTICE_LICENCE } from '../text';
import { GLOBAL_RATINGS, pageSections, pageSuggestions } from './features';
import { FIGURES, htpPage } from './pages';

const PHASES = [false, true];

export const htp: InstrumentInput = {
  id: 'htp',
  version: '1.0.0',
  kind: 'drawing',
  code: 'HTP',
  name: own('Үй, ағаш, адам', 'Дом–Дерево–Человек', 'House-Tree-Person'),
  instructions: join(
    own(
      'Клиентке үйдің, ағаштың және адамның суретін әрқайсысын жеке параққа, қолынан келгенше жақсы етіп салуды ұсыныңыз: кез келген түрі болады, уақыт шектелмейді, суретшілік шеберлік маңызды емес. Кідірістер, реттілік пен өшірулер автоматты түрде жазылады. Әр суреттен кейін сұхбат сұрақтарын қойып, жауаптарды клиенттің өз сөзімен жазыңыз. Қаласаңыз, түрлі түсті қарындаштармен үш суретті қайталаңыз (хроматикалық кезең).',
      'Предложите клиенту нарисовать дом, дерево и человека, каждый на отдельном листе, так хорошо, как он сможет: любые, без ограничения времени, художественные навыки не важны. Паузы, последовательность и стирания записываются автоматически. После каждого рисунка задайте вопросы беседы и запишите ответы словами клиента. По желанию повторите три рисунка цветными карандашами (хроматическая фаза).',
      'Ask the client to draw a house, a tree and a person, each on its own page, as well as they can: any kind, no time limit, drawing skill does not matter. Pauses, sequence and erasures are recorded automatically. After each drawing, ask the inquiry questions and record the answers in the client’s words. Optionally, repeat the three drawings with coloured pencils (chromatic phase).',
    ),
    DRAWING_CAVEAT,
    ' ',
  ),
  sources: [
    {
      citation:
        'Buck, J. N. (1948). The H-T-P technique: A qualitative and quantitative scoring manual. Journal of Clinical Psychology, 4(4), 317–396.',
    },
    { citation: 'Hammer, E. F. (1958). The clinical application of projective drawings. Springfield, IL: Charles C Thomas.' },
    {
      citation:
        'Analysis of the screening and predicting characteristics of the house-tree-person drawing test for mental disorders: a systematic review and meta-analysis. Frontiers in Psychiatry (2023), 13:1041770.',
      url: 'https://doi.org/10.3389/fpsyt.2022.1041770',
      note: 'Indicators are selected and interpreted inconsistently across studies: read observations as hypotheses.',
    },
  ],
  wordingSources: ownWordingSources('Buck (1948) and Hammer (1958)'),
  licence: PROFESSIONAL_PRACTICE_LICENCE,
  pages: PHASES.flatMap((chromatic) => FIGURES.map((figure) => htpPage(figure, chromatic))),
  sections: [
    ...PHASES.flatMap((chromatic) => FIGURES.flatMap((figure) => pageSections(figure, chromatic))),
    { id: 'global', title: own('Жалпы бағалар', 'Общие оценки', 'Global ratings'), items: GLOBAL_RATINGS },
    { id: 'conclusion', title: own('Түсіндірме', 'Интерпретация', 'Interpretation'), items: [interpretation()] },
  ],
  metricSuggestions: PHASES.flatMap((chromatic) => FIGURES.flatMap((figure) => pageSuggestions(figure, chromatic))),
  caveats: [
    DRAWING_CAVEAT,
    // The finding of the 2023 meta-analysis cited above (Frontiers in Psychiatry 13:1041770).
    own(
      'Жүйелі шолу мен мета-талдау (Frontiers in Psychiatry, 2023) «Үй, ағаш, адам» белгілерінің зерттеулерде әртүрлі таңдалып, әртүрлі түсіндірілетінін көрсетті: бақылауларды тек болжам ретінде оқыңыз.',
      'Систематический обзор и метаанализ (Frontiers in Psychiatry, 2023) показал, что признаки «Дом–Дерево–Человек» в разных исследованиях выбираются и толкуются непоследовательно: читайте наблюдения только как гипотезы.',
      'A systematic review and meta-analysis (Frontiers in Psychiatry, 2023) found House-Tree-Person indicators selected and interpreted inconsistently across studies: read the observations as hypotheses only.',
    ),
  ],
};
