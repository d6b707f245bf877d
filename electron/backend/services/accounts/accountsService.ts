import type { z } from 'zod';
import type { accountChannels } from '../../../contract/accountChannels';
import { AppFailure } from '../../../contract/errors';
import type { Account, SignedInInfo } from '../../../contract/schemas';
import type { Db } from '../../db/connection';
import {
  type AccountRow,
  countActiveAdmins,
  findAccountById,
  findAccountByUsername,
  insertAccount,
  listAccounts,
  listUsernames,
  renameAccount,
  rolesOf,
  toAccount,
  updateAccount,
} from '../../db/repos/accountsRepo';
import { usernameTag } from '../../vault/lookupTag';
import { writeUiPrefs } from '../../vault/uiPrefs';
import { confusableWith } from '../../../../common/username';
import type { KeyWrap } from '../../vault/wrap';
import type { SignedInContext } from '../signedIn';
import { requireAcceptablePassword } from '../vault/passwordRules';
import { clearFailureCount, countFailure, refuseWhileThrottled } from '../vault/passwordThrottle';

type Input<C extends keyof typeof accountChannels> = z.output<(typeof accountChannels)[C]['input']>;

const isAdmin = (row: AccountRow): boolean => rolesOf(row).includes('admin');

function requireAccount(db: Db, id: string): AccountRow {
  const row = findAccountById(db, id);
  if (!row) throw new AppFailure('NOT_FOUND', 'no such account');
  return row;
}

/** Tells the sign-in about the signed-in person's account after a change to it; other accounts leave it alone. */
function refreshIfMine(s: SignedInContext, after: AccountRow): void {
  if (after.id === s.account.id) s.refresh({ account: after });
}

/**
 * Puts a new wrap in the key file, runs the database change, then removes the replaced wrap.
 * If the database change fails the new wrap is taken out again, so the two never disagree
 * about who can unlock.
 */
function swapWrap(s: SignedInContext, newWrap: KeyWrap | null, oldWrapId: string | null, change: () => void): void {
  const { vault } = s;
  if (newWrap) {
    const kf = vault.keyFile();
    vault.saveKeyFile({ ...kf, wraps: [...kf.wraps, newWrap] });
  }
  try {
    change();
  } catch (error) {
    if (newWrap) {
      const kf = vault.keyFile();
      vault.saveKeyFile({ ...kf, wraps: kf.wraps.filter((w) => w.id !== newWrap.id) });
    }
    throw error;
  }
  if (oldWrapId) {
    const kf = vault.keyFile();
    vault.saveKeyFile({ ...kf, wraps: kf.wraps.filter((w) => w.id !== oldWrapId) });
  }
}

/** A new wrap of the open data key for `username`'s password, not yet in the key file (swapWrap puts it there). */
function newWrapFor(s: SignedInContext, username: string, password: string): Promise<KeyWrap> {
  return s.vault.newPasswordWrap(s.dataKey, username, password, s.vault.keyFile());
}

/**
 * A username being given to `forId` (null for a new account) must be free and must not look like
 * another account's: the same letters with a Cyrillic «а», 0 for o, rn for m (common/username.ts).
 */
function requireDistinctUsername(db: Db, username: string, forId: string | null): void {
  const others = listUsernames(db).filter((a) => a.id !== forId);
  if (others.some((a) => a.username.toLowerCase() === username.toLowerCase())) {
    throw new AppFailure('USERNAME_TAKEN', 'username is taken');
  }
  if (
    confusableWith(
      username,
      others.map((a) => a.username),
    )
  ) {
    throw new AppFailure('USERNAME_CONFUSABLE', 'username looks like an existing one');
  }
}

/** Every account, for the admin's list. */
export function listAllAccounts(s: SignedInContext): Account[] {
  return listAccounts(s.db).map(toAccount);
}

