/**
 * The printed re-entry plan's words (issue 17 §3) in kk, ru and en: the PDF is made in the backend, in the
 * client's language, so it cannot use the renderer's i18n files. The area and status names are the screen's
 * (renderer/i18n `reentry.areas`, `reentry.statuses`); tests/unit/reentry/reentryText.test.ts checks they agree
 * and that every {placeholder} is in every language.
 */
import type { Language } from './format';

export type ReentryAreaKey =
  'identity-documents' | 'registration' | 'housing' | 'employment' | 'benefits' | 'health' | 'family-contact' | 'legal-matters';
export type ReentryStatusKey = 'not-started' | 'in-progress' | 'done' | 'not-needed';

const en = {
  title: 'Re-entry plan',
  intro:
    'This plan is yours to keep. It shows what is to be done before and after your release, who takes care of each step and by when.',
  clientCode: 'Client code',
  clientName: 'Full name',
  releaseDate: 'Release date',
  probationEnd: 'End of probation',
  sentence: 'Sentence',
  sentenceRange: '{start} – {end}',
  notSet: 'not set',
  progress: 'Done: {done} of {applicable}',
  nothingToDo: 'No step is needed',
  area: 'Step',
  owner: 'Who takes care of it',
  status: 'Status',
  due: 'Due by',
  note: 'Note',
  keep: 'Keep this sheet with your documents.',
  overdue: 'Overdue',
  printed: 'Printed {date}',
  areas: {
    'identity-documents': 'Identity documents',
    registration: 'Registration at a place of residence',
    housing: 'Housing',
    employment: 'Employment',
    benefits: 'Social benefits',
    health: 'Health and treatment',
    'family-contact': 'Contact with family',
    'legal-matters': 'Legal matters',
  } satisfies Record<ReentryAreaKey, string>,
  statuses: {
    'not-started': 'Not started',
    'in-progress': 'In progress',
    done: 'Done',
    'not-needed': 'Not needed',
  } satisfies Record<ReentryStatusKey, string>,
};

export type ReentryText = typeof en;

const ru: ReentryText = {
  title: 'План социальной адаптации',
  intro:
    'Этот план остаётся у вас. В нём указано, что нужно сделать до и после освобождения, кто отвечает за каждый шаг и в какой срок.',
  clientCode: 'Код клиента',
  clientName: 'Ф. И. О.',
  releaseDate: 'Дата освобождения',
  probationEnd: 'Окончание пробационного контроля',
  sentence: 'Срок наказания',
  sentenceRange: '{start} – {end}',
  notSet: 'не указана',
  progress: 'Выполнено: {done} из {applicable}',
  nothingToDo: 'Ни один шаг не требуется',
  area: 'Шаг',
  owner: 'Кто отвечает',
  status: 'Состояние',
  due: 'Срок',
  note: 'Примечание',
  keep: 'Храните этот лист вместе с документами.',
  overdue: 'Просрочено',
  printed: 'Распечатано {date}',
  areas: {
    'identity-documents': 'Документы, удостоверяющие личность',
    registration: 'Регистрация по месту жительства',
    housing: 'Жильё',
    employment: 'Трудоустройство',
    benefits: 'Социальные выплаты и пособия',
    health: 'Здоровье и лечение',
    'family-contact': 'Связь с семьёй',
    'legal-matters': 'Правовые вопросы',
  },
  statuses: {
    'not-started': 'Не начато',
    'in-progress': 'В работе',
    done: 'Выполнено',
    'not-needed': 'Не требуется',
  },
};

const kk: ReentryText = {
  title: 'Әлеуметтік бейімделу жоспары',
  intro:
    'Бұл жоспар сізде қалады. Онда босатылғанға дейін және одан кейін не істеу керегі, әр қадамға кім жауапты екені және қай мерзімге дейін орындалатыны көрсетілген.',
  clientCode: 'Клиент коды',
  clientName: 'Аты-жөні',
  releaseDate: 'Босатылу күні',
  probationEnd: 'Пробациялық бақылаудың аяқталуы',
  sentence: 'Жаза мерзімі',
  sentenceRange: '{start} – {end}',
  notSet: 'көрсетілмеген',
  progress: 'Орындалды: {applicable} ішінен {done}',
  nothingToDo: 'Ешбір қадам қажет емес',
  area: 'Қадам',
  owner: 'Кім жауапты',
  status: 'Күйі',
  due: 'Мерзімі',
  note: 'Ескертпе',
  keep: 'Бұл парақты құжаттарыңызбен бірге сақтаңыз.',
  overdue: 'Мерзімі өткен',
  printed: 'Басып шығарылған күні: {date}',
  areas: {
    'identity-documents': 'Жеке басты куәландыратын құжаттар',
    registration: 'Тұрғылықты жері бойынша тіркеу',
    housing: 'Тұрғын үй',
    employment: 'Жұмысқа орналасу',
    benefits: 'Әлеуметтік төлемдер мен жәрдемақылар',
    health: 'Денсаулық және емделу',
    'family-contact': 'Отбасымен байланыс',
    'legal-matters': 'Құқықтық мәселелер',
  },
  statuses: {
    'not-started': 'Басталмаған',
    'in-progress': 'Орындалуда',
    done: 'Орындалды',
    'not-needed': 'Қажет емес',
  },
};

export const REENTRY_TEXT: Record<Language, ReentryText> = { en, ru, kk };

/** Puts {name} values into a text. */
export function fillReentry(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
