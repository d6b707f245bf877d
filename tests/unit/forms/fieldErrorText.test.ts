import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clinicalText } from '../../../electron/contract/signedRecord';
import { usernameSchema } from '../../../electron/contract/schemas';
import { fieldErrorText, formErrorMap } from '../../../renderer/forms/validation';

const t = ((key: string) => key) as unknown as TFunction;

/** The message a form would show for the first issue of `schema` on `value`, as zodResolver hands it over. */
function shown(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value, { error: formErrorMap });
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  return fieldErrorText(t, { type: issue.code, message: issue.message });
}

describe('form messages for format rules', () => {
  it('explains the characters a username may hold', () => {
    expect(shown(usernameSchema, 'две слова')).toBe('validation.usernameFormat');
  });

  it('calls other format failures invalid, never a username rule', () => {
    expect(shown(clinicalText(100), 'a\u0007bell')).toBe('validation.invalid');
    expect(shown(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), '12.03.2026')).toBe('validation.invalid');
  });

  it('keeps the length messages', () => {
    expect(shown(usernameSchema, 'ab')).toBe('validation.tooShort');
  });
});
