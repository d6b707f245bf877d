import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_REFERRAL_EVENT_NOTE,
  NEXT_STATUSES,
  type Referral,
  isOpenReferral,
} from '../../../electron/contract/referralChannels';
import { call } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { FormDateField, FormTextField } from '../../forms/FormFields';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { useZodForm } from '../../forms/useZodForm';
import { DraftNotice } from '../clients/DraftNotice';
import { useClientFormDraft } from '../clients/useClientFormDraft';
import { todayValue } from '../clients/clientForm';
import { ChoiceField } from './ChoiceField';
import { type StepValues, stepSchema } from './referralForm';
import { useReferralErrors } from './useReferralErrors';

type Props = { referral: Referral; title: string; onClose: () => void; onSaved: (referral: Referral) => void };

/**
 * The next step of a referral: which (only the steps NEXT_STATUSES allows from where it is), the day,
 * a note, and the next follow-up date (kept as it was unless changed; a decline ends the follow-up).
 * Kept as a draft while typed, like the new referral.
 */
export function StepDialog({ referral, title, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const next = NEXT_STATUSES[referral.status];
  const madeYet = referral.status !== 'planned';
  const [schema] = useState(() => stepSchema(referral.referredOn, madeYet));
  const [initial] = useState<StepValues>(() => ({
    status: next.length === 1 ? (next[0] as StepValues['status']) : '',
    on: todayValue(),
    note: '',
    followUpOn: referral.followUpOn ?? '',
  }));
  const form = useZodForm(schema, initial);
  const draft = useClientFormDraft(
    { form: 'referral-step', clientId: referral.clientId, referralId: referral.id },
    form,
    schema,
    initial,
  );
  const { dialog } = useFormSubmit(
    form,
    (v) =>
      call('referrals:changeStatus', {
        id: referral.id,
        status: v.status as Exclude<StepValues['status'], ''>,
        on: v.on,
        note: v.note,
        followUpOn: v.followUpOn === '' ? null : v.followUpOn,
      }),
    (saved) => void draft.forget().then(() => onSaved(saved)),
  );
  const status = form.watch('status');
  return (
    <FormDialog
      {...dialog}
      errorMessages={useReferralErrors()}
      title={title}
      onClose={() => void draft.forget().then(onClose)}
      submitLabel={t('referrals.step.save')}
      busyLabel={t('common.saving')}
    >
      <DraftNotice draft={draft} />
      <ChoiceField
        control={form.control}
        name="status"
        label={t('referrals.step.what')}
        options={next.map((s) => ({ id: s, label: t(`referrals.status.${s}`), description: t(`referrals.statusHelp.${s}`) }))}
      />
      <FormDateField control={form.control} name="on" label={t('referrals.step.on')} />
      <FormTextField
        control={form.control}
        name="note"
        label={t('referrals.step.note')}
        maxLength={MAX_REFERRAL_EVENT_NOTE}
        multiline
      />
      {status === '' || isOpenReferral(status) ? (
        <FormDateField
          control={form.control}
          name="followUpOn"
          label={t('referrals.form.followUpOn')}
          description={t('referrals.step.followUpHelp')}
        />
      ) : null}
    </FormDialog>
  );
}
