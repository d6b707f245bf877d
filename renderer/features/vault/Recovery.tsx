import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { passwordSchema, usernameSchema } from '../../../electron/contract/schemas';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { PageTitle } from '../../components/Page';
import { FormPasswordField, FormTextField } from '../../forms/FormFields';
import { useZodForm } from '../../forms/useZodForm';
import { checkNewPassword } from '../../forms/newPassword';
import { message } from '../../forms/validation';
import { PasswordStrengthMeter } from './PasswordStrengthMeter';
import { useCountdown } from '../../hooks/useCountdown';
import { useVault } from './VaultContext';
import { isVaultProblem } from './vaultProblemCode';

const schema = z
  .object({
    recoveryKey: z
      .string()
      .trim()
      .min(1, message('validation.required'))
      .max(200, message('validation.tooLong', { max: 200 })),
    username: usernameSchema,
    password: passwordSchema,
    confirm: z.string(),
  })
  .superRefine((values, ctx) => checkNewPassword(values, { username: values.username }, ctx));

/**
 * "Forgot password" without another admin: the recovery key written down at set-up opens the
 * vault and sets a new password for an admin account. Spaces, dashes and letter case in the
 * key do not matter; the backend names a mistyped group.
 */
export function Recovery({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const { status, refresh } = useVault();
  const [error, setError] = useState<AppError | null>(null);
  const countdown = useCountdown(status?.retryAfterMs ?? 0);
  const form = useZodForm(schema, { recoveryKey: '', username: '', password: '', confirm: '' });
  const username = form.watch('username');
  const { isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await call('vault:recover', {
      recoveryKey: values.recoveryKey,
      username: values.username,
      newPassword: values.password,
    });
    if (result.ok || isVaultProblem(result.error.code)) return refresh();
    setError(result.error);
    countdown.start(result.error.details?.retryAfterMs ?? 0);
  });

  return (
    <>
      <PageTitle>{t('recovery.title')}</PageTitle>
      <p className="lead">{t('recovery.intro')}</p>
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria" className="form">
        <FormError error={error} messages={{ NOT_FOUND: t('recovery.notAdmin') }} />
        {countdown.seconds > 0 ? (
          <p className="notice notice--wait">{t('signIn.retryIn', { seconds: countdown.seconds })}</p>
        ) : null}
        <FormTextField
          control={form.control}
          name="recoveryKey"
          label={t('recovery.key')}
          description={t('recovery.keyHelp')}
          inputClassName="field__input--mono"
          autoComplete="off"
          spellCheck="false"
          multiline
        />
        <FormTextField control={form.control} name="username" label={t('recovery.adminUsername')} autoComplete="username" />
        <FormPasswordField
          control={form.control}
          name="password"
          label={t('fields.newPassword')}
          autoComplete="new-password"
          meter={(password) => <PasswordStrengthMeter password={password} username={username} />}
        />
        <FormPasswordField
          control={form.control}
          name="confirm"
          label={t('fields.confirmPassword')}
          autoComplete="new-password"
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={isSubmitting} isDisabled={countdown.seconds > 0}>
            {isSubmitting ? t('recovery.working') : t('recovery.submit')}
          </Button>
          <Button variant="quiet" onPress={onBack}>
            {t('recovery.back')}
          </Button>
        </div>
      </Form>
    </>
  );
}
