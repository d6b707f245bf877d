/**
 * The report's words about the questionnaire's wording (issue 13 §1, §3): the language it was given
 * in, whether that text is the validated version or our working translation, the caveat beside the
 * bands, and the licence line. Kept apart from reportText.ts, whose texts another part of the work
 * corrects at the same time.
 */
import type { Language } from '../../../contract/schemas';

export interface ReportWordingText {
  administered: string;
  languageName: Record<Language, string>;
  validated: string;
  working: string;
  workingNotice: string;
  cutOffCaveat: string;
  notRecorded: string;
  licence: string;
}

export const REPORT_WORDING_TEXT: Record<Language, ReportWordingText> = {
  en: {
    administered: 'Language of administration',
    languageName: { kk: 'Kazakh', ru: 'Russian', en: 'English' },
    validated: 'published validated text',
    working: 'working translation, not validated',
    workingNotice:
      'The client answered a working translation of this questionnaire, not its published validated text. Read the scores with care.',
    cutOffCaveat: 'published cut-offs are for the validated version',
    notRecorded: 'not recorded',
    licence: 'Licence and source',
  },
  ru: {
    administered: 'Язык проведения',
    languageName: { kk: 'казахский', ru: 'русский', en: 'английский' },
    validated: 'опубликованный валидизированный текст',
    working: 'рабочий перевод, не валидизирован',
    workingNotice:
      'Клиент отвечал на рабочий перевод этого опросника, а не на его опубликованный валидизированный текст. Интерпретируйте баллы с осторожностью.',
    cutOffCaveat: 'опубликованные пороговые значения относятся к валидизированной версии',
    notRecorded: 'не записан',
    licence: 'Лицензия и источник',
  },
  kk: {
    administered: 'Өткізу тілі',
    languageName: { kk: 'қазақ тілі', ru: 'орыс тілі', en: 'ағылшын тілі' },
    validated: 'жарияланған валидацияланған мәтін',
    working: 'жұмыс аудармасы, валидацияланбаған',
    workingNotice:
      'Клиент бұл сауалнаманың жарияланған валидацияланған мәтініне емес, жұмыс аудармасына жауап берді. Баллдарды сақтықпен түсіндіріңіз.',
    cutOffCaveat: 'жарияланған шекті мәндер валидацияланған нұсқаға арналған',
    notRecorded: 'жазылмаған',
    licence: 'Лицензия және дереккөз',
  },
};
