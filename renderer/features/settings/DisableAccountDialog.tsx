import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../electron/contract/schemas';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';

type Props = { account: Account; isOpen: boolean; onClose: () => void; onDisabled: (account: Account) => void };

/** Asks before disabling: the account's copy of the key is deleted, so it cannot open the vault at all. */
export function DisableAccountDialog({ account, isOpen, onClose, onDisabled }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const disable = async () => {
    setBusy(true);
    setError(null);
    const result = await call('accounts:disable', { id: account.id });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onDisabled(result.value);
  };

  return (
    <Dialog
      isOpen={isOpen}
      onOpenChange={(open) => !open && onClose()}
      title={t('accounts.disableTitle', { name: account.fullName })}
      isBusy={busy}
      role="alertdialog"
    >
      <p>{t('accounts.disableExplain')}</p>
      <p>{t('accounts.disableKey')}</p>
      <FormError error={error} />
      <div className="form__actions">
        <Button variant="danger" isPending={busy} onPress={() => void disable()}>
          {t('accounts.disableConfirm')}
        </Button>
        <Button variant="quiet" isDisabled={busy} onPress={onClose} autoFocus>
          {t('common.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}
