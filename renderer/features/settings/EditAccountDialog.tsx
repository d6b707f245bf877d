import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { type Account, fullNameSchema, languageSchema, rolesSchema } from '../../../electron/contract/schemas';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { FormTextField } from '../../forms/FormFields';
import { useZodForm } from '../../forms/useZodForm';
import { LanguageField, RolesField } from './AccountFields';

const schema = z.object({ fullName: fullNameSchema, roles: rolesSchema, language: languageSchema });

type Props = { account: Account; isOpen: boolean; onClose: () => void; onSaved: (account: Account) => void };

/** Name, roles and language of an account. The username never changes: it is part of the key lookup. */
export function EditAccountDialog({ account, isOpen, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const form = useZodForm(schema, { fullName: account.fullName, roles: account.roles, language: account.language });
  const { isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await call('accounts:update', { id: account.id, ...values });
    if (!result.ok) return setError(result.error);
    onSaved(result.value);
  });

  return (
    <Dialog
      isOpen={isOpen}
      onOpenChange={(open) => !open && onClose()}
      title={t('accounts.editTitle', { name: account.fullName })}
      isBusy={isSubmitting}
    >
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria" className="form">
        <FormError error={error} />
        <p className="muted">
          {t('fields.username')}: <span className="mono">{account.username}</span>
        </p>
        <FormTextField control={form.control} name="fullName" label={t('fields.fullName')} autoFocus />
        <RolesField control={form.control} name="roles" />
        <LanguageField control={form.control} name="language" />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={isSubmitting}>
            {isSubmitting ? t('common.saving') : t('common.save')}
          </Button>
          <Button variant="quiet" isDisabled={isSubmitting} onPress={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
