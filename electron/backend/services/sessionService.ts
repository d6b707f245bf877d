import { AppFailure } from '../../contract/errors';
import type { ChannelInput } from '../../contract/channels';
import type { LockReason, Session, VaultStatus } from '../../contract/schemas';
import { normalizeUsername } from '../../contract/schemas';
import type { Db } from '../db/connection';
import { type AccountRow, findAccountByWrapId, insertAccount } from '../db/repos/accountsRepo';
import { setSetting } from '../db/repos/settingsRepo';
import { deriveKey, newScryptParams } from '../vault/kdf';
import type { KeyFile } from '../vault/keyFile';
import { newLookupSalt, usernameTag } from '../vault/lookupTag';
import { generateRecoveryKey, parseRecoveryKey, recoveryKeySecret } from '../vault/recoveryKey';
import { EMPTY_THROTTLE, clearFailures, recordFailure, retryAfterMs } from '../vault/throttle';
import { readUiPrefs, writeUiPrefs } from '../vault/uiPrefs';
import { newDataKey, newId, passwordSecret, unwrapDataKey, wrapDataKey } from '../vault/wrap';
import { clientModeOf } from './clientMode';
import { type ServiceContext, audit } from './context';
import { requireAcceptablePassword } from './passwordRules';
import { DEFAULT_IDLE_TIMEOUT_MINUTES, idleTimeoutOf, sessionView } from './sessionView';

type SetupInput = { language: 'kk' | 'ru' | 'en'; facilityName: string; admin: { fullName: string; username: string; password: string } };

/** Where the vault stands, for the first screen the renderer shows. */
export function vaultStatus(ctx: ServiceContext): VaultStatus {
  const { vault } = ctx;
  const language = readUiPrefs(vault.paths.uiPrefs).language;
  if (!vault.isInitialized()) {
    return { state: 'uninitialized', language, lockedUser: null, session: null, retryAfterMs: 0 };
  }
  const open = vault.peekSession();
  const retry = retryAfterMs(vault.keyFile().throttle, vault.now());
  if (open) {
    return { state: 'signed-in', language, lockedUser: null, session: sessionView(open), retryAfterMs: 0, clientMode: clientModeOf(open) };
  }
  const locked = vault.lockedUser;
  return {
    state: locked ? 'locked' : 'signed-out',
    language,
    lockedUser: locked ? { username: locked.username, fullName: locked.fullName } : null,
    session: null,
    retryAfterMs: retry,
  };
}

/**
 * First run: a random data key encrypts the new database; the admin's password and the
 * recovery key each wrap a copy of it. The key file is written last, so a crash midway
 * leaves an uninitialized vault rather than a half-made one.
 */
export async function setupVault(ctx: ServiceContext, input: SetupInput): Promise<{ recoveryKey: string; session: Session }> {
  const { vault } = ctx;
  if (vault.isInitialized()) throw new AppFailure('VAULT_EXISTS', 'the vault is already set up');
  requireAcceptablePassword(input.admin.password, input.admin);

  const dataKey = newDataKey();
  const recoveryKey = generateRecoveryKey();
  const lookupSalt = newLookupSalt();
  const adminWrap = await wrapDataKey(dataKey, passwordSecret(input.admin.password), {
    kind: 'password',
    tag: usernameTag(lookupSalt, input.admin.username),
    cost: vault.kdfCost,
  });
  const recoveryWrap = await wrapDataKey(dataKey, recoveryKeySecret(recoveryKey), {
    kind: 'recovery',
    tag: null,
    cost: vault.kdfCost,
  });

  vault.removeOrphanDatabase();
  const db = vault.openDatabase(dataKey);
  const nowIso = new Date(vault.now()).toISOString();
  const account: AccountRow = {
    id: newId(),
    username: input.admin.username,
    full_name: input.admin.fullName,
    roles: JSON.stringify(['admin']),
    language: input.language,
    active: 1,
    wrap_id: adminWrap.id,
    must_change_password: 0,
    created_at: nowIso,
    updated_at: nowIso,
  };
  try {
    db.transaction(() => {
      setSetting(db, 'facilityName', input.facilityName);
      setSetting(db, 'idleTimeoutMinutes', String(DEFAULT_IDLE_TIMEOUT_MINUTES));
      setSetting(db, 'installationLanguage', input.language);
      insertAccount(db, account);
      audit(ctx, db, { actorId: account.id, action: 'vault.created' });
      audit(ctx, db, { actorId: account.id, action: 'account.created', targetKind: 'account', targetId: account.id });
      audit(ctx, db, { actorId: account.id, action: 'session.signIn' });
    })();
    vault.saveKeyFile({ format: 1, lookupSalt, wraps: [adminWrap, recoveryWrap], throttle: EMPTY_THROTTLE });
  } catch (error) {
    db.close();
    dataKey.fill(0);
    vault.removeOrphanDatabase();
    throw error;
  }
  writeUiPrefs(vault.paths.uiPrefs, { language: input.language });
  const open = vault.activate({ db, dataKey, account, idleTimeoutMinutes: DEFAULT_IDLE_TIMEOUT_MINUTES });
  return { recoveryKey, session: sessionView(open) };
}

