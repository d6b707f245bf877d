import { AppFailure } from '../../contract/errors';
import type { AuditAction } from '../../contract/schemas';
import { delayForFailures } from '../vault/throttle';
import type { OpenVault } from '../vault/vault';
import { type ServiceContext, audit } from './context';

/**
 * The password typed again to sign a record or an addendum (assessments, group session notes).
 * A wrong password is audited and answered with a growing delay (1 s, 2 s, 4 s … 5 min, as
 * sign-in), given as retryAfterMs rather than slept, because calls are serialised. The count is
 * shared by every kind of signing and lives with the sign-in (memory only): a lock ends it with
 * everything else the sign-in held, and guessing cannot move from one record to the next.
 */
const failures = new WeakMap<OpenVault, { count: number; lastMs: number }>();

export type SigningTarget = { failedAction: AuditAction; targetKind: string; targetId: string; details?: Record<string, string> };

export async function requireSigningPassword(ctx: ServiceContext, open: OpenVault, password: string, target: SigningTarget): Promise<void> {
  const seen = failures.get(open);
  if (seen) {
    const delay = delayForFailures(seen.count);
    // Capped at one delay, so a clock set backwards cannot lock the signer out for longer.
    const wait = Math.min(delay, seen.lastMs + delay - ctx.vault.now());
    if (wait > 0) throw new AppFailure('THROTTLED', 'too many wrong passwords; wait', { retryAfterMs: wait });
  }
  if (await ctx.vault.passwordOpensWrap(open.account.wrap_id, password)) {
    failures.delete(open);
    return;
  }
  const count = (seen?.count ?? 0) + 1;
  failures.set(open, { count, lastMs: ctx.vault.now() });
  audit(ctx, open.db, {
    actorId: open.account.id,
    action: target.failedAction,
    targetKind: target.targetKind,
    targetId: target.targetId,
    details: { ...target.details, attempt: count },
  });
  throw new AppFailure('INVALID_CREDENTIALS', 'wrong password', { retryAfterMs: delayForFailures(count) });
}
