import { useEffect } from 'react';

/** How long the page may take to load enough to scroll back to where the person was. */
const RESTORE_WITHIN_MS = 3_000;

/**
 * Scrolls the page back to `y` once it is tall enough (its records load after the shell mounts),
 * after an unlock. Gives up after a few seconds, or as soon as the person scrolls, types or clicks.
 */
export function useRestoreScroll(y: number): void {
  useEffect(() => {
    if (y <= 0) return;
    const started = performance.now();
    let frame = 0;
    let stopped = false;
    const stop = () => {
      stopped = true;
      cancelAnimationFrame(frame);
    };
    const attempt = () => {
      if (stopped) return;
      const room = document.documentElement.scrollHeight - window.innerHeight;
      if (room >= y) {
        window.scrollTo({ top: y, behavior: 'instant' });
        // Focus moves to the page's heading as it opens, which may scroll; one more frame settles it.
        if (Math.abs(window.scrollY - y) < 2 && performance.now() - started > 300) return stop();
      }
      if (performance.now() - started > RESTORE_WITHIN_MS) {
        if (room > 0) window.scrollTo({ top: Math.min(y, room), behavior: 'instant' });
        return stop();
      }
      frame = requestAnimationFrame(attempt);
    };
    frame = requestAnimationFrame(attempt);
    const events = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;
    for (const type of events) window.addEventListener(type, stop, { capture: true, passive: true, once: true });
    return () => {
      stop();
      for (const type of events) window.removeEventListener(type, stop, { capture: true });
    };
  }, [y]);
}
