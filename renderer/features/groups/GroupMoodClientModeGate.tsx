import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientMood } from '../../../electron/contract/groupChannels';
import type { Language } from '../../../electron/contract/schemas';
import { type AppError, call } from '../../api';
import { ClientLanguage } from '../drawing/clientLanguage';
import { ClientModeStuck } from '../drawing/client/ClientModeStuck';
import { useVault } from '../vault/VaultContext';
import { MoodSelfEntry } from './mood/MoodSelfEntry';

type Props = { sessionId: string; memberId: string };

/**
 * Client mode of kind groupMood: one member types their own mood before and after the session,
 * in their language, and nothing else is on the screen. The facilitator leaves with the password,
 * and comes back to the session they were on (the Groups area kept its place). If the member's
 * entry cannot be loaded, the client sees a calm message and the facilitator leaves as usual.
 */
export function GroupMoodClientModeGate({ sessionId, memberId }: Props) {
  const { refresh } = useVault();
  const { i18n } = useTranslation();
  const [mood, setMood] = useState<ClientMood | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    let cancelled = false;
    void call('groupSessions:clientMood', { sessionId, memberId }).then((result) => {
      if (cancelled) return;
      if (result.ok) setMood(result.value);
      else setError(result.error);
    });
    return () => {
      cancelled = true;
    };
  }, [sessionId, memberId]);

  const exited = useCallback(() => void refresh(), [refresh]);
  if (!mood) return <ClientModeStuck loading={!error} onExit={exited} />;
  return (
    <ClientLanguage language={mood.language ?? (i18n.language as Language)}>
      <MoodSelfEntry mood={mood} onExited={exited} />
    </ClientLanguage>
  );
}
