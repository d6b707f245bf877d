import { type ReactNode, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { passwordSchema } from '../../../electron/contract/schemas';
import type { AppError } from '../../api';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { FormPasswordField } from '../../forms/FormFields';
import { useZodForm } from '../../forms/useZodForm';
import { useCountdown } from '../../hooks/useCountdown';

const schema = z.object({ password: passwordSchema });

type Props = {
  isOpen: boolean;
  title: string;
  /** Says what the password confirms. */
  explain: string;
  submitLabel: string;
  /** The way back without confirming; "Cancel" when not given. */
  cancelLabel?: string;
  /** The password field's label; "Password" when not given. */
  passwordLabel?: string;
  /** What a wrong password is called here; the generic INVALID_CREDENTIALS message when not given. */
  wrongPasswordMessage?: string;
  /** A wrong password waits at least this long before the next try, on top of the backend's own delay. */
  minRetryMs?: number;
  /**
   * Runs with the password; returns the backend's refusal, or null when done. On a refusal the
   * password is cleared and focused for the next try; the caller closes the dialog when done.
   */
  onSubmit(password: string): Promise<AppError | null>;
  onCancel(): void;
  /** Fields shown above the password (an addendum's text); they take the first focus. */
  children?: ReactNode;
  /** The submit stays disabled until this is true (an addendum needs text). */
  canSubmit?: boolean;
};

/**
 * The signed-in person's password, asked again before an act that must be theirs: signing,
 * adding a signed addendum, leaving client mode. The backend checks it, audits wrong passwords and
 * slows the next try down (THROTTLED, `retryAfterMs`); the submit waits out that delay with a
 * countdown, as the sign-in screen does.
 */
export function PasswordConfirmDialog({
  isOpen,
  title,
  explain,
  submitLabel,
  cancelLabel,
  passwordLabel,
  wrongPasswordMessage,
  minRetryMs = 0,
  onSubmit,
  onCancel,
  children,
  canSubmit = true,
}: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const countdown = useCountdown();
  const form = useZodForm(schema, { password: '' });
  const { isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ password }) => {
    setError(null);
    const refused = await onSubmit(password);
    if (!refused) return form.reset();
    setError(refused);
    const wait = Math.max(
      refused.details?.retryAfterMs ?? 0,
      refused.code === 'INVALID_CREDENTIALS' || refused.code === 'THROTTLED' ? minRetryMs : 0,
    );
    if (wait > 0) countdown.start(wait);
    form.resetField('password');
    form.setFocus('password');
  });

  const close = () => {
    setError(null);
    form.reset();
    onCancel();
  };

  return (
    <Dialog isOpen={isOpen} onOpenChange={(open) => !open && close()} title={title} isBusy={isSubmitting}>
      <p>{explain}</p>
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria" className="form">
        <FormError error={error} messages={wrongPasswordMessage ? { INVALID_CREDENTIALS: wrongPasswordMessage } : undefined} />
        {countdown.seconds > 0 ? (
          <p className="notice notice--wait" data-testid="password-countdown">
            {t('signIn.retryIn', { seconds: countdown.seconds })}
          </p>
        ) : null}
        {children}
        <FormPasswordField
          control={form.control}
          name="password"
          label={passwordLabel ?? t('fields.password')}
          autoComplete="current-password"
          autoFocus={!children}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={isSubmitting} isDisabled={!canSubmit || countdown.seconds > 0}>
            {submitLabel}
          </Button>
          <Button variant="quiet" onPress={close} isDisabled={isSubmitting}>
            {cancelLabel ?? t('common.cancel')}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
