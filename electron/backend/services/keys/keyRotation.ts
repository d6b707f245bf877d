import type { z } from 'zod';
import { AppFailure } from '../../../contract/errors';
import type { RotationAccount, keyChannels } from '../../../contract/keyChannels';
import { type AuditEvent, appendAudit } from '../../db/repos/auditRepo';
import { type AccountRow, listAccounts, rolesOf, updateAccount } from '../../db/repos/accountsRepo';
import { type RotationStep, rotateDataKey } from '../../vault/rotation';
import { type KeyWrap, newDataKey, passwordSecret, wrapDataKey } from '../../vault/wrap';
import { usernameTag } from '../../vault/lookupTag';
import type { SignedInContext } from '../signedIn';
import { requireAcceptablePassword } from '../vault/passwordRules';
import { requireOwnPassword, requirePending, setPending } from './pending';
import { newRecoveryWrap, typedKeyOpens } from './recoveryKeyRenewal';

type Input<C extends keyof typeof keyChannels> = z.output<(typeof keyChannels)[C]['input']>;

/** Every active account with a wrap other than the admin's own: each needs a temporary password. */
function othersNeedingPasswords(s: SignedInContext): AccountRow[] {
  return listAccounts(s.db).filter((a) => a.id !== s.account.id && a.active === 1 && a.wrap_id !== null);
}

const toRotationAccount = (a: AccountRow): RotationAccount => ({
  id: a.id,
  username: a.username,
  fullName: a.full_name,
  roles: rolesOf(a),
});

/**
 * keys:prepareRotation — the new data key, the admin's wrap of it (same wrap id, so the account row stays as it
 * is) and a new recovery key's wrap; held until keys:rotate. The new recovery key is shown once, as at set-up.
 */
export async function prepareRotation(
  s: SignedInContext,
  { password }: Input<'keys:prepareRotation'>,
): Promise<{ recoveryKey: string; accounts: RotationAccount[] }> {
  await requireOwnPassword(s, password);
  const wrapId = s.account.wrap_id;
  if (!wrapId) throw new AppFailure('NOT_FOUND', 'the signed-in account has no key wrap');
  const newKey = newDataKey();
  try {
    const adminWrap = await wrapDataKey(newKey, passwordSecret(password), {
      kind: 'password',
      tag: usernameTag(s.vault.keyFile().lookupSalt, s.account.username),
      cost: s.vault.kdfCost,
      id: wrapId,
    });
    const { recoveryKey, wrap: recoveryWrap } = await newRecoveryWrap(s, newKey);
    const others = othersNeedingPasswords(s);
    setPending(s, { kind: 'rotation', newKey, adminWrap, recoveryWrap, accountIds: others.map((a) => a.id) });
    return { recoveryKey, accounts: others.map(toRotationAccount) };
  } catch (error) {
    newKey.fill(0);
    throw error;
  }
}

/** Test seam: tests/integration/fixtures/rotationChild.ts kills the process at a step. Never set by the app. */
export const rotationHooks: { onStep?: (step: RotationStep) => void } = {};

/**
 * keys:rotate — the database re-encrypted under the prepared key (vault/rotation.ts, which is crash-safe). Every
 * other active account gets the temporary password the admin chose (a new wrap under its old wrap id) and must
 * change it at the next sign-in; their old passwords no longer open the vault (old backups keep their own wraps).
 * The accounts' changes and the audit rows are written into the copy before it is rekeyed, so they take effect
 * exactly when the rotated database does.
 */
export async function rotate(
  s: SignedInContext,
  { recoveryKey, temporaryPasswords }: Input<'keys:rotate'>,
): Promise<{ accounts: RotationAccount[] }> {
  const prepared = requirePending(s, 'rotation');
  if (!(await typedKeyOpens(prepared.recoveryWrap, recoveryKey))) {
    throw new AppFailure('INVALID_RECOVERY_KEY', 'the typed key is not the one prepared');
  }
  const others = othersNeedingPasswords(s);
  const given = new Map(temporaryPasswords.map((t) => [t.accountId, t.temporaryPassword]));
  const expected = [...prepared.accountIds].sort();
  const current = others.map((a) => a.id).sort();
  const missing = current.filter((id) => !given.has(id));
  if (
    given.size !== temporaryPasswords.length ||
    missing.length > 0 ||
    given.size !== current.length ||
    expected.join() !== current.join()
  ) {
    // Accounts changed since the rotation was prepared, or a password is missing or extra: nothing is done.
    throw new AppFailure('ROTATION_ACCOUNTS', 'one temporary password is needed for each listed account', { reasons: missing });
  }
  for (const a of others) requireAcceptablePassword(given.get(a.id) ?? '', { username: a.username, fullName: a.full_name });
  const lookupSalt = s.vault.keyFile().lookupSalt;
  const temporaryWraps: KeyWrap[] = [];
  for (const a of others) {
    temporaryWraps.push(
      await wrapDataKey(prepared.newKey, passwordSecret(given.get(a.id) ?? ''), {
        kind: 'password',
        tag: usernameTag(lookupSalt, a.username),
        cost: s.vault.kdfCost,
        id: a.wrap_id ?? undefined,
      }),
    );
  }
  const open = s.vault.currentSignIn();
  if (!open) throw new AppFailure('UNAUTHENTICATED', 'the vault was locked during the rotation');
  // Wraps of accounts that are not active (none should exist) are dropped with the old key.
  const wraps = [prepared.adminWrap, prepared.recoveryWrap, ...temporaryWraps];
  const at = s.nowIso();
  const audit = (db: Parameters<typeof appendAudit>[0], event: Omit<AuditEvent, 'actorId'>) =>
    appendAudit(db, { actorId: s.account.id, ...event }, new Date(s.now()));
  // From here to the end no await: nothing else runs on the vault until the rotation is complete.
  rotateDataKey(s.vault, open, {
    newKey: prepared.newKey,
    wraps,
    prepare: (db) => {
      for (const a of others) {
        updateAccount(db, a.id, { must_change_password: 1, updated_at: at });
        audit(db, { action: 'account.passwordReset', targetKind: 'account', targetId: a.id, details: { reason: 'keyRotation' } });
      }
      audit(db, { action: 'keys.rotated', details: { temporaryPasswords: others.length } });
    },
    ...(rotationHooks.onStep ? { onStep: rotationHooks.onStep } : {}),
  });
  // The open vault now holds the new key: the prepared buffer is the vault's, so it is not wiped here.
  setPending(s, null, { keepKey: true });
  return { accounts: others.map(toRotationAccount) };
}
