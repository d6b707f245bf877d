import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../electron/contract/schemas';
import { type AppError, call } from '../../api';
import { ClientMode, type ClientModeOutcome, type ClientModeSetup } from './ClientMode';
import { ClientModeStuck } from './client/ClientModeStuck';
import { setupFromResumed } from './resumeSetup';

type Props = {
  drawingId: string;
  /** The setup the psychologist chose; null when the screen was reloaded in client mode. */
  setup: ClientModeSetup | null;
  onExit: (outcome: ClientModeOutcome) => void;
};

/**
 * The backend says the session is in client mode. Normally the screen has the setup the
 * psychologist just chose; after a reload it has only the drawing's id, so the drawing is
 * resumed (the interruption recorded as a gap) with the instrument's tools, in the UI language.
 * If that is refused, the client is asked to call the psychologist, who leaves with the password.
 */
export function ClientModeGate({ drawingId, setup, onExit }: Props) {
  const { i18n } = useTranslation();
  const current = setup?.drawingId === drawingId ? setup : null;
  const [reloaded, setReloaded] = useState<{ setup: ClientModeSetup | null; error: AppError | null } | null>(null);

  useEffect(() => {
    if (current) return;
    let cancelled = false;
    void call('drawings:resume', { id: drawingId }).then((result) => {
      if (cancelled) return;
      const built = result.ok ? setupFromResumed(result.value, i18n.language as Language) : result;
      setReloaded(built.ok ? { setup: built.value, error: null } : { setup: null, error: built.error });
    });
    return () => {
      cancelled = true;
    };
  }, [current, drawingId, i18n.language]);

  if (current) return <ClientMode setup={current} onExit={onExit} />;
  if (reloaded?.setup) return <ClientMode setup={reloaded.setup} onExit={onExit} />;
  return <ClientModeStuck loading={reloaded === null} onExit={() => onExit({ drawingId, finishedInfo: null })} />;
}
