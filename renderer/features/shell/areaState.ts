import { createContext, useCallback, useContext, useState } from 'react';

/**
 * Where the person was inside an area (a client's page, an assessment step, a group session).
 * Client mode unmounts every page — nothing of a record may stay on the screen or in the DOM
 * while a client has it — so an area keeps its position here, in the signed-in shell, and finds
 * it again when the psychologist comes back. Locking drops the shell: only the entries listed in
 * PLACE_KEYS outlive it (place.ts), to bring the same person back to the same place after unlock.
 */
export type AreaStore = Map<string, unknown>;
export const AreaStateContext = createContext<AreaStore | null>(null);

/** Like useState, but the value outlives the component while the shell lives. */
export function useAreaState<T>(key: string, initial: T): [T, (next: T) => void] {
  const store = useContext(AreaStateContext);
  const [value, setValue] = useState<T>(() => (store?.has(key) ? (store.get(key) as T) : initial));
  const set = useCallback(
    (next: T) => {
      store?.set(key, next);
      setValue(next);
    },
    [store, key],
  );
  return [value, set];
}

const same = (value: unknown): unknown => value;

/**
 * The area entries kept across a lock, and how: positions and ids only. Unsaved input (group
 * session drafts) is saved by the flush before the lock and read back from the backend; typed
 * search text is dropped (the list's other filters stay). An entry not listed here is forgotten
 * at lock, so a new kind of entry never outlives a lock by accident.
 */
const PLACE_KEYS: ReadonlyArray<readonly [RegExp, (value: unknown) => unknown]> = [
  [/^clients:view$/, same],
  [/^clients:filters$/, (f) => (typeof f === 'object' && f !== null ? { ...f, query: '', offset: 0 } : undefined)],
  [/^assessment:[^:]+:(step|language)$/, same],
  [/^groupsArea:view$/, same],
  [/^groupsArea:calendarMonth$/, same],
  // The Trends choice: a measure, period and breakdown, nothing about a person.
  [/^trends:choice$/, same],
  // The directory (issue 17 §1): the view, the filters without typed search text, and an organisation form's
  // unsaved values (an employer's public details, nothing about a person; renderer memory only).
  [/^directory:(view|form)$/, same],
  [/^directory:filters$/, (f) => (typeof f === 'object' && f !== null ? { ...f, query: '', offset: 0 } : undefined)],
  // The referral dialog open on a client's page (which dialog, client and referral ids): it opens again after
  // unlock and takes back its draft, saved by the flush before the lock (referrals/ReferralsSection.tsx).
  [/^referrals:dialog$/, same],
  // The one-time legal status question: whether it was open and the statuses chosen so far (keys only).
  [/^legalStatus:mapping$/, same],
];

/** The store's entries that may outlive a lock (see PLACE_KEYS). */
export function keptAcrossLock(store: AreaStore): Array<[string, unknown]> {
  const kept: Array<[string, unknown]> = [];
  for (const [key, value] of store) {
    const rule = PLACE_KEYS.find(([pattern]) => pattern.test(key));
    const keptValue = rule ? rule[1](value) : undefined;
    if (keptValue !== undefined) kept.push([key, keptValue]);
  }
  return kept;
}
