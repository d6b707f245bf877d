import { AppFailure } from '../../../contract/errors';
import type { AuditAction } from '../../../contract/schemas';
import { delayForFailures } from '../../vault/throttle';
import type { AuditDetails, AuditTarget, SignInState, SignedInContext } from '../signedIn';

/** What a wrong password is recorded as. */
export type FailedPassword = { action: AuditAction; target: AuditTarget; details?: AuditDetails };

/**
 * The signed-in person's password typed again: to sign a record or an addendum (assessments, group
 * session notes), or to take the screen back from a client. A wrong password is audited and
 * answered with a growing delay (1 s, 2 s, 4 s … 5 min, as sign-in), given as retryAfterMs rather
 * than slept, because calls are serialised and sleeping would stall a client's strokes. Each
 * purpose counts on its own, shared by every record of that purpose, so guessing cannot move from
 * one record to the next; the counts live with the sign-in (memory only), and a lock ends them.
 */
export async function requirePassword(
  s: SignedInContext,
  password: string,
  purpose: keyof SignInState['retries'],
  failed: FailedPassword,
): Promise<void> {
  const seen = s.state.retries[purpose];
  if (seen) {
    const delay = delayForFailures(seen.count);
    // Capped at one delay, so a clock set backwards cannot lock the person out for longer.
    const wait = Math.min(delay, seen.lastMs + delay - s.now());
    if (wait > 0) throw new AppFailure('THROTTLED', 'too many wrong passwords; wait', { retryAfterMs: wait });
  }
  if (await s.passwordOpens(password)) {
    s.state.retries[purpose] = null;
    return;
  }
  const count = (seen?.count ?? 0) + 1;
  s.state.retries[purpose] = { count, lastMs: s.now() };
  s.audit(failed.action, failed.target, { ...failed.details, attempt: count });
  throw new AppFailure('INVALID_CREDENTIALS', 'wrong password', { retryAfterMs: delayForFailures(count) });
}
