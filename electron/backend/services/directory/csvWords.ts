/**
 * The words of the directory's CSV files (issue 17 §1: "column headers in kk, ru or en"). The export writes
 * the first header of a field in the chosen language; the import reads any header of any language, the
 * field's code (`quotaPlaces`, `quota_places`) and the usual synonyms of spreadsheets people already keep
 * («Наименование», «Телефоны», «График работы»). Kinds are read by their code or their word in any
 * language (common/organisationKindText.ts); yes/no and languages by the words below.
 */
import { ORGANISATION_KIND_TEXT } from '../../../../common/organisationKindText';
import type { OrganisationField } from '../../../contract/directoryChannels';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../../contract/organisationKinds';
import { LANGUAGES, type Language } from '../../../contract/schemas';

type Words = { kk: string[]; ru: string[]; en: string[] };

/** Per field: the headers in kk, ru and en, the first of each being the one the export writes. */
export const HEADERS: Readonly<Record<OrganisationField, Words>> = {
  kind: { kk: ['Түрі', 'Ұйым түрі'], ru: ['Вид', 'Вид организации', 'Тип'], en: ['Kind', 'Type'] },
  name: {
    kk: ['Атауы', 'Атау', 'Ұйым', 'Ұйымның атауы'],
    ru: ['Наименование', 'Название', 'Организация', 'Работодатель'],
    en: ['Name', 'Organisation', 'Organization', 'Employer'],
  },
  address: { kk: ['Мекенжайы', 'Мекенжай'], ru: ['Адрес'], en: ['Address'] },
  city: { kk: ['Қала', 'Елді мекен'], ru: ['Город', 'Населённый пункт'], en: ['City', 'Town'] },
  district: { kk: ['Аудан'], ru: ['Район'], en: ['District'] },
  phone: { kk: ['Телефон', 'Телефондар'], ru: ['Телефон', 'Телефоны', 'Тел'], en: ['Phone', 'Telephone', 'Tel'] },
  email: {
    kk: ['Электрондық пошта', 'Эл. пошта'],
    ru: ['Электронная почта', 'Эл. почта'],
    en: ['Email', 'E-mail'],
  },
  contactPerson: {
    kk: ['Байланыс тұлғасы', 'Жауапты тұлға'],
    ru: ['Контактное лицо', 'Ответственное лицо'],
    en: ['Contact person', 'Contact'],
  },
  languages: { kk: ['Тілдер', 'Тіл'], ru: ['Языки', 'Язык'], en: ['Languages', 'Language'] },
  notes: { kk: ['Ескертпелер', 'Ескертпе'], ru: ['Примечания', 'Примечание', 'Комментарий'], en: ['Notes', 'Note', 'Comment'] },
  sector: { kk: ['Сала', 'Қызмет саласы'], ru: ['Отрасль', 'Сфера деятельности'], en: ['Sector', 'Industry'] },
  quotaPlaces: {
    kk: ['Квота бойынша орындар', 'Квота'],
    ru: ['Места по квоте', 'Квотируемые места', 'Квота'],
    en: ['Quota places', 'Quota'],
  },
  quotaUpdatedOn: {
    kk: ['Квота жаңартылған күн'],
    ru: ['Дата обновления квоты'],
    en: ['Quota updated on', 'Quota date'],
  },
  vacancies: { kk: ['Бос жұмыс орындары', 'Бос орындар'], ru: ['Вакансии', 'Вакансия'], en: ['Vacancies'] },
  wageMin: {
    kk: ['Жалақы (ең төмен)', 'Жалақы бастап'],
    ru: ['Зарплата от', 'Заработная плата от'],
    en: ['Wage from', 'Wage min'],
  },
  wageMax: {
    kk: ['Жалақы (ең жоғары)', 'Жалақы дейін'],
    ru: ['Зарплата до', 'Заработная плата до'],
    en: ['Wage to', 'Wage max'],
  },
  shifts: { kk: ['Ауысымдар', 'Жұмыс кестесі'], ru: ['Смены', 'График работы'], en: ['Shifts', 'Working hours'] },
  acceptsConvictions: {
    kk: ['Сотталғандарды қабылдайды', 'Сотталғандықты ескермейді'],
    ru: ['Принимает лиц с судимостью', 'Берёт с судимостью'],
    en: ['Accepts people with convictions', 'Accepts convictions'],
  },
};

