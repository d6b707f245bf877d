/**
 * The password policy's limits and rule names, apart from the estimator in passwordPolicy.ts: the
 * sign-in screen shows the rules (FormError) but never estimates strength, so it does not load
 * zxcvbn and its dictionaries (issue 18 §6). passwordPolicy.ts re-exports these.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MIN_SCORE = 3;

export type PasswordRule = 'length' | 'notUsername' | 'strength';
