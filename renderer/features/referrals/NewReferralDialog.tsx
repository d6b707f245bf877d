import { useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KIND_TEXT } from '../../../common/organisationKindText';
import { ORGANISATION_KINDS } from '../../../electron/contract/organisationKinds';
import { MAX_REFERRAL_REASON, type Referral } from '../../../electron/contract/referralChannels';
import type { Language } from '../../../electron/contract/schemas';
import { call } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { FormDateField, FormRadioField, FormSelectField, FormTextField } from '../../forms/FormFields';
import { fieldErrorText } from '../../forms/validation';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { useZodForm } from '../../forms/useZodForm';
import { DraftNotice } from '../clients/DraftNotice';
import { useClientFormDraft } from '../clients/useClientFormDraft';
import { OrganisationPicker } from './OrganisationPicker';
import { type NewReferralValues, newReferralInput, newReferralSchema, newReferralValues } from './referralForm';
import { useReferralErrors } from './useReferralErrors';

type Props = {
  clientId: string;
  clientCode: string;
  /** The assessment whose conclusion this referral comes from, if any. */
  sourceAssessmentId?: string | null;
  onClose: () => void;
  onSaved: (referral: Referral) => void;
};

/**
 * A new referral: to an organisation of the directory or to a kind of service, with a reason, the
 * day it was made (or is planned for) and a follow-up date (two weeks on unless changed). What is
 * typed is kept as a draft of the signed-in account, so a lock mid-typing loses nothing.
 */
export function NewReferralDialog({ clientId, clientCode, sourceAssessmentId = null, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [initial] = useState(newReferralValues);
  const form = useZodForm(newReferralSchema, initial);
  const draft = useClientFormDraft({ form: 'referral-new', clientId }, form, newReferralSchema, initial);
  const errorMessages = useReferralErrors();
  const { dialog } = useFormSubmit(
    form,
    (values) => call('referrals:create', newReferralInput(clientId, values, sourceAssessmentId)),
    (saved) => void draft.forget().then(() => onSaved(saved)),
  );
  const [targetKind, status] = useWatch({ control: form.control, name: ['targetKind', 'status'] });
  const kindOptions = [...ORGANISATION_KINDS]
    .map((k) => ({ id: k, label: ORGANISATION_KIND_TEXT[language][k] }))
    .sort((a, b) => (a.id === 'other' ? 1 : b.id === 'other' ? -1 : a.label.localeCompare(b.label, language)));
  return (
    <FormDialog
      {...dialog}
      errorMessages={errorMessages}
      title={t('referrals.form.newTitle', { code: clientCode })}
      onClose={() => void draft.forget().then(onClose)}
      submitLabel={t('referrals.form.create')}
      busyLabel={t('common.saving')}
    >
      <DraftNotice draft={draft} />
      <FormRadioField
        control={form.control}
        name="targetKind"
        label={t('referrals.form.to')}
        options={[
          { id: 'organisation', label: t('referrals.form.toOrganisation') },
          { id: 'service', label: t('referrals.form.toService') },
        ]}
      />
      {targetKind === 'organisation' ? (
        <Controller
          control={form.control}
          name="organisationId"
          render={({ field, fieldState }) => (
            <OrganisationPicker
              value={field.value ? { id: field.value, name: form.getValues('organisationName') } : null}
              onChange={(picked) => {
                form.setValue('organisationName', picked?.name ?? '', { shouldDirty: true });
                field.onChange(picked?.id ?? '');
              }}
              errorMessage={fieldErrorText(t, fieldState.error)}
            />
          )}
        />
      ) : (
        <>
          <FormSelectField<NewReferralValues, string>
            control={form.control}
            name="serviceKind"
            label={t('referrals.form.serviceKind')}
            options={[{ id: '', label: t('referrals.form.chooseKind') }, ...kindOptions]}
          />
          {form.formState.errors.serviceKind ? (
            <p className="field__error" role="alert">
              {fieldErrorText(t, form.formState.errors.serviceKind)}
            </p>
          ) : null}
        </>
      )}
      <FormTextField
        control={form.control}
        name="reason"
        label={t('referrals.form.reason')}
        description={t('referrals.form.reasonHelp')}
        maxLength={MAX_REFERRAL_REASON}
        multiline
      />
      <FormRadioField
        control={form.control}
        name="status"
        label={t('referrals.form.state')}
        options={[
          { id: 'made', label: t('referrals.form.made') },
          { id: 'planned', label: t('referrals.form.planned') },
        ]}
      />
      <div className="referral-dates">
        <FormDateField
          control={form.control}
          name="referredOn"
          label={status === 'planned' ? t('referrals.form.plannedOn') : t('referrals.form.referredOn')}
        />
        <FormDateField
          control={form.control}
          name="followUpOn"
          label={t('referrals.form.followUpOn')}
          description={t('referrals.form.followUpHelp')}
        />
      </div>
    </FormDialog>
  );
}
