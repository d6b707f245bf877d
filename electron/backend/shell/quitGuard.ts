/**
 * Every way out closes the backend first (sign-out audited, WAL folded in, key wiped, vault.lock released): closing
 * the last window, and a quit from a system shutdown or the OS menu, which does not pass through window-all-closed.
 * `leave` is the shell's own quit; `willQuit` answers whether that quit may go ahead now (else it must be prevented:
 * the backend is closed first, then `leave` runs again). The backend is closed once however many ways are taken.
 */
export function quitGuard(closeBackend: () => Promise<void>, leave: () => void) {
  let closing: Promise<void> | null = null;
  let closed = false;
  const closeThenLeave = () => {
    closing ??= closeBackend().finally(() => {
      closed = true;
    });
    void closing.then(leave, leave);
  };
  return {
    /** The last window closed. */
    windowsClosed: closeThenLeave,
    /** The app is about to quit: true to let it, false to prevent it (the backend closes, then the app quits). */
    willQuit(): boolean {
      if (closed) return true;
      closeThenLeave();
      return false;
    },
  };
}