function refuseWhileThrottled(ctx: ServiceContext, kf: KeyFile): void {
  const wait = retryAfterMs(kf.throttle, ctx.vault.now());
  if (wait > 0) throw new AppFailure('THROTTLED', 'too many failed attempts; wait', { retryAfterMs: wait });
}

/** Records a failed attempt in the key file (the database is locked) and returns the new delay. */
function recordFailedAttempt(ctx: ServiceContext, kind: 'signIn' | 'recovery', wrapId: string | null): number {
  const { vault } = ctx;
  const kf = vault.keyFile();
  const throttle = recordFailure(kf.throttle, new Date(vault.now()), kind, wrapId);
  vault.saveKeyFile({ ...kf, throttle });
  return retryAfterMs(throttle, vault.now());
}

/** Writes the failed attempts recorded while locked into the audit log, then clears the counter. */
function flushFailedAttempts(ctx: ServiceContext, db: Db, kf: KeyFile): void {
  for (const p of kf.throttle.pending) {
    const owner = p.wrapId ? findAccountByWrapId(db, p.wrapId) : undefined;
    audit(ctx, db, {
      actorId: owner?.id ?? null,
      action: p.kind === 'recovery' ? 'recovery.failed' : 'session.signInFailed',
      at: p.at,
      details: { knownAccount: owner !== undefined },
    });
  }
  if (kf.throttle.failures > 0 || kf.throttle.pending.length > 0) ctx.vault.saveKeyFile({ ...kf, throttle: clearFailures() });
}

/**
 * Sign-in and unlock. The username's lookup tag picks the candidate wraps; the password must
 * open one whose account is active and has that username. A wrong password changes nothing
 * on disk but the throttle counter.
 */
export async function signIn(ctx: ServiceContext, username: string, password: string): Promise<Session> {
  const { vault } = ctx;
  const kf = vault.keyFile();
  refuseWhileThrottled(ctx, kf);
  const wanted = normalizeUsername(username);
  const candidates = kf.wraps.filter((w) => w.kind === 'password' && w.tag === usernameTag(kf.lookupSalt, wanted));
  const secret = passwordSecret(password);
  if (candidates.length === 0) {
    // Spend the same scrypt time as a real attempt, so timing does not tell which usernames exist.
    (await deriveKey(secret, newScryptParams(vault.kdfCost))).fill(0);
  }
  for (const wrap of candidates) {
    const dataKey = await unwrapDataKey(wrap, secret);
    if (!dataKey) continue;
    const db = vault.openDatabase(dataKey);
    const account = findAccountByWrapId(db, wrap.id);
    if (!account || account.active !== 1 || account.username !== wanted) {
      db.close();
      dataKey.fill(0);
      continue;
    }
    const wasLocked = vault.lockedUser?.accountId === account.id;
    const idleTimeoutMinutes = idleTimeoutOf({ db });
    db.transaction(() => {
      flushFailedAttempts(ctx, db, kf);
      audit(ctx, db, { actorId: account.id, action: wasLocked ? 'session.unlock' : 'session.signIn' });
    })();
    return sessionView(vault.activate({ db, dataKey, account, idleTimeoutMinutes }));
  }
  const wait = recordFailedAttempt(ctx, 'signIn', candidates[0]?.id ?? null);
  throw new AppFailure('INVALID_CREDENTIALS', 'unknown username or wrong password', { retryAfterMs: wait });
}

