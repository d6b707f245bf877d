import { useMemo } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { assessPassword } from '../../../common/passwordPolicy';
import type { RotationAccount } from '../../../electron/contract/keyChannels';
import { passwordSchema } from '../../../electron/contract/schemas';
import type { AppError } from '../../api';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { useZodForm } from '../../forms/useZodForm';
import { message } from '../../forms/validation';
import { TemporaryPasswordField } from '../settings/AccountFields';

type Passwords = Record<string, string>;

/**
 * One temporary password per account, each measured against that person's name and username, as when an admin
 * resets a password. Submitting rotates the key; the passwords stay in this screen's memory for the hand-over.
 */
export function TemporaryPasswordsForm({
  accounts,
  error,
  onBack,
  onSubmit,
}: {
  accounts: RotationAccount[];
  error: AppError | null;
  onBack: () => void;
  onSubmit: (passwords: Passwords) => Promise<void>;
}) {
  const { t } = useTranslation();
  const schema = useMemo(
    () =>
      z.record(z.string(), passwordSchema).superRefine((values, ctx) => {
        for (const a of accounts) {
          const password = values[a.id] ?? '';
          if (assessPassword(password, { username: a.username, fullName: a.fullName }).broken.length > 0) {
            ctx.addIssue({ code: 'custom', path: [a.id], message: message('password.notAcceptable') });
          }
        }
      }),
    [accounts],
  );
  const form = useZodForm(schema, Object.fromEntries(accounts.map((a) => [a.id, ''])) as Passwords);
  const { isSubmitting } = form.formState;
  const submit = form.handleSubmit((values) => onSubmit(values));

  return (
    <Form onSubmit={(e) => void submit(e)} validationBehavior="aria" className="form">
      <h2>{t('keys.rotation.passwordsTitle')}</h2>
      <p>{accounts.length > 0 ? t('keys.rotation.passwordsExplain') : t('keys.rotation.noOtherAccounts')}</p>
      <FormError error={error} />
      {accounts.map((a, i) => (
        <fieldset key={a.id} className="keys-account" data-testid={`temporary-${a.username}`}>
          <legend>
            {a.fullName} <span className="facts__value">({a.username})</span>
          </legend>
          <TemporaryPasswordField
            control={form.control}
            name={a.id}
            username={a.username}
            fullName={a.fullName}
            autoFocus={i === 0}
          />
        </fieldset>
      ))}
      <div className="notice notice--warning">
        <p>{t('keys.rotation.lastWarning')}</p>
      </div>
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={isSubmitting}>
          {isSubmitting ? t('keys.rotation.rotating') : t('keys.rotation.rotateNow')}
        </Button>
        <Button variant="quiet" onPress={onBack} isDisabled={isSubmitting}>
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
}
