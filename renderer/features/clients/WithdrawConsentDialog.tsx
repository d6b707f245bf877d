import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ClientDetail, Consent } from '../../../electron/contract/clientChannels';
import type { Language } from '../../../electron/contract/schemas';
import { call } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { FormDateField, FormTextField } from '../../forms/FormFields';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { useZodForm } from '../../forms/useZodForm';
import { message } from '../../forms/validation';
import { consentSchema, todayValue } from './clientForm';
import { formatCalendarDate } from '../../i18n/format';

type Props = { consent: Consent; onClose: () => void; onSaved: (client: ClientDetail) => void };

/** Records that the client withdrew a consent: the day and a note. The consent stays on the record, marked withdrawn. */
export function WithdrawConsentDialog({ consent, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const schema = z
    .object({ withdrawnOn: consentSchema.shape.givenOn, note: z.string().trim().max(1000) })
    // Calendar dates as "YYYY-MM-DD" compare as text.
    .refine((v) => v.withdrawnOn >= consent.givenOn, { path: ['withdrawnOn'], message: message('clients.consent.beforeGiven') });
  const form = useZodForm(schema, { withdrawnOn: todayValue(), note: '' });
  const { dialog } = useFormSubmit(
    form,
    (values) => call('clients:withdrawConsent', { consentId: consent.id, withdrawnOn: values.withdrawnOn, note: values.note }),
    onSaved,
  );
  return (
    <FormDialog
      {...dialog}
      title={t('clients.consent.withdrawTitle')}
      intro={<p>{t('clients.consent.withdrawHelp', { date: formatCalendarDate(i18n.language as Language, consent.givenOn) })}</p>}
      onClose={onClose}
      submitLabel={t('clients.consent.withdrawSubmit')}
      busyLabel={t('common.saving')}
      submitVariant="danger"
    >
      <FormDateField control={form.control} name="withdrawnOn" label={t('clients.consent.withdrawnOn')} />
      <FormTextField control={form.control} name="note" label={t('clients.consent.withdrawalNote')} />
    </FormDialog>
  );
}
