import type { ReactNode } from 'react';
import {
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
  Input,
  Label,
  Text,
  TextArea,
} from 'react-aria-components';
import { FieldErrorLine } from './FieldErrorLine';

export type TextFieldProps = Omit<AriaTextFieldProps, 'children' | 'className'> & {
  label: ReactNode;
  description?: ReactNode;
  errorMessage?: string;
  inputRef?: (element: HTMLInputElement | HTMLTextAreaElement | null) => void;
  inputClassName?: string;
  className?: string;
  /** Two visible lines, for long values that must be read whole (the recovery key). */
  multiline?: boolean;
};

/** Label, input, help text and error, wired for screen readers by react-aria. */
export function TextField({
  label,
  description,
  errorMessage,
  inputRef,
  inputClassName,
  className,
  multiline,
  ...props
}: TextFieldProps) {
  const inputClass = ['field__input', inputClassName].filter(Boolean).join(' ');
  return (
    <AriaTextField {...props} validationBehavior="aria" className={['field', className].filter(Boolean).join(' ')}>
      <Label className="field__label">{label}</Label>
      {multiline ? <TextArea ref={inputRef} rows={2} className={inputClass} /> : <Input ref={inputRef} className={inputClass} />}
      {description ? (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      ) : null}
      <FieldErrorLine errorMessage={errorMessage} />
    </AriaTextField>
  );
}
