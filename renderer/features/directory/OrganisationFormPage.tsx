import { useEffect, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../electron/contract/directoryChannels';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/FormError';
import { PageTitle } from '../../components/Page';
import { useZodForm } from '../../forms/useZodForm';
import { useAreaState } from '../shell/areaState';
import { OrganisationFields } from './OrganisationFields';
import {
  EMPTY_ORGANISATION,
  type OrganisationFormValues,
  organisationFormSchema,
  organisationInput,
  organisationValues,
} from './organisationForm';

type Props = {
  /** The organisation to edit; absent for a new one. */
  organisation?: Organisation;
  onSaved: (organisation: Organisation) => void;
  onCancel: () => void;
  onOpenExisting: (id: string) => void;
};

/** What was typed and not saved, kept in the area store so a lock or client mode does not lose it (areaState.ts). */
type Typed = { target: string; values: OrganisationFormValues };

/**
 * A new organisation, or an existing one's fields. A name, kind and city that match an organisation in the
 * directory are refused with a link to it and a choice to save anyway (two branches of one employer).
 */
export function OrganisationFormPage({ organisation, onSaved, onCancel, onOpenExisting }: Props) {
  const { t } = useTranslation();
  const target = organisation?.id ?? 'new';
  const [typed, setTyped] = useAreaState<Typed | null>('directory:form', null);
  const [initial] = useState<OrganisationFormValues>(() =>
    typed?.target === target ? typed.values : organisation ? organisationValues(organisation) : EMPTY_ORGANISATION,
  );
  const form = useZodForm(organisationFormSchema, initial);
  const [error, setError] = useState<AppError | null>(null);
  const [allowDuplicate, setAllowDuplicate] = useState(false);
  const kind = form.watch('kind');

  useEffect(() => {
    const subscription = form.watch((values) => setTyped({ target, values: values as OrganisationFormValues }));
    return () => subscription.unsubscribe();
  }, [form, target, setTyped]);

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    const fields = organisationInput(values);
    const result = organisation
      ? await call('directory:update', { id: organisation.id, fields, allowDuplicate })
      : await call('directory:create', { fields, allowDuplicate });
    if (!result.ok) return setError(result.error);
    setTyped(null);
    onSaved(result.value);
  });
  const cancel = () => {
    setTyped(null);
    onCancel();
  };
  const existingId = error?.code === 'ORGANISATION_EXISTS' ? error.details?.reasons?.[0] : undefined;

  return (
    <>
      <Button variant="quiet" onPress={cancel}>
        {t('directory.backToList')}
      </Button>
      <PageTitle>{organisation ? t('directory.edit.title', { name: organisation.name }) : t('directory.new.title')}</PageTitle>
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria" className="form directory-form">
        <FormError error={error}>
          {existingId ? (
            <div className="form__actions form__actions--start">
              <Button className="button--small" onPress={() => onOpenExisting(existingId)}>
                {t('directory.form.openExisting')}
              </Button>
              <Button
                className="button--small"
                onPress={() => {
                  setAllowDuplicate(true);
                  setError(null);
                }}
              >
                {t('directory.form.keepBoth')}
              </Button>
            </div>
          ) : null}
        </FormError>
        {allowDuplicate ? <p className="muted">{t('directory.form.keepingBoth')}</p> : null}
        <OrganisationFields control={form.control} isEmployer={kind === 'employer'} />
        <FormActions
          submitLabel={t('common.save')}
          busyLabel={t('common.saving')}
          isBusy={form.formState.isSubmitting}
          onCancel={cancel}
        />
      </Form>
    </>
  );
}
