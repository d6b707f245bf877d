import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../electron/contract/clientChannels';
import { LEGAL_STATUSES, type LegalStatus } from '../../../electron/contract/legalStatuses';
import { call } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { FormDateField } from '../../forms/FormFields';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { useZodForm } from '../../forms/useZodForm';
import { LegalStatusSelect } from './ClientFields';
import { type PeriodValues, periodInput, periodSchema, todayValue } from './clientForm';

const isLegalStatus = (s: string | undefined): s is LegalStatus => (LEGAL_STATUSES as readonly string[]).includes(s ?? '');

type Props = { client: ClientDetail; onClose: () => void; onSaved: (client: ClientDetail) => void };

/** Adds a legal status period; the ongoing one, if it started earlier, ends on the new start date. */
export function AddPeriodDialog({ client, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const current = client.legalStatus?.status;
  const initial: PeriodValues = {
    // The current status when it is one of the law's (a transfer usually changes one detail of it); else detention.
    status: isLegalStatus(current) ? current : 'pre-trial-detention',
    startDate: todayValue(),
    endDate: '',
  };
  const form = useZodForm(periodSchema, initial);
  const { dialog } = useFormSubmit(
    form,
    (values) => call('clients:addLegalStatus', { clientId: client.id, period: periodInput(values) }),
    onSaved,
  );
  return (
    <FormDialog
      {...dialog}
      title={t('clients.legal.addTitle')}
      intro={<p>{t('clients.legal.addHelp')}</p>}
      onClose={onClose}
      submitLabel={t('clients.legal.addSubmit')}
      busyLabel={t('common.saving')}
    >
      <LegalStatusSelect control={form.control} name="status" allowNone={false} />
      <div className="form__row">
        <FormDateField control={form.control} name="startDate" label={t('clients.legal.startDate')} />
        <FormDateField
          control={form.control}
          name="endDate"
          label={t('clients.legal.endDate')}
          description={t('clients.legal.endDateHelp')}
        />
      </div>
    </FormDialog>
  );
}
