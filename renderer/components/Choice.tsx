import type { ReactNode } from 'react';
import { CheckboxButton, CheckboxField, RadioButton, RadioField } from 'react-aria-components';

type OptionProps = { value: string; children: ReactNode; description?: ReactNode; lang?: string; className?: string };

/** One option of a RadioGroup: a visible round mark and a label, the whole row clickable. */
export function RadioOption({ value, children, description, lang, className }: OptionProps) {
  return (
    <RadioField value={value} className={['choice', className].filter(Boolean).join(' ')}>
      <RadioButton className="choice__button" lang={lang}>
        <span className="choice__mark choice__mark--radio" aria-hidden="true" />
        <span className="choice__text">
          <span className="choice__label">{children}</span>
          {description ? <span className="choice__description">{description}</span> : null}
        </span>
      </RadioButton>
    </RadioField>
  );
}

/** One option of a CheckboxGroup. */
export function CheckboxOption({ value, children, description, className }: Omit<OptionProps, 'lang'>) {
  return (
    <CheckboxField value={value} className={['choice', className].filter(Boolean).join(' ')}>
      <CheckboxButton className="choice__button">
        <span className="choice__mark choice__mark--checkbox" aria-hidden="true" />
        <span className="choice__text">
          <span className="choice__label">{children}</span>
          {description ? <span className="choice__description">{description}</span> : null}
        </span>
      </CheckboxButton>
    </CheckboxField>
  );
}

/** A single checkbox outside a group ("I have written it down"). */
export function Checkbox({
  isSelected,
  onChange,
  children,
}: {
  isSelected: boolean;
  onChange: (selected: boolean) => void;
  children: ReactNode;
}) {
  return (
    <CheckboxField isSelected={isSelected} onChange={onChange} className="choice choice--single">
      <CheckboxButton className="choice__button">
        <span className="choice__mark choice__mark--checkbox" aria-hidden="true" />
        <span className="choice__text">
          <span className="choice__label">{children}</span>
        </span>
      </CheckboxButton>
    </CheckboxField>
  );
}