/** Creates an account with a temporary password the person must change at first sign-in. */
export async function createAccount(s: SignedInContext, input: Input<'accounts:create'>): Promise<Account> {
  if (findAccountByUsername(s.db, input.username)) throw new AppFailure('USERNAME_TAKEN', 'username is taken');
  requireDistinctUsername(s.db, input.username, null);
  requireAcceptablePassword(input.temporaryPassword, input);
  const wrap = await newWrapFor(s, input.username, input.temporaryPassword);
  const at = s.nowIso();
  const row: AccountRow = {
    id: s.newId(),
    username: input.username,
    full_name: input.fullName,
    roles: JSON.stringify(input.roles),
    language: input.language,
    active: 1,
    wrap_id: wrap.id,
    must_change_password: 1,
    created_at: at,
    updated_at: at,
  };
  swapWrap(s, wrap, null, () =>
    s.db.transaction(() => {
      insertAccount(s.db, row);
      s.audit('account.created', { kind: 'account', id: row.id }, { roles: input.roles });
    })(),
  );
  return toAccount(row);
}

/** Changes name, roles and language; the last active admin keeps the admin role. */
export function updateAccountDetails(s: SignedInContext, input: Input<'accounts:update'>): Account {
  const before = requireAccount(s.db, input.id);
  const changes = {
    full_name: input.fullName,
    roles: JSON.stringify(input.roles),
    language: input.language,
    updated_at: s.nowIso(),
  };
  s.db.transaction(() => {
    updateAccount(s.db, input.id, changes);
    if (countActiveAdmins(s.db) === 0) throw new AppFailure('LAST_ADMIN', 'the last active admin must stay an admin');
    const changed = (['full_name', 'roles', 'language'] as const).filter((k) => before[k] !== changes[k]);
    s.audit(
      'account.updated',
      { kind: 'account', id: input.id },
      { fields: changed.map((c) => (c === 'full_name' ? 'fullName' : c)), roles: input.roles },
    );
  })();
  const after = requireAccount(s.db, input.id);
  refreshIfMine(s, after);
  return toAccount(after);
}

/**
 * An admin changes an account's username. The password wrap keeps its key and only its lookup tag
 * follows the new name (the tag is not part of the wrap's authenticated data), so the same password
 * opens with the new name at once and the old name no longer finds it.
 */
export function renameAccountUsername(s: SignedInContext, { id, username }: Input<'accounts:rename'>): Account {
  const before = requireAccount(s.db, id);
  if (before.username === username) return toAccount(before);
  requireDistinctUsername(s.db, username, id);
  const { vault } = s;
  const retag = (name: string) => {
    if (!before.wrap_id) return;
    const kf = vault.keyFile();
    const tag = usernameTag(kf.lookupSalt, name);
    vault.saveKeyFile({ ...kf, wraps: kf.wraps.map((w) => (w.id === before.wrap_id ? { ...w, tag } : w)) });
  };
  retag(username);
  try {
    s.db.transaction(() => {
      renameAccount(s.db, id, username, s.nowIso());
      s.audit('account.renamed', { kind: 'account', id }, { from: before.username, to: username });
    })();
  } catch (error) {
    retag(before.username);
    throw error;
  }
  const after = requireAccount(s.db, id);
  refreshIfMine(s, after);
  return toAccount(after);
}

/** Disables an account and deletes its key wrap, so its password no longer opens the data. */
export function disableAccount(s: SignedInContext, { id }: Input<'accounts:disable'>): Account {
  if (id === s.account.id) throw new AppFailure('SELF_DISABLE', 'you cannot disable your own account');
  const row = requireAccount(s.db, id);
  if (row.active === 0) return toAccount(row);
  swapWrap(s, null, row.wrap_id, () =>
    s.db.transaction(() => {
      updateAccount(s.db, id, { active: 0, wrap_id: null, updated_at: s.nowIso() });
      if (isAdmin(row) && countActiveAdmins(s.db) === 0) {
        throw new AppFailure('LAST_ADMIN', 'the last active admin cannot be disabled');
      }
      s.audit('account.disabled', { kind: 'account', id });
    })(),
  );
  return toAccount(requireAccount(s.db, id));
}

