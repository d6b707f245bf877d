/**
 * Steps for locking in end-to-end tests (issue 12): a clock the test moves on by hand, so the
 * backend's idle lock can be brought on at will, and the idle lock itself. The harness runs the
 * backend without its idle timer (idleCheckMs: 0); `checkIdle()` is what the timer would do.
 */
import type { OpenedApp } from './harness';
import { TEST_START, clockFrom } from './harness';

export type MovableClock = { now: () => number; advance(ms: number): void };

/** A clock the test moves on by hand (idle time), running at the real pace otherwise. Pass `now` to openApp. */
export function movableClock(start = TEST_START): MovableClock {
  const base = clockFrom(start);
  let offset = 0;
  return { now: () => base() + offset, advance: (ms) => (offset += ms) };
}

/**
 * The idle lock, now: the clock moves past the facility's idle timeout (10 min by default) and the
 * backend checks, asks the page to send its pending saves, waits for them (3 s at most) and locks.
 * True when it locked.
 */
export async function idleLockNow(app: OpenedApp, clock: MovableClock, idleMinutes = 10): Promise<boolean> {
  clock.advance(idleMinutes * 60_000 + 1_000);
  return app.backend.checkIdle();
}
