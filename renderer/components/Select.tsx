import { Button, Label, ListBox, ListBoxItem, Popover, Select as AriaSelect, SelectValue } from 'react-aria-components';

export type SelectOption<K extends string> = { id: K; label: string };

type Props<K extends string> = {
  label: string;
  options: SelectOption<K>[];
  value: K;
  onChange: (value: K) => void;
};

/** A single choice from a list that is too long for radio buttons (audit actions, accounts). */
export function Select<K extends string>({ label, options, value, onChange }: Props<K>) {
  return (
    <AriaSelect value={value} onChange={(key) => key !== null && onChange(key as K)} className="field field--select">
      <Label className="field__label">{label}</Label>
      <Button className="select__button">
        <SelectValue className="select__value" />
        <span className="select__chevron" aria-hidden="true" />
      </Button>
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="listbox__item" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}
