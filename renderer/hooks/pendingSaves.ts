import { useEffect, useRef } from 'react';

/**
 * Work typed but not yet sent to the backend (an autosave waiting out its pause in typing). Every
 * form that autosaves registers how to send it now; every lock — by hand, idle, suspend, screen
 * lock — first calls flushPendingSaves, so nothing typed is lost to a lock (issue 12, item 1).
 */
export type FlushPending = () => Promise<unknown>;

const pending = new Set<FlushPending>();

/** Registers a form's flush for as long as the form is on screen; returns the unregister. */
export function registerPendingSave(flush: FlushPending): () => void {
  pending.add(flush);
  return () => {
    pending.delete(flush);
  };
}

/**
 * Sends every pending save now and waits for them, at most `boundMs`: a backend that does not
 * answer must not keep the screen unlocked. Resolves true when every flush finished in time
 * without throwing.
 */
export async function flushPendingSaves(boundMs: number): Promise<boolean> {
  const flushes = [...pending].map((flush) =>
    Promise.resolve()
      .then(flush)
      .then(
        () => true,
        () => false,
      ),
  );
  if (flushes.length === 0) return true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const bound = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), boundMs);
  });
  try {
    return await Promise.race([Promise.all(flushes).then((done) => done.every(Boolean)), bound]);
  } finally {
    clearTimeout(timer);
  }
}

/** Registers `flush` while the component is mounted; always calls the latest `flush` passed. */
export function usePendingSave(flush: FlushPending): void {
  const latest = useRef(flush);
  useEffect(() => {
    latest.current = flush;
  });
  useEffect(() => registerPendingSave(() => latest.current()), []);
}
