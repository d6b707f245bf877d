import { join } from 'node:path';

/** The files of one installation's data folder. */
export type VaultPaths = {
  dataDir: string;
  database: string;
  /** SQLite's write-ahead log and shared-memory index beside the database (WAL mode). */
  wal: string;
  shm: string;
  /** The key file and its second copy: each has its own checksums and they are written in turn. */
  keyFile: string;
  keyFileCopy: string;
  /** Held for the life of a backend, so a second app on the same folder is refused. */
  lockFile: string;
  uiPrefs: string;
};

/** Where the database, key files, lock and language preference live inside the data folder. */
export function vaultPaths(dataDir: string): VaultPaths {
  const database = join(dataDir, 'vault.db');
  const keyFile = join(dataDir, 'vault.key');
  return {
    dataDir,
    database,
    wal: `${database}-wal`,
    shm: `${database}-shm`,
    keyFile,
    keyFileCopy: keyFileCopyPath(keyFile),
    lockFile: join(dataDir, 'vault.lock'),
    uiPrefs: join(dataDir, 'ui.json'),
  };
}

/** The second copy of a key file sits beside it with ".2" appended. */
export function keyFileCopyPath(keyFile: string): string {
  return `${keyFile}.2`;
}

/** The files that hold the vault: the app never deletes, truncates, recreates or overwrites one that exists. */
export function vaultFiles(paths: VaultPaths): string[] {
  return [paths.database, paths.wal, paths.shm, paths.keyFile, paths.keyFileCopy];
}
