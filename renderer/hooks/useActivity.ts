import { useEffect } from 'react';
import { call } from '../api';

/** The backend's idle lock counts from the last activity it heard of; once per 30 s is plenty. */
export const ACTIVITY_THROTTLE_MS = 30_000;

/** When the backend last heard of activity from this screen. */
let lastReported = 0;

/**
 * Tells the backend now, whatever the throttle: while the idle countdown shows, the person's first
 * input must postpone the lock at once (issue 12, item 1).
 */
export function reportActivityNow(): Promise<unknown> {
  lastReported = Date.now();
  return call('auth:activity', {});
}

/** Tells the backend the person is at the keyboard (pointer or key input), at most every 30 s. */
export function useActivity(enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    lastReported = Date.now();
    const onInput = () => {
      if (Date.now() - lastReported < ACTIVITY_THROTTLE_MS) return;
      void reportActivityNow();
    };
    const events = ['pointerdown', 'keydown', 'wheel'] as const;
    for (const type of events) window.addEventListener(type, onInput, { capture: true, passive: true });
    return () => {
      for (const type of events) window.removeEventListener(type, onInput, { capture: true });
    };
  }, [enabled]);
}
