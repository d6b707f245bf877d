import { type FormEvent, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { AppError, Result } from '../../electron/contract/errors';

/**
 * Submitting a form to one backend call: the form's values are checked, sent, and the answer
 * handed on; a refusal is kept as `error` for FormError, cleared on the next try. `dialog` is what
 * FormDialog needs of it; `reset` empties the form and the error (a dialog that stays mounted
 * while closed calls it on close).
 */
export function useFormSubmit<I extends FieldValues, O extends FieldValues, R>(
  form: UseFormReturn<I, unknown, O>,
  send: (values: O) => Promise<Result<R>>,
  onDone: (value: R, values: O) => void,
) {
  const [error, setError] = useState<AppError | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await send(values);
    if (!result.ok) return setError(result.error);
    onDone(result.value, values);
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => void submit(event);
  const reset = () => {
    form.reset();
    setError(null);
  };
  return { error, onSubmit, reset, dialog: { error, isBusy: form.formState.isSubmitting, onSubmit } };
}
