import { PASSWORD_MIN_LENGTH, type PasswordRule } from '../../common/passwordPolicyRules';

/** The rules of the password policy, in the order the checklist shows them. */
export const PASSWORD_RULES: readonly PasswordRule[] = ['length', 'notUsername', 'strength'];
export const PASSWORD_MIN = PASSWORD_MIN_LENGTH;
