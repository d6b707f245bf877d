import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ClientDetail, Consent } from '../../../electron/contract/clientChannels';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { FormTextField } from '../../forms/FormFields';
import { useZodForm } from '../../forms/useZodForm';
import { message } from '../../forms/validation';
import { consentSchema, dateValue, isoDate, todayValue } from './clientForm';
import { FormDateField } from './FormFields';
import { formatCalendarDate } from './labels';
import type { Language } from '../../../electron/contract/schemas';

type Props = { consent: Consent; onClose: () => void; onSaved: (client: ClientDetail) => void };

/** Records that the client withdrew a consent: the day and a note. The consent stays on the record, marked withdrawn. */
export function WithdrawConsentDialog({ consent, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const given = dateValue(consent.givenOn);
  const schema = z
    .object({ withdrawnOn: consentSchema.shape.givenOn, note: z.string().trim().max(1000) })
    .refine((v) => given === null || v.withdrawnOn.compare(given) >= 0, { path: ['withdrawnOn'], message: message('clients.consent.beforeGiven') });
  const form = useZodForm(schema, { withdrawnOn: todayValue(), note: '' });
  const { isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await call('clients:withdrawConsent', { consentId: consent.id, withdrawnOn: isoDate(values.withdrawnOn), note: values.note });
    if (!result.ok) return setError(result.error);
    onSaved(result.value);
  });
  return (
    <Dialog isOpen onOpenChange={(open) => !open && onClose()} title={t('clients.consent.withdrawTitle')} isBusy={isSubmitting}>
      <p>{t('clients.consent.withdrawHelp', { date: formatCalendarDate(i18n.language as Language, consent.givenOn) })}</p>
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria" className="form">
        <FormError error={error} />
        <FormDateField control={form.control} name="withdrawnOn" label={t('clients.consent.withdrawnOn')} />
        <FormTextField control={form.control} name="note" label={t('clients.consent.withdrawalNote')} />
        <div className="form__actions">
          <Button type="submit" variant="danger" isPending={isSubmitting}>
            {isSubmitting ? t('common.saving') : t('clients.consent.withdrawSubmit')}
          </Button>
          <Button variant="quiet" isDisabled={isSubmitting} onPress={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
