import { CheckboxButton, CheckboxField } from 'react-aria-components';
import type { ItemEditorProps } from './itemProps';

/** Present / absent: one checkbox. Unticked is an observation ("absent"), as initialAnswers says. */
export function IndicatorItem({ label, help, error, value, onChange }: ItemEditorProps<'indicator'>) {
  return (
    <CheckboxField
      isSelected={value === true}
      onChange={onChange}
      isInvalid={Boolean(error)}
      className="choice choice--single indicator"
    >
      <CheckboxButton className="choice__button">
        <span className="choice__mark choice__mark--checkbox" aria-hidden="true" />
        <span className="choice__text">
          <span className="choice__label">{label}</span>
          {help ? <span className="choice__description">{help}</span> : null}
          {error ? <span className="field__error">{error}</span> : null}
        </span>
      </CheckboxButton>
    </CheckboxField>
  );
}
