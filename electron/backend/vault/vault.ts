import { existsSync, mkdirSync, rmSync } from 'node:fs';
import type { DrawingEvent } from '../../../assessments/drawing/model';
import { AppFailure } from '../../contract/errors';
import type { ClientMode, LockReason } from '../../contract/schemas';
import { type Db, closeDatabase, openEncryptedDatabase } from '../db/connection';
import { migrate } from '../db/migrate';
import type { AccountRow } from '../db/repos/accountsRepo';
import { DEFAULT_SCRYPT_COST, type ScryptCost } from './kdf';
import { type KeyFile, readKeyFile, writeKeyFile } from './keyFile';
import { usernameTag } from './lookupTag';
import { type VaultPaths, vaultPaths } from './paths';
import { type KeyWrap, passwordSecret, unwrapDataKey, wrapDataKey } from './wrap';

/** An unlocked vault: the open database, the data key and who is signed in. */
export type OpenVault = {
  db: Db;
  dataKey: Buffer;
  account: AccountRow;
  idleTimeoutMinutes: number;
  lastActivityMs: number;
  /**
   * Drawing state of this sign-in (services/clientMode.ts, services/drawingsService.ts). It lives
   * here so that locking, which drops the open vault, also ends client mode and closes drawings.
   */
  drawing?: DrawingSessionState;
};

/** What a sign-in knows about drawings; memory only. */
export type DrawingSessionState = {
  /**
   * Drawings this sign-in created or resumed: only these take strokes. Each maps to the few
   * events the next append is checked against (services/drawingStream.ts, orderingSummary).
   */
  writable: Map<string, DrawingEvent[]>;
  /** Set while a client has the screen; wrong exit passwords are counted to slow down guessing. */
  clientMode: { target: ClientMode; exitFailures: number; lastExitFailureMs: number | null } | null;
};

export type VaultOptions = {
  dataDir: string;
  /** scrypt cost for new wraps. Production uses the default; tests may lower it (it is stored with each wrap). */
  kdfCost?: ScryptCost;
  now?: () => number;
};

/**
 * Holds the vault's state: the key file on disk, and in memory at most one open database
 * with its data key. Locking closes the database and wipes the key buffer.
 */
export class Vault {
  readonly paths: VaultPaths;
  readonly kdfCost: ScryptCost;
  readonly now: () => number;
  private current: OpenVault | null = null;
  /** Who locked the screen; memory only, so the lock screen can greet them. */
  lockedUser: { accountId: string; username: string; fullName: string } | null = null;

  constructor(options: VaultOptions) {
    this.paths = vaultPaths(options.dataDir);
    this.kdfCost = options.kdfCost ?? DEFAULT_SCRYPT_COST;
    this.now = options.now ?? Date.now;
    mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  }

  /** The key file's existence marks a vault as set up: it is written last at set-up. */
  isInitialized(): boolean {
    return existsSync(this.paths.keyFile);
  }

  keyFile(): KeyFile {
    const kf = readKeyFile(this.paths.keyFile);
    if (!kf) throw new AppFailure('VAULT_MISSING', 'the vault has not been set up');
    return kf;
  }

  saveKeyFile(kf: KeyFile): void {
    writeKeyFile(this.paths.keyFile, kf);
  }

  /** The open vault, or UNAUTHENTICATED. */
  session(): OpenVault {
    if (!this.current) throw new AppFailure('UNAUTHENTICATED', 'nobody is signed in');
    return this.current;
  }

  peekSession(): OpenVault | null {
    return this.current;
  }

  /** Opens and migrates the database with a data key; throws when the key is wrong. */
  openDatabase(dataKey: Buffer): Db {
    const db = openEncryptedDatabase(this.paths.database, dataKey);
    try {
      migrate(db);
      return db;
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /** Removes database files left by a set-up that crashed before writing the key file. */
  removeOrphanDatabase(): void {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(this.paths.database + suffix, { force: true });
  }

  activate(open: Omit<OpenVault, 'lastActivityMs'>): OpenVault {
    this.current = { ...open, lastActivityMs: this.now() };
    this.lockedUser = null;
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
    try {
      closeDatabase(open.db);
    } finally {
      open.dataKey.fill(0);
    }
    this.lockedUser =
      reason === 'signOut' ? null : { accountId: open.account.id, username: open.account.username, fullName: open.account.full_name };
    return open.account;
  }

  /** A new password wrap of the open data key for a username. */
  async newPasswordWrap(dataKey: Buffer, username: string, password: string, kf: KeyFile): Promise<KeyWrap> {
    return wrapDataKey(dataKey, passwordSecret(password), {
      kind: 'password',
      tag: usernameTag(kf.lookupSalt, username),
      cost: this.kdfCost,
    });
  }

  /** True when the password opens the given wrap. */
  async passwordOpensWrap(wrapId: string | null, password: string): Promise<boolean> {
    const wrap = wrapId ? this.keyFile().wraps.find((w) => w.id === wrapId) : undefined;
    if (!wrap) return false;
    const key = await unwrapDataKey(wrap, passwordSecret(password));
    key?.fill(0);
    return key !== null;
  }
}
