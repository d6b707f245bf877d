import { useTranslation } from 'react-i18next';
import '../drawing.css';
import { StaffExit } from './StaffExit';
import { useLockdown } from './useLockdown';

const noop = () => undefined;

/** Client mode without a drawing to show (reloaded, and the drawing could not be reopened): a calm message and the way out. */
export function ClientModeStuck({ loading, onExit }: { loading: boolean; onExit: () => void }) {
  const { t } = useTranslation();
  useLockdown(true, noop);
  return (
    <div className="client-mode" data-testid="client-mode">
      <header className="client-mode__bar">
        <div className="client-mode__task" />
        <StaffExit onExited={onExit} />
      </header>
      <main className="client-mode__done" aria-busy={loading}>
        {loading ? null : <p>{t('drawing.client.callSpecialist')}</p>}
      </main>
    </div>
  );
}
