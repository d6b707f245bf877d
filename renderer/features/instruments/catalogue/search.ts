import { INSTRUMENTS, type Instrument, LANGUAGES } from '../../../../assessments/instruments';

/** Lower case, ё as е, without spaces and punctuation: "phq 9", "PHQ-9" and "phq9" are the same. */
export const normalize = (text: string): string =>
  text
    .toLocaleLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether an instrument matches a search: its name in any of the three languages, its code or its id. */
export function matchesSearch(def: Instrument, query: string): boolean {
  const q = normalize(query);
  if (!q) return true;
  return [def.id, def.code, ...LANGUAGES.map((l) => def.name[l].text)].some((text) => normalize(text).includes(q));
}

export const searchInstruments = (query: string): Instrument[] => INSTRUMENTS.filter((def) => matchesSearch(def, query));
