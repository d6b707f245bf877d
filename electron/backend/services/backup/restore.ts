// Restore (issue 16, section 2). Three steps, nothing changed before the last: open a file (its header, no key),
// unlock it with a password valid then or the recovery key (every check runs on a copy in a staging folder), and
// apply: the restored database is migrated and audited in the staging folder with its key file, and only then
// are the current vault's files moved aside (never deleted) and the staged ones moved in, under a marker file
// that lets the next start finish an interrupted switch (finishInterruptedRestore).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppFailure } from '../../../contract/errors';
import type { RestorePreview } from '../../../contract/backupChannels';
import { anchorOf } from '../../audit/anchor';
import { closeDatabase, openEncryptedDatabase } from '../../db/connection';
import { migrate } from '../../db/migrate';
import { appendAudit } from '../../db/repos/auditRepo';
import { fsyncDirectory, writeFileAtomic } from '../../vault/atomicFile';
import { writeKeyFile } from '../../vault/keyFile';
import { usernameTag } from '../../vault/lookupTag';
import { type VaultPaths, vaultFiles } from '../../vault/paths';
import { parseRecoveryKey, recoveryKeySecret } from '../../vault/recoveryKey';
import { EMPTY_THROTTLE } from '../../vault/throttle';
import type { Vault } from '../../vault/vault';
import { passwordSecret, unwrapDataKey } from '../../vault/wrap';
import { type Language, languageSchema, normalizeUsername } from '../../../contract/schemas';
import { getSetting } from '../../db/repos/settingsRepo';
import { writeUiPrefs } from '../../vault/uiPrefs';
import { LATEST_SCHEMA, type OpenedBackup, checkBackupWithKey, openBackupFile } from './verifyBackup';

type Pending = {
  token: string;
  backup: OpenedBackup;
  unlocked: { staging: string; dataKey: Buffer; via: 'password' | 'recoveryKey'; fromSchema: number } | null;
};

const pendingByVault = new WeakMap<Vault, Pending>();
const MARKER = 'restore.json';

function dropPending(vault: Vault): void {
  const p = pendingByVault.get(vault);
  if (!p) return;
  pendingByVault.delete(vault);
  if (p.unlocked) {
    p.unlocked.dataKey.fill(0);
    rmSync(p.unlocked.staging, { recursive: true, force: true });
  }
}

/** Opens a chosen file as the restore's candidate; replaces any earlier candidate. */
export async function openForRestore(vault: Vault, path: string): Promise<{ token: string; backup: OpenedBackup }> {
  dropPending(vault);
  const backup = await openBackupFile(path);
  const token = randomBytes(16).toString('hex');
  pendingByVault.set(vault, { token, backup, unlocked: null });
  return { token, backup };
}

function pendingFor(vault: Vault, token: string): Pending {
  const p = pendingByVault.get(vault);
  if (!p || p.token !== token) throw new AppFailure('NOT_FOUND', 'no backup is open for restore');
  return p;
}

export type RestoreSecret = { username: string; password: string } | { recoveryKey: string };

/**
 * Unlocks the open backup with a password valid when it was taken (its own wraps, found by the username's tag
 * as at sign-in) or the recovery key, and checks it completely in a staging folder inside the data folder.
 * A refusal removes the staging folder: every file is as it was.
 */
