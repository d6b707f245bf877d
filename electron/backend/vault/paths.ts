import { join } from 'node:path';

/** The files of one installation's data folder. */
export type VaultPaths = { dataDir: string; database: string; keyFile: string; uiPrefs: string };

/** Where the database, key file and language preference live inside the data folder. */
export function vaultPaths(dataDir: string): VaultPaths {
  return {
    dataDir,
    database: join(dataDir, 'vault.db'),
    keyFile: join(dataDir, 'vault.key'),
    uiPrefs: join(dataDir, 'ui.json'),
  };
}
