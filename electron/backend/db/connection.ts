import Database from 'better-sqlite3-multiple-ciphers';

export type Db = Database.Database;

/**
 * Opens the one database of the installation, encrypted as SQLCipher 4 under a raw
 * 256-bit data key, so any standard SQLCipher 4 tool opens it with that key
 * (README: "Opening the database without this app").
 * Throws when the key does not decrypt the file. The vault passes `fileMustExist`: a missing
 * vault.db is reported, never silently replaced by a new empty one (set-up creates the file
 * itself with mode 0600, and SQLite gives -wal and -shm the same permissions as the database).
 */
export function openEncryptedDatabase(path: string, dataKey: Buffer, options: { fileMustExist?: boolean } = {}): Db {
  if (dataKey.length !== 32) throw new Error('the data key must be 32 bytes');
  const db = new Database(path, { fileMustExist: options.fileMustExist ?? false });
  try {
    // SQLite3MultipleCiphers: choose the cipher scheme before the key. legacy=4 gives
    // SQLCipher 4's defaults (PBKDF2-HMAC-SHA512 is skipped for raw keys, HMAC-SHA512, 4 KiB pages).
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    // The key exists as a JS string only for this statement; strings cannot be wiped,
    // which is the limit of "as far as the runtime allows" in docs/DESIGN.md.
    db.pragma(`key="x'${dataKey.toString('hex')}'"`);
    // Reading the schema forces the first page to be decrypted: a wrong key fails here.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // SQLite fires DELETE triggers on the rows an INSERT OR REPLACE removes only with recursive
    // triggers on; without it, REPLACE silently bypasses every "signed records are read-only" trigger.
    db.pragma('recursive_triggers = ON');
    // Temporary tables and sort spills stay in memory, never in plaintext temp files.
    db.pragma('temp_store = MEMORY');
    db.pragma('synchronous = FULL');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Closes the database after folding the WAL back in, so the -wal file does not linger. */
export function closeDatabase(db: Db): void {
  if (!db.open) return;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}
