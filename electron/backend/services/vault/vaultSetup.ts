import type { z } from 'zod';
import type { SignedInInfo } from '../../../contract/schemas';
import type { vaultChannels } from '../../../contract/vaultChannels';
import { type AccountRow, insertAccount } from '../../db/repos/accountsRepo';
import { closeDatabase } from '../../db/connection';
import { setSetting } from '../../db/repos/settingsRepo';
import { newLookupSalt, usernameTag } from '../../vault/lookupTag';
import { advanceAnchor } from '../../vault/anchorFile';
import { generateRecoveryKey, recoveryKeySecret } from '../../vault/recoveryKey';
import { EMPTY_THROTTLE } from '../../vault/throttle';
import { writeUiPrefs } from '../../vault/uiPrefs';
import { discardSetupDatabase } from '../../vault/vault';
import { newDataKey, newId, passwordSecret, wrapDataKey } from '../../vault/wrap';
import { initialiseInstallation } from '../bundles/supervisor/installation';
import { type PublicContext, auditVault } from '../context';
import { requireAcceptablePassword } from './passwordRules';
import { DEFAULT_IDLE_TIMEOUT_MINUTES, signedInView } from './signedInView';

export type SetupInput = z.output<(typeof vaultChannels)['vault:setup']['input']>;

/**
 * First run: a random data key encrypts the new database; the admin's password and the recovery
 * key each wrap a copy of it. Set-up refuses to run while any vault file exists (VAULT_EXISTS names
 * them) and never removes one. The database is built under a temporary name, linked into place as
 * vault.db (a link never replaces an existing file), and only then are the key files written. A crash
 * before the link leaves only a temporary file; a crash between the link and the key file leaves
 * vault.db without a key file, which the status reports (KEY_FILE_MISSING) instead of deleting it.
 */
export async function setupVault(
  ctx: PublicContext,
  input: SetupInput,
): Promise<{ recoveryKey: string; signedIn: SignedInInfo }> {
  const { vault } = ctx;
  vault.requireEmptyFolder();
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
  // scrypt took a while: check again that nothing appeared in the folder meanwhile.
  vault.requireEmptyFolder();

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
  const built = vault.createDatabase(dataKey);
  try {
    const { db } = built;
    try {
      db.transaction(() => {
        setSetting(db, 'facilityName', input.facilityName);
        setSetting(db, 'idleTimeoutMinutes', String(DEFAULT_IDLE_TIMEOUT_MINUTES));
        setSetting(db, 'installationLanguage', input.language);
        initialiseInstallation(db, input.installationKind ?? 'facility', nowIso);
        insertAccount(db, account);
        auditVault(ctx, db, { actorId: account.id, action: 'vault.created' });
        auditVault(ctx, db, { actorId: account.id, action: 'account.created', targetKind: 'account', targetId: account.id });
        // Stored action name: 'session.' stays (hashed into the audit chain, filtered on by admins).
        auditVault(ctx, db, { actorId: account.id, action: 'session.signIn' });
      })();
    } finally {
      // Folds the WAL in and removes it, so the one file linked into place is the whole database.
      closeDatabase(db);
    }
    vault.installDatabase(built.path);
  } catch (error) {
    dataKey.fill(0);
    discardSetupDatabase(built.path);
    throw error;
  }
  try {
    vault.saveKeyFile({ lookupSalt, wraps: [adminWrap, recoveryWrap], throttle: { ...EMPTY_THROTTLE, pending: [] } });
  } catch (error) {
    dataKey.fill(0);
    throw error;
  }
  writeUiPrefs(vault.paths.uiPrefs, { language: input.language });
  const { db } = vault.withDatabase(dataKey, () => null);
  // The new log's end is anchored from the start (issue 16), so "verify integrity" never finds it missing.
  advanceAnchor(vault.paths.keyFile, db, dataKey);
  const open = vault.activate({ db, dataKey, account, idleTimeoutMinutes: DEFAULT_IDLE_TIMEOUT_MINUTES, keyFileHealth: null });
  return { recoveryKey, signedIn: signedInView(open) };
}
