import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { useClientT } from './clientLanguage';

type Props = { isOpen: boolean; onCancel: () => void; onConfirm: () => void };

/** Clearing asks first; it can still be undone, and the dialog says so to calm a worried hand. */
export function ClearDialog({ isOpen, onCancel, onConfirm }: Props) {
  const { t, language } = useClientT();
  return (
    <Dialog isOpen={isOpen} onOpenChange={(open) => !open && onCancel()} title={t('drawing.clear.title')} role="alertdialog">
      <div lang={language}>
        <p>{t('drawing.clear.explain')}</p>
        <div className="form__actions">
          <Button variant="danger" onPress={onConfirm}>
            {t('drawing.clear.confirm')}
          </Button>
          <Button variant="quiet" onPress={onCancel} autoFocus>
            {t('drawing.clear.cancel')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