/** How a header, a kind or a word is compared: compatibility forms, case, ё, spaces, a trailing colon or asterisk. */
export function normaliseWord(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[\s:*]+$/u, '')
    .trim();
}

const snake = (code: string) => code.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const HEADER_INDEX: ReadonlyMap<string, OrganisationField> = new Map(
  (Object.entries(HEADERS) as [OrganisationField, Words][]).flatMap(([field, words]) => [
    [normaliseWord(field), field] as const,
    [normaliseWord(snake(field)), field] as const,
    ...LANGUAGES.flatMap((l) => words[l].map((w) => [normaliseWord(w), field] as const)),
  ]),
);

/** The field a header names, or null. */
export function headerField(header: string): OrganisationField | null {
  return HEADER_INDEX.get(normaliseWord(header)) ?? null;
}

/** The header the export writes. */
export const headerText = (language: Language, field: OrganisationField): string => HEADERS[field][language][0]!;

const KIND_INDEX: ReadonlyMap<string, OrganisationKind> = new Map(
  ORGANISATION_KINDS.flatMap((kind) => [
    [normaliseWord(kind), kind] as const,
    ...LANGUAGES.map((l) => [normaliseWord(ORGANISATION_KIND_TEXT[l][kind]), kind] as const),
  ]),
);

/** The kind a cell names (its code, or its word in kk, ru or en), or null. */
export function kindOf(cell: string): OrganisationKind | null {
  return KIND_INDEX.get(normaliseWord(cell)) ?? null;
}

/** Yes/no as the export writes them. */
export const YES_NO: Readonly<Record<Language, { yes: string; no: string }>> = {
  kk: { yes: 'Иә', no: 'Жоқ' },
  ru: { yes: 'Да', no: 'Нет' },
  en: { yes: 'Yes', no: 'No' },
};
const YES = new Set(['иә', 'ия', 'да', 'yes', 'y', 'true', '1', '+']);
const NO = new Set(['жоқ', 'нет', 'no', 'n', 'false', '0']);
const UNKNOWN = new Set(['', '-', '?', 'белгісіз', 'неизвестно', 'не известно', 'unknown']);

/** true, false, null for "not known", or undefined when the cell is none of these. */
export function yesNoOf(cell: string): boolean | null | undefined {
  const w = normaliseWord(cell);
  if (YES.has(w)) return true;
  if (NO.has(w)) return false;
  if (UNKNOWN.has(w)) return null;
  return undefined;
}

/** Language names as the export writes them, in each language. */
export const LANGUAGE_WORDS: Readonly<Record<Language, Readonly<Record<Language, string>>>> = {
  kk: { kk: 'қазақ', ru: 'орыс', en: 'ағылшын' },
  ru: { kk: 'казахский', ru: 'русский', en: 'английский' },
  en: { kk: 'Kazakh', ru: 'Russian', en: 'English' },
};
const LANGUAGE_TOKENS: ReadonlyMap<string, Language> = new Map([
  ...['kk', 'kz', 'каз', 'қаз', 'қазақ', 'қазақша', 'казахский', 'казахском', 'kazakh'].map((w) => [w, 'kk'] as const),
  ...['ru', 'рус', 'орыс', 'орысша', 'русский', 'русском', 'russian'].map((w) => [w, 'ru'] as const),
  ...['en', 'eng', 'англ', 'ағылшын', 'ағылшынша', 'английский', 'английском', 'english'].map((w) => [w, 'en'] as const),
]);
/** Words that may stand between language names: «қазақ және орыс тілдері», «на русском и казахском языках». */
const LANGUAGE_FILLERS = new Set([
  'тілі',
  'тілдері',
  'тілдерінде',
  'және',
  'язык',
  'языки',
  'языках',
  'на',
  'и',
  'language',
  'languages',
  'and',
]);

/** The languages a cell names, or undefined when a word is not a language; each language once. */
export function languagesOf(cell: string): Language[] | undefined {
  const found: Language[] = [];
  for (const token of normaliseWord(cell).split(/[\s,;/|]+/u)) {
    const word = token.replace(/\.$/, '');
    if (word === '' || LANGUAGE_FILLERS.has(word)) continue;
    const language = LANGUAGE_TOKENS.get(word);
    if (!language) return undefined;
    if (!found.includes(language)) found.push(language);
  }
  return found;
}
