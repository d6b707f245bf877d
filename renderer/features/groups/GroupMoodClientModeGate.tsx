import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../electron/contract/schemas';
import { call } from '../../api';
import { useLoaded } from '../../hooks/useLoaded';
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
  const { value: mood, error } = useLoaded(
    useCallback(() => call('groupSessions:clientMood', { sessionId, memberId }), [sessionId, memberId]),
  );

  const exited = useCallback(() => void refresh(), [refresh]);
  if (!mood) return <ClientModeStuck loading={!error} onExit={exited} />;
  return (
    <ClientLanguage language={mood.language ?? (i18n.language as Language)}>
      <MoodSelfEntry mood={mood} onExited={exited} />
    </ClientLanguage>
  );
}
