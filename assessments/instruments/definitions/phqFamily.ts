import type { InstrumentInput } from '../schema';
import { originalEn, own } from './text';

/**
 * What PHQ-9 and GAD-7 share: the same authors' public-domain licence, the screeners' site with
 * the official translations, and the same four-point frequency scale over the last two weeks.
 */
export const PHQ_SCREENERS_SOURCE = {
  citation: 'PHQ and GAD-7 screeners and official translations (including Russian).',
  url: 'https://www.phqscreeners.com/',
};

export const PHQ_FAMILY_LICENCE: InstrumentInput['licence'] = {
  kind: 'publicDomain',
  note: own(
    'Әзірлеген R. L. Spitzer, J. B. W. Williams, K. Kroenke және әріптестері (Pfizer Inc. білім беру гранты). Көшіруге, аударуға, көрсетуге және таратуға рұқсат қажет емес.',
    'Разработан R. L. Spitzer, J. B. W. Williams, K. Kroenke и коллегами (образовательный грант Pfizer Inc.). Разрешение на копирование, перевод, показ и распространение не требуется.',
    'Developed by R. L. Spitzer, J. B. W. Williams, K. Kroenke and colleagues with an educational grant from Pfizer Inc. No permission is required to reproduce, translate, display or distribute.',
  ),
};

export const FREQUENCY_SCALE = {
  id: 'frequency',
  options: [
    { value: 0, label: originalEn('Мүлдем болған жоқ', 'Ни разу', 'Not at all') },
    { value: 1, label: originalEn('Бірнеше күн', 'Несколько дней', 'Several days') },
    { value: 2, label: originalEn('Күндердің жартысынан көбі', 'Более половины дней', 'More than half the days') },
    { value: 3, label: originalEn('Күн сайын дерлік', 'Почти каждый день', 'Nearly every day') },
  ],
};

export const LAST_TWO_WEEKS = own('Соңғы 2 апта', 'Последние 2 недели', 'Last 2 weeks');
