import type { z } from 'zod';
import { AppFailure } from '../../../contract/errors';
import type { LockReason, SignedInInfo } from '../../../contract/schemas';
import { normalizeUsername } from '../../../contract/schemas';
import type { vaultChannels } from '../../../contract/vaultChannels';
import type { Db } from '../../db/connection';
import { type AccountRow, findAccountByWrapId, rolesOf } from '../../db/repos/accountsRepo';
import { deriveKey, newScryptParams } from '../../vault/kdf';
import type { KeyFile, KeyFileState } from '../../vault/keyFile';
import { usernameTag } from '../../vault/lookupTag';
import { parseRecoveryKey, recoveryKeySecret } from '../../vault/recoveryKey';
import { clearFailures, recordFailure, retryAfterMs } from '../../vault/throttle';
import { passwordSecret, unwrapDataKey } from '../../vault/wrap';
import { type PublicContext, auditVault } from '../context';
import { type SignedInContext, signInState } from '../signedIn';
import { keyFileHealth, keyFileNeedsRewrite } from './keyFileHealth';
import { requireAcceptablePassword } from './passwordRules';
import { refuseWhileThrottled } from './passwordThrottle';
import { idleTimeoutOf, signedInView } from './signedInView';

type Input<C extends keyof typeof vaultChannels> = z.output<(typeof vaultChannels)[C]['input']>;

/** Records a failed attempt in the key file (the database is locked) and returns the new delay. */
function recordFailedAttempt(ctx: PublicContext, kind: 'signIn' | 'recovery', wrapId: string | null): number {
  const { vault } = ctx;
  const kf = vault.keyFile();
  const throttle = recordFailure(kf.throttle, new Date(vault.now()), kind, wrapId);
  // With both copies damaged nothing is written (they are the person's to restore); sign-in still works.
  if (!vault.canWriteKeyFile()) return 0;
  vault.saveKeyFile({ ...kf, throttle });
  return retryAfterMs(throttle, vault.now());
}

/** Writes the failed attempts recorded while locked into the audit log, then clears the counter. */
function flushFailedAttempts(ctx: PublicContext, db: Db, kf: KeyFile, keys: KeyFileState): void {
  for (const p of kf.throttle.pending) {
    const owner = p.wrapId ? findAccountByWrapId(db, p.wrapId) : undefined;
    auditVault(ctx, db, {
      actorId: owner?.id ?? null,
      // Stored action name: 'session.' stays (hashed into the audit chain, filtered on by admins).
      action: p.kind === 'recovery' ? 'recovery.failed' : 'session.signInFailed',
      at: p.at,
      details: { knownAccount: owner !== undefined },
    });
  }
  const counting = kf.throttle.failures > 0 || kf.throttle.pending.length > 0;
  // Also completes a second copy that is missing, and moves a format 1 key file to format 2.
  if ((counting || keyFileNeedsRewrite(keys)) && ctx.vault.canWriteKeyFile())
    ctx.vault.saveKeyFile({ ...kf, throttle: counting ? clearFailures() : kf.throttle });
}

/**
 * Ends the current sign-in, if any, the way every sign-in ends: audited, database closed after a
 * checkpoint, key zeroed. Signing in or recovering while someone is signed in starts here.
 */
function endCurrentSignIn(ctx: PublicContext, details?: Record<string, string>): void {
  const open = ctx.vault.currentSignIn();
  if (!open) return;
  try {
    // Stored action name: 'session.' stays (hashed into the audit chain, filtered on by admins).
    auditVault(ctx, open.db, { actorId: open.account.id, action: 'session.signOut', ...(details ? { details } : {}) });
  } finally {
    ctx.vault.close('signOut');
  }
}

/** The key file's state once the folder is known to be usable; throws the folder's problem otherwise. */
function usableKeys(ctx: PublicContext): { keys: KeyFileState; kf: KeyFile } {
  ctx.vault.requireUsable();
  const keys = ctx.vault.keyFileState();
  if (!keys.keyFile) throw new AppFailure('KEY_FILE_UNREADABLE', 'no copy of the key file can be read');
  return { keys, kf: keys.keyFile };
}

