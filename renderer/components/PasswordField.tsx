import { type ReactNode, useState } from 'react';
import {
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
  Group,
  Input,
  Label,
  Text,
  ToggleButton,
} from 'react-aria-components';
import { FieldErrorLine } from './FieldErrorLine';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';
import { useKeyboardState } from './useKeyboardState';

export type PasswordFieldProps = Omit<AriaTextFieldProps, 'children' | 'className' | 'type'> & {
  label: ReactNode;
  description?: ReactNode;
  errorMessage?: string;
  inputRef?: (element: HTMLInputElement | null) => void;
  /** Rendered under the input and inside the field: the strength meter of a new password. */
  children?: ReactNode;
};

/**
 * A password input with a show/hide toggle (people type long passwords on unfamiliar keyboards),
 * and, as operating-system sign-in screens do, the keyboard layout in use and a Caps Lock warning:
 * a masked password typed on the Russian layout or in capitals is otherwise a silent "wrong password".
 */
export function PasswordField({ label, description, errorMessage, inputRef, children, ...props }: PasswordFieldProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  const keyboard = useKeyboardState();
  return (
    <AriaTextField {...props} type={visible ? 'text' : 'password'} validationBehavior="aria" className="field">
      <Label className="field__label">{label}</Label>
      <Group className="field__group">
        <Input
          ref={inputRef}
          className="field__input field__input--password"
          spellCheck={false}
          autoCapitalize="off"
          {...keyboard.inputHandlers}
        />
        {keyboard.layout ? (
          <span
            className="field__layout"
            data-testid="keyboard-layout"
            title={t('password.layout', { layout: t(`password.layouts.${keyboard.layout}`) })}
          >
            <span aria-hidden="true">{keyboard.layout}</span>
            <span className="visually-hidden">{t('password.layout', { layout: t(`password.layouts.${keyboard.layout}`) })}</span>
          </span>
        ) : null}
        <ToggleButton className="field__toggle" isSelected={visible} onChange={setVisible} aria-label={t('password.show')}>
          <Icon name={visible ? 'eyeOff' : 'eye'} />
        </ToggleButton>
      </Group>
      {/* Always present, so the warning is announced when it appears. */}
      <p aria-live="polite" className={keyboard.capsLock ? 'field__caps' : 'visually-hidden'} data-testid="caps-lock">
        {keyboard.capsLock ? t('password.capsLockOn') : null}
      </p>
      {description ? (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      ) : null}
      <FieldErrorLine errorMessage={errorMessage} />
      {children}
    </AriaTextField>
  );
}
