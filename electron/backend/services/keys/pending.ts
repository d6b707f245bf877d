import { AppFailure } from '../../../contract/errors';
import type { KeyWrap } from '../../vault/wrap';
import type { SignInState } from '../signedIn';
import type { SignedInContext } from '../signedIn';
import { clearFailureCount, countFailure, refuseWhileThrottled } from '../vault/passwordThrottle';

/**
 * What an admin prepared and has not yet confirmed: a new recovery key's wrap, or a rotation's new data key with
 * the admin's and the recovery wraps. Kept against the sign-in's state, so a lock or sign-out forgets it (the
 * key buffer is wiped when replaced or cancelled; a lock drops the reference with the sign-in).
 */
export type PendingKeys =
  | { kind: 'recoveryKey'; recoveryWrap: KeyWrap }
  | { kind: 'rotation'; newKey: Buffer; adminWrap: KeyWrap; recoveryWrap: KeyWrap; accountIds: string[] };

const pending = new WeakMap<SignInState, PendingKeys>();

/** Replaces what is prepared; a replaced rotation's key is wiped unless `keepKey` (the vault now holds it). */
export function setPending(s: SignedInContext, value: PendingKeys | null, { keepKey = false } = {}): void {
  const before = pending.get(s.state);
  if (before?.kind === 'rotation' && before !== value && !keepKey) before.newKey.fill(0);
  if (value) pending.set(s.state, value);
  else pending.delete(s.state);
}

/** What was prepared, of the given kind; KEYS_NOT_PREPARED otherwise. */
export function requirePending<K extends PendingKeys['kind']>(s: SignedInContext, kind: K): Extract<PendingKeys, { kind: K }> {
  const value = pending.get(s.state);
  if (value?.kind !== kind) throw new AppFailure('KEYS_NOT_PREPARED', `no ${kind} was prepared at this sign-in`);
  return value as Extract<PendingKeys, { kind: K }>;
}

/** keys:cancel */
export function cancelPending(s: SignedInContext): null {
  setPending(s, null);
  return null;
}

/**
 * The admin's own password, checked like a password change: slowed down by the key file's counter, a wrong one
 * audited (who, never what was typed).
 */
export async function requireOwnPassword(s: SignedInContext, password: string): Promise<void> {
  refuseWhileThrottled(s);
  if (!(await s.passwordOpens(password))) {
    const retryAfterMs = countFailure(s);
    s.audit('keys.passwordFailed', { kind: 'account', id: s.account.id });
    throw new AppFailure('INVALID_CREDENTIALS', 'the password is wrong', { retryAfterMs });
  }
  clearFailureCount(s);
}
