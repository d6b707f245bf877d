/**
 * Names as people type them (issue 12, item 5). The same person is written «Бекболатұлы»,
 * «Бекболатулы», «Bekbolatuly» or «Bekbolatulı», «Алёна» or «Алена», «Омаров Ержан» or
 * «Yerzhan Omarov», «Ахметов Е.». Both the stored name and the query are reduced to one search
 * key, in which all of these are the same letters:
 *
 * - compatibility forms unified (NFKC), lower case;
 * - Latin to Cyrillic: Kazakhstan's Latin alphabet of 2021 (á ǵ ń ó ú ý ı ş ç) and the
 *   passport and English spellings (zh, kh, sh, shch, ch, ts, ya, yu, ye, yo, -uly);
 * - Kazakh letters to their nearest Russian ones (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ ү→у, і→и, һ→х);
 * - letters that spellings swap freely folded together (ё→е, э→е, й ы→и; ъ ь dropped), so that
 *   «Дмитрий», «Dmitriy» and «Dmitrii» meet.
 *
 * The folding is deliberately lossy: it serves finding, never display, and never decides who a
 * person is. The tables are small and specific to Kazakh and Russian names, which is why this is
 * written here rather than taken from a general transliteration library (those follow one
 * standard each, one direction each, and none folds Kazakh letters onto Russian ones).
 *
 * The stored key (`clients.search_name`) is this function's output; a change to it needs a
 * migration that recomputes the keys (see migrations/0008-client-search-and-activity.ts).
 */

/** Latin sequences, longest first, read before single letters. */
const LATIN_DIGRAPHS: readonly (readonly [string, string])[] = [
  ['shch', 'щ'],
  ['sch', 'щ'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['ts', 'ц'],
  ['ya', 'я'],
  ['yu', 'ю'],
  ['yo', 'е'],
  ['ye', 'е'],
  ['gh', 'г'],
];

const LATIN_LETTERS: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'б',
  c: 'к',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'у',
  x: 'кс',
  y: 'и',
  z: 'з',
  // Kazakh Latin (2021) and its variants with other diacritics.
  á: 'а',
  ä: 'а',
  ǵ: 'г',
  ğ: 'г',
  ń: 'н',
  ñ: 'н',
  ó: 'о',
  ö: 'о',
  ú: 'у',
  ū: 'у',
  ü: 'у',
  ý: 'у',
  ı: 'и',
  ş: 'ш',
  ç: 'ч',
};

/** Cyrillic letters folded onto one another: Kazakh onto Russian, and the pairs spellings swap. */
const CYRILLIC_FOLD: Readonly<Record<string, string>> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  і: 'и',
  һ: 'х',
  ё: 'е',
  э: 'е',
  й: 'и',
  ы: 'и',
  ъ: '',
  ь: '',
};

const isLatin = (ch: string): boolean => ch in LATIN_LETTERS;

/** One word (no spaces) to its key letters. */
function foldWord(word: string): string {
  let out = '';
  let i = 0;
  outer: while (i < word.length) {
    const ch = word[i]!;
    if (isLatin(ch)) {
      for (const [latin, cyrillic] of LATIN_DIGRAPHS) {
        if (word.startsWith(latin, i)) {
          out += cyrillic;
          i += latin.length;
          continue outer;
        }
      }
      out += LATIN_LETTERS[ch];
    } else if (/\p{L}|\p{N}/u.test(ch)) {
      out += ch in CYRILLIC_FOLD ? CYRILLIC_FOLD[ch] : ch;
    }
    // Anything else inside a word (hyphen, apostrophe, dot) is dropped: «Ахмет-Оглы» meets «Ахметоглы».
    i += 1;
  }
  // The doubled «ии» that folding makes («Дмитрий»/«Dmitrii»), and «ия»/«ья» written «ia»
  // («Мария»/«Maria», «Татьяна»/«Tatiana», «Людмила»/«Liudmila»).
  return out.replace(/и+/g, 'и').replace(/и[ая]/g, 'я').replace(/и[ую]/g, 'ю');
}

/** The words of a name or query, each folded; empty words (punctuation only) are dropped. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s,;]+/u)
    .map(foldWord)
    .filter((w) => w !== '');
}

/** The stored search key of a name: its folded words, separated by single spaces. */
export function nameSearchKey(fullName: string): string {
  return searchWords(fullName).join(' ');
}

/** One word of a query: a fragment matched anywhere in the key, or an initial matched at a word's start. */
export type QueryTerm = { kind: 'fragment' | 'initial'; text: string };

/**
 * A query's terms. Every term must match; order does not matter, so «Ержан Омаров» finds
 * «Омаров Ержан». A single letter (with or without its dot) among other words is an initial:
 * «Ахметов Е.» finds «Ахметов Ержан», not every Ахметов with an «е» in his name. A query of one
 * letter alone stays a fragment.
 */
export function queryTerms(query: string): QueryTerm[] {
  const raw = query
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s,;]+/u)
    .filter((w) => w.replace(/[.\-']/g, '') !== '');
  const several = raw.length > 1;
  return raw
    .map((w): QueryTerm => {
      const text = foldWord(w);
      // «Е.», «Е», and a Latin digraph initial such as «Zh.».
      const initial = /^\p{L}\.?$/u.test(w) || (/^\p{L}{2,4}\.$/u.test(w) && text.length === 1);
      return { kind: several && initial ? 'initial' : 'fragment', text };
    })
    .filter((t) => t.text !== '');
}

/** Whether a stored key matches a query: the rule the database applies (clientsRepo), in plain code. */
export function keyMatches(key: string, terms: readonly QueryTerm[]): boolean {
  const spaced = ` ${key}`;
  return terms.every((t) => (t.kind === 'initial' ? spaced.includes(` ${t.text}`) : key.includes(t.text)));
}
