import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../electron/contract/clientChannels';
import { call } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { useZodForm } from '../../forms/useZodForm';
import { ConsentFields } from './ClientFields';
import { type ConsentValues, consentInput, consentSchema, todayValue } from './clientForm';

type Props = {
  client: ClientDetail;
  onClose: () => void;
  onSaved: (client: ClientDetail) => void;
  /** What the consent is asked for (the consent warning before an assessment or an enrolment); ticked at the start. */
  scope?: ConsentValues['scope'];
};

/** Records a consent as the psychologist read it to the client. */
export function RecordConsentDialog({ client, onClose, onSaved, scope = [] }: Props) {
  const { t } = useTranslation();
  const initial: ConsentValues = { givenOn: todayValue(), scope, note: '' };
  const form = useZodForm(consentSchema, initial);
  const { dialog } = useFormSubmit(
    form,
    (values) => call('clients:recordConsent', { clientId: client.id, consent: consentInput(values) }),
    onSaved,
  );
  return (
    <FormDialog
      {...dialog}
      title={t('clients.consent.recordTitle')}
      onClose={onClose}
      submitLabel={t('clients.consent.recordSubmit')}
      busyLabel={t('common.saving')}
    >
      <ConsentFields control={form.control} />
    </FormDialog>
  );
}
