import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { passwordSchema } from '../../../electron/contract/schemas';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { PageTitle } from '../../components/Page';
import { FormPasswordField } from '../../forms/FormTextFields';
import { useZodForm } from '../../forms/useZodForm';
import { useCountdown } from '../../hooks/useCountdown';
import { useVault } from './VaultContext';
import { isVaultProblem } from './vaultProblemCode';

const schema = z.object({ password: passwordSchema });

/** The locked screen greets the person who locked it; anyone else signs in from here too. */
export function LockScreen({ onSomeoneElse }: { onSomeoneElse: () => void }) {
  const { t } = useTranslation();
  const { status, refresh } = useVault();
  const [error, setError] = useState<AppError | null>(null);
  const countdown = useCountdown(status?.retryAfterMs ?? 0);
  const form = useZodForm(schema, { password: '' });
  const user = status?.lockedUser;
  const { isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ password }) => {
    if (!user) return;
    setError(null);
    const result = await call('auth:signIn', { username: user.username, password });
    if (result.ok || isVaultProblem(result.error.code)) return refresh();
    setError(result.error);
    countdown.start(result.error.details?.retryAfterMs ?? 0);
    form.resetField('password');
    form.setFocus('password');
  });

  return (
    <>
      <div className="lock-badge" aria-hidden="true">
        <Icon name="lock" />
      </div>
      <PageTitle focusOnMount={false}>{t('lock.title')}</PageTitle>
      {user ? <p className="lead">{t('lock.greeting', { name: user.fullName })}</p> : null}
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria" className="form">
        <FormError error={error} />
        {countdown.seconds > 0 ? (
          <p className="notice notice--wait" data-testid="retry-countdown">
            {t('signIn.retryIn', { seconds: countdown.seconds })}
          </p>
        ) : null}
        <FormPasswordField
          control={form.control}
          name="password"
          label={t('fields.password')}
          autoComplete="current-password"
          autoFocus
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={isSubmitting} isDisabled={countdown.seconds > 0 || !user}>
            {isSubmitting ? t('signIn.checking') : t('lock.unlock')}
          </Button>
          <Button variant="quiet" onPress={onSomeoneElse}>
            {t('lock.someoneElse')}
          </Button>
        </div>
      </Form>
    </>
  );
}
