import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/Button';
import { Dialog } from '../../../../components/Dialog';

type Props = { isOpen: boolean; onConfirm(): void; onCancel(): void };

/** Asks before a finished page is drawn again. */
export function RedrawDialog({ isOpen, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog
      isOpen={isOpen}
      onOpenChange={(open) => !open && onCancel()}
      title={t('assessment.drawings.againTitle')}
      role="alertdialog"
    >
      <p>{t('assessment.drawings.againExplain')}</p>
      <div className="form__actions">
        {/* A new drawing, not a resumption: the replaced one stays linked in replacedDrawingIds. */}
        <Button variant="primary" onPress={onConfirm}>
          {t('assessment.drawings.againConfirm')}
        </Button>
        <Button variant="quiet" onPress={onCancel} autoFocus>
          {t('assessment.drawings.againCancel')}
        </Button>
      </div>
    </Dialog>
  );
}
