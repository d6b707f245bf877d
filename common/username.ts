// Usernames are typed at a shared computer whose keyboard may be on any of three layouts; they are
// restricted to ASCII so that one name has one spelling, and compared by a "skeleton" so that a
// look-alike (a Cyrillic «а» in "nurlan.a", "0" for "o") cannot pass for someone else.
// The skeleton follows the idea of Unicode TR #39 §4 (confusable detection), reduced to what
// Kazakh, Russian and Latin keyboards can actually produce.

/** Latin letters, digits, dot, dash and underscore: the characters a new username may hold. */
export const USERNAME_PATTERN = /^[A-Za-z0-9._-]+$/;

/** True when every character of the (trimmed) username is allowed for a new account. */
export const isLatinUsername = (username: string): boolean => USERNAME_PATTERN.test(username.trim());

// Cyrillic (Russian and Kazakh) letters drawn like a Latin one, lower case (the skeleton is taken after lower-casing).
const CYRILLIC_LOOKALIKES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  з: '3',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  ү: 'y',
  х: 'x',
  һ: 'h',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ь: 'b',
  ә: 'e',
  ө: 'o',
};

/**
 * The form two usernames share when they look alike: lower case, Cyrillic look-alikes as Latin,
 * digits and letters that are drawn alike folded together (0/o, 1/l/i, 5/s), "rn" as "m", "vv" as "w".
 */
export function usernameSkeleton(username: string): string {
  const lower = username.normalize('NFKC').trim().toLowerCase();
  let out = '';
  for (const ch of lower) out += CYRILLIC_LOOKALIKES[ch] ?? ch;
  return out
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/0/g, 'o')
    .replace(/[1il|]/g, 'l')
    .replace(/5/g, 's');
}

/**
 * The existing username that `candidate` would pass for, if any: same skeleton, different spelling.
 * The same spelling (any case) is not a look-alike but the same name, refused as taken elsewhere.
 */
export function confusableWith(candidate: string, existing: readonly string[]): string | null {
  const spelling = candidate.normalize('NFKC').trim().toLowerCase();
  const skeleton = usernameSkeleton(candidate);
  for (const name of existing) {
    if (name.normalize('NFKC').trim().toLowerCase() === spelling) continue;
    if (usernameSkeleton(name) === skeleton) return name;
  }
  return null;
}
