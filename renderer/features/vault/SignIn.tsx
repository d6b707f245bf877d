import { useState } from 'react';
import { Disclosure, DisclosurePanel, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { passwordSchema, usernameSchema } from '../../../electron/contract/schemas';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { PageTitle } from '../../components/Page';
import { FormPasswordField } from '../../forms/FormTextFields';
import { FormUsernameField } from '../../forms/FormUsernameField';
import { useZodForm } from '../../forms/useZodForm';
import { useCountdown } from '../../hooks/useCountdown';
import { useVault } from './VaultContext';
import { isVaultProblem } from './vaultProblemCode';

const schema = z.object({ username: usernameSchema, password: passwordSchema });

type Props = {
  /** Opens the recovery-key screen. */
  onRecover: () => void;
  /** From the lock screen: back to unlocking as the person who locked it. */
  onBack?: () => void;
};

/** Username and password; a wrong password shows the backend's delay as a countdown. */
export function SignIn({ onRecover, onBack }: Props) {
  const { t } = useTranslation();
  const { status, refresh } = useVault();
  const [error, setError] = useState<AppError | null>(null);
  const countdown = useCountdown(status?.retryAfterMs ?? 0);
  const form = useZodForm(schema, { username: '', password: '' });
  const { isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await call('auth:signIn', values);
    if (result.ok || isVaultProblem(result.error.code)) return refresh();
    setError(result.error);
    countdown.start(result.error.details?.retryAfterMs ?? 0);
    form.resetField('password');
    form.setFocus('password');
  });

  return (
    <>
      <PageTitle focusOnMount={false}>{t('signIn.title')}</PageTitle>
      <p className="lead">{t('signIn.intro')}</p>
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria" className="form">
        <FormError error={error} />
        {countdown.seconds > 0 ? (
          <p className="notice notice--wait" data-testid="retry-countdown">
            {t('signIn.retryIn', { seconds: countdown.seconds })}
          </p>
        ) : null}
        <FormUsernameField
          control={form.control}
          name="username"
          label={t('fields.username')}
          autoComplete="username"
          autoFocus
        />
        <FormPasswordField control={form.control} name="password" label={t('fields.password')} autoComplete="current-password" />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={isSubmitting} isDisabled={countdown.seconds > 0}>
            {isSubmitting ? t('signIn.checking') : t('signIn.submit')}
          </Button>
          {onBack ? (
            <Button variant="quiet" onPress={onBack}>
              {t('lock.back')}
            </Button>
          ) : null}
        </div>
      </Form>
      <Disclosure className="disclosure">
        <Button slot="trigger" variant="quiet">
          {t('signIn.forgot')}
        </Button>
        <DisclosurePanel className="disclosure__panel">
          <p>{t('signIn.forgotAdmin')}</p>
          <p>{t('signIn.forgotRecovery')}</p>
          <Button onPress={onRecover}>{t('signIn.useRecoveryKey')}</Button>
        </DisclosurePanel>
      </Disclosure>
    </>
  );
}
