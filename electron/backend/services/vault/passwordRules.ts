import { assessPassword } from '../../../../common/passwordPolicy';
import { AppFailure } from '../../../contract/errors';

/** Refuses a password the shared policy rejects, naming the broken rules. */
export function requireAcceptablePassword(password: string, context: { username?: string; fullName?: string }): void {
  const { broken } = assessPassword(password, context);
  if (broken.length > 0) throw new AppFailure('WEAK_PASSWORD', `password breaks: ${broken.join(', ')}`, { reasons: broken });
}
