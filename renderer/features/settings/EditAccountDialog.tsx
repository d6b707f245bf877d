import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  type Account,
  USERNAME_FORMAT_MESSAGE,
  fullNameSchema,
  languageSchema,
  newUsernameSchema,
  normalizeUsername,
  rolesSchema,
} from '../../../electron/contract/schemas';
import { call } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { FormTextField } from '../../forms/FormFields';
import { FormUsernameField } from '../../forms/FormUsernameField';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { useZodForm } from '../../forms/useZodForm';
import { message } from '../../forms/validation';
import { LanguageField, RolesField } from './AccountFields';

/**
 * The username is checked by the new-username rule only when it is changed: an older account whose
 * name has Cyrillic letters can still have its roles edited, and is renamed when the admin chooses.
 */
const schemaFor = (account: Account) =>
  z
    .object({ fullName: fullNameSchema, username: z.string(), roles: rolesSchema, language: languageSchema })
    .superRefine((values, ctx) => {
      if (normalizeUsername(values.username) === account.username) return;
      const parsed = newUsernameSchema.safeParse(values.username);
      if (parsed.success) return;
      const issue = parsed.error.issues[0];
      const text =
        issue?.message === USERNAME_FORMAT_MESSAGE
          ? USERNAME_FORMAT_MESSAGE
          : issue?.code === 'too_small'
            ? message('validation.tooShort', { min: 3 })
            : message('validation.tooLong', { max: 32 });
      ctx.addIssue({ code: 'custom', path: ['username'], message: text });
    });

type Props = { account: Account; isOpen: boolean; onClose: () => void; onSaved: (account: Account) => void };

/** Name, username, roles and language of an account. A new username keeps the password (only its lookup follows). */
export function EditAccountDialog({ account, isOpen, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const form = useZodForm(schemaFor(account), {
    fullName: account.fullName,
    username: account.username,
    roles: account.roles,
    language: account.language,
  });
  const { dialog } = useFormSubmit(
    form,
    async ({ username, ...values }) => {
      if (normalizeUsername(username) !== account.username) {
        const renamed = await call('accounts:rename', { id: account.id, username });
        if (!renamed.ok) return renamed;
      }
      return call('accounts:update', { id: account.id, ...values });
    },
    onSaved,
  );

  return (
    <FormDialog
      {...dialog}
      isOpen={isOpen}
      title={t('accounts.editTitle', { name: account.fullName })}
      onClose={onClose}
      submitLabel={t('common.save')}
      busyLabel={t('common.saving')}
    >
      <FormTextField control={form.control} name="fullName" label={t('fields.fullName')} autoFocus />
      <FormUsernameField
        control={form.control}
        name="username"
        label={t('fields.username')}
        description={t('accounts.renameHelp')}
      />
      <RolesField control={form.control} name="roles" />
      <LanguageField control={form.control} name="language" />
    </FormDialog>
  );
}
