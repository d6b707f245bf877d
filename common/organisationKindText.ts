/**
 * The words for each organisation kind (electron/contract/organisationKinds.ts) in kk, ru and en.
 * One source for the screens (directory, referrals, home), the directory's CSV files and any PDF, so
 * a file says what the screen said. The CSV import also reads these words back (a kind may be given
 * by its word in any of the three languages or by its code).
 *
 * Terms: «Еңбек ұтқырлығы орталығы» / «Центр трудовой мобильности» as the centres call themselves;
 * «отряд» as the glossary (renderer/i18n/GLOSSARY.md) chose; АИТВ/ЖИТС are the Kazakh ВИЧ/СПИД.
 */
import type { Language } from './format';

/**
 * The contract's OrganisationKind (electron/contract/organisationKinds.ts), restated so common/ stays pure;
 * tests/unit/directory/csvWords.test.ts checks that the two lists are the same.
 */
type OrganisationKind =
  | 'employer'
  | 'labour-mobility-centre'
  | 'legal-aid'
  | 'probation-service'
  | 'medical-psychiatrist'
  | 'medical-narcologist'
  | 'medical-tb'
  | 'medical-hiv'
  | 'medical-other'
  | 'social-documents'
  | 'social-housing'
  | 'social-benefits'
  | 'social-disability'
  | 'education'
  | 'family-support'
  | 'resocialisation-centre'
  | 'ngo'
  | 'religious-counsellor'
  | 'institution-medical-unit'
  | 'institution-detachment-head'
  | 'other';

export const ORGANISATION_KIND_TEXT: Readonly<Record<Language, Readonly<Record<OrganisationKind, string>>>> = {
  kk: {
    employer: 'Жұмыс беруші',
    'labour-mobility-centre': 'Еңбек ұтқырлығы орталығы',
    'legal-aid': 'Заң көмегі',
    'probation-service': 'Пробация қызметі',
    'medical-psychiatrist': 'Психиатриялық көмек',
    'medical-narcologist': 'Наркологиялық көмек',
    'medical-tb': 'Туберкулезге қарсы қызмет',
    'medical-hiv': 'АИТВ қызметі (ЖИТС орталығы)',
    'medical-other': 'Басқа медициналық көмек',
    'social-documents': 'Құжаттарды қалпына келтіру',
    'social-housing': 'Тұрғын үй көмегі',
    'social-benefits': 'Әлеуметтік жәрдемақылар',
    'social-disability': 'Мүгедектікке байланысты көмек',
    education: 'Білім беру және кәсіптік оқыту',
    'family-support': 'Отбасын қолдау және медиация',
    'resocialisation-centre': 'Ресоциализация және бейімделу орталығы',
    ngo: 'Үкіметтік емес ұйым (ҮЕҰ)',
    'religious-counsellor': 'Дін жөніндегі кеңесші',
    'institution-medical-unit': 'Мекеменің медициналық бөлімі',
    'institution-detachment-head': 'Отряд бастығы',
    other: 'Басқа',
  },
  ru: {
    employer: 'Работодатель',
    'labour-mobility-centre': 'Центр трудовой мобильности',
    'legal-aid': 'Юридическая помощь',
    'probation-service': 'Служба пробации',
    'medical-psychiatrist': 'Психиатрическая помощь',
    'medical-narcologist': 'Наркологическая помощь',
    'medical-tb': 'Противотуберкулёзная служба',
    'medical-hiv': 'Служба по ВИЧ (центр СПИД)',
    'medical-other': 'Другая медицинская помощь',
    'social-documents': 'Восстановление документов',
    'social-housing': 'Помощь с жильём',
    'social-benefits': 'Социальные пособия',
    'social-disability': 'Помощь при инвалидности',
    education: 'Образование и профессиональное обучение',
    'family-support': 'Поддержка семьи и медиация',
    'resocialisation-centre': 'Центр ресоциализации и адаптации',
    ngo: 'Неправительственная организация (НПО)',
    'religious-counsellor': 'Религиозный консультант',
    'institution-medical-unit': 'Медицинская часть учреждения',
    'institution-detachment-head': 'Начальник отряда',
    other: 'Другое',
  },
  en: {
    employer: 'Employer',
    'labour-mobility-centre': 'Labour mobility centre',
    'legal-aid': 'Legal aid',
    'probation-service': 'Probation service',
    'medical-psychiatrist': 'Psychiatrist',
    'medical-narcologist': 'Narcologist (addiction treatment)',
    'medical-tb': 'TB service',
    'medical-hiv': 'HIV service (AIDS centre)',
    'medical-other': 'Other medical help',
    'social-documents': 'Identity documents',
    'social-housing': 'Housing',
    'social-benefits': 'Social benefits',
    'social-disability': 'Disability support',
    education: 'Education and vocational training',
    'family-support': 'Family support and mediation',
    'resocialisation-centre': 'Re-socialisation and adaptation centre',
    ngo: 'NGO',
    'religious-counsellor': 'Religious counsellor',
    'institution-medical-unit': "Institution's medical unit",
    'institution-detachment-head': 'Detachment head',
    other: 'Other',
  },
};

/** The word for a kind in a language. */
export function organisationKindText(language: Language, kind: OrganisationKind): string {
  return ORGANISATION_KIND_TEXT[language][kind];
}
