import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { useClientT } from '../clientLanguage';

type Props = { isOpen: boolean; onCancel: () => void; onConfirm: () => void };

/** "Have you finished?": a second press, in the client's language, so a stray tap does not end the drawing. */
export function FinishDialog({ isOpen, onCancel, onConfirm }: Props) {
  const { t, language } = useClientT();
  return (
    <Dialog isOpen={isOpen} onOpenChange={(open) => !open && onCancel()} title={t('drawing.finish.title')} role="alertdialog">
      <div lang={language}>
        <p>{t('drawing.finish.explain')}</p>
        <div className="form__actions">
          <Button variant="primary" onPress={onConfirm}>
            {t('drawing.finish.confirm')}
          </Button>
          <Button variant="secondary" onPress={onCancel} autoFocus>
            {t('drawing.finish.cancel')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
