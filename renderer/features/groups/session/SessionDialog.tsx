import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { GroupSummary, SessionDetail, SessionSummary } from '../../../../electron/contract/groupChannels';
import { idSchema } from '../../../../electron/contract/schemas';
import { type AppError, call } from '../../../api';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { FormError } from '../../../components/FormError';
import { FormTextField } from '../../../forms/FormFields';
import { useZodForm } from '../../../forms/useZodForm';
import { message } from '../../../forms/validation';
import { FacilitatorsField, FormDateField, FormNumberField } from '../fields/GroupFields';
import { localCalendarDate } from '../model/calendar';
import { normalizeTime } from '../model/groupForm';

const schema = z
  .object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, message('validation.required')),
    time: z.string().transform(normalizeTime),
    durationMinutes: z.int().min(5).max(600),
    topic: z.string().trim().max(200),
    plannedActivities: z.string().trim().max(5000),
    facilitatorIds: z.array(idSchema).min(1).max(10),
  })
  .superRefine((v, ctx) => {
    if (v.time !== '' && !/^([01]\d|2[0-3]):[0-5]\d$/.test(v.time)) {
      ctx.addIssue({ code: 'custom', path: ['time'], message: message('groups.form.timeFormat') });
    }
  });

type Props = {
  group: Pick<GroupSummary, 'id' | 'time' | 'facilitators'>;
  /** The session to change; null for a new one. */
  session: (SessionSummary & { groupId: string }) | null;
  onClose: () => void;
  onSaved: (session: SessionDetail) => void;
};

/** A new session, or a session's date, time, duration, topic, planned activities and facilitators. */
export function SessionDialog({ group, session, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const form = useZodForm(
    schema,
    session
      ? {
          date: session.date,
          time: session.time ?? '',
          durationMinutes: session.durationMinutes,
          topic: session.topic,
          plannedActivities: session.plannedActivities,
          facilitatorIds: session.facilitators.map((f) => f.id),
        }
      : {
          date: localCalendarDate(new Date()),
          time: group.time ?? '',
          durationMinutes: 90,
          topic: '',
          plannedActivities: '',
          facilitatorIds: group.facilitators.map((f) => f.id),
        },
  );
  const { isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (v) => {
    setError(null);
    const fields = { ...v, time: v.time === '' ? null : v.time };
    const result = session
      ? await call('groupSessions:update', { sessionId: session.id, ...fields })
      : await call('groupSessions:create', { groupId: group.id, ...fields });
    if (!result.ok) return setError(result.error);
    onSaved(result.value);
  });

  return (
    <Dialog isOpen onOpenChange={(open) => !open && onClose()} title={session ? t('groups.session.editTitle') : t('groups.sessions.new')} isBusy={isSubmitting}>
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria" className="form">
        <FormError error={error} />
        <div className="form__row">
          <FormDateField control={form.control} name="date" label={t('groups.sessions.date')} />
          <FormTextField control={form.control} name="time" label={t('groups.fields.time')} description={t('groups.form.timeHelp')} />
          <FormNumberField control={form.control} name="durationMinutes" label={t('groups.session.duration')} minValue={5} maxValue={600} />
        </div>
        <FormTextField control={form.control} name="topic" label={t('groups.sessions.topic')} />
        <FormTextField control={form.control} name="plannedActivities" label={t('groups.session.activities')} multiline />
        <FacilitatorsField control={form.control} name="facilitatorIds" label={t('groups.fields.facilitators')} people={group.facilitators} />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={isSubmitting}>
            {isSubmitting ? t('common.saving') : t('common.save')}
          </Button>
          <Button variant="quiet" isDisabled={isSubmitting} onPress={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
