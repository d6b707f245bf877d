import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { type Account, fullNameSchema, languageSchema, rolesSchema } from '../../../electron/contract/schemas';
import { call } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { FormTextField } from '../../forms/FormFields';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { useZodForm } from '../../forms/useZodForm';
import { LanguageField, RolesField } from './AccountFields';

const schema = z.object({ fullName: fullNameSchema, roles: rolesSchema, language: languageSchema });

type Props = { account: Account; isOpen: boolean; onClose: () => void; onSaved: (account: Account) => void };

/** Name, roles and language of an account. The username never changes: it is part of the key lookup. */
export function EditAccountDialog({ account, isOpen, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const form = useZodForm(schema, { fullName: account.fullName, roles: account.roles, language: account.language });
  const { dialog } = useFormSubmit(form, (values) => call('accounts:update', { id: account.id, ...values }), onSaved);

  return (
    <FormDialog
      {...dialog}
      isOpen={isOpen}
      title={t('accounts.editTitle', { name: account.fullName })}
      onClose={onClose}
      submitLabel={t('common.save')}
      busyLabel={t('common.saving')}
    >
      <p className="muted">
        {t('fields.username')}: <span className="mono">{account.username}</span>
      </p>
      <FormTextField control={form.control} name="fullName" label={t('fields.fullName')} autoFocus />
      <RolesField control={form.control} name="roles" />
      <LanguageField control={form.control} name="language" />
    </FormDialog>
  );
}
