import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { Icon } from '../../../components/Icon';
import { useSession } from '../../vault/VaultContext';
import '../drawing.css';
import { ExitClientModeDialog } from './ExitClientModeDialog';
import { useLockdown } from './useLockdown';

const noop = () => undefined;

/** Client mode without a drawing to show (reloaded, and the drawing could not be reopened): a calm message and the way out. */
export function ClientModeStuck({ loading, onExit }: { loading: boolean; onExit: () => void }) {
  const { t } = useTranslation();
  const { account } = useSession();
  const [leaving, setLeaving] = useState(false);
  useLockdown(true, noop);
  return (
    <div className="client-mode" data-testid="client-mode">
      <header className="client-mode__bar">
        <div className="client-mode__task" />
        <Button variant="quiet" className="button--small client-mode__leave" onPress={() => setLeaving(true)}>
          <Icon name="lock" />
          {t('drawing.exit.open')}
        </Button>
      </header>
      <main className="client-mode__done" aria-busy={loading}>
        {loading ? null : <p>{t('drawing.client.callPsychologist')}</p>}
      </main>
      <ExitClientModeDialog
        isOpen={leaving}
        psychologistName={account.fullName}
        onCancel={() => setLeaving(false)}
        beforeExit={() => Promise.resolve()}
        onExited={onExit}
      />
    </div>
  );
}
