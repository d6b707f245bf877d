import type { ComponentType, ReactNode } from 'react';
import { FieldError, Label, Text } from 'react-aria-components';
import type { ChoiceOption, Language } from '../../../../assessments/instruments';
import { say } from '../localized';

type Props = {
  label: ReactNode;
  help?: ReactNode;
  error?: string;
  options: readonly ChoiceOption[];
  language: Language;
  /** RadioOption inside a RadioGroup, CheckboxOption inside a CheckboxGroup. */
  Option: ComponentType<{ value: string; children: ReactNode }>;
};

/** The inside of a single- or multiple-choice item: label, help, the named options, the error. */
export function ChoiceOptions({ label, help, error, options, language, Option }: Props) {
  return (
    <>
      <Label className="field__label">{label}</Label>
      {help ? (
        <Text slot="description" className="field__description">
          {help}
        </Text>
      ) : null}
      <div className="choices choices--compact">
        {options.map((option) => (
          <Option key={option.value} value={option.value}>
            {say(option.label, language)}
          </Option>
        ))}
      </div>
      <FieldError className="field__error">{error}</FieldError>
    </>
  );
}
