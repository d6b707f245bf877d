import { TextField } from '../../../components/TextField';
import type { ItemEditorProps } from './itemProps';

/** Free text: a theme, the psychologist's notes, or the client's own words. Empty = not answered. */
export function TextItem({ item, label, help, error, value, onChange }: ItemEditorProps<'text'>) {
  return (
    <TextField
      label={label}
      description={help}
      value={typeof value === 'string' ? value : ''}
      onChange={(v) => onChange(v === '' ? null : v)}
      multiline={item.multiline}
      inputClassName={item.multiline ? 'form-item__textarea' : undefined}
      isInvalid={Boolean(error)}
      errorMessage={error}
    />
  );
}
