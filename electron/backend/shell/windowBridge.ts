/**
 * What passes between the main window and the backend, as plain functions so that main.ts only
 * wires Electron's objects to them (tested in tests/unit/shell/windowBridge.test.ts):
 * - a call from the renderer reaches the backend only from the app's own top frame;
 * - the backend's events go to the window, and client mode turns the window into a kiosk;
 * - the system's suspend, screen lock and (where no event exists) a polled locked screen lock the vault.
 */
import type { Result } from '../../contract/errors';
import type { BackendEvent } from '../../contract/schemas';
import type { Backend } from '../openBackend';
import { isTrustedSender } from './networkPolicy';
import { type IdleState, startScreenLockPoller } from './screenLockPoller';

/** The frame a call came from: its URL and whether it is the window's top frame. */
export type Sender = { url: string | undefined; isMainFrame: boolean };

/** A renderer's call: to the backend if the sender is the app's own top frame, else refused without reaching it. */
export function invokeFromRenderer(
  backend: Pick<Backend, 'invokeRaw'>,
  sender: Sender,
  channel: unknown,
  input: unknown,
): Promise<Result<unknown>> | Result<unknown> {
  if (!isTrustedSender(sender.url, sender.isMainFrame)) {
    return { ok: false, error: { code: 'FORBIDDEN', message: 'untrusted sender' } };
  }
  return backend.invokeRaw(channel, input);
}

/** The main window as the backend's events need it. */
export type EventWindow = { setKiosk(on: boolean): void; send(event: BackendEvent): void };

/** One backend event to the window (none yet: dropped). While a client has the screen the window is a kiosk. */
export function forwardEvent(event: BackendEvent, window: EventWindow | null): void {
  if (!window) return;
  if (event.type === 'clientMode:changed') window.setKiosk(event.active);
  window.send(event);
}

/** The system's power and lock signals, as the shell gives them. */
export type SystemLockSignals = {
  onSuspend(listener: () => void): void;
  onScreenLocked(listener: () => void): void;
  /** The system's idle state with a one-minute threshold (powerMonitor.getSystemIdleState(60)). */
  idleState(): IdleState | string;
};

/**
 * Locks the vault on suspend and on a screen lock. Linux has no lock-screen event, so the screen is also
 * polled everywhere (a second lock is a no-op). Returns the function that stops the polling.
 */
export function lockOnSystemSignals(backend: Pick<Backend, 'lock'>, system: SystemLockSignals): () => void {
  system.onSuspend(() => void backend.lock('suspend'));
  system.onScreenLocked(() => void backend.lock('screen-lock'));
  return startScreenLockPoller({ idleState: () => system.idleState(), onLocked: () => void backend.lock('screen-lock') });
}
