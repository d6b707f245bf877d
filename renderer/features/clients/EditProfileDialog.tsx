import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../electron/contract/clientChannels';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { useZodForm } from '../../forms/useZodForm';
import { IdentityFields } from './ClientFields';
import { identityInput, identitySchema, identityValues } from './clientForm';

type Props = { client: ClientDetail; onClose: () => void; onSaved: (client: ClientDetail) => void };

/** Changes the profile; the code never changes. Mounted only while open, so it starts from the stored values. */
export function EditProfileDialog({ client, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const form = useZodForm(identitySchema, identityValues(client));
  const { isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await call('clients:update', { id: client.id, ...identityInput(values) });
    if (!result.ok) return setError(result.error);
    onSaved(result.value);
  });
  return (
    <Dialog isOpen onOpenChange={(open) => !open && onClose()} title={t('clients.profile.editTitle', { code: client.code })} isBusy={isSubmitting}>
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria" className="form">
        <FormError error={error} />
        <IdentityFields control={form.control} />
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
