/**
 * react-hook-form bindings for the group and session forms: calendar dates, numbers that may be
 * empty, a choice from a list, weekdays and facilitators as checkboxes. Each shows its error
 * translated, as FormTextField does.
 */
import { parseDate } from '@internationalized/date';
import {
  DateField as AriaDateField,
  CheckboxGroup,
  DateInput,
  DateSegment,
  FieldError,
  Label,
  Text,
} from 'react-aria-components';
import { type Control, Controller, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PersonRef } from '../../../../electron/contract/groupChannels';
import { CheckboxOption } from '../../../components/Choice';
import { NumberField } from '../../../components/NumberField';
import { Select, type SelectOption } from '../../../components/Select';
import { fieldErrorText } from '../../../forms/validation';
import { useWeekdayNames } from '../text/useScheduleText';

type Bound<T extends FieldValues> = { control: Control<T>; name: FieldPath<T>; label: string; description?: string };

function toDateValue(text: unknown) {
  if (typeof text !== 'string' || text === '') return null;
  try {
    return parseDate(text);
  } catch {
    return null;
  }
}

/** A calendar date typed segment by segment; the form holds it as "YYYY-MM-DD" or ''. */
export function FormDateField<T extends FieldValues>({ control, name, label, description }: Bound<T>) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <AriaDateField
          value={toDateValue(field.value)}
          onChange={(value) => field.onChange(value ? value.toString() : '')}
          onBlur={field.onBlur}
          granularity="day"
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
          className="field field--date"
        >
          <Label className="field__label">{label}</Label>
          <DateInput className="field__input date-input" ref={field.ref}>
            {(segment) => <DateSegment segment={segment} className="date-input__segment" />}
          </DateInput>
          {description ? (
            <Text slot="description" className="field__description">
              {description}
            </Text>
          ) : null}
          <FieldError className="field__error">{fieldErrorText(t, fieldState.error)}</FieldError>
        </AriaDateField>
      )}
    />
  );
}

/** A whole number that may be left empty (null). */
export function FormNumberField<T extends FieldValues>({
  control,
  name,
  label,
  description,
  minValue,
  maxValue,
}: Bound<T> & { minValue: number; maxValue: number }) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberField
          label={label}
          description={description}
          value={typeof field.value === 'number' ? field.value : Number.NaN}
          onChange={(value) => field.onChange(Number.isNaN(value) ? null : value)}
          onBlur={field.onBlur}
          minValue={minValue}
          maxValue={maxValue}
          step={1}
          isInvalid={fieldState.invalid}
          errorMessage={fieldErrorText(t, fieldState.error)}
        />
      )}
    />
  );
}

/** One choice from a list. */
export function FormSelectField<T extends FieldValues, K extends string>({ control, name, label, options }: Bound<T> & { options: SelectOption<K>[] }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => <Select<K> label={label} options={options} value={field.value as K} onChange={field.onChange} />}
    />
  );
}

/** Weekdays as seven checkboxes, Monday first; the form holds ISO numbers. */
export function WeekdaysField<T extends FieldValues>({ control, name, label }: Bound<T>) {
  const weekday = useWeekdayNames();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <CheckboxGroup
          className="field field--group"
          value={(field.value as number[]).map(String)}
          onChange={(values) => field.onChange(values.map(Number).sort((a, b) => a - b))}
        >
          <Label className="field__label">{label}</Label>
          <div className="choices choices--row weekday-choices">
            {[1, 2, 3, 4, 5, 6, 7].map((day) => (
              <CheckboxOption key={day} value={String(day)}>
                {weekday(day, 'long')}
              </CheckboxOption>
            ))}
          </div>
        </CheckboxGroup>
      )}
    />
  );
}

/** Facilitators: active accounts with the facilitator role; at least one. */
export function FacilitatorsField<T extends FieldValues>({ control, name, label, description, people }: Bound<T> & { people: PersonRef[] }) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <CheckboxGroup
          className="field field--group"
          value={field.value as string[]}
          onChange={field.onChange}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
        >
          <Label className="field__label">{label}</Label>
          {description ? (
            <Text slot="description" className="field__description">
              {description}
            </Text>
          ) : null}
          <div className="choices">
            {people.map((person) => (
              <CheckboxOption key={person.id} value={person.id}>
                {person.fullName}
              </CheckboxOption>
            ))}
          </div>
          <FieldError className="field__error">{fieldErrorText(t, fieldState.error)}</FieldError>
        </CheckboxGroup>
      )}
    />
  );
}
