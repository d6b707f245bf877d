import { FieldError, Label, RadioGroup } from 'react-aria-components';
import { type Control, Controller, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RadioOption } from '../../components/Choice';
import type { ChoiceOption } from '../../forms/FormFields';
import { fieldErrorText } from '../../forms/validation';

type Props<T extends FieldValues> = {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  options: ChoiceOption[];
  orientation?: 'horizontal' | 'vertical';
};

/**
 * Radio buttons bound to a form field that starts unanswered (''), with the field's error: the
 * referral forms ask for a step or an outcome and say so at the field when none was picked.
 */
export function ChoiceField<T extends FieldValues>({ control, name, label, options, orientation = 'vertical' }: Props<T>) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <RadioGroup
          className="field field--group"
          value={(field.value as string) || null}
          onChange={field.onChange}
          orientation={orientation}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
          name={field.name}
        >
          <Label className="field__label">{label}</Label>
          <div className={orientation === 'horizontal' ? 'choices choices--row' : 'choices'}>
            {options.map((option) => (
              <RadioOption key={option.id} value={option.id} description={option.description}>
                {option.label}
              </RadioOption>
            ))}
          </div>
          <FieldError className="field__error">{fieldErrorText(t, fieldState.error)}</FieldError>
        </RadioGroup>
      )}
    />
  );
}
