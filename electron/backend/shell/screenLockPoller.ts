/**
 * Electron's `lock-screen` event fires only on macOS and Windows, so on Linux the vault would
 * never lock with the screen (issue 10). Polling `powerMonitor.getSystemIdleState()` for `locked`
 * works wherever Chromium can tell (on Linux through the desktop's screensaver service; where it
 * cannot, it answers `idle` or `active` and the idle lock stays the only lock — see README).
 * The poller locks on the change into `locked`, once per screen lock.
 */
export type IdleState = 'active' | 'idle' | 'locked' | 'unknown';

export type ScreenLockPollerOptions = {
  /** powerMonitor.getSystemIdleState, with its idle threshold already applied. */
  idleState(): IdleState | string;
  onLocked(): void;
  intervalMs?: number;
  /** Injected for tests; default the global timers. */
  setInterval?: (fn: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
};

/** How often the screen is checked: a locked screen locks the vault within this time. */
export const SCREEN_LOCK_POLL_MS = 5_000;

/** Starts polling; returns the function that stops it. */
export function startScreenLockPoller(options: ScreenLockPollerOptions): () => void {
  const every = options.setInterval ?? ((fn: () => void, ms: number) => setInterval(fn, ms));
  const stop = options.clearInterval ?? ((handle: unknown) => clearInterval(handle as NodeJS.Timeout));
  let wasLocked = false;
  const check = () => {
    let locked: boolean;
    try {
      locked = options.idleState() === 'locked';
    } catch {
      // A platform that cannot tell is treated as not locked; the idle lock still applies.
      locked = false;
    }
    if (locked && !wasLocked) options.onLocked();
    wasLocked = locked;
  };
  const handle = every(check, options.intervalMs ?? SCREEN_LOCK_POLL_MS);
  return () => stop(handle);
}
