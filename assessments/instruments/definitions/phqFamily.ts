import type { InstrumentInput } from '../schema';
import { own, published } from './text';

/**
 * What PHQ-9 and GAD-7 share: the same authors' licence (© Pfizer Inc.; no permission is needed to
 * reproduce, translate, display or distribute), the screeners' site with the official translations,
 * and the same four-point frequency scale over the last two weeks.
 *
 * Russian: the official translation on phqscreeners.com ("Russian for Russia"), reproduced verbatim.
 * We could not read the PDF itself from here; the text was taken from two independent public
 * reproductions that state they copy it verbatim from phqscreeners.com. Zolotareva (2023) reported
 * the psychometrics of a Russian-language PHQ-9 (n = 1800, α = 0.89); whether her text is word for
 * word this one could not be checked, so it is cited as evidence for a Russian version, not as the
 * source of these words.
 */
export const PHQ_SCREENERS_SOURCE = {
  citation: 'PHQ and GAD-7 screeners and official translations (including "Russian for Russia"), Pfizer Inc.',
  url: 'https://www.phqscreeners.com/',
};

export const ZOLOTAREVA_2023 = {
  citation:
    'Золотарева А. А. (2023). Диагностика депрессии: психометрическая оценка русскоязычной версии опросника здоровья пациента (PHQ-9). Клиническая и специальная психология, 12(4), 107–121.',
  url: 'https://doi.org/10.17759/cpse.2023120406',
  note: 'Russian-language PHQ-9: n = 1800, Cronbach α = 0.89, one factor. Cited for the Russian version’s psychometrics; its exact wording could not be compared with ours.',
};

export const PHQ_FAMILY_COPYRIGHT = '© Pfizer Inc.';

export const PHQ_FAMILY_LICENCE: InstrumentInput['licence'] = {
  kind: 'copyrightedFreeToUse',
  note: own(
    'Еркін қолдануға болады: көшіруге, аударуға, көрсетуге және таратуға рұқсат қажет емес. Әзірлеген R. L. Spitzer, J. B. W. Williams, K. Kroenke және әріптестері (Pfizer Inc. білім беру гранты).',
    'Свободное использование: разрешение на копирование, перевод, показ и распространение не требуется. Разработан R. L. Spitzer, J. B. W. Williams, K. Kroenke и коллегами (образовательный грант Pfizer Inc.).',
    'Free to use: no permission is required to reproduce, translate, display or distribute. Developed by R. L. Spitzer, J. B. W. Williams, K. Kroenke and colleagues with an educational grant from Pfizer Inc.',
  ),
};

/** Per-language source of the wording of PHQ-9 and GAD-7 (English original, official Russian, our Kazakh). */
export const phqWordingSources = (original: string): InstrumentInput['wordingSources'] => ({
  kk: {
    status: 'working',
    citation: `Our working Kazakh translation of the English original (${original}); no published Kazakh version was found.`,
  },
  ru: {
    status: 'validated',
    citation:
      'Official Russian translation ("Russian for Russia"), phqscreeners.com, Pfizer Inc., reproduced verbatim; the section headings are ours.',
    url: 'https://www.phqscreeners.com/',
  },
  en: {
    status: 'validated',
    citation: `The English original (${original}), reproduced verbatim; the section headings are ours.`,
  },
});

export const FREQUENCY_SCALE = {
  id: 'frequency',
  options: [
    { value: 0, label: published('Мүлдем болған жоқ', 'Ни разу', 'Not at all') },
    { value: 1, label: published('Бірнеше күн', 'Несколько дней', 'Several days') },
    { value: 2, label: published('Күндердің жартысынан көбі', 'Более недели', 'More than half the days') },
    { value: 3, label: published('Күн сайын дерлік', 'Почти каждый день', 'Nearly every day') },
  ],
};

export const LAST_TWO_WEEKS = own('Соңғы 2 апта', 'Последние 2 недели', 'Last 2 weeks');
