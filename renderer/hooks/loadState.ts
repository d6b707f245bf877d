/**
 * The pure part of useLoaded: what a screen shows while a backend read is under way, after it
 * answered, and after it failed. Results are keyed by the request they answer, so a stale answer
 * can be told from the current one.
 */
import type { AppError, Result } from '../../electron/contract/errors';

/** The last answer and the request it answered. */
export type Settled<T> = { key: object; version: number; value: T | null; error: AppError | null };

export type LoadView<T> = {
  /** The latest value; an older one stays on screen while a newer read is under way or after it failed. */
  value: T | null;
  error: AppError | null;
  /** True until the current request has answered. */
  loading: boolean;
};

/** The state after an answer: a value replaces the old one and clears the error; an error keeps the old value. */
export function settle<T>(previous: Settled<T> | null, key: object, version: number, result: Result<T>): Settled<T> {
  return result.ok
    ? { key, version, value: result.value, error: null }
    : { key, version, value: previous?.value ?? null, error: result.error };
}

/** What the screen shows for the current request (`key`, `version`). */
export function viewOf<T>(settled: Settled<T> | null, key: object, version: number): LoadView<T> {
  return {
    value: settled?.value ?? null,
    error: settled?.error ?? null,
    loading: settled === null || settled.key !== key || settled.version !== version,
  };
}
