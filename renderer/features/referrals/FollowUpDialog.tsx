import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../../../electron/contract/referralChannels';
import { call } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { FormDateField } from '../../forms/FormFields';
import { message } from '../../forms/validation';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { useZodForm } from '../../forms/useZodForm';
import { useReferralErrors } from './useReferralErrors';

type Props = { referral: Referral; title: string; onClose: () => void; onSaved: (referral: Referral) => void };

/** Moves (or clears, when left empty) the day to look at an open referral again. Only a date: no draft needed. */
export function FollowUpDialog({ referral, title, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const schema = z.object({
    followUpOn: z
      .union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, message('validation.required'))])
      .refine((d) => d === '' || d >= referral.referredOn, message('referrals.form.followUpBeforeReferral')),
  });
  const form = useZodForm(schema, { followUpOn: referral.followUpOn ?? '' });
  const { dialog } = useFormSubmit(
    form,
    (v) => call('referrals:setFollowUp', { id: referral.id, followUpOn: v.followUpOn === '' ? null : v.followUpOn }),
    onSaved,
  );
  return (
    <FormDialog
      {...dialog}
      errorMessages={useReferralErrors()}
      title={title}
      onClose={onClose}
      submitLabel={t('common.save')}
      busyLabel={t('common.saving')}
    >
      <FormDateField
        control={form.control}
        name="followUpOn"
        label={t('referrals.form.followUpOn')}
        description={t('referrals.followUp.help')}
      />
    </FormDialog>
  );
}
