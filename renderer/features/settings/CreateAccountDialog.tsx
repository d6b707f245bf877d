import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Role } from '../../../electron/contract/roles';
import {
  type Account,
  type Language,
  fullNameSchema,
  languageSchema,
  passwordSchema,
  rolesSchema,
  usernameSchema,
} from '../../../electron/contract/schemas';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { FormPasswordField, FormTextField } from '../../forms/FormFields';
import { useZodForm } from '../../forms/useZodForm';
import { checkNewPassword } from '../../forms/validation';
import { currentLanguage } from '../../i18n';
import { PasswordStrengthMeter } from '../vault/PasswordStrengthMeter';
import { LanguageField, RolesField } from './AccountFields';

const schema = z
  .object({
    fullName: fullNameSchema,
    username: usernameSchema,
    roles: rolesSchema,
    language: languageSchema,
    password: passwordSchema,
  })
  .superRefine((values, ctx) => checkNewPassword(values, values, ctx));

type Props = { isOpen: boolean; onClose: () => void; onCreated: (account: Account) => void };

/** A new account with a temporary password; the person chooses their own at first sign-in. */
export function CreateAccountDialog({ isOpen, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const form = useZodForm(schema, {
    fullName: '',
    username: '',
    roles: [] as Role[],
    language: currentLanguage() as Language,
    password: '',
  });
  const [username, fullName] = form.watch(['username', 'fullName']);
  const { isSubmitting } = form.formState;

  const close = () => {
    form.reset();
    setError(null);
    onClose();
  };
  const submit = form.handleSubmit(async ({ password, ...values }) => {
    setError(null);
    const result = await call('accounts:create', { ...values, temporaryPassword: password });
    if (!result.ok) return setError(result.error);
    form.reset();
    onCreated(result.value);
  });

  return (
    <Dialog isOpen={isOpen} onOpenChange={(open) => !open && close()} title={t('accounts.createTitle')} isBusy={isSubmitting}>
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria" className="form">
        <FormError error={error} />
        <FormTextField control={form.control} name="fullName" label={t('fields.fullName')} autoFocus />
        <FormTextField control={form.control} name="username" label={t('fields.username')} description={t('fields.usernameHelp')} />
        <RolesField control={form.control} name="roles" />
        <LanguageField control={form.control} name="language" />
        <FormPasswordField
          control={form.control}
          name="password"
          label={t('fields.temporaryPassword')}
          description={t('accounts.temporaryHelp')}
          autoComplete="off"
          meter={(password) => <PasswordStrengthMeter password={password} username={username} fullName={fullName} />}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={isSubmitting}>
            {isSubmitting ? t('common.saving') : t('accounts.createSubmit')}
          </Button>
          <Button variant="quiet" isDisabled={isSubmitting} onPress={close}>
            {t('common.cancel')}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
