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

const schema = z.object({ password: passwordSchema });

type Props = {
  isOpen: boolean;
  title: string;
  explain: string;
  submitLabel: string;
  /** Runs with the password; returns the backend's refusal, or null when done (the dialog then closes). */
  onSubmit(password: string): Promise<AppError | null>;
  onCancel(): void;
  /** Shown above the password (what is being signed). */
  children?: ReactNode;
  /** The submit stays disabled until this is true (an addendum needs text). */
  canSubmit?: boolean;
};

/**
 * Re-entering the signed-in psychologist's password to sign: the backend checks it (wrong
 * passwords audited and slowed down), so a signature means the person at the keyboard is its author.
 */
export function PasswordDialog({ isOpen, title, explain, submitLabel, onSubmit, onCancel, children, canSubmit = true }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const form = useZodForm(schema, { password: '' });
  const { isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ password }) => {
    setError(null);
    const refused = await onSubmit(password);
    if (!refused) return form.reset();
    setError(refused);
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
        <FormError error={error} messages={{ INVALID_CREDENTIALS: t('drawing.exit.wrongPassword') }} />
        {children}
        <FormPasswordField control={form.control} name="password" label={t('assessment.sign.password')} autoComplete="current-password" autoFocus={!children} />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={isSubmitting} isDisabled={!canSubmit}>
            {submitLabel}
          </Button>
          <Button variant="quiet" onPress={close} isDisabled={isSubmitting}>
            {t('common.cancel')}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
