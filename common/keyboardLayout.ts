// Which keyboard layout produced some text, and what the same keys give on the Latin (US) layout.
// Kazakhstan's computers carry three layouts: English (US), Russian (ЙЦУКЕН) and Kazakh, which is
// the Russian one with Kazakh letters on the digit row (Windows "Kazakh" layout, KBDKAZ).

/** A layout as the person sees it named in the taskbar. */
export type KeyboardLayout = 'EN' | 'RU' | 'KK';

// Russian ЙЦУКЕН key → the US key in the same place (lower case; upper case maps to upper case).
const RU_TO_US: Record<string, string> = {
  ё: '`',
  й: 'q',
  ц: 'w',
  у: 'e',
  к: 'r',
  е: 't',
  н: 'y',
  г: 'u',
  ш: 'i',
  щ: 'o',
  з: 'p',
  х: '[',
  ъ: ']',
  ф: 'a',
  ы: 's',
  в: 'd',
  а: 'f',
  п: 'g',
  р: 'h',
  о: 'j',
  л: 'k',
  д: 'l',
  ж: ';',
  э: "'",
  я: 'z',
  ч: 'x',
  с: 'c',
  м: 'v',
  и: 'b',
  т: 'n',
  ь: 'm',
  б: ',',
  ю: '.',
};

// The Kazakh layout's digit row (KBDKAZ): ә і ң ғ on 2–5, ү ұ қ ө һ on 8–0, minus and equals.
const KK_TO_US: Record<string, string> = {
  ә: '2',
  і: '3',
  ң: '4',
  ғ: '5',
  ү: '8',
  ұ: '9',
  қ: '0',
  ө: '-',
  һ: '=',
};

const KAZAKH_LETTERS = /[әіңғүұқөһӘІҢҒҮҰҚӨҺ]/;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * The layout a typed character came from: a Kazakh-only letter means Kazakh, another Cyrillic letter
 * Russian (or Kazakh, which shares those keys: `previous` KK is kept), a Latin letter English.
 * Digits and signs exist on every layout and say nothing (null).
 */
export function layoutOfCharacter(ch: string, previous: KeyboardLayout | null = null): KeyboardLayout | null {
  if (KAZAKH_LETTERS.test(ch)) return 'KK';
  if (CYRILLIC.test(ch)) return previous === 'KK' ? 'KK' : 'RU';
  if (LATIN.test(ch)) return 'EN';
  return null;
}

/**
 * What the keys pressed to type `text` on the Russian or Kazakh layout would give on the Latin one
 * ("тгкдфтюф" → "nurlan.a"), or null when the text has no Cyrillic letter or a character with no
 * Latin key.
 */
export function latinReadingOfCyrillicKeys(text: string): string | null {
  if (!CYRILLIC.test(text)) return null;
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const mapped = RU_TO_US[lower] ?? KK_TO_US[lower];
    if (mapped !== undefined) out += ch === lower ? mapped : mapped.toUpperCase();
    else if (/[A-Za-z0-9._-]/.test(ch)) out += ch;
    else return null;
  }
  return out;
}

// The US key → the Russian letter in the same place (letters and the ; ' [ ] , . ` keys).
const US_TO_RU: Record<string, string> = Object.fromEntries(Object.entries(RU_TO_US).map(([ru, us]) => [us, ru]));
// The same keys with Shift: the US layout gives another sign, the Russian one the capital letter.
const US_SHIFTED_TO_RU: Record<string, string> = { '<': 'Б', '>': 'Ю', ':': 'Ж', '"': 'Э', '{': 'Х', '}': 'Ъ', '~': 'Ё' };

/**
 * What the keys pressed to type `text` on the Latin layout would give on the Russian one ("Ntcn" →
 * "Тест"), for a search typed with the wrong layout (issue 17 §2, the referral dialog's organisation
 * search); null when the text has no Latin letter. Spaces, digits and dashes stay as they are.
 */
export function cyrillicReadingOfLatinKeys(text: string): string | null {
  if (!LATIN.test(text)) return null;
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const mapped = US_TO_RU[lower];
    if (mapped !== undefined) out += ch === lower ? mapped : mapped.toUpperCase();
    else if (US_SHIFTED_TO_RU[ch] !== undefined) out += US_SHIFTED_TO_RU[ch];
    else if (/[\s0-9-]/.test(ch)) out += ch;
    else return null;
  }
  return out;
}
