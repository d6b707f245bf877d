import { zodResolver } from '@hookform/resolvers/zod';
import { type DefaultValues, type FieldValues, type UseFormReturn, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { formErrorMap } from './validation';

/** react-hook-form over a zod schema, with messages as i18n keys (see validation.ts). */
export function useZodForm<I extends FieldValues, O extends FieldValues>(
  schema: z.ZodType<O, I>,
  defaultValues: DefaultValues<I>,
): UseFormReturn<I, unknown, O> {
  return useForm<I, unknown, O>({
    resolver: zodResolver(schema, { error: formErrorMap }),
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
}
