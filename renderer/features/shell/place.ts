import type { Route } from './routes';

/**
 * Where the person was when the screen locked (issue 12, item 2): the area, the area store's
 * positions (keptAcrossLock: ids, tabs, steps, never record content or typed search text) and the
 * page's scroll position. Renderer memory only. An unlock by the same person brings it back; anyone
 * else signing in, or signing out, forgets it.
 */
export type Place = {
  accountId: string;
  route: Route;
  area: ReadonlyArray<readonly [string, unknown]>;
  scrollY: number;
};

let saved: Place | null = null;
let readShell: (() => Place) | null = null;

/** The signed-in shell registers how to read its place while it is on screen; returns the unregister. */
export function attachShell(read: () => Place): () => void {
  readShell = read;
  return () => {
    if (readShell === read) readShell = null;
  };
}

/** Remembers the shell's place now, before a lock takes the shell off the screen. */
export function capturePlace(): void {
  if (readShell) saved = readShell();
}

/** Sign-out: the next person starts on their own Home. */
export function forgetPlace(): void {
  saved = null;
}

/** The place to return to for this account, or null; another account's place is forgotten here. */
export function placeFor(accountId: string): Place | null {
  if (saved && saved.accountId !== accountId) saved = null;
  return saved;
}
