import { useMemo, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { type Account, passwordSchema } from '../../../electron/contract/schemas';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { FormPasswordField } from '../../forms/FormFields';
import { useZodForm } from '../../forms/useZodForm';
import { checkNewPassword } from '../../forms/validation';
import { PasswordStrengthMeter } from '../vault/PasswordStrengthMeter';

type Props = {
  account: Account;
  /** Re-enable a disabled account, or reset a forgotten password: both set a temporary password. */
  mode: 'enable' | 'reset';
  isOpen: boolean;
  onClose: () => void;
  onDone: (account: Account) => void;
};

/** A new temporary password for someone; they must replace it at their next sign-in. */
export function TemporaryPasswordDialog({ account, mode, isOpen, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const { username, fullName } = account;
  const schema = useMemo(
    () => z.object({ password: passwordSchema }).superRefine((values, ctx) => checkNewPassword(values, { username, fullName }, ctx)),
    [username, fullName],
  );
  const form = useZodForm(schema, { password: '' });
  const { isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ password }) => {
    setError(null);
    const channel = mode === 'enable' ? 'accounts:enable' : 'accounts:resetPassword';
    const result = await call(channel, { id: account.id, temporaryPassword: password });
    if (!result.ok) return setError(result.error);
    onDone(result.value);
  });

  return (
    <Dialog
      isOpen={isOpen}
      onOpenChange={(open) => !open && onClose()}
      title={t(mode === 'enable' ? 'accounts.enableTitle' : 'accounts.resetTitle', { name: fullName })}
      isBusy={isSubmitting}
    >
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria" className="form">
        <p>{t(mode === 'enable' ? 'accounts.enableExplain' : 'accounts.resetExplain')}</p>
        <FormError error={error} />
        <FormPasswordField
          control={form.control}
          name="password"
          label={t('fields.temporaryPassword')}
          description={t('accounts.temporaryHelp')}
          autoComplete="off"
          autoFocus
          meter={(password) => <PasswordStrengthMeter password={password} username={username} fullName={fullName} />}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={isSubmitting}>
            {isSubmitting ? t('common.saving') : t(mode === 'enable' ? 'accounts.enableSubmit' : 'accounts.resetSubmit')}
          </Button>
          <Button variant="quiet" isDisabled={isSubmitting} onPress={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
