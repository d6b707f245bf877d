import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { Icon } from '../../../components/Icon';
import { useSignedIn } from '../../vault/VaultContext';
import { ExitClientModeDialog } from './ExitClientModeDialog';

const nothingToSave = () => Promise.resolve();

type Props = {
  /** Called after the backend left client mode. */
  onExited(): void;
  /** Saves what the client's screen has not saved yet. */
  beforeExit?: () => Promise<unknown>;
};

/**
 * The way back to records on every client-mode screen (drawing, questionnaire, mood entry, the
 * "call a specialist" screen): a small button in the signed-in person's language and the password
 * dialog behind it. The dialog is a modal, rendered above the page wherever this sits.
 */
export function StaffExit({ onExited, beforeExit = nothingToSave }: Props) {
  const { t } = useTranslation();
  const { account } = useSignedIn();
  const [leaving, setLeaving] = useState(false);
  return (
    <>
      <Button variant="quiet" className="button--small client-mode__leave" onPress={() => setLeaving(true)}>
        <Icon name="lock" />
        <span lang={account.language}>{t('drawing.exit.open')}</span>
      </Button>
      <ExitClientModeDialog
        isOpen={leaving}
        staffName={account.fullName}
        onCancel={() => setLeaving(false)}
        beforeExit={beforeExit}
        onExited={onExited}
      />
    </>
  );
}
