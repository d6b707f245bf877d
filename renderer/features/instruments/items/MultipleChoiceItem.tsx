import { CheckboxGroup, FieldError, Label, Text } from 'react-aria-components';
import { CheckboxOption } from '../../../components/Choice';
import { say } from '../localized';
import type { ItemEditorProps } from './itemProps';

/** Any number of named options (e.g. horns, claws, spines, armour). */
export function MultipleChoiceItem({ item, language, label, help, error, value, onChange }: ItemEditorProps<'multipleChoice'>) {
  return (
    <CheckboxGroup
      value={Array.isArray(value) ? [...value] : []}
      onChange={onChange}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      className="field field--group"
    >
      <Label className="field__label">{label}</Label>
      {help ? (
        <Text slot="description" className="field__description">
          {help}
        </Text>
      ) : null}
      <div className="choices choices--compact">
        {item.options.map((option) => (
          <CheckboxOption key={option.value} value={option.value}>
            {say(option.label, language)}
          </CheckboxOption>
        ))}
      </div>
      <FieldError className="field__error">{error}</FieldError>
    </CheckboxGroup>
  );
}
