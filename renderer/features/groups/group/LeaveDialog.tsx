import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { LEAVING_REASONS, type Member, leavingReasonSchema } from '../../../../electron/contract/groupChannels';
import { call } from '../../../api';
import { FormDialog } from '../../../components/FormDialog';
import { FormDateField, FormRadioField, FormTextField } from '../../../forms/FormFields';
import { useFormSubmit } from '../../../forms/useFormSubmit';
import { useZodForm } from '../../../forms/useZodForm';
import { message } from '../../../forms/validation';
import { localCalendarDate } from '../model/calendar';

const schema = z
  .object({
    leftOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, message('validation.required')),
    reason: leavingReasonSchema,
    note: z.string().trim().max(1000),
    joinedOn: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.leftOn < v.joinedOn) ctx.addIssue({ code: 'custom', path: ['leftOn'], message: message('groups.leave.beforeJoined') });
  });

type Props = { member: Member | null; onClose: () => void; onLeft: () => void };

/** A member leaves: the date and the reason (completed, released, transferred, dropped out, other). */
export function LeaveDialog({ member, onClose, onLeft }: Props) {
  return member ? <LeaveForm key={member.id} member={member} onClose={onClose} onLeft={onLeft} /> : null;
}

function LeaveForm({ member, onClose, onLeft }: { member: Member } & Omit<Props, 'member'>) {
  const { t } = useTranslation();
  const form = useZodForm(schema, {
    leftOn: localCalendarDate(new Date()),
    reason: 'completed',
    note: '',
    joinedOn: member.joinedOn,
  });
  const { dialog } = useFormSubmit(
    form,
    (v) => call('groups:leave', { memberId: member.id, leftOn: v.leftOn, reason: v.reason, note: v.note }),
    () => onLeft(),
  );

  return (
    <FormDialog
      {...dialog}
      title={t('groups.leave.title', { alias: member.alias })}
      onClose={onClose}
      submitLabel={t('groups.leave.submit')}
    >
      <FormDateField control={form.control} name="leftOn" label={t('groups.members.left')} />
      <FormRadioField
        control={form.control}
        name="reason"
        label={t('groups.leave.reason')}
        orientation="vertical"
        options={LEAVING_REASONS.map((reason) => ({ id: reason, label: t(`groups.leaving.${reason}`) }))}
      />
      <FormTextField
        control={form.control}
        name="note"
        label={t('groups.leave.note')}
        description={t('groups.leave.noteHelp')}
        multiline
      />
    </FormDialog>
  );
}
