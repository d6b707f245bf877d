/**
 * Draw-a-Person-in-the-Rain (DAPR): Abrams and Hammer (in Hammer 1958); stress and resource
 * indicators after Lack (1996) and Graves et al. (as docs/INSTRUMENTS.md names them; we found no full
 * citation for Graves et al.), with the counting approach of Willis, Joy & Kaiser (2010).
 * Stress and Resources are counts of indicators marked present and Coping = Resources − Stress
 * (docs/INSTRUMENTS.md). They are descriptive counts, without bands: no norm or risk label is implied.
 */
import type { InstrumentInput } from '../schema';
import { indicators, interpretation, type IndicatorRow } from './build';
import { GENERAL_COLOURS } from './palettes';
import { DRAWING_CAVEAT, join, own, ownWordingSources, PROFESSIONAL_PRACTICE_LICENCE } from './text';

const PAGE = 'rain';

const STRESS: IndicatorRow[] = [
  ['stress_heavyRain', 'Қатты немесе нөсер жаңбыр', 'Сильный или интенсивный дождь', 'Heavy or intense rain'],
  ['stress_clouds', 'Бұлттар', 'Тучи', 'Clouds'],
  ['stress_puddles', 'Шалшықтар', 'Лужи', 'Puddles'],
  ['stress_lightning', 'Найзағай', 'Молния', 'Lightning'],
  ['stress_wind', 'Жел', 'Ветер', 'Wind'],
  ['stress_rainOnPerson', 'Жаңбыр адамға тиіп тұр', 'Дождь попадает на человека', 'Rain touching the person'],
  ['stress_smallOrExposed', 'Адам кішкентай немесе қорғансыз', 'Человек маленький или незащищённый', 'Person small or exposed'],
];
const RESOURCES: IndicatorRow[] = [
  ['resource_umbrella', 'Қолшатыр', 'Зонт', 'Umbrella'],
  ['resource_raincoat', 'Жаңбырқап (плащ)', 'Плащ, дождевик', 'Raincoat'],
  ['resource_hat', 'Бас киім', 'Головной убор', 'Hat'],
  ['resource_boots', 'Етік', 'Сапоги', 'Boots'],
  ['resource_shelter', 'Пана (шатыр, ағаш, ғимарат)', 'Укрытие (навес, дерево, здание)', 'Shelter (roof, tree, building)'],
  [
    'resource_completeGrounded',
    'Адам толық салынған және жерде нық тұр',
    'Человек нарисован целиком и твёрдо стоит',
    'Person complete and grounded',
  ],
  [
    'resource_umbrellaAdequate',
    'Қолшатыр жеткілікті (үлкен, адамды жауып тұр)',
    'Зонт достаточный (большой, закрывает человека)',
    'Umbrella adequate (large enough, covering the person)',
  ],
];

const refs = (list: IndicatorRow[]) => list.map(([itemId]) => ({ itemId }));

