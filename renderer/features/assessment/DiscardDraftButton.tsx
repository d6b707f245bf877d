import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';

/**
 * Discards a draft started by mistake. Nothing is deleted: the backend keeps it marked discarded
 * and out of the lists, and the audit log records who did it, so the dialog promises no more.
 */
export function DiscardDraftButton({ assessmentId, onDiscarded }: { assessmentId: string; onDiscarded(): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const discard = async () => {
    setBusy(true);
    const result = await call('assessments:discard', { id: assessmentId });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setOpen(false);
    onDiscarded();
  };

  return (
    <>
      <Button variant="quiet" onPress={() => (setError(null), setOpen(true))}>
        {t('assessment.discard.button')}
      </Button>
      <Dialog isOpen={open} onOpenChange={setOpen} title={t('assessment.discard.title')} role="alertdialog" isBusy={busy}>
        <p>{t('assessment.discard.explain')}</p>
        <FormError error={error} />
        <div className="form__actions">
          <Button variant="danger" isPending={busy} onPress={() => void discard()}>
            {t('assessment.discard.confirm')}
          </Button>
          <Button variant="quiet" onPress={() => setOpen(false)} autoFocus isDisabled={busy}>
            {t('assessment.discard.cancel')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
