import { useState } from 'react';
import { Form, Label, RadioGroup } from 'react-aria-components';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { LEAVING_REASONS, type Member, leavingReasonSchema } from '../../../../electron/contract/groupChannels';
import { type AppError, call } from '../../../api';
import { Button } from '../../../components/Button';
import { RadioOption } from '../../../components/Choice';
import { Dialog } from '../../../components/Dialog';
import { FormError } from '../../../components/FormError';
import { FormTextField } from '../../../forms/FormFields';
import { useZodForm } from '../../../forms/useZodForm';
import { message } from '../../../forms/validation';
import { FormDateField } from '../fields/GroupFields';
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
  const [error, setError] = useState<AppError | null>(null);
  const form = useZodForm(schema, { leftOn: localCalendarDate(new Date()), reason: 'completed', note: '', joinedOn: member.joinedOn });
  const { isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (v) => {
    setError(null);
    const result = await call('groups:leave', { memberId: member.id, leftOn: v.leftOn, reason: v.reason, note: v.note });
    if (!result.ok) return setError(result.error);
    onLeft();
  });

  return (
    <Dialog isOpen onOpenChange={(open) => !open && onClose()} title={t('groups.leave.title', { alias: member.alias })} isBusy={isSubmitting}>
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria" className="form">
        <FormError error={error} />
        <FormDateField control={form.control} name="leftOn" label={t('groups.members.left')} />
        <Controller
          control={form.control}
          name="reason"
          render={({ field }) => (
            <RadioGroup className="field field--group" value={field.value} onChange={field.onChange}>
              <Label className="field__label">{t('groups.leave.reason')}</Label>
              <div className="choices">
                {LEAVING_REASONS.map((reason) => (
                  <RadioOption key={reason} value={reason}>
                    {t(`groups.leaving.${reason}`)}
                  </RadioOption>
                ))}
              </div>
            </RadioGroup>
          )}
        />
        <FormTextField control={form.control} name="note" label={t('groups.leave.note')} description={t('groups.leave.noteHelp')} multiline />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={isSubmitting}>
            {t('groups.leave.submit')}
          </Button>
          <Button variant="quiet" isDisabled={isSubmitting} onPress={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
