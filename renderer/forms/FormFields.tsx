/**
 * react-hook-form adapters for the app's fields: each binds one field of a form to one of the
 * components in renderer/components and shows the field's error, translated. Every form uses
 * these; a feature keeps only the fields that are its own (the group's weekdays, account roles).
 */
import { parseDate } from '@internationalized/date';
import {
  DateField as AriaDateField,
  CheckboxGroup,
  DateInput,
  DateSegment,
  FieldError,
  Label,
  RadioGroup,
  Text,
} from 'react-aria-components';
import { Controller, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxOption, RadioOption } from '../components/Choice';
import { NumberField } from '../components/NumberField';
import { Select } from '../components/Select';
import type { Bound } from './FormTextFields';
import { fieldErrorText } from './validation';

type Labelled<T extends FieldValues> = Bound<T> & { label: string; description?: string };
/** One option of a select, a radio group or a checkbox group. */
export type ChoiceOption<K extends string = string> = { id: K; label: string; description?: string; lang?: string };

export { FormPasswordField, FormTextField } from './FormTextFields';

function toDateValue(text: unknown) {
  if (typeof text !== 'string' || text === '') return null;
  try {
    return parseDate(text);
  } catch {
    return null;
  }
}

function Description({ text }: { text: string | undefined }) {
  return text ? (
    <Text slot="description" className="field__description">
      {text}
    </Text>
  ) : null;
}

/**
 * A calendar date typed segment by segment; the form holds it as the contract does, "YYYY-MM-DD",
 * or '' while it is empty or incomplete. (The shared DateField has no error slot: the audit
 * filters never need one.)
 */
export function FormDateField<T extends FieldValues>({ control, name, label, description }: Labelled<T>) {
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
          <Description text={description} />
          <FieldError className="field__error">{fieldErrorText(t, fieldState.error)}</FieldError>
        </AriaDateField>
      )}
    />
  );
}

/** A whole number that may be left empty (null in the form). */
export function FormNumberField<T extends FieldValues>({
  control,
  name,
  label,
  description,
  minValue,
  maxValue,
}: Labelled<T> & { minValue: number; maxValue: number }) {
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

/** One choice from a list too long for radio buttons. */
export function FormSelectField<T extends FieldValues, K extends string = string>({
  control,
  name,
  label,
  options,
}: Bound<T> & { label: string; options: ChoiceOption<K>[] }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => <Select<K> label={label} options={options} value={field.value as K} onChange={field.onChange} />}
    />
  );
}

/** One of a few options as radio buttons: in a row (the default) or one under the other. */
export function FormRadioField<T extends FieldValues>({
  control,
  name,
  label,
  options,
  orientation = 'horizontal',
}: Bound<T> & { label: string; options: ChoiceOption[]; orientation?: 'horizontal' | 'vertical' }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <RadioGroup
          className="field field--group"
          value={field.value as string}
          onChange={field.onChange}
          orientation={orientation}
        >
          <Label className="field__label">{label}</Label>
          <div className={orientation === 'horizontal' ? 'choices choices--row' : 'choices'}>
            {options.map((option) => (
              <RadioOption key={option.id} value={option.id} description={option.description} lang={option.lang}>
                {option.label}
              </RadioOption>
            ))}
          </div>
        </RadioGroup>
      )}
    />
  );
}

/** Checkboxes bound to an array of ids; whether one is required is the schema's say. */
export function FormCheckboxesField<T extends FieldValues>({
  control,
  name,
  label,
  description,
  options,
}: Labelled<T> & { options: ChoiceOption[] }) {
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
          onBlur={field.onBlur}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
        >
          <Label className="field__label">{label}</Label>
          <Description text={description} />
          <div className="choices">
            {options.map((option) => (
              <CheckboxOption key={option.id} value={option.id} description={option.description}>
                {option.label}
              </CheckboxOption>
            ))}
          </div>
          <FieldError className="field__error">{fieldErrorText(t, fieldState.error)}</FieldError>
        </CheckboxGroup>
      )}
    />
  );
}
