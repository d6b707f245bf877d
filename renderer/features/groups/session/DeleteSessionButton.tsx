import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AppError, call } from '../../../api';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { FormError } from '../../../components/FormError';

type Props = { sessionId: string; date: string; onDeleted: () => void };

/**
 * Deletes a session entered by mistake. The backend alone decides whether it is empty (no
 * attendance, note or drawing) and refuses otherwise; the dialog then says why and points to
 * changing the session instead, and offers only to close.
 */
export function DeleteSessionButton({ sessionId, date, onDeleted }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const refused = error?.code === 'SESSION_NOT_EMPTY';

  const remove = async () => {
    setBusy(true);
    setError(null);
    const result = await call('groupSessions:delete', { sessionId });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setOpen(false);
    onDeleted();
  };

  return (
    <>
      <Button variant="quiet" onPress={() => (setError(null), setOpen(true))}>
        {t('groups.deleteSession.open')}
      </Button>
      <Dialog
        isOpen={open}
        onOpenChange={setOpen}
        title={t('groups.deleteSession.title', { date })}
        role="alertdialog"
        isBusy={busy}
      >
        <p>{t('groups.deleteSession.explain')}</p>
        <FormError error={error}>{refused ? <p>{t('groups.deleteSession.changeInstead')}</p> : null}</FormError>
        <div className="form__actions">
          {refused ? null : (
            <Button variant="danger" isPending={busy} onPress={() => void remove()}>
              {t('groups.deleteSession.confirm')}
            </Button>
          )}
          <Button variant="quiet" onPress={() => setOpen(false)} autoFocus isDisabled={busy}>
            {refused ? t('groups.deleteSession.close') : t('common.cancel')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
