import { existsSync, linkSync, mkdirSync, renameSync, unlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppFailure } from '../../contract/errors';
import type { KeyFileHealth, Language, LockReason, VaultProblem } from '../../contract/schemas';
import { type Db, closeDatabase, openEncryptedDatabase } from '../db/connection';
import { migrate } from '../db/migrate';
import type { AccountRow } from '../db/repos/accountsRepo';
import { advanceAnchor } from './anchorFile';
import { createPrivateFile, errorCode, fsyncDirectory, temporaryName } from './atomicFile';
import { databaseStamp, diagnoseDatabase, diagnoseFiles, isDatabaseFault } from './health';
import { DEFAULT_SCRYPT_COST, type ScryptCost } from './kdf';
import { type KeyFile, type KeyFileState, inspectKeyFile, readKeyFile, writeKeyFile } from './keyFile';
import { type FolderLock, acquireFolderLock } from './lockFile';
import { usernameTag } from './lookupTag';
import { type VaultPaths, vaultFiles, vaultPaths } from './paths';
import { type KeyWrap, passwordSecret, unwrapDataKey, wrapDataKey } from './wrap';

/**
 * An unlocked vault: the open database, the data key and who is signed in. What else the sign-in
 * holds in memory (drawings being written, client mode, retry counts) is kept by
 * services/signedIn.ts against this object, so it ends when the vault closes.
 */
export type OpenVault = {
  db: Db;
  dataKey: Buffer;
  account: AccountRow;
  idleTimeoutMinutes: number;
  lastActivityMs: number;
  /** For admins: what was wrong with the key file at this sign-in (null when nothing). */
  keyFileHealth?: KeyFileHealth | null;
};

export type VaultOptions = {
  dataDir: string;
  /** scrypt cost for new wraps. Production uses the default; tests may lower it (it is stored with each wrap). */
  kdfCost?: ScryptCost;
  now?: () => number;
};

/** A problem found at sign-in (it needs the key), kept until the database file changes. */
type FoundProblem = { problem: Omit<VaultProblem, 'dataDir'>; stamp: string };

/**
 * Holds the vault's state: the key file on disk, and in memory at most one open database
 * with its data key. Locking closes the database and wipes the key buffer. It never deletes,
 * truncates, recreates or overwrites an existing vault file; what it cannot open it reports.
 */
export class Vault {
  readonly paths: VaultPaths;
  readonly kdfCost: ScryptCost;
  readonly now: () => number;
  private current: OpenVault | null = null;
  private readonly lock: FolderLock | null;
  private found: FoundProblem | null = null;
  /** Who locked the screen; memory only, so the lock screen can greet them, in their language. */
  lockedUser: { accountId: string; username: string; fullName: string; language: Language } | null = null;

  constructor(options: VaultOptions) {
    this.paths = vaultPaths(options.dataDir);
    this.kdfCost = options.kdfCost ?? DEFAULT_SCRYPT_COST;
    this.now = options.now ?? Date.now;
    mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
    const lock = acquireFolderLock(this.paths.lockFile);
    this.lock = 'release' in lock ? lock : null;
  }

  /** Any vault file exists: the folder is set up, or was, and set-up must not run over it. */
  isInitialized(): boolean {
    return this.existingVaultFiles().length > 0;
  }

  /** Names of the vault files present in the folder. */
  existingVaultFiles(): string[] {
    return vaultFiles(this.paths)
      .filter((p) => existsSync(p))
      .map((p) => basename(p));
  }

  /** Why the folder cannot be used now, 'uninitialized', or null when it looks usable. Reads only. */
  problem(): VaultProblem | 'uninitialized' | null {
    const { dataDir } = this.paths;
    if (!this.lock) return { code: 'VAULT_IN_USE', dataDir };
    if (this.current) return null;
    const code = diagnoseFiles(this.paths, this.keyFileState());
    if (code === 'uninitialized') return code;
    if (code) return { code, dataDir };
    if (this.found && this.found.stamp === databaseStamp(this.paths)) return { ...this.found.problem, dataDir };
    this.found = null;
    return null;
  }