function isAdmin(account: AccountRow): boolean {
  return rolesOf(account).includes('admin');
}

/**
 * Sign-in and unlock. The username's lookup tag picks the candidate wraps (from every readable wrap
 * of both key file copies); the password must open one whose account is active and has that
 * username. A wrong password changes nothing on disk but the throttle counter; a damaged database
 * changes nothing at all and is reported precisely.
 */
export async function signIn(ctx: PublicContext, { username, password }: Input<'auth:signIn'>): Promise<SignedInInfo> {
  const { vault } = ctx;
  const { keys, kf } = usableKeys(ctx);
  refuseWhileThrottled(ctx, kf.throttle);
  const wanted = normalizeUsername(username);
  const candidates = keys.unlockWraps.filter((w) => w.kind === 'password' && w.tag === usernameTag(kf.lookupSalt, wanted));
  const secret = passwordSecret(password);
  if (candidates.length === 0) {
    // Spend the same scrypt time as a real attempt, so timing does not tell which usernames exist.
    (await deriveKey(secret, newScryptParams(vault.kdfCost))).fill(0);
  }
  for (const wrap of candidates) {
    const dataKey = await unwrapDataKey(wrap, secret);
    if (!dataKey) continue;
    // The password is right: whoever is signed in is signed out properly before the new sign-in opens.
    endCurrentSignIn(ctx, { reason: 'signIn' });
    let opened: { db: Db; value: AccountRow | null };
    try {
      opened = vault.withDatabase(dataKey, (db) => {
        const account = findAccountByWrapId(db, wrap.id);
        if (!account || account.active !== 1 || account.username !== wanted) return null;
        const wasLocked = vault.lockedUser?.accountId === account.id;
        db.transaction(() => {
          flushFailedAttempts(ctx, db, kf, keys);
          // Stored action names: 'session.' stays (hashed into the audit chain, filtered on by admins).
          auditVault(ctx, db, { actorId: account.id, action: wasLocked ? 'session.unlock' : 'session.signIn' });
        })();
        return account;
      });
    } catch (error) {
      dataKey.fill(0);
      throw error;
    }
    const { db, value: account } = opened;
    if (!account) {
      db.close();
      dataKey.fill(0);
      continue;
    }
    const health = isAdmin(account) ? keyFileHealth(db, keys) : null;
    const idleTimeoutMinutes = idleTimeoutOf(db);
    return signedInView(vault.activate({ db, dataKey, account, idleTimeoutMinutes, keyFileHealth: health }));
  }
  const wait = recordFailedAttempt(ctx, 'signIn', candidates[0]?.id ?? null);
  throw new AppFailure('INVALID_CREDENTIALS', 'unknown username or wrong password', { retryAfterMs: wait });
}

/**
 * "Forgot password" without another admin: the recovery key opens the vault and sets a new
 * password for an active admin account, replacing that account's wrap. The database is checked
 * page by page before the key file gets the new wrap, so a damaged database gains nothing.
 */
