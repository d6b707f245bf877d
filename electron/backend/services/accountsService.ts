import { AppFailure } from '../../contract/errors';
import type { Role } from '../../contract/roles';
import type { Account, Language, Session } from '../../contract/schemas';
import {
  type AccountRow,
  countActiveAdmins,
  findAccountById,
  findAccountByUsername,
  insertAccount,
  listAccounts,
  toAccount,
  updateAccount,
} from '../db/repos/accountsRepo';
import type { KeyWrap } from '../vault/wrap';
import { newId } from '../vault/wrap';
import type { OpenVault } from '../vault/vault';
import { nowIso, type ServiceContext, audit } from './context';
import { clearFailureCount, countFailure, refuseWhileThrottled } from './passwordThrottle';
import { requireAcceptablePassword } from './passwordRules';
import { sessionView } from './sessionView';

const isAdmin = (row: AccountRow): boolean => (JSON.parse(row.roles) as Role[]).includes('admin');

function requireAccount(open: OpenVault, id: string): AccountRow {
  const row = findAccountById(open.db, id);
  if (!row) throw new AppFailure('NOT_FOUND', 'no such account');
  return row;
}

/**
 * Puts a new wrap in the key file, runs the database change, then removes the replaced wrap.
 * If the database change fails the new wrap is taken out again, so the two never disagree
 * about who can unlock.
 */
