import { assessPassword } from '../../common/passwordPolicy';
import { message } from './validation';

/*
 * Apart from validation.ts, which every form (sign-in too) loads: assessPassword brings zxcvbn and
 * its dictionaries, which only the screens that set a password need (issue 18 §6: they load on
 * first use, not with the sign-in screen).
 */

type IssueSink = { addIssue(issue: { code: 'custom'; path: string[]; message: string }): void };

/**
 * The new-password checks shared by every form that sets a password: the policy of
 * common/passwordPolicy.ts (the backend enforces the same) and, when the form
 * has one, the confirmation.
 */
export function checkNewPassword(
  values: { password: string; confirm?: string },
  context: { username?: string; fullName?: string },
  ctx: IssueSink,
): void {
  if (values.password && assessPassword(values.password, context).broken.length > 0) {
    ctx.addIssue({ code: 'custom', path: ['password'], message: message('password.notAcceptable') });
  }
  if (values.confirm !== undefined && values.confirm !== values.password) {
    ctx.addIssue({ code: 'custom', path: ['confirm'], message: message('password.mismatch') });
  }
}
