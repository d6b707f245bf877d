import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LEGAL_HELP_KINDS,
  MAX_REFERRAL_EVENT_NOTE,
  MAX_WORK_KIND,
  OUTCOME_KINDS,
  type Referral,
} from '../../../electron/contract/referralChannels';
import { call } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { FormDateField, FormTextField } from '../../forms/FormFields';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { useZodForm } from '../../forms/useZodForm';
import { DraftNotice } from '../clients/DraftNotice';
import { useClientFormDraft } from '../clients/useClientFormDraft';
import { ChoiceField } from './ChoiceField';
import { emptyOutcome, outcomeFormSchema, outcomeInput } from './referralForm';
import { useReferralErrors } from './useReferralErrors';

type Props = { referral: Referral; title: string; onClose: () => void; onSaved: (referral: Referral) => void };

/**
 * The outcome of a referral: what came of it (employed with start date and kind of work; legal help
 * with what was done; documents, housing, treatment; or other, in words), the day, and a note.
 * Recording it closes the referral; a recorded outcome may be corrected the same way.
 */
export function OutcomeDialog({ referral, title, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [schema] = useState(() => outcomeFormSchema(referral.referredOn));
  const [initial] = useState(emptyOutcome);
  const form = useZodForm(schema, initial);
  const draft = useClientFormDraft(
    { form: 'referral-outcome', clientId: referral.clientId, referralId: referral.id },
    form,
    schema,
    initial,
  );
  const { dialog } = useFormSubmit(
    form,
    (v) => call('referrals:recordOutcome', outcomeInput(referral.id, v)),
    (saved) => void draft.forget().then(() => onSaved(saved)),
  );
  const kind = form.watch('kind');
  return (
    <FormDialog
      {...dialog}
      errorMessages={useReferralErrors()}
      title={title}
      onClose={() => void draft.forget().then(onClose)}
      submitLabel={t('referrals.outcome.save')}
      busyLabel={t('common.saving')}
    >
      <DraftNotice draft={draft} />
      <ChoiceField
        control={form.control}
        name="kind"
        label={t('referrals.outcome.what')}
        options={OUTCOME_KINDS.map((k) => ({ id: k, label: t(`referrals.outcomes.${k}`) }))}
      />
      {kind === 'employed' ? (
        <div className="referral-dates">
          <FormDateField control={form.control} name="startDate" label={t('referrals.outcome.startDate')} />
          <FormTextField
            control={form.control}
            name="workKind"
            label={t('referrals.outcome.workKind')}
            maxLength={MAX_WORK_KIND}
          />
        </div>
      ) : null}
      {kind === 'legal-help' ? (
        <ChoiceField
          control={form.control}
          name="help"
          label={t('referrals.outcome.help')}
          options={LEGAL_HELP_KINDS.map((h) => ({ id: h, label: t(`referrals.legalHelp.${h}`) }))}
        />
      ) : null}
      {kind === 'other' ? (
        <FormTextField
          control={form.control}
          name="otherNote"
          label={t('referrals.outcome.otherNote')}
          maxLength={MAX_REFERRAL_EVENT_NOTE}
          multiline
        />
      ) : null}
      <FormDateField control={form.control} name="on" label={t('referrals.outcome.on')} />
      <FormTextField
        control={form.control}
        name="note"
        label={t('referrals.step.note')}
        maxLength={MAX_REFERRAL_EVENT_NOTE}
        multiline
      />
    </FormDialog>
  );
}
