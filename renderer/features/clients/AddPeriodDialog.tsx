import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../electron/contract/clientChannels';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { useZodForm } from '../../forms/useZodForm';
import { LegalStatusSelect } from './ClientFields';
import { type PeriodValues, periodInput, periodSchema, todayValue } from './clientForm';
import { FormDateField } from './FormFields';

type Props = { client: ClientDetail; onClose: () => void; onSaved: (client: ClientDetail) => void };

/** Adds a legal status period; the ongoing one, if it started earlier, ends on the new start date. */
export function AddPeriodDialog({ client, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const initial: PeriodValues = { status: client.legalStatus?.status === 'in-custody' ? 'on-probation' : 'in-custody', startDate: todayValue(), endDate: null };
  const form = useZodForm(periodSchema, initial);
  const { isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await call('clients:addLegalStatus', { clientId: client.id, period: periodInput(values) });
    if (!result.ok) return setError(result.error);
    onSaved(result.value);
  });
  return (
    <Dialog isOpen onOpenChange={(open) => !open && onClose()} title={t('clients.legal.addTitle')} isBusy={isSubmitting}>
      <p>{t('clients.legal.addHelp')}</p>
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria" className="form">
        <FormError error={error} />
        <LegalStatusSelect control={form.control} name="status" allowNone={false} />
        <div className="form__row">
          <FormDateField control={form.control} name="startDate" label={t('clients.legal.startDate')} />
          <FormDateField control={form.control} name="endDate" label={t('clients.legal.endDate')} description={t('clients.legal.endDateHelp')} />
        </div>
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={isSubmitting}>
            {isSubmitting ? t('common.saving') : t('clients.legal.addSubmit')}
          </Button>
          <Button variant="quiet" isDisabled={isSubmitting} onPress={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
