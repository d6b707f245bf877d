import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../../electron/contract/errors';
import type { AppError } from '../../api';

export interface Loaded<T> {
  value: T | null;
  error: AppError | null;
  /** Loads again (after a change); the old value stays on screen until the new one arrives. */
  reload(): void;
  /** Replaces the value with one a change returned, without another round trip. */
  set(value: T): void;
}

/** One backend read for a screen; a newer load wins over an older one that answers late. */
export function useLoaded<T>(load: () => Promise<Result<T>>): Loaded<T> {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void load().then((result) => {
      if (cancelled) return;
      if (result.ok) {
        setValue(result.value);
        setError(null);
      } else setError(result.error);
    });
    return () => {
      cancelled = true;
    };
  }, [load, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const set = useCallback((next: T) => {
    setValue(next);
    setError(null);
  }, []);
  return { value, error, reload, set };
}
