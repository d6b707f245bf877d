import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { GroupSummary, SessionDetail, SessionSummary } from '../../../../electron/contract/groupChannels';
import type { PersonRef } from '../../../../electron/contract/signedRecord';
import { idSchema } from '../../../../electron/contract/schemas';
import { call } from '../../../api';
import { FormDialog } from '../../../components/FormDialog';
import { FormCheckboxesField, FormDateField, FormNumberField, FormTextField } from '../../../forms/FormFields';
import { useFormSubmit } from '../../../forms/useFormSubmit';
import { useZodForm } from '../../../forms/useZodForm';
import { message } from '../../../forms/validation';
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
  /** The group's facilitators are whom the session's may be chosen from. */
  group: Pick<GroupSummary, 'id' | 'time' | 'facilitators'>;
  /** The session to change; null for a new one. */
  session: (SessionSummary & { groupId: string }) | null;
  onClose: () => void;
  onSaved: (session: SessionDetail) => void;
};

/** A new session, or a session's date, time, duration, topic, planned activities and facilitators. */
export function SessionDialog({ group, session, onClose, onSaved }: Props) {
  const { t } = useTranslation();
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
  const { dialog } = useFormSubmit(
    form,
    (v) => {
      const fields = { ...v, time: v.time === '' ? null : v.time };
      return session
        ? call('groupSessions:update', { sessionId: session.id, ...fields })
        : call('groupSessions:create', { groupId: group.id, ...fields });
    },
    onSaved,
  );
  // Someone on the session who no longer facilitates the group stays visible, to be unticked (the backend takes only the group's).
  const people: PersonRef[] = [
    ...group.facilitators,
    ...(session?.facilitators ?? []).filter((f) => !group.facilitators.some((g) => g.id === f.id)),
  ];

  return (
    <FormDialog
      {...dialog}
      title={session ? t('groups.session.editTitle') : t('groups.sessions.new')}
      onClose={onClose}
      submitLabel={t('common.save')}
      busyLabel={t('common.saving')}
    >
      <div className="form__row">
        <FormDateField control={form.control} name="date" label={t('groups.sessions.date')} />
        <FormTextField
          control={form.control}
          name="time"
          label={t('groups.fields.time')}
          description={t('groups.form.timeHelp')}
        />
        <FormNumberField
          control={form.control}
          name="durationMinutes"
          label={t('groups.session.duration')}
          minValue={5}
          maxValue={600}
        />
      </div>
      <FormTextField control={form.control} name="topic" label={t('groups.sessions.topic')} />
      <FormTextField control={form.control} name="plannedActivities" label={t('groups.session.activities')} multiline />
      <FormCheckboxesField
        control={form.control}
        name="facilitatorIds"
        label={t('groups.fields.facilitators')}
        options={people.map((p) => ({ id: p.id, label: p.fullName }))}
      />
    </FormDialog>
  );
}
