import { useMemo, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { passwordSchema } from '../../../electron/contract/schemas';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { FormPasswordField } from '../../forms/FormFields';
import { useZodForm } from '../../forms/useZodForm';
import { checkNewPassword } from '../../forms/newPassword';
import { PasswordStrengthMeter } from './PasswordStrengthMeter';
import { useSignedIn, useVault } from './VaultContext';

/** Current password, new password with the strength meter, confirmation. Rewraps only this account's key copy. */
export function ChangePasswordForm({ onChanged, autoFocus }: { onChanged?: () => void; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const session = useSignedIn();
  const { applySignedIn } = useVault();
  const { username, fullName } = session.account;
  const [error, setError] = useState<AppError | null>(null);
  const schema = useMemo(
    () =>
      z
        .object({ current: passwordSchema, password: passwordSchema, confirm: z.string() })
        .superRefine((values, ctx) => checkNewPassword(values, { username, fullName }, ctx)),
    [username, fullName],
  );
  const form = useZodForm(schema, { current: '', password: '', confirm: '' });
  const { isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ current, password }) => {
    setError(null);
    const result = await call('account:changePassword', { currentPassword: current, newPassword: password });
    if (!result.ok) return setError(result.error);
    form.reset();
    applySignedIn(result.value);
    onChanged?.();
  });

  return (
    <Form onSubmit={(e) => void submit(e)} validationBehavior="aria" className="form">
      <FormError error={error} messages={{ INVALID_CREDENTIALS: t('changePassword.wrongCurrent') }} />
      <FormPasswordField
        control={form.control}
        name="current"
        label={t('fields.currentPassword')}
        autoComplete="current-password"
        autoFocus={autoFocus}
      />
      <FormPasswordField
        control={form.control}
        name="password"
        label={t('fields.newPassword')}
        autoComplete="new-password"
        meter={(password) => <PasswordStrengthMeter password={password} username={username} fullName={fullName} />}
      />
      <FormPasswordField control={form.control} name="confirm" label={t('fields.confirmPassword')} autoComplete="new-password" />
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={isSubmitting}>
          {isSubmitting ? t('common.saving') : t('changePassword.submit')}
        </Button>
      </div>
    </Form>
  );
}
