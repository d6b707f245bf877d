import { CheckboxGroup } from 'react-aria-components';
import { CheckboxOption } from '../../../components/Choice';
import { ChoiceOptions } from './ChoiceOptions';
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
      <ChoiceOptions label={label} help={help} error={error} options={item.options} language={language} Option={CheckboxOption} />
    </CheckboxGroup>
  );
}