export async function recoverWithKey(ctx: PublicContext, input: Input<'vault:recover'>): Promise<SignedInInfo> {
  const { vault } = ctx;
  const { keys, kf } = usableKeys(ctx);
  refuseWhileThrottled(ctx, kf.throttle);
  const parsed = parseRecoveryKey(input.recoveryKey);
  if (!parsed.ok) {
    throw new AppFailure(
      'INVALID_RECOVERY_KEY',
      `recovery key ${parsed.reason}`,
      parsed.group ? { group: parsed.group } : undefined,
    );
  }
  requireAcceptablePassword(input.newPassword, { username: input.username });
  let dataKey: Buffer | null = null;
  const secret = recoveryKeySecret(parsed.normalized);
  // Normally one recovery wrap; trying each readable one keeps recovery working with one copy damaged.
  for (const wrap of keys.unlockWraps.filter((w) => w.kind === 'recovery')) {
    dataKey = await unwrapDataKey(wrap, secret);
    if (dataKey) break;
  }
  secret.fill(0);
  if (!dataKey) {
    const wait = recordFailedAttempt(ctx, 'recovery', null);
    throw new AppFailure('INVALID_RECOVERY_KEY', 'the recovery key does not open this vault', { retryAfterMs: wait });
  }
  const key = dataKey;
  // The recovery key is right: whoever is signed in is signed out properly first.
  endCurrentSignIn(ctx, { reason: 'recovery' });
  let db: Db | null = null;
  try {
    vault.requireIntactDatabase(key);
    db = vault.withDatabase(key, () => null).db;
    const account = db.prepare('SELECT * FROM accounts WHERE username = ?').get(normalizeUsername(input.username)) as
      AccountRow | undefined;
    if (!account || account.active !== 1 || !isAdmin(account))
      throw new AppFailure('NOT_FOUND', 'no active admin account with that username');
    const newWrap = await vault.newPasswordWrap(key, account.username, input.newPassword, kf);
    // Add the new wrap before the database points at it; drop the old one only afterwards.
    vault.saveKeyFile({ ...kf, wraps: [...kf.wraps, newWrap] });
    const nowIso = new Date(vault.now()).toISOString();
    const openDb = db;
    try {
      openDb.transaction(() => {
        openDb
          .prepare('UPDATE accounts SET wrap_id = ?, must_change_password = 0, updated_at = ? WHERE id = ?')
          .run(newWrap.id, nowIso, account.id);
        flushFailedAttempts(ctx, openDb, vault.keyFile(), vault.keyFileState());
        auditVault(ctx, openDb, { actorId: account.id, action: 'recovery.used', targetKind: 'account', targetId: account.id });
        // Stored action name: 'session.' stays (hashed into the audit chain, filtered on by admins).
        auditVault(ctx, openDb, { actorId: account.id, action: 'session.signIn', details: { via: 'recovery' } });
      })();
    } catch (error) {
      // The database still points at the old wrap: take the new one out again.
      const now = vault.keyFile();
      vault.saveKeyFile({ ...now, wraps: now.wraps.filter((w) => w.id !== newWrap.id) });
      throw error;
    }
    const after = vault.keyFile();
    vault.saveKeyFile({ ...after, wraps: after.wraps.filter((w) => w.id !== account.wrap_id) });
    const updated = { ...account, wrap_id: newWrap.id, must_change_password: 0 as const, updated_at: nowIso };
    const health = keyFileHealth(openDb, vault.keyFileState());
    return signedInView(
      vault.activate({
        db: openDb,
        dataKey: key,
        account: updated,
        idleTimeoutMinutes: idleTimeoutOf(openDb),
        keyFileHealth: health,
      }),
    );
  } catch (error) {
    if (db?.open) db.close();
    key.fill(0);
    throw error;
  }
}

/**
 * Locks: audits, closes the database, wipes the key and tells the renderer. Also called by the
 * backend itself (idle timer, system suspend, screen lock) with the public context.
 */
export function lockVault(ctx: PublicContext, reason: LockReason): void {
  const open = ctx.vault.currentSignIn();
  if (!open) return;
  const hadClient = Boolean(signInState(open).clientMode);
  try {
    // Stored action name: 'session.' stays (hashed into the audit chain, filtered on by admins).
    auditVault(ctx, open.db, { actorId: open.account.id, action: 'session.lock', details: { reason } });
  } finally {
    ctx.vault.close(reason);
  }
  // Locking ends client mode: the lock screen is the staff's, not the client's.
  if (hadClient) ctx.emit({ type: 'clientMode:changed', active: false });
  ctx.emit({ type: 'auth:locked', reason });
}

/** The person locks the screen (auth:lock); the renderer has already sent its pending saves. */
export function lockByHand(s: SignedInContext): null {
  lockVault(s, 'manual');
  return null;
}

/**
 * Signs out: like locking, but the screen forgets who it was. For auth:signOut, and for the backend
 * itself at quit with the public context.
 */
export function signOut(ctx: PublicContext): null {
  endCurrentSignIn(ctx);
  return null;
}

/** The person is at the keyboard (auth:activity): dispatch already postponed the idle lock, as for every signed-in call. */
export function noteActivity(): null {
  return null;
}
