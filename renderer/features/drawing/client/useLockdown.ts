import { useEffect } from 'react';
import { shortcutAction } from './shortcuts';

/** The Keyboard Lock API (Chromium): lets the page receive Escape in full screen. Not in TypeScript's DOM types yet. */
type KeyboardLock = { lock?: (codes?: string[]) => Promise<void>; unlock?: () => void };
const keyboardLock = (): KeyboardLock | undefined => (navigator as Navigator & { keyboard?: KeyboardLock }).keyboard;

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

const inDialog = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest('[role="dialog"], [role="alertdialog"]') !== null;

/** Asks for full screen where allowed; a refusal (no user gesture, a policy) is not an error. */
export function requestFullscreen(): void {
  if (document.fullscreenElement || !document.fullscreenEnabled) return;
  document.documentElement
    .requestFullscreen({ navigationUI: 'hide' })
    .then(() => keyboardLock()?.lock?.(['Escape']))
    .catch(() => undefined);
}

/**
 * Client mode's guard in the renderer: full screen (asked again on the next touch if the client
 * leaves it), shortcuts that would reload, close, navigate or open tools swallowed, no context
 * menu, and closing the window refused. The backend refuses every record channel anyway; this
 * keeps the client from getting lost. Ctrl+L calls `onLock` (after saving) instead of the
 * shell's own handler.
 */
export function useLockdown(active: boolean, onLock: () => void): void {
  useEffect(() => {
    if (!active) return;
    requestFullscreen();
    const onKey = (event: KeyboardEvent) => {
      const action = shortcutAction(event, { typing: isTyping(event.target), inDialog: inDialog(event.target) });
      if (action === 'allow') return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (action === 'lock' && !event.repeat) onLock();
    };
    const again = () => {
      if (!document.fullscreenElement) requestFullscreen();
    };
    const noMenu = (event: Event) => event.preventDefault();
    // In Electron a beforeunload that is cancelled keeps the window open without asking.
    const stay = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('keydown', onKey, { capture: true });
    window.addEventListener('pointerdown', again, { capture: true });
    window.addEventListener('contextmenu', noMenu, { capture: true });
    window.addEventListener('beforeunload', stay);
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true });
      window.removeEventListener('pointerdown', again, { capture: true });
      window.removeEventListener('contextmenu', noMenu, { capture: true });
      window.removeEventListener('beforeunload', stay);
      keyboardLock()?.unlock?.();
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [active, onLock]);
}
