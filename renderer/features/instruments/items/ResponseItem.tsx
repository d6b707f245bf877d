import { say } from '../localized';
import type { ItemEditorProps } from './itemProps';
import { ScaleChoice } from './ScaleChoice';

/** A questionnaire item answered on the instrument's shared answer scale (PHQ-9 "Not at all" 0 … 3). */
export function ResponseItem({ def, item, language, label, help, error, value, onChange }: ItemEditorProps<'response'>) {
  const options = def.responseScales.find((s) => s.id === item.responseScale)?.options ?? [];
  return (
    <ScaleChoice
      label={label}
      help={help}
      error={error}
      points={options.map((o) => ({ value: o.value, label: say(o.label, language) }))}
      value={typeof value === 'number' ? value : null}
      onChange={onChange}
    />
  );
}
