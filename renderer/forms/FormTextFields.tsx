/**
 * The text and password fields of FormFields.tsx, in a module of their own: the sign-in and unlock
 * screens use only these, and so do not load the select, date, number and choice components with the
 * first screen (issue 18 §6). They and FormUsernameField import from here; FormFields.tsx re-exports
 * both, and every other form imports from there.
 */
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import {
  type Control,
  Controller,
  type ControllerFieldState,
  type ControllerRenderProps,
  type FieldPath,
  type FieldValues,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PasswordField, type PasswordFieldProps } from '../components/PasswordField';
import { TextField, type TextFieldProps } from '../components/TextField';
import { fieldErrorText } from './validation';

export type Bound<T extends FieldValues> = { control: Control<T>; name: FieldPath<T> };
type Unbound = 'name' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'isInvalid' | 'errorMessage' | 'inputRef';

/** What a text input takes from its form field: the value ('' when unset), the handlers, the error. */
function textBinding<T extends FieldValues>(
  field: ControllerRenderProps<T, FieldPath<T>>,
  fieldState: ControllerFieldState,
  t: TFunction,
) {
  return {
    name: field.name,
    value: (field.value as string | undefined) ?? '',
    onChange: field.onChange,
    onBlur: field.onBlur,
    inputRef: field.ref,
    isInvalid: fieldState.invalid,
    errorMessage: fieldErrorText(t, fieldState.error),
  };
}

/** A TextField bound to a react-hook-form field, showing its translated error. */
export function FormTextField<T extends FieldValues>({ control, name, ...props }: Bound<T> & Omit<TextFieldProps, Unbound>) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => <TextField {...props} {...textBinding(field, fieldState, t)} />}
    />
  );
}

/** A PasswordField bound to a react-hook-form field; `meter` renders under it with the current value. */
export function FormPasswordField<T extends FieldValues>({
  control,
  name,
  meter,
  ...props
}: Bound<T> & Omit<PasswordFieldProps, Unbound | 'children'> & { meter?: (value: string) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const binding = textBinding(field, fieldState, t);
        return (
          <PasswordField {...props} {...binding}>
            {meter?.(binding.value)}
          </PasswordField>
        );
      }}
    />
  );
}
