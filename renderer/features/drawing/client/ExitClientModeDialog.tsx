import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { passwordSchema } from '../../../../electron/contract/schemas';
import { type AppError, call } from '../../../api';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { FormError } from '../../../components/FormError';
import { FormPasswordField } from '../../../forms/FormFields';
import { useZodForm } from '../../../forms/useZodForm';
import { useCountdown } from '../../vault/useCountdown';

const schema = z.object({ password: passwordSchema });

/** A wrong password also waits this long before the next try, on top of the backend's own delay. */
const WRONG_PASSWORD_PAUSE_MS = 2000;

type Props = {
  isOpen: boolean;
  psychologistName: string;
  onCancel: () => void;
  /** Called after the backend left client mode. */
  onExited: () => void;
  /** Saves what is not saved yet before the screen goes back to records. */
  beforeExit: () => Promise<void>;
};

/**
 * Leaving client mode: the signed-in psychologist's password, checked by the backend
 * (session:exitClientMode). Shown in the psychologist's own language. A wrong password shows
 * an error and a pause before the next try.
 */
export function ExitClientModeDialog({ isOpen, psychologistName, onCancel, onExited, beforeExit }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const countdown = useCountdown();
  const form = useZodForm(schema, { password: '' });
  const { isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ password }) => {
    setError(null);
    await beforeExit();
    const result = await call('session:exitClientMode', { password });
    if (result.ok) {
      form.reset();
      return onExited();
    }
    setError(result.error);
    countdown.start(Math.max(result.error.details?.retryAfterMs ?? 0, WRONG_PASSWORD_PAUSE_MS));
    form.resetField('password');
    form.setFocus('password');
  });

  const close = () => {
    setError(null);
    form.reset();
    onCancel();
  };

  return (
    <Dialog isOpen={isOpen} onOpenChange={(open) => !open && close()} title={t('drawing.exit.title')} isBusy={isSubmitting}>
      <p>{t('drawing.exit.explain', { name: psychologistName })}</p>
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria" className="form">
        <FormError error={error} messages={{ INVALID_CREDENTIALS: t('drawing.exit.wrongPassword') }} />
        {countdown.seconds > 0 ? (
          <p className="notice notice--wait" data-testid="exit-countdown">
            {t('signIn.retryIn', { seconds: countdown.seconds })}
          </p>
        ) : null}
        <FormPasswordField control={form.control} name="password" label={t('fields.password')} autoComplete="current-password" autoFocus />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={isSubmitting} isDisabled={countdown.seconds > 0}>
            {t('drawing.exit.submit')}
          </Button>
          <Button variant="quiet" onPress={close} isDisabled={isSubmitting}>
            {t('drawing.exit.stay')}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