/**
 * "Forgot password" without another admin: the recovery key opens the vault and sets a new
 * password for an active admin account, replacing that account's wrap.
 */
export async function recoverWithKey(
  ctx: ServiceContext,
  input: Omit<ChannelInput<'vault:recover'>, 'username'> & { username: string },
): Promise<Session> {
  const { vault } = ctx;
  const kf = vault.keyFile();
  refuseWhileThrottled(ctx, kf);
  const parsed = parseRecoveryKey(input.recoveryKey);
  if (!parsed.ok) {
    throw new AppFailure('INVALID_RECOVERY_KEY', `recovery key ${parsed.reason}`, parsed.group ? { group: parsed.group } : undefined);
  }
  requireAcceptablePassword(input.newPassword, { username: input.username });
  const recoveryWrap = kf.wraps.find((w) => w.kind === 'recovery');
  const dataKey = recoveryWrap ? await unwrapDataKey(recoveryWrap, recoveryKeySecret(parsed.normalized)) : null;
  if (!dataKey) {
    const wait = recordFailedAttempt(ctx, 'recovery', null);
    throw new AppFailure('INVALID_RECOVERY_KEY', 'the recovery key does not open this vault', { retryAfterMs: wait });
  }
  const db = vault.openDatabase(dataKey);
  const account = db.prepare('SELECT * FROM accounts WHERE username = ?').get(normalizeUsername(input.username)) as
    | AccountRow
    | undefined;
  if (!account || account.active !== 1 || !(JSON.parse(account.roles) as string[]).includes('admin')) {
    db.close();
    dataKey.fill(0);
    throw new AppFailure('NOT_FOUND', 'no active admin account with that username');
  }
  const newWrap = await vault.newPasswordWrap(dataKey, account.username, input.newPassword, kf);
  // Add the new wrap before the database points at it; drop the old one only afterwards.
  vault.saveKeyFile({ ...kf, wraps: [...kf.wraps, newWrap] });
  const nowIso = new Date(vault.now()).toISOString();
  db.transaction(() => {
    db.prepare('UPDATE accounts SET wrap_id = ?, must_change_password = 0, updated_at = ? WHERE id = ?').run(
      newWrap.id,
      nowIso,
      account.id,
    );
    flushFailedAttempts(ctx, db, vault.keyFile());
    audit(ctx, db, { actorId: account.id, action: 'recovery.used', targetKind: 'account', targetId: account.id });
    audit(ctx, db, { actorId: account.id, action: 'session.signIn', details: { via: 'recovery' } });
  })();
  const after = vault.keyFile();
  vault.saveKeyFile({ ...after, wraps: after.wraps.filter((w) => w.id !== account.wrap_id) });
  const updated = { ...account, wrap_id: newWrap.id, must_change_password: 0 as const, updated_at: nowIso };
  return sessionView(vault.activate({ db, dataKey, account: updated, idleTimeoutMinutes: idleTimeoutOf({ db }) }));
}

/** Locks: audits, closes the database, wipes the key and tells the renderer. */
export function lockVault(ctx: ServiceContext, reason: LockReason): void {
  const open = ctx.vault.peekSession();
  if (!open) return;
  audit(ctx, open.db, { actorId: open.account.id, action: 'session.lock', details: { reason } });
  const hadClient = Boolean(open.drawing?.clientMode);
  ctx.vault.close(reason);
  // Locking ends client mode: the lock screen is the staff's, not the client's.
  if (hadClient) ctx.emit({ type: 'clientMode:changed', active: false });
  ctx.emit({ type: 'session:locked', reason });
}

/** Signs out: like locking, but the screen forgets who it was. */
export function signOut(ctx: ServiceContext): void {
  const open = ctx.vault.peekSession();
  if (!open) return;
  audit(ctx, open.db, { actorId: open.account.id, action: 'session.signOut' });
  ctx.vault.close('signOut');
}

/** Locks when the signed-in person has been idle longer than the facility allows. */
export function lockIfIdle(ctx: ServiceContext): boolean {
  const open = ctx.vault.peekSession();
  if (!open) return false;
  if (ctx.vault.now() - open.lastActivityMs < open.idleTimeoutMinutes * 60_000) return false;
  lockVault(ctx, 'idle');
  return true;
}

export type { SetupInput };
