import { AppFailure } from '../../../contract/errors';
import { delayForFailures, retryAfterMs, type ThrottleState } from '../../vault/throttle';
import type { PublicContext } from '../context';
import type { SignedInContext } from '../signedIn';

/**
 * Issue 10: guessing one's own current password at an unlocked computer (account:changePassword)
 * is slowed down exactly like sign-in, by the same persisted counter in the key file: a run of
 * wrong guesses delays both, and neither locking nor restarting the app resets it. The database is
 * open here, so each failure goes straight to the audit log; nothing is added to the key file's
 * pending list (that list holds only failures made while the database was locked).
 */

/**
 * THROTTLED (with retryAfterMs) while the last failure's delay has not passed. Sign-in passes the
 * counter of the key file copy it read; by default it is read from the key file.
 */
export function refuseWhileThrottled(ctx: PublicContext, throttle: ThrottleState = ctx.vault.keyFile().throttle): void {
  const wait = retryAfterMs(throttle, ctx.vault.now());
  if (wait > 0) throw new AppFailure('THROTTLED', 'too many failed attempts; wait', { retryAfterMs: wait });
}

/** Counts one more failure in the key file; returns the delay now required before the next attempt. */
export function countFailure(s: SignedInContext): number {
  const kf = s.vault.keyFile();
  const failures = kf.throttle.failures + 1;
  s.vault.saveKeyFile({ ...kf, throttle: { ...kf.throttle, failures, lastFailureAt: s.nowIso() } });
  return delayForFailures(failures);
}

/** A right password ends the run of failures (failures made while locked, still pending audit, stay). */
export function clearFailureCount(ctx: PublicContext): void {
  const kf = ctx.vault.keyFile();
  if (kf.throttle.failures === 0 && kf.throttle.lastFailureAt === null) return;
  ctx.vault.saveKeyFile({ ...kf, throttle: { ...kf.throttle, failures: 0, lastFailureAt: null } });
}
