import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../api';
import { usePendingSave } from '../../../hooks/pendingSaves';
import { AUTOSAVE_DELAY_MS, type SaveState } from '../../assessment/useAssessmentDraft';

export interface Autosave {
  state: SaveState;
  error: AppError | null;
  /** Something changed: it is sent after a pause in typing. */
  schedule(): void;
  /** Sends what is not sent yet, now; true when nothing is left unsent. */
  flush(): Promise<boolean>;
}

/**
 * Autosave for a session's grid and note (issue 12, item 1), the same rhythm as the assessment
 * draft: a change is sent after AUTOSAVE_DELAY_MS without changes, one save at a time; every lock
 * sends it first (usePendingSave); leaving the screen (client mode unmounts it) sends it too.
 * `send` reads the latest input itself (from refs) and resolves with a refusal, or null.
 */
export function useAutosave(send: () => Promise<AppError | null>): Autosave {
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<AppError | null>(null);
  const latestSend = useRef(send);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    latestSend.current = send;
  });

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    // One save at a time, in order: a later save must not be overtaken by an earlier one.
    while (inFlight.current) await inFlight.current;
    if (!dirty.current) return true;
    dirty.current = false;
    const run = (async () => {
      if (mounted.current) setState('saving');
      const failure = await latestSend.current();
      if (failure) {
        dirty.current = true;
        if (mounted.current) {
          setError(failure);
          setState('failed');
        }
        return false;
      }
      if (mounted.current) {
        setError(null);
        setState(dirty.current ? 'pending' : 'saved');
      }
      return true;
    })();
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  }, []);

  const schedule = useCallback(() => {
    dirty.current = true;
    setState('pending');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  }, [flush]);

  usePendingSave(flush);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      // Unmounting (client mode, another screen): send what is pending; nothing typed is lost.
      if (dirty.current) void flush();
    };
  }, [flush]);

  return { state, error, schedule, flush };
}
