import { useState } from 'react';
import { Form } from 'react-aria-components';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../electron/contract/clientChannels';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Choice';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { PageTitle } from '../../components/Page';
import { FormDateField } from '../../forms/FormFields';
import { useZodForm } from '../../forms/useZodForm';
import { ConsentFields, IdentityFields, LegalStatusSelect } from './ClientFields';
import { DraftNotice } from './DraftNotice';
import { useClientFormDraft } from './useClientFormDraft';
import { EMPTY_NEW_CLIENT, NONE, createInput, newClientSchema, todayValue } from './clientForm';

type Props = { onCreated: (client: ClientDetail) => void; onCancel: () => void };

const NEW_CLIENT_FORM = { form: 'client-new' } as const;

/** Registers a client. Only the code is required, and the app makes it; everything else may stay empty. */
export function NewClientPage({ onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const form = useZodForm(newClientSchema, EMPTY_NEW_CLIENT);
  const [legalStatus, consentGiven] = form.watch(['legalStatus', 'consentGiven']);
  const { isSubmitting } = form.formState;
  const draft = useClientFormDraft(NEW_CLIENT_FORM, form, newClientSchema, EMPTY_NEW_CLIENT);

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await call('clients:create', createInput(values));
    if (!result.ok) return setError(result.error);
    await draft.forget();
    onCreated(result.value);
  });
  const cancel = () => {
    void draft.forget().then(onCancel);
  };

  return (
    <>
      <Button variant="quiet" onPress={cancel}>
        {t('clients.backToList')}
      </Button>
      <PageTitle>{t('clients.new.title')}</PageTitle>
      <div className="notice notice--info">
        <Icon name="info" className="notice__icon" />
        <div className="notice__body">
          <p>{t('clients.new.onlyCode')}</p>
        </div>
      </div>
      <DraftNotice draft={draft} />
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria" className="form client-form">
        <FormError error={error} />
        <fieldset className="client-form__group">
          <legend>{t('clients.new.identity')}</legend>
          <IdentityFields control={form.control} />
        </fieldset>
        <fieldset className="client-form__group">
          <legend>{t('clients.legal.title')}</legend>
          <div className="form__row">
            <LegalStatusSelect control={form.control} name="legalStatus" allowNone />
            {legalStatus !== NONE ? (
              <FormDateField control={form.control} name="legalStatusStart" label={t('clients.legal.startDate')} />
            ) : null}
          </div>
        </fieldset>
        <fieldset className="client-form__group">
          <legend>{t('clients.consent.title')}</legend>
          <Controller
            control={form.control}
            name="consentGiven"
            render={({ field }) => (
              <Checkbox
                isSelected={field.value}
                onChange={(selected) => {
                  field.onChange(selected);
                  if (selected && form.getValues('consent.givenOn') === '') form.setValue('consent.givenOn', todayValue());
                }}
              >
                {t('clients.new.consentGiven')}
              </Checkbox>
            )}
          />
          {consentGiven ? <ConsentFields control={form.control} prefix="consent." /> : null}
        </fieldset>
        <FormActions
          submitLabel={t('clients.new.submit')}
          busyLabel={t('common.saving')}
          isBusy={isSubmitting}
          onCancel={cancel}
        />
      </Form>
    </>
  );
}
