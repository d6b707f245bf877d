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
  newUsernameSchema,
} from '../../../electron/contract/schemas';
import { call } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { FormTextField } from '../../forms/FormFields';
import { FormUsernameField } from '../../forms/FormUsernameField';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { useZodForm } from '../../forms/useZodForm';
import { checkNewPassword } from '../../forms/newPassword';
import { currentLanguage } from '../../i18n';
import { LanguageField, RolesField, TemporaryPasswordField } from './AccountFields';

const schema = z
  .object({
    fullName: fullNameSchema,
    username: newUsernameSchema,
    roles: rolesSchema,
    language: languageSchema,
    password: passwordSchema,
  })
  .superRefine((values, ctx) => checkNewPassword(values, values, ctx));

type Props = { isOpen: boolean; onClose: () => void; onCreated: (account: Account) => void };

/** A new account with a temporary password; the person chooses their own at first sign-in. */
export function CreateAccountDialog({ isOpen, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const form = useZodForm(schema, {
    fullName: '',
    username: '',
    roles: [] as Role[],
    language: currentLanguage() as Language,
    password: '',
  });
  const [username, fullName] = form.watch(['username', 'fullName']);
  const { dialog, reset } = useFormSubmit(
    form,
    ({ password, ...values }) => call('accounts:create', { ...values, temporaryPassword: password }),
    (account) => {
      form.reset(); // the error was cleared when this submit began
      onCreated(account);
    },
  );
  const close = () => {
    reset();
    onClose();
  };

  return (
    <FormDialog
      isOpen={isOpen}
      title={t('accounts.createTitle')}
      {...dialog}
      onClose={close}
      submitLabel={t('accounts.createSubmit')}
      busyLabel={t('common.saving')}
    >
      <FormTextField control={form.control} name="fullName" label={t('fields.fullName')} autoFocus />
      <FormUsernameField
        control={form.control}
        name="username"
        label={t('fields.username')}
        description={t('fields.usernameHelp')}
      />
      <RolesField control={form.control} name="roles" />
      <LanguageField control={form.control} name="language" />
      <TemporaryPasswordField control={form.control} name="password" username={username} fullName={fullName} />
    </FormDialog>
  );
}
