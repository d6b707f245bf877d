import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../electron/contract/clientChannels';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { useZodForm } from '../../forms/useZodForm';
import { ConsentFields } from './ClientFields';
import { type ConsentValues, consentInput, consentSchema, todayValue } from './clientForm';

type Props = { client: ClientDetail; onClose: () => void; onSaved: (client: ClientDetail) => void };

/** Records a consent as the psychologist read it to the client. */
export function RecordConsentDialog({ client, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const initial: ConsentValues = { givenOn: todayValue(), scope: [], note: '' };
  const form = useZodForm(consentSchema, initial);
  const { isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await call('clients:recordConsent', { clientId: client.id, consent: consentInput(values) });
    if (!result.ok) return setError(result.error);
    onSaved(result.value);
  });
  return (
    <Dialog isOpen onOpenChange={(open) => !open && onClose()} title={t('clients.consent.recordTitle')} isBusy={isSubmitting}>
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria" className="form">
        <FormError error={error} />
        <ConsentFields control={form.control} />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={isSubmitting}>
            {isSubmitting ? t('common.saving') : t('clients.consent.recordSubmit')}
          </Button>
          <Button variant="quiet" isDisabled={isSubmitting} onPress={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
