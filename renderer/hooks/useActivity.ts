import { useEffect } from 'react';
import { call } from '../api';

/** The backend's idle lock counts from the last activity it heard of; once per 30 s is plenty. */
export const ACTIVITY_THROTTLE_MS = 30_000;

/** Tells the backend the person is at the keyboard (pointer or key input), at most every 30 s. */
export function useActivity(enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    let last = Date.now();
    const onInput = () => {
      const now = Date.now();
      if (now - last < ACTIVITY_THROTTLE_MS) return;
      last = now;
      void call('auth:activity', {});
    };
    const events = ['pointerdown', 'keydown', 'wheel'] as const;
    for (const type of events) window.addEventListener(type, onInput, { capture: true, passive: true });
    return () => {
      for (const type of events) window.removeEventListener(type, onInput, { capture: true });
    };
  }, [enabled]);
}
