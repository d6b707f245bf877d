import { useMemo } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { type Account, passwordSchema } from '../../../electron/contract/schemas';
import { call } from '../../api';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/FormError';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { useZodForm } from '../../forms/useZodForm';
import { checkNewPassword } from '../../forms/newPassword';
import { TemporaryPasswordField } from './AccountFields';

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
  const { username, fullName } = account;
  const schema = useMemo(
    () =>
      z.object({ password: passwordSchema }).superRefine((values, ctx) => checkNewPassword(values, { username, fullName }, ctx)),
    [username, fullName],
  );
  const form = useZodForm(schema, { password: '' });
  const { isSubmitting } = form.formState;
  const { error, onSubmit } = useFormSubmit(
    form,
    ({ password }) =>
      call(mode === 'enable' ? 'accounts:enable' : 'accounts:resetPassword', { id: account.id, temporaryPassword: password }),
    onDone,
  );

  return (
    <Dialog
      isOpen={isOpen}
      onOpenChange={(open) => !open && onClose()}
      title={t(mode === 'enable' ? 'accounts.enableTitle' : 'accounts.resetTitle', { name: fullName })}
      isBusy={isSubmitting}
    >
      <Form onSubmit={onSubmit} validationBehavior="aria" className="form">
        <p>{t(mode === 'enable' ? 'accounts.enableExplain' : 'accounts.resetExplain')}</p>
        <FormError error={error} />
        <TemporaryPasswordField control={form.control} name="password" username={username} fullName={fullName} autoFocus />
        <FormActions
          submitLabel={t(mode === 'enable' ? 'accounts.enableSubmit' : 'accounts.resetSubmit')}
          busyLabel={t('common.saving')}
          isBusy={isSubmitting}
          onCancel={onClose}
        />
      </Form>
    </Dialog>
  );
}
