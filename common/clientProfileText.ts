/**
 * The client profile's words (issue 17 §5) for what the backend prints: the assessment report's facts. The
 * screens say the same through renderer/i18n (clients.profileFields); tests/unit/reentry/profileText.test.ts
 * checks that the two agree, so a report never names a level differently from the screen it was chosen on.
 */
import type { Language } from './format';

export type EducationLevelKey = 'none' | 'primary' | 'basic-secondary' | 'general-secondary' | 'vocational' | 'higher';
export type LiteracyKey = 'reads-writes' | 'reads-with-difficulty' | 'cannot-read';

export type ClientProfileText = {
  education: string;
  literacy: string;
  readAloud: string;
  readAloudYes: string;
  readAloudNo: string;
  educationLevels: Record<EducationLevelKey, string>;
  literacyLevels: Record<LiteracyKey, string>;
};

export const CLIENT_PROFILE_TEXT: Record<Language, ClientProfileText> = {
  en: {
    education: 'Education',
    literacy: 'Literacy',
    readAloud: 'Questionnaires',
    readAloudYes: 'Read aloud to the client',
    readAloudNo: 'The client reads them',
    educationLevels: {
      none: 'No formal education',
      primary: 'Primary',
      'basic-secondary': 'Basic secondary (9 grades)',
      'general-secondary': 'General secondary (11 grades)',
      vocational: 'Technical and vocational',
      higher: 'Higher',
    },
    literacyLevels: {
      'reads-writes': 'Reads and writes',
      'reads-with-difficulty': 'Reads with difficulty',
      'cannot-read': 'Cannot read',
    },
  },
  ru: {
    education: 'Образование',
    literacy: 'Грамотность',
    readAloud: 'Опросники',
    readAloudYes: 'Зачитываются клиенту вслух',
    readAloudNo: 'Клиент читает сам',
    educationLevels: {
      none: 'Без образования',
      primary: 'Начальное',
      'basic-secondary': 'Основное среднее (9 классов)',
      'general-secondary': 'Общее среднее (11 классов)',
      vocational: 'Техническое и профессиональное',
      higher: 'Высшее',
    },
    literacyLevels: {
      'reads-writes': 'Читает и пишет',
      'reads-with-difficulty': 'Читает с трудом',
      'cannot-read': 'Не умеет читать',
    },
  },
  kk: {
    education: 'Білімі',
    literacy: 'Сауаттылығы',
    readAloud: 'Сауалнамалар',
    readAloudYes: 'Клиентке дауыстап оқып беріледі',
    readAloudNo: 'Клиент өзі оқиды',
    educationLevels: {
      none: 'Білімі жоқ',
      primary: 'Бастауыш',
      'basic-secondary': 'Негізгі орта (9 сынып)',
      'general-secondary': 'Жалпы орта (11 сынып)',
      vocational: 'Техникалық және кәсіптік',
      higher: 'Жоғары',
    },
    literacyLevels: {
      'reads-writes': 'Оқи және жаза алады',
      'reads-with-difficulty': 'Қиындықпен оқиды',
      'cannot-read': 'Оқи алмайды',
    },
  },
};
