import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import { PasswordConfirmDialog } from '../../vault/PasswordConfirmDialog';

/** A wrong password also waits this long before the next try, on top of the backend's own delay. */
const WRONG_PASSWORD_PAUSE_MS = 2000;

type Props = {
  isOpen: boolean;
  /** The signed-in psychologist or facilitator, greeted by name. */
  staffName: string;
  onCancel: () => void;
  /** Called after the backend left client mode. */
  onExited: () => void;
  /** Saves what is not saved yet before the screen goes back to records. */
  beforeExit: () => Promise<unknown>;
};

/**
 * Leaving client mode: the signed-in person's password, checked by the backend
 * (clientMode:exit). Shown in their own UI language, not the client's: it is the staff
 * member who reads and answers it. A wrong password shows an error and a pause before the next try.
 */
export function ExitClientModeDialog({ isOpen, staffName, onCancel, onExited, beforeExit }: Props) {
  const { t } = useTranslation();
  const exit = async (password: string) => {
    await beforeExit();
    const result = await call('clientMode:exit', { password });
    if (!result.ok) return result.error;
    onExited();
    return null;
  };
  return (
    <PasswordConfirmDialog
      isOpen={isOpen}
      title={t('drawing.exit.title')}
      explain={t('drawing.exit.explain', { name: staffName })}
      submitLabel={t('drawing.exit.submit')}
      cancelLabel={t('drawing.exit.stay')}
      wrongPasswordMessage={t('drawing.exit.wrongPassword')}
      minRetryMs={WRONG_PASSWORD_PAUSE_MS}
      onSubmit={exit}
      onCancel={onCancel}
    />
  );
}
