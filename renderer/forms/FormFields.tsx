import type { ReactNode } from 'react';
import { type Control, Controller, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PasswordField, type PasswordFieldProps } from '../components/PasswordField';
import { TextField, type TextFieldProps } from '../components/TextField';
import { fieldErrorText } from './validation';

type Bound<T extends FieldValues> = { control: Control<T>; name: FieldPath<T> };
type Unbound = 'name' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'isInvalid' | 'errorMessage' | 'inputRef';

/** A TextField bound to a react-hook-form field, showing its translated error. */
export function FormTextField<T extends FieldValues>({ control, name, ...props }: Bound<T> & Omit<TextFieldProps, Unbound>) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...props}
          name={field.name}
          value={(field.value as string | undefined) ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          isInvalid={fieldState.invalid}
          errorMessage={fieldErrorText(t, fieldState.error)}
        />
      )}
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
      render={({ field, fieldState }) => (
        <PasswordField
          {...props}
          name={field.name}
          value={(field.value as string | undefined) ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          isInvalid={fieldState.invalid}
          errorMessage={fieldErrorText(t, fieldState.error)}
        >
          {meter?.((field.value as string | undefined) ?? '')}
        </PasswordField>
      )}
    />
  );
}
