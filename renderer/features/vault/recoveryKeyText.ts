/** The recovery key as groups for display: the backend returns 8 dash-separated groups of 5. */
export function keyGroups(recoveryKey: string): string[] {
  return recoveryKey
    .trim()
    .split(/[\s-]+/)
    .filter((g) => g.length > 0);
}

/**
 * What a person typed back, compared as the backend reads a key: without spaces, dashes or
 * letter case, and with Crockford base32's look-alikes (O is 0; I and L are 1).
 */
export const normalizeGroup = (text: string): string =>
  text
    .replace(/[\s\-\u2010-\u2015\u2212]+/g, '')
    .toUpperCase()
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');

/** Two different group numbers (1-based, ascending) for the person to type back. */
export function pickTwoGroups(count: number, random: () => number = Math.random): [number, number] {
  if (count < 2) return [1, 1];
  const first = Math.floor(random() * count);
  let second = Math.floor(random() * (count - 1));
  if (second >= first) second += 1;
  const [a, b] = [first, second].sort((x, y) => x - y);
  return [a + 1, b + 1];
}