  /** Throws the folder's problem as a typed failure; VAULT_MISSING before set-up. */
  requireUsable(): void {
    const problem = this.problem();
    if (problem === 'uninitialized') throw new AppFailure('VAULT_MISSING', 'the vault has not been set up');
    if (problem) throw new AppFailure(problem.code, `the data folder cannot be used: ${problem.code}`, problemDetails(problem));
  }

  /** Set-up may run only in a folder this backend holds and where no vault file exists. */
  requireEmptyFolder(): void {
    if (!this.lock) throw new AppFailure('VAULT_IN_USE', 'another Kenes uses this data folder');
    const present = this.existingVaultFiles();
    if (present.length > 0) throw new AppFailure('VAULT_EXISTS', 'vault files already exist', { reasons: present });
  }

  /** Both copies of the key file as they are on disk. */
  keyFileState(): KeyFileState {
    return inspectKeyFile(this.paths.keyFile);
  }

  keyFile(): KeyFile {
    if (!this.lock) throw new AppFailure('VAULT_IN_USE', 'another Kenes uses this data folder');
    const kf = readKeyFile(this.paths.keyFile);
    if (!kf) {
      throw this.isInitialized()
        ? new AppFailure('KEY_FILE_MISSING', 'the key file is missing')
        : new AppFailure('VAULT_MISSING', 'the vault has not been set up');
    }
    return kf;
  }

  /** False when both copies of the key file are damaged: they are left for the person, and counters stay as they are. */
  canWriteKeyFile(): boolean {
    const { primary, second } = this.keyFileState();
    return (
      [primary, second].some((c) => c.state === 'intact' || c.state === 'missing') &&
      primary.state !== 'newer' &&
      second.state !== 'newer'
    );
  }

  saveKeyFile(kf: KeyFile): void {
    if (!this.lock) throw new AppFailure('VAULT_IN_USE', 'another Kenes uses this data folder');
    writeKeyFile(this.paths.keyFile, kf);
  }

  currentSignIn(): OpenVault | null {
    return this.current;
  }

  /**
   * Opens and migrates the existing database with a data key the key file authenticated, and runs
   * `use` on it. If SQLite finds the file damaged, the handle is closed, the pages are checked, and
   * a precise failure (DATABASE_DAMAGED with the pages, DATABASE_NOT_KENES …) is thrown and
   * remembered for the status screen. On any failure the handle is closed.
   */
  withDatabase<T>(dataKey: Buffer, use: (db: Db) => T): { db: Db; value: T } {
    let db: Db | null = null;
    try {
      db = openEncryptedDatabase(this.paths.database, dataKey, { fileMustExist: true });
      migrate(db);
      return { db, value: use(db) };
    } catch (error) {
      if (db?.open) db.close();
      if (error instanceof AppFailure && error.code === 'DB_FROM_FUTURE') this.remember({ code: 'DB_FROM_FUTURE' });
      if (!isDatabaseFault(error)) throw error;
      // Every page's checksum may hold while SQLite still finds the structure inconsistent.
      const problem = diagnoseDatabase(this.paths, dataKey) ?? { code: 'DATABASE_DAMAGED' as const };
      this.remember(problem);
      throw new AppFailure(problem.code, 'the database cannot be read', problemDetails(problem));
    }
  }

  /**
   * Checks every page of the database against the key before a change that must not reach a damaged
   * database (recovery adds a wrap to the key file first); throws the precise failure.
   */
  requireIntactDatabase(dataKey: Buffer): void {
    const problem = diagnoseDatabase(this.paths, dataKey);
    if (!problem) return;
    this.remember(problem);
    throw new AppFailure(problem.code, 'the database is damaged', problemDetails(problem));
  }

  private remember(problem: Omit<VaultProblem, 'dataDir'>): void {
    this.found = { problem, stamp: databaseStamp(this.paths) };
  }

