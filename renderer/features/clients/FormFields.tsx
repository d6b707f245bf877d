import {
  DateField as AriaDateField,
  CheckboxGroup,
  DateInput,
  type DateValue,
  DateSegment,
  FieldError,
  Label,
  RadioGroup,
  Text,
} from 'react-aria-components';
import { type Control, Controller, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxOption, RadioOption } from '../../components/Choice';
import { Select, type SelectOption } from '../../components/Select';
import { fieldErrorText } from '../../forms/validation';

type Bound<T extends FieldValues> = { control: Control<T>; name: FieldPath<T> };

/**
 * A date typed segment by segment, bound to a form field and showing its error (the shared
 * DateField has no error slot: the audit filters never need one).
 */
export function FormDateField<T extends FieldValues>({ control, name, label, description }: Bound<T> & { label: string; description?: string }) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <AriaDateField
          value={field.value as DateValue | null}
          onChange={field.onChange}
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

/** A few options as a row of radio buttons. */
export function FormRadioField<T extends FieldValues>({
  control,
  name,
  label,
  options,
}: Bound<T> & { label: string; options: SelectOption<string>[] }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <RadioGroup className="field field--group" value={field.value as string} onChange={field.onChange} orientation="horizontal">
          <Label className="field__label">{label}</Label>
          <div className="choices choices--row">
            {options.map((option) => (
              <RadioOption key={option.id} value={option.id}>
                {option.label}
              </RadioOption>
            ))}
          </div>
        </RadioGroup>
      )}
    />
  );
}

/** A select bound to a form field. */
export function FormSelectField<T extends FieldValues>({
  control,
  name,
  label,
  options,
}: Bound<T> & { label: string; options: SelectOption<string>[] }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => <Select label={label} value={field.value as string} onChange={field.onChange} options={options} />}
    />
  );
}

/** Checkboxes bound to an array field; at least one is usually required (the schema says). */
export function FormCheckboxesField<T extends FieldValues>({
  control,
  name,
  label,
  options,
}: Bound<T> & { label: string; options: SelectOption<string>[] }) {
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
          <div className="choices">
            {options.map((option) => (
              <CheckboxOption key={option.id} value={option.id}>
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
