import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../electron/contract/errors';
import { type LoadView, type Settled, settle, viewOf } from './loadState';

export interface Loaded<T> extends LoadView<T> {
  /** Loads again (after a change); the old value stays on screen until the new one arrives. */
  reload(): void;
  /** Replaces the value with one a change returned, without another round trip. */
  set(value: T): void;
}

/**
 * One backend read for a screen, e.g. `useLoaded(useCallback(() => call('clients:get', { clientId }), [clientId]))`:
 * it reads again when `load` changes (its deps) or on reload(), and a newer read wins over an older
 * one that answers late.
 */
export function useLoaded<T>(load: () => Promise<Result<T>>): Loaded<T> {
  const [version, setVersion] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);

  useEffect(() => {
    let live = true;
    void load().then((result) => {
      if (live) setSettled((previous) => settle(previous, load, version, result));
    });
    return () => {
      live = false;
    };
  }, [load, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const set = useCallback((value: T) => setSettled({ key: load, version, value, error: null }), [load, version]);
  return { ...viewOf(settled, load, version), reload, set };
}
