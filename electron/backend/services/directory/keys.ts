/**
 * The directory's folded keys (migration 0013), from common/nameSearch.ts so that Kazakh, Russian and
 * Latin spellings meet («Қарағанды» / «Караганда» / «Karaganda»):
 * - `name_key` sorts the list;
 * - `search_key` is what the search box matches: name, contact person, sector, vacancies, address, district;
 * - `dup_key` is the duplicate rule of the import and the form (plan: "same kind + normalised name + city"):
 *   the kind, the name's folded words without legal forms and quotes («ТОО "Ромашка"» = «Ромашка ЖШС»), and
 *   the city's folded words without «г.» / «қ.».
 */
import { nameSearchKey, searchWords } from '../../../../common/nameSearch';
import type { OrganisationFields } from '../../../contract/directoryChannels';

/** Legal forms as folded by searchWords: ТОО/ЖШС/LLP, ИП/ЖК, АО/АҚ/JSC, ГУ/КГУ/КГП/РГП/ММ, ОО/ҚБ, LLC, Ltd. */
const LEGAL_FORMS = new Set([
  'тоо',
  'жшс',
  'ллп',
  'ип',
  'жк',
  'ао',
  'ак',
  'жск',
  'гу',
  'кгу',
  'кгп',
  'ргп',
  'мм',
  'ммк',
  'оо',
  'кб',
  'ллк',
  'лтд',
  'филиал',
]);
/** «г. Алматы», «Алматы қ.», «город Алматы», «Алматы қаласы». */
const CITY_WORDS = new Set(['г', 'к', 'город', 'кала', 'каласи']);

export function nameKey(name: string): string {
  return nameSearchKey(name);
}

export function dupKey(kind: string, name: string, city: string): string {
  const nameWords = searchWords(name).filter((w) => !LEGAL_FORMS.has(w));
  const cityWords = searchWords(city).filter((w) => !CITY_WORDS.has(w));
  // A name that is only a legal form keeps its words rather than becoming empty.
  return `${kind}|${(nameWords.length > 0 ? nameWords : searchWords(name)).join('')}|${cityWords.join('')}`;
}

export function searchKey(
  o: Pick<OrganisationFields, 'name' | 'contactPerson' | 'sector' | 'vacancies' | 'address' | 'district'>,
): string {
  return nameSearchKey([o.name, o.contactPerson, o.sector, o.vacancies, o.address, o.district].join(' '));
}
