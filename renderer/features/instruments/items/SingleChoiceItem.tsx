import { FieldError, Label, RadioGroup, Text } from 'react-aria-components';
import { RadioOption } from '../../../components/Choice';
import { say } from '../localized';
import type { ItemEditorProps } from './itemProps';

/** One of a list of named options (e.g. "upper third", "middle third", "lower third"). */
export function SingleChoiceItem({ item, language, label, help, error, value, onChange }: ItemEditorProps<'singleChoice'>) {
  return (
    <RadioGroup
      value={typeof value === 'string' ? value : null}
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
          <RadioOption key={option.value} value={option.value}>
            {say(option.label, language)}
          </RadioOption>
        ))}
      </div>
      <FieldError className="field__error">{error}</FieldError>
    </RadioGroup>
  );
}
