import { RadioGroup } from 'react-aria-components';
import { RadioOption } from '../../../components/Choice';
import { ChoiceOptions } from './ChoiceOptions';
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
      <ChoiceOptions label={label} help={help} error={error} options={item.options} language={language} Option={RadioOption} />
    </RadioGroup>
  );
}
