import { createContext, useCallback, useContext, useState } from 'react';

/**
 * Where the person was inside an area (a client's page, an assessment step, a group session).
 * Client mode unmounts every page — nothing of a record may stay on the screen or in the DOM
 * while a client has it — so an area keeps its position here, in the signed-in shell, and finds
 * it again when the psychologist comes back. Locking or signing out drops the shell and with it
 * this store.
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
