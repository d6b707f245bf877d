import { useCallback, useState } from 'react';
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
  /** Hands the screen to the client; resolves with the backend's refusal, if any. */
  enterClientMode(setup: ClientModeSetup): Promise<AppError | null>;
  /** The psychologist left client mode with their password. */
  exitedClientMode(outcome: ClientModeOutcome): Promise<void>;
}

export function useDrawingArea(onShowDrawings: () => void): DrawingArea {
  const { refresh } = useVault();
  const [clientSetup, setClientSetup] = useState<ClientModeSetup | null>(null);
  const [focus, setFocus] = useState<string | null>(null);

  const enterClientMode = useCallback(
    async (setup: ClientModeSetup) => {
      setClientSetup(setup);
      const result = await call('session:enterClientMode', { drawingId: setup.drawingId });
      if (!result.ok) {
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
      const info = outcome.finishedInfo;
      // A finished drawing opens in replay; an unfinished one waits in the list with "Resume".
      if (info) setFocus(info.id);
      onShowDrawings();
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
