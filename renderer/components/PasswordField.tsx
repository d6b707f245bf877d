import { type ReactNode, useState } from 'react';
import {
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
  FieldError,
  Group,
  Input,
  Label,
  Text,
  ToggleButton,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

export type PasswordFieldProps = Omit<AriaTextFieldProps, 'children' | 'className' | 'type'> & {
  label: ReactNode;
  description?: ReactNode;
  errorMessage?: string;
  inputRef?: (element: HTMLInputElement | null) => void;
  /** Rendered under the input and inside the field: the strength meter of a new password. */
  children?: ReactNode;
};

/** A password input with a show/hide toggle (people type long passwords on unfamiliar keyboards). */
export function PasswordField({ label, description, errorMessage, inputRef, children, ...props }: PasswordFieldProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <AriaTextField {...props} type={visible ? 'text' : 'password'} validationBehavior="aria" className="field">
      <Label className="field__label">{label}</Label>
      <Group className="field__group">
        <Input ref={inputRef} className="field__input field__input--password" spellCheck={false} autoCapitalize="off" />
        <ToggleButton className="field__toggle" isSelected={visible} onChange={setVisible} aria-label={t('password.show')}>
          <Icon name={visible ? 'eyeOff' : 'eye'} />
        </ToggleButton>
      </Group>
      {description ? (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      ) : null}
      <FieldError className="field__error">{errorMessage}</FieldError>
      {children}
    </AriaTextField>
  );
}
