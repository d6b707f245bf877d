import { createContext, useCallback, useContext, useRef, useState } from 'react';
import { type AppError, call } from '../../api';
import { useVault } from '../vault/VaultContext';
import type { ClientModeOutcome, ClientModeSetup } from './ClientMode';

/**
 * The drawing state the app shell keeps while someone is signed in: the client-mode setup in
 * use, and which drawing to show when the psychologist comes back from client mode. Held by the
 * shell, so locking or signing out drops it with everything else.
 */
export interface DrawingArea {
  clientSetup: ClientModeSetup | null;
  /** The drawing the Drawings page opens next (after client mode), once. */
  focus: string | null;
  clearFocus(): void;
  /**
   * Hands the screen to the client; resolves with the backend's refusal, if any. With `onReturn`,
   * the psychologist comes back to the screen that started the drawing (an assessment, a group
   * session) instead of the Drawings page.
   */
  enterClientMode(setup: ClientModeSetup, onReturn?: (outcome: ClientModeOutcome) => void): Promise<AppError | null>;
  /** The psychologist left client mode with their password. */
  exitedClientMode(outcome: ClientModeOutcome): Promise<void>;
}

export function useDrawingArea(onShowDrawings: () => void): DrawingArea {
  const { refresh } = useVault();
  const [clientSetup, setClientSetup] = useState<ClientModeSetup | null>(null);
  const [focus, setFocus] = useState<string | null>(null);
  // A ref, not state: it is read once on exit and must not re-render the shell.
  const returnTo = useRef<((outcome: ClientModeOutcome) => void) | null>(null);

  const enterClientMode = useCallback(
    async (setup: ClientModeSetup, onReturn?: (outcome: ClientModeOutcome) => void) => {
      returnTo.current = onReturn ?? null;
      setClientSetup(setup);
      const result = await call('clientMode:enter', { kind: 'drawing', drawingId: setup.drawingId });
      if (!result.ok) {
        returnTo.current = null;
        setClientSetup(null);
        return result.error;
      }
      await refresh();
      return null;
    },
    [refresh],
  );

  const exitedClientMode = useCallback(
    async (outcome: ClientModeOutcome) => {
      const back = returnTo.current;
      returnTo.current = null;
      if (back) back(outcome);
      else {
        const info = outcome.finishedInfo;
        // A finished drawing opens in replay; an unfinished one waits in the list with "Resume".
        if (info) setFocus(info.id);
        onShowDrawings();
      }
      // The setup is dropped only once the status no longer says "client mode"; dropped earlier,
      // the client-mode gate would take the screen for a reload and reopen the drawing.
      await refresh();
      setClientSetup(null);
    },
    [refresh, onShowDrawings],
  );

  const clearFocus = useCallback(() => setFocus(null), []);
  return { clientSetup, focus, clearFocus, enterClientMode, exitedClientMode };
}

/** The shell's drawing area, for screens outside the Drawings page that hand a drawing to a client. */
export const DrawingAreaContext = createContext<DrawingArea | null>(null);

export function useDrawingAreaContext(): DrawingArea {
  const area = useContext(DrawingAreaContext);
  if (!area) throw new Error('useDrawingAreaContext outside the signed-in shell');
  return area;
}
