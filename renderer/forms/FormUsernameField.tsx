import { type Control, type FieldPath, type FieldValues, useController } from 'react-hook-form';
import type { TextFieldProps } from '../components/TextField';
import { UsernameLayoutHint } from '../components/UsernameLayoutHint';
import { FormTextField } from './FormTextFields';

type Props<T extends FieldValues> = {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
} & Pick<TextFieldProps, 'description' | 'autoComplete' | 'autoFocus'>;

/** A username field that warns when the text looks typed on the other keyboard layout, and offers the Latin reading. */
export function FormUsernameField<T extends FieldValues>({ control, name, ...props }: Props<T>) {
  const { field } = useController({ control, name });
  return (
    <>
      <FormTextField control={control} name={name} {...props} />
      <UsernameLayoutHint username={String(field.value ?? '')} onUse={(latin) => field.onChange(latin)} />
    </>
  );
}