export const dapr: InstrumentInput = {
  id: 'dapr',
  version: '1.0.0',
  kind: 'drawing',
  code: 'DAPR',
  name: own('Жаңбырдағы адам', 'Человек под дождём', 'Draw-a-Person-in-the-Rain'),
  instructions: join(
    own(
      'Клиентке жаңбыр астындағы адамның суретін салуды ұсыныңыз. Уақыт шектелмеген. Түсті қарындаштар міндетті емес. Белгілерді бар немесе жоқ деп белгілеңіз: белгіленбегені — жоқ.',
      'Предложите клиенту нарисовать человека под дождём. Время не ограничено. Цветные карандаши — по желанию. Отметьте признаки как присутствующие; неотмеченный признак считается отсутствующим.',
      'Ask the client to draw a person in the rain. There is no time limit. Coloured pencils are optional. Tick each indicator that is present; an unticked indicator counts as absent.',
    ),
    DRAWING_CAVEAT,
    ' ',
  ),
  sources: [
    {
      citation:
        'Hammer, E. F. (1958). The clinical application of projective drawings. Springfield, IL: Charles C Thomas (Abrams’ Draw-a-Person-in-the-Rain).',
    },
    {
      citation:
        'Lack, H. S. (1996). The Person-in-the-Rain projective drawing as a measure of children’s coping capacity (doctoral dissertation). California School of Professional Psychology.',
    },
    {
      citation:
        'Willis, L. R., Joy, S. P., & Kaiser, D. H. (2010). Draw-a-Person-in-the-Rain as an assessment of stress and coping resources. The Arts in Psychotherapy, 37(3), 233–239.',
      url: 'https://doi.org/10.1016/j.aip.2010.04.009',
      note: 'Stress and protection indicators counted by raters; in that sample the stress count did not correlate with self-reported stress.',
    },
  ],
  wordingSources: ownWordingSources('the DAPR sources cited (Abrams & Hammer; Lack 1996; Graves et al.)'),
  licence: PROFESSIONAL_PRACTICE_LICENCE,
  pages: [
    {
      id: PAGE,
      title: own('Жаңбырдағы адам', 'Человек под дождём', 'Person in the rain'),
      orientation: 'portrait',
      // Eraser allowed and recorded, as for the other pencil protocols (decision in the report).
      tools: ['pencil', 'eraser', 'colouredPencil'],
      palette: GENERAL_COLOURS,
      instruction: own(
        'Жаңбыр астындағы адамның суретін салыңыз.',
        'Нарисуйте человека под дождём.',
        'Draw a person in the rain.',
      ),
    },
  ],
  sections: [
    {
      id: 'stress',
      pageId: PAGE,
      title: own('Стресс белгілері', 'Признаки стресса', 'Stress indicators'),
      items: indicators(STRESS),
    },
    {
      id: 'resources',
      pageId: PAGE,
      title: own('Ресурс белгілері', 'Признаки ресурсов', 'Resource indicators'),
      items: indicators(RESOURCES),
    },
    { id: 'conclusion', title: own('Түсіндірме', 'Интерпретация', 'Interpretation'), items: [interpretation()] },
  ],
  scales: [
    {
      id: 'stress',
      name: own('Стресс', 'Стресс', 'Stress'),
      description: own(
        'Белгіленген стресс белгілерінің саны',
        'Число отмеченных признаков стресса',
        'Number of stress indicators present',
      ),
      method: 'count',
      items: refs(STRESS),
      missing: 'none-missing',
    },
    {
      id: 'resources',
      name: own('Ресурстар', 'Ресурсы', 'Resources'),
      description: own(
        'Белгіленген ресурс белгілерінің саны',
        'Число отмеченных признаков ресурсов',
        'Number of resource indicators present',
      ),
      method: 'count',
      items: refs(RESOURCES),
      missing: 'none-missing',
    },
    {
      id: 'coping',
      name: own('Еңсеру (копинг)', 'Совладание', 'Coping'),
      description: own('Ресурстар минус стресс', 'Ресурсы минус стресс', 'Resources minus stress'),
      method: 'difference',
      minuend: 'resources',
      subtrahend: 'stress',
    },
  ],
  caveats: [
    DRAWING_CAVEAT,
    // Issue 13 §6: the counts carry their caveat wherever they are shown; the finding is Willis, Joy & Kaiser (2010), cited above.
    own(
      '«Стресс», «Ресурстар» және «Еңсеру» — белгіленген белгілердің саны ғана, нормасы бар балл емес. Willis, Joy және Kaiser (2010) зерттеуінде стресс белгілерінің саны қатысушылардың өздері айтқан стресс деңгейімен байланысты болмады.',
      '«Стресс», «Ресурсы» и «Совладание» — это лишь подсчёт отмеченных признаков, а не баллы с нормами. В исследовании Willis, Joy и Kaiser (2010) число признаков стресса не было связано со стрессом, о котором сообщали сами участники.',
      'Stress, Resources and Coping are only counts of marked indicators, not scores with norms. In Willis, Joy & Kaiser (2010) the stress count did not correlate with the stress the participants reported themselves.',
    ),
  ],
};
