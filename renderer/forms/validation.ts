import type { TFunction } from 'i18next';
import type { FieldError } from 'react-hook-form';
import { USERNAME_FORMAT_MESSAGE } from '../../electron/contract/schemas';

/**
 * Form messages are i18n keys with parameters, encoded into zod's message string, and
 * translated only when shown: switching the language re-renders errors in the new language.
 */
type Message = { key: string; params?: Record<string, number | string> };

export const message = (key: string, params?: Message['params']): string => JSON.stringify({ key, params } satisfies Message);

function decode(text: string | undefined): Message | null {
  if (!text?.startsWith('{')) return null;
  try {
    const parsed = JSON.parse(text) as Partial<Message>;
    return typeof parsed.key === 'string' ? { key: parsed.key, params: parsed.params } : null;
  } catch {
    return null;
  }
}

/**
 * Per-parse error map for zodResolver: the contract's schemas (usernameSchema, fullNameSchema…)
 * are reused as they are, and their issues become our keys. Zod gives a message written into a
 * schema precedence over this map (zod v4 "error precedence"), so such issues fall back to their
 * code in `fieldErrorText`.
 */
export const formErrorMap = (issue: {
  code: string;
  minimum?: unknown;
  maximum?: unknown;
  origin?: unknown;
  input?: unknown;
}): string => {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array') return message('validation.chooseOne');
      if (issue.input === '') return message('validation.required');
      return Number(issue.minimum) <= 1
        ? message('validation.required')
        : message('validation.tooShort', { min: Number(issue.minimum) });
    case 'too_big':
      return message('validation.tooLong', { max: Number(issue.maximum) });
    default:
      return message('validation.invalid');
  }
};

/** The text to show for a react-hook-form field error, in the current language. */
export function fieldErrorText(t: TFunction, error: FieldError | undefined): string | undefined {
  if (!error) return undefined;
  const decoded = decode(error.message);
  if (decoded) return t(decoded.key, decoded.params);
  // A format rule with its own message in the contract: only the username's is worth its own text;
  // any other (a control character in clinical text, a malformed date) is simply invalid.
  return error.message === USERNAME_FORMAT_MESSAGE ? t('validation.usernameFormat') : t('validation.invalid');
}