export async function unlockForRestore(vault: Vault, token: string, secret: RestoreSecret): Promise<RestorePreview> {
  const pending = pendingFor(vault, token);
  if (pending.unlocked) {
    pending.unlocked.dataKey.fill(0);
    rmSync(pending.unlocked.staging, { recursive: true, force: true });
    pending.unlocked = null;
  }
  const { header } = pending.backup;
  let dataKey: Buffer | null = null;
  if ('recoveryKey' in secret) {
    const parsed = parseRecoveryKey(secret.recoveryKey);
    if (!parsed.ok)
      throw new AppFailure(
        'INVALID_RECOVERY_KEY',
        `recovery key ${parsed.reason}`,
        parsed.group ? { group: parsed.group } : undefined,
      );
    const s = recoveryKeySecret(parsed.normalized);
    for (const w of header.keys.wraps.filter((x) => x.kind === 'recovery')) {
      dataKey = await unwrapDataKey(w, s);
      if (dataKey) break;
    }
    s.fill(0);
  } else {
    const tag = usernameTag(header.keys.lookupSalt, normalizeUsername(secret.username));
    const s = passwordSecret(secret.password);
    for (const w of header.keys.wraps.filter((x) => x.kind === 'password' && x.tag === tag)) {
      dataKey = await unwrapDataKey(w, s);
      if (dataKey) break;
    }
    s.fill(0);
  }
  if (!dataKey) throw new AppFailure('BACKUP_WRONG_KEY', 'neither a password nor the recovery key of this backup');
  const staging = mkdtempSync(join(vault.paths.dataDir, 'restore-staging-'));
  try {
    const check = await checkBackupWithKey(pending.backup, dataKey, join(staging, 'vault.db'));
    pending.unlocked = {
      staging,
      dataKey,
      via: 'recoveryKey' in secret ? 'recoveryKey' : 'password',
      fromSchema: check.schemaVersion,
    };
    return {
      createdAt: header.createdAt,
      facilityName: check.facilityName ?? '',
      counts: check.counts,
      schemaVersion: check.schemaVersion,
      currentSchemaVersion: LATEST_SCHEMA,
      automatic: header.automatic,
    };
  } catch (error) {
    dataKey.fill(0);
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/** A folder name for the vault moved aside, from the vault's clock. */
function asideName(now: Date): string {
  return `before-restore-${now.toISOString().slice(0, 19).replace(/[:T]/g, '-')}`;
}

/**
 * Applies the unlocked restore: migrates the staged database and records the restore in its audit log, writes
 * its key file from the backup's wraps, then switches the files. Returns where the previous files went.
 */
export function applyRestore(vault: Vault, token: string, actor: string | null): { movedAsideTo: string | null } {
  const pending = pendingFor(vault, token);
  if (!pending.unlocked) throw new AppFailure('NOT_FOUND', 'unlock the backup first');
  const { staging, dataKey, via, fromSchema } = pending.unlocked;
  const staged = join(staging, 'vault.db');
  const db = openEncryptedDatabase(staged, dataKey, { fileMustExist: true });
  let anchor;
  let language: Language | undefined;
  try {
    migrate(db);
    appendAudit(
      db,
      {
        actorId: actor,
        action: 'backup.restored',
        details: { backupCreatedAt: pending.backup.header.createdAt, fromSchema, toSchema: LATEST_SCHEMA, via },
      },
      new Date(vault.now()),
    );
    anchor = anchorOf(db, dataKey);
    language = languageSchema.safeParse(getSetting(db, 'installationLanguage')).data;
  } finally {
    closeDatabase(db);
  }
  const { lookupSalt, wraps } = pending.backup.header.keys;
  writeKeyFile(join(staging, 'vault.key'), { lookupSalt, wraps, throttle: { ...EMPTY_THROTTLE, pending: [] }, anchor });
  const present = vaultFiles(vault.paths).some((p) => existsSync(p));
  const aside = present ? asideName(new Date(vault.now())) : null;
  writeFileAtomic(join(vault.paths.dataDir, MARKER), Buffer.from(JSON.stringify({ staging: basename(staging), aside }), 'utf8'));
  switchFiles(vault.paths, staging, aside);
  // A first run has no ui.json yet: the screens before sign-in speak the restored installation's language.
  if (language && !existsSync(vault.paths.uiPrefs)) writeUiPrefs(vault.paths.uiPrefs, { language });
  pendingByVault.delete(vault);
  dataKey.fill(0);
  vault.lockedUser = null;
  return { movedAsideTo: aside ? join(vault.paths.dataDir, aside) : null };
}

/** Leaves the restore without changing anything. */
export function cancelRestore(vault: Vault): void {
  dropPending(vault);
}

/**
 * The switch, written to be run again from any point (the marker names the staging and aside folders): first
 * the old -wal/-shm go aside, then for each staged file the old file of that name goes aside and the staged
 * one comes in. Each step is a rename; a step already done is skipped.
 */
function switchFiles(paths: VaultPaths, stagingDir: string, aside: string | null): void {
  const asideDir = aside ? join(paths.dataDir, aside) : null;
  if (asideDir) mkdirSync(asideDir, { recursive: true, mode: 0o700 });
  const stagedNames = existsSync(stagingDir) ? readdirSync(stagingDir) : [];
  const moveAside = (p: string) => {
    if (!existsSync(p)) return;
    if (!asideDir) throw new Error('a vault file appeared during the restore');
    renameSync(p, join(asideDir, basename(p)));
  };
  for (const p of vaultFiles(paths)) if (!stagedNames.includes(basename(p))) moveAside(p);
  for (const name of stagedNames) {
    const into = join(paths.dataDir, name);
    moveAside(into);
    renameSync(join(stagingDir, name), into);
  }
  fsyncDirectory(paths.dataDir);
  if (asideDir) fsyncDirectory(asideDir);
  rmSync(stagingDir, { recursive: true, force: true });
  unlinkSync(join(paths.dataDir, MARKER));
}

/**
 * At start, with the folder's lock held: finishes a restore whose switch was interrupted (the marker exists),
 * and removes what interrupted backups, verifications and unlocked restores left (encrypted work files only).
 */
export function finishInterruptedRestore(paths: VaultPaths): void {
  const marker = join(paths.dataDir, MARKER);
  if (existsSync(marker)) {
    const { staging, aside } = JSON.parse(readFileSync(marker, 'utf8')) as { staging: string; aside: string | null };
    switchFiles(paths, join(paths.dataDir, basename(staging)), aside ? basename(aside) : null);
  }
  for (const name of readdirSync(paths.dataDir)) {
    if (/^(restore-staging|backup-work|backup-verify)-/.test(name))
      rmSync(join(paths.dataDir, name), { recursive: true, force: true });
  }
}