  /**
   * Set-up: builds the new database under a temporary name in the folder (mode 0600 from the start)
   * and returns it open; `installDatabase` then links it into place as vault.db, which fails rather
   * than replace a vault.db that appeared meanwhile.
   */
  createDatabase(dataKey: Buffer): { db: Db; path: string } {
    const path = temporaryName(join(this.paths.dataDir, 'setup-vault.db'));
    createPrivateFile(path, Buffer.alloc(0));
    let db: Db | null = null;
    try {
      db = openEncryptedDatabase(path, dataKey, { fileMustExist: true });
      migrate(db);
      return { db, path };
    } catch (error) {
      if (db?.open) db.close();
      discardSetupDatabase(path);
      throw error;
    }
  }

  /** Puts a closed set-up database in place as vault.db without ever replacing an existing file. */
  installDatabase(path: string): void {
    const exists = () => new AppFailure('VAULT_EXISTS', 'vault.db appeared during set-up', { reasons: ['vault.db'] });
    try {
      // link() fails with EEXIST instead of replacing, unlike rename(); the temporary name is then dropped.
      linkSync(path, this.paths.database);
      unlinkSync(path);
    } catch (error) {
      if (errorCode(error) === 'EEXIST') throw exists();
      // A file system without hard links (FAT on a removable drive): rename after checking, which the
      // folder's lock keeps safe from another Kenes.
      if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(errorCode(error) ?? '')) throw error;
      if (existsSync(this.paths.database)) throw exists();
      renameSync(path, this.paths.database);
    }
    fsyncDirectory(this.paths.dataDir);
  }

  activate(open: Omit<OpenVault, 'lastActivityMs'>): OpenVault {
    this.current = { ...open, lastActivityMs: this.now() };
    this.lockedUser = null;
    this.found = null;
    return this.current;
  }

  touch(): void {
    if (this.current) this.current.lastActivityMs = this.now();
  }

  /** Closes the database and wipes the key. Returns who was signed in, if anyone. */
  close(reason: LockReason | 'signOut'): AccountRow | null {
    const open = this.current;
    if (!open) return null;
    this.current = null;
    // The session's audit rows (this lock's included) are anchored in the key file before the database closes.
    advanceAnchor(this.paths.keyFile, open.db, open.dataKey);
    try {
      closeDatabase(open.db);
    } catch {
      // A checkpoint that fails (a damaged file, a full disk) must not keep the handle open.
      if (open.db.open) open.db.close();
    } finally {
      open.dataKey.fill(0);
    }
    this.lockedUser =
      reason === 'signOut'
        ? null
        : {
            accountId: open.account.id,
            username: open.account.username,
            fullName: open.account.full_name,
            language: open.account.language,
          };
    return open.account;
  }

  /** Gives up the data folder: the backend is closing. */
  release(): void {
    this.lock?.release();
  }

  /** A new password wrap of the open data key for a username. */
  async newPasswordWrap(dataKey: Buffer, username: string, password: string, kf: KeyFile): Promise<KeyWrap> {
    return wrapDataKey(dataKey, passwordSecret(password), {
      kind: 'password',
      tag: usernameTag(kf.lookupSalt, username),
      cost: this.kdfCost,
    });
  }

  /** True when the password opens the given wrap (any readable copy of it). */
  async passwordOpensWrap(wrapId: string | null, password: string): Promise<boolean> {
    const wrap = wrapId ? this.keyFileState().unlockWraps.find((w) => w.id === wrapId) : undefined;
    if (!wrap) return false;
    const key = await unwrapDataKey(wrap, passwordSecret(password));
    key?.fill(0);
    return key !== null;
  }
}

/** A failure's details for a problem: the damaged pages, when known. */
function problemDetails(problem: Omit<VaultProblem, 'dataDir'>): { pages: number[] } | undefined {
  return problem.pages ? { pages: problem.pages } : undefined;
}

/** Removes this set-up's own temporary database (never a vault file) after a failed set-up. */
export function discardSetupDatabase(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    try {
      unlinkSync(path + suffix);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
  }
}
