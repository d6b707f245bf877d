import { useCallback, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { GROUP_STATUSES, type GroupDetail, type GroupStatus, PROGRAMME_TYPES } from '../../../../electron/contract/groupChannels';
import type { PersonRef } from '../../../../electron/contract/signedRecord';
import type { Result } from '../../../../electron/contract/errors';
import { type AppError, call } from '../../../api';
import { Button } from '../../../components/Button';
import { FormError } from '../../../components/FormError';
import { PageTitle } from '../../../components/Page';
import { Select } from '../../../components/Select';
import { FormActions } from '../../../components/FormActions';
import { FormCheckboxesField, FormDateField, FormNumberField, FormSelectField, FormTextField } from '../../../forms/FormFields';
import { useZodForm } from '../../../forms/useZodForm';
import { useLoaded } from '../../../hooks/useLoaded';
import { useSignedIn } from '../../vault/VaultContext';
import { WeekdaysField } from '../fields/WeekdaysField';
import { localCalendarDate } from '../model/calendar';
import { type GroupFormInput, emptyGroupForm, groupFormOf, groupFormSchema, sameIds, scheduleInput } from '../model/groupForm';

type Props = { groupId: string | null; onDone: (groupId: string | null) => void };

type FormData = { group: GroupDetail | null; people: PersonRef[] };

/** The group when editing, and whom it may be given to. */
async function loadFormData(groupId: string | null): Promise<Result<FormData>> {
  const candidates = await call('groups:facilitatorCandidates', {});
  const loaded = groupId ? await call('groups:get', { groupId }) : null;
  if (!candidates.ok) return candidates;
  if (loaded && !loaded.ok) return loaded;
  // Someone already facilitating keeps their place in the list even if their role was removed since.
  const current = loaded ? loaded.value.facilitators.filter((f) => !candidates.value.some((c) => c.id === f.id)) : [];
  return { ok: true, value: { group: loaded?.value ?? null, people: [...candidates.value, ...current] } };
}

/** Loads what the form needs (the group when editing, whom it may be given to), then shows it. */
export function GroupFormPage({ groupId, onDone }: Props) {
  const { t } = useTranslation();
  const { value, error } = useLoaded(useCallback(() => loadFormData(groupId), [groupId]));
  const group = value?.group ?? null;
  const people = value?.people ?? null;

  const title = groupId ? t('groups.form.editTitle') : t('groups.form.newTitle');
  if (error || !people || (groupId && !group)) {
    return (
      <>
        <PageTitle>{title}</PageTitle>
        <FormError error={error} />
        {!error ? <p aria-busy="true">{t('common.loading')}</p> : null}
        <Button variant="quiet" onPress={() => onDone(groupId)}>
          {t('common.back')}
        </Button>
      </>
    );
  }
  return <GroupForm title={title} group={group} people={people} onDone={onDone} />;
}

function GroupForm({
  title,
  group,
  people,
  onDone,
}: {
  title: string;
  group: GroupDetail | null;
  people: PersonRef[];
  onDone: Props['onDone'];
}) {
  const { t } = useTranslation();
  const { account } = useSignedIn();
  const [error, setError] = useState<AppError | null>(null);
  const [status, setStatus] = useState<GroupStatus>(group?.status ?? 'planned');
  const selfFacilitates = account.roles.includes('facilitator') && people.some((p) => p.id === account.id);
  const form = useZodForm(
    groupFormSchema,
    group ? groupFormOf(group) : emptyGroupForm(localCalendarDate(new Date()), selfFacilitates ? account.id : null),
  );
  const { isSubmitting } = form.formState;
  const programmeType = form.watch('programmeType');

  // Status moves forward only: the current one and those after it.
  const statusOptions = GROUP_STATUSES.slice(GROUP_STATUSES.indexOf(group?.status ?? 'planned')).map((s) => ({
    id: s,
    label: t(`groups.status.${s}`),
  }));

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    if (!group) {
      const created = await call('groups:create', { ...scheduleInput(values), facilitatorIds: values.facilitatorIds });
      if (!created.ok) return setError(created.error);
      return onDone(created.value.id);
    }
    // Three channels, in order; a refusal stops there with the form as typed, and what was saved stays saved.
    const updated = await call('groups:update', { groupId: group.id, ...scheduleInput(values) });
    if (!updated.ok) return setError(updated.error);
    if (
      !sameIds(
        values.facilitatorIds,
        group.facilitators.map((f) => f.id),
      )
    ) {
      const set = await call('groups:setFacilitators', { groupId: group.id, facilitatorIds: values.facilitatorIds });
      if (!set.ok) return setError(set.error);
    }
    if (status !== group.status) {
      const moved = await call('groups:setStatus', { groupId: group.id, status });
      if (!moved.ok) return setError(moved.error);
    }
    onDone(group.id);
  });

  return (
    <>
      <PageTitle>{title}</PageTitle>
      {group ? <p className="eyebrow">{group.name}</p> : null}
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria" className="form group-form">
        <FormError error={error} />
        <FormTextField control={form.control} name="name" label={t('groups.fields.name')} />
        <div className="form__row">
          <FormSelectField<GroupFormInput, (typeof PROGRAMME_TYPES)[number]>
            control={form.control}
            name="programmeType"
            label={t('groups.fields.programme')}
            options={PROGRAMME_TYPES.map((p) => ({ id: p, label: t(`groups.programmes.${p}`) }))}
          />
          {programmeType === 'other' ? (
            <FormTextField control={form.control} name="programmeText" label={t('groups.fields.programmeText')} />
          ) : null}
        </div>
        <FormTextField
          control={form.control}
          name="unit"
          label={t('groups.fields.unit')}
          description={t('groups.form.unitHelp')}
        />
        <FormCheckboxesField
          control={form.control}
          name="facilitatorIds"
          label={t('groups.fields.facilitators')}
          description={people.length === 0 ? t('groups.form.noFacilitators') : undefined}
          options={people.map((p) => ({ id: p.id, label: p.fullName }))}
        />
        <fieldset className="group-form__schedule">
          <legend>{t('groups.fields.schedule')}</legend>
          <div className="form__row">
            <FormDateField control={form.control} name="startDate" label={t('groups.fields.startDate')} />
            <FormDateField
              control={form.control}
              name="endDate"
              label={t('groups.fields.endDate')}
              description={t('groups.form.optional')}
            />
          </div>
          <WeekdaysField control={form.control} name="weekdays" label={t('groups.fields.weekdays')} />
          <div className="form__row">
            <FormTextField
              control={form.control}
              name="time"
              label={t('groups.fields.time')}
              description={t('groups.form.timeHelp')}
            />
            <FormNumberField
              control={form.control}
              name="plannedSessions"
              label={t('groups.fields.plannedSessions')}
              minValue={1}
              maxValue={1000}
            />
            <FormNumberField
              control={form.control}
              name="capacity"
              label={t('groups.fields.capacity')}
              minValue={1}
              maxValue={200}
            />
          </div>
        </fieldset>
        {group ? <FormStatus value={status} options={statusOptions} onChange={setStatus} /> : null}
        <FormTextField control={form.control} name="goals" label={t('groups.fields.goals')} multiline />
        <FormActions
          submitLabel={group ? t('common.save') : t('groups.form.create')}
          busyLabel={t('common.saving')}
          isBusy={isSubmitting}
          onCancel={() => onDone(group?.id ?? null)}
        />
      </Form>
    </>
  );
}

function FormStatus({
  value,
  options,
  onChange,
}: {
  value: GroupStatus;
  options: { id: GroupStatus; label: string }[];
  onChange: (s: GroupStatus) => void;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <Select<GroupStatus> label={t('groups.fields.status')} value={value} options={options} onChange={onChange} />
      {value === 'finished' ? <p className="field__description">{t('groups.form.finishHelp')}</p> : null}
    </div>
  );
}
