import type { ReactNode } from 'react';
import { Label, RadioButton, RadioField, RadioGroup } from 'react-aria-components';

type Props = {
  label: ReactNode;
  options: readonly { value: string; label: string }[];
  value: string | null;
  onChange(value: string): void;
};

/** The client's answer buttons: one per line, very large, the whole row a target; no numbers, no scores. */
export function ClientChoice({ label, options, value, onChange }: Props) {
  return (
    <RadioGroup value={value} onChange={onChange} className="client-choice">
      <Label className="visually-hidden">{label}</Label>
      <div className="client-choice__options">
        {options.map((option) => (
          <RadioField key={option.value} value={option.value} className="client-choice__option">
            <RadioButton className="client-choice__button">
              <span className="client-choice__mark" aria-hidden="true" />
              <span>{option.label}</span>
            </RadioButton>
          </RadioField>
        ))}
      </div>
    </RadioGroup>
  );
}