function swapWrap(ctx: ServiceContext, newWrap: KeyWrap | null, oldWrapId: string | null, change: () => void): void {
  const { vault } = ctx;
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

/** Every account, for the admin's list. */
export function listAllAccounts(ctx: ServiceContext): Account[] {
  return listAccounts(ctx.vault.session().db).map(toAccount);
}

/** Creates an account with a temporary password the person must change at first sign-in. */
export async function createAccount(
  ctx: ServiceContext,
  input: { fullName: string; username: string; roles: Role[]; language: Language; temporaryPassword: string },
): Promise<Account> {
  const open = ctx.vault.session();
  if (findAccountByUsername(open.db, input.username)) throw new AppFailure('USERNAME_TAKEN', 'username is taken');
  requireAcceptablePassword(input.temporaryPassword, input);
  const wrap = await ctx.vault.newPasswordWrap(open.dataKey, input.username, input.temporaryPassword, ctx.vault.keyFile());
  const at = nowIso(ctx);
  const row: AccountRow = {
    id: newId(),
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
  swapWrap(ctx, wrap, null, () =>
    open.db.transaction(() => {
      insertAccount(open.db, row);
      audit(ctx, open.db, {
        actorId: open.account.id,
        action: 'account.created',
        targetKind: 'account',
        targetId: row.id,
        details: { roles: input.roles },
      });
    })(),
  );
  return toAccount(row);
}

/** Changes name, roles and language; the last active admin keeps the admin role. */
export function updateAccountDetails(
  ctx: ServiceContext,
  input: { id: string; fullName: string; roles: Role[]; language: Language },
): Account {
  const open = ctx.vault.session();
  const before = requireAccount(open, input.id);
  const changes = {
    full_name: input.fullName,
    roles: JSON.stringify(input.roles),
    language: input.language,
    updated_at: nowIso(ctx),
  };
  open.db.transaction(() => {
    updateAccount(open.db, input.id, changes);
    if (countActiveAdmins(open.db) === 0) throw new AppFailure('LAST_ADMIN', 'the last active admin must stay an admin');
    const changed = (['full_name', 'roles', 'language'] as const).filter((k) => before[k] !== changes[k]);
    audit(ctx, open.db, {
      actorId: open.account.id,
      action: 'account.updated',
      targetKind: 'account',
      targetId: input.id,
      details: { fields: changed.map((c) => (c === 'full_name' ? 'fullName' : c)), roles: input.roles },
    });
  })();
  const after = requireAccount(open, input.id);
  if (after.id === open.account.id) open.account = after;
  return toAccount(after);
}

/** Disables an account and deletes its key wrap, so its password no longer opens the data. */
export function disableAccount(ctx: ServiceContext, id: string): Account {
  const open = ctx.vault.session();
  if (id === open.account.id) throw new AppFailure('SELF_DISABLE', 'you cannot disable your own account');
  const row = requireAccount(open, id);
  if (row.active === 0) return toAccount(row);
  swapWrap(ctx, null, row.wrap_id, () =>
    open.db.transaction(() => {
      updateAccount(open.db, id, { active: 0, wrap_id: null, updated_at: nowIso(ctx) });
      if (isAdmin(row) && countActiveAdmins(open.db) === 0) {
        throw new AppFailure('LAST_ADMIN', 'the last active admin cannot be disabled');
      }
      audit(ctx, open.db, { actorId: open.account.id, action: 'account.disabled', targetKind: 'account', targetId: id });
    })(),
  );
  return toAccount(requireAccount(open, id));
}

/** Re-enables an account with a new temporary password (its old wrap was deleted). */
export async function enableAccount(ctx: ServiceContext, id: string, temporaryPassword: string): Promise<Account> {
  const open = ctx.vault.session();
  const row = requireAccount(open, id);
  if (row.active === 1) return toAccount(row);
  return setTemporaryPassword(ctx, row, temporaryPassword, 'account.enabled');
}

/** An admin resets someone's password: a new wrap, and a change is required at next sign-in. */
export async function resetPassword(ctx: ServiceContext, id: string, temporaryPassword: string): Promise<Account> {
  const open = ctx.vault.session();
  const row = requireAccount(open, id);
  if (row.active === 0) throw new AppFailure('NOT_FOUND', 'the account is disabled; enable it instead');
  return setTemporaryPassword(ctx, row, temporaryPassword, 'account.passwordReset');
}

async function setTemporaryPassword(
  ctx: ServiceContext,
  row: AccountRow,
  temporaryPassword: string,
  action: 'account.enabled' | 'account.passwordReset',
): Promise<Account> {
  const open = ctx.vault.session();
  requireAcceptablePassword(temporaryPassword, { username: row.username, fullName: row.full_name });
  const wrap = await ctx.vault.newPasswordWrap(open.dataKey, row.username, temporaryPassword, ctx.vault.keyFile());
  swapWrap(ctx, wrap, row.wrap_id, () =>
    open.db.transaction(() => {
      updateAccount(open.db, row.id, { active: 1, wrap_id: wrap.id, must_change_password: 1, updated_at: nowIso(ctx) });
      audit(ctx, open.db, { actorId: open.account.id, action, targetKind: 'account', targetId: row.id });
    })(),
  );
  const after = requireAccount(open, row.id);
  if (after.id === open.account.id) open.account = after;
  return toAccount(after);
}

/** The signed-in person changes their own password: only their wrap is rewritten. */
export async function changeOwnPassword(ctx: ServiceContext, currentPassword: string, newPassword: string): Promise<Session> {
  const open = ctx.vault.session();
  const me = open.account;
  refuseWhileThrottled(ctx);
  if (!(await ctx.vault.passwordOpensWrap(me.wrap_id, currentPassword))) {
    const retryAfter = countFailure(ctx);
    // Audited without content: who failed, never what was typed.
    audit(ctx, open.db, { actorId: me.id, action: 'account.passwordChangeFailed', targetKind: 'account', targetId: me.id });
    throw new AppFailure('INVALID_CREDENTIALS', 'the current password is wrong', { retryAfterMs: retryAfter });
  }
  clearFailureCount(ctx);
  if (newPassword === currentPassword) throw new AppFailure('PASSWORD_REUSED', 'choose a different password');
  requireAcceptablePassword(newPassword, { username: me.username, fullName: me.full_name });
  const wrap = await ctx.vault.newPasswordWrap(open.dataKey, me.username, newPassword, ctx.vault.keyFile());
  swapWrap(ctx, wrap, me.wrap_id, () =>
    open.db.transaction(() => {
      updateAccount(open.db, me.id, { wrap_id: wrap.id, must_change_password: 0, updated_at: nowIso(ctx) });
      audit(ctx, open.db, { actorId: me.id, action: 'account.passwordChanged', targetKind: 'account', targetId: me.id });
    })(),
  );
  open.account = requireAccount(open, me.id);
  return sessionView(open);
}

/** The signed-in person's interface language. */
export function setOwnLanguage(ctx: ServiceContext, language: Language): Session {
  const open = ctx.vault.session();
  open.db.transaction(() => {
    updateAccount(open.db, open.account.id, { language, updated_at: nowIso(ctx) });
    audit(ctx, open.db, {
      actorId: open.account.id,
      action: 'account.languageChanged',
      targetKind: 'account',
      targetId: open.account.id,
      details: { language },
    });
  })();
  open.account = requireAccount(open, open.account.id);
  return sessionView(open);
}