/** Re-enables an account with a new temporary password (its old wrap was deleted). */
export async function enableAccount(s: SignedInContext, { id, temporaryPassword }: Input<'accounts:enable'>): Promise<Account> {
  const row = requireAccount(s.db, id);
  if (row.active === 1) return toAccount(row);
  return setTemporaryPassword(s, row, temporaryPassword, 'account.enabled');
}

/** An admin resets someone's password: a new wrap, and a change is required at next sign-in. */
export async function resetPassword(
  s: SignedInContext,
  { id, temporaryPassword }: Input<'accounts:resetPassword'>,
): Promise<Account> {
  const row = requireAccount(s.db, id);
  if (row.active === 0) throw new AppFailure('NOT_FOUND', 'the account is disabled; enable it instead');
  return setTemporaryPassword(s, row, temporaryPassword, 'account.passwordReset');
}

async function setTemporaryPassword(
  s: SignedInContext,
  row: AccountRow,
  temporaryPassword: string,
  action: 'account.enabled' | 'account.passwordReset',
): Promise<Account> {
  requireAcceptablePassword(temporaryPassword, { username: row.username, fullName: row.full_name });
  const wrap = await newWrapFor(s, row.username, temporaryPassword);
  swapWrap(s, wrap, row.wrap_id, () =>
    s.db.transaction(() => {
      updateAccount(s.db, row.id, { active: 1, wrap_id: wrap.id, must_change_password: 1, updated_at: s.nowIso() });
      s.audit(action, { kind: 'account', id: row.id });
    })(),
  );
  const after = requireAccount(s.db, row.id);
  refreshIfMine(s, after);
  return toAccount(after);
}

/** The signed-in person changes their own password: only their wrap is rewritten. */
export async function changeOwnPassword(
  s: SignedInContext,
  { currentPassword, newPassword }: Input<'account:changePassword'>,
): Promise<SignedInInfo> {
  const me = s.account;
  refuseWhileThrottled(s);
  if (!(await s.passwordOpens(currentPassword))) {
    const retryAfter = countFailure(s);
    // Audited without content: who failed, never what was typed.
    s.audit('account.passwordChangeFailed', { kind: 'account', id: me.id });
    throw new AppFailure('INVALID_CREDENTIALS', 'the current password is wrong', { retryAfterMs: retryAfter });
  }
  clearFailureCount(s);
  if (newPassword === currentPassword) throw new AppFailure('PASSWORD_REUSED', 'choose a different password');
  requireAcceptablePassword(newPassword, { username: me.username, fullName: me.full_name });
  const wrap = await newWrapFor(s, me.username, newPassword);
  swapWrap(s, wrap, me.wrap_id, () =>
    s.db.transaction(() => {
      updateAccount(s.db, me.id, { wrap_id: wrap.id, must_change_password: 0, updated_at: s.nowIso() });
      s.audit('account.passwordChanged', { kind: 'account', id: me.id });
    })(),
  );
  return s.refresh({ account: requireAccount(s.db, me.id) });
}

/**
 * The signed-in person's interface language: kept in their account, and in ui.json so the lock and
 * sign-in screens speak it too.
 */
export function setOwnLanguage(s: SignedInContext, { language }: Input<'account:setLanguage'>): SignedInInfo {
  writeUiPrefs(s.vault.paths.uiPrefs, { language });
  const me = s.account;
  s.db.transaction(() => {
    updateAccount(s.db, me.id, { language, updated_at: s.nowIso() });
    s.audit('account.languageChanged', { kind: 'account', id: me.id }, { language });
  })();
  return s.refresh({ account: requireAccount(s.db, me.id) });
}
