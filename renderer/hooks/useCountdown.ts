import { useCallback, useEffect, useState } from 'react';

/**
 * Seconds left until a retry is allowed (the backend's growing sign-in delay). `start(ms)`
 * begins a countdown; it ticks every quarter second so the display never lags a whole second.
 */
export function useCountdown(initialMs = 0): { seconds: number; start(ms: number): void } {
  const [until, setUntil] = useState(() => (initialMs > 0 ? Date.now() + initialMs : 0));
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (until <= now) return;
    const timer = window.setTimeout(() => setNow(Date.now()), Math.min(250, until - now));
    return () => window.clearTimeout(timer);
  }, [until, now]);

  const start = useCallback((ms: number) => {
    const t = Date.now();
    setNow(t);
    setUntil(ms > 0 ? t + ms : 0);
  }, []);

  return { seconds: Math.max(0, Math.ceil((until - now) / 1000)), start };
}
