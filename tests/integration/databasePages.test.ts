// vault/dbPages.ts repeats SQLCipher's per-page HMAC check (SQLite3MultipleCiphers lacks
// PRAGMA cipher_integrity_check). Here Zetetic's reference SQLCipher 4 checks the same damaged files,
// and both must name the same pages.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sqlcipher from '@journeyapps/sqlcipher';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabasePages } from '../../electron/backend/vault/dbPages';
import { recoverRawKeyHex } from '../../electron/backend/vault/rawKey';
import { type FaultFolder, closedVault } from './vaultFaults';

let folder: FaultFolder | null = null;
afterEach(() => folder?.dispose());

/** The page numbers Zetetic's `PRAGMA cipher_integrity_check` reports. */
function referenceDamagedPages(dbPath: string, rawKey: string): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlcipher.Database(dbPath, sqlcipher.OPEN_READONLY, (openError) => {
      if (openError) return reject(openError);
      db.serialize(() => {
        db.run(`PRAGMA key = "${rawKey}"`);
        db.all('PRAGMA cipher_integrity_check', (error: Error | null, rows: { cipher_integrity_check: string }[] | undefined) => {
          db.close();
          if (error) return reject(error);
          const pages = (rows ?? []).map((r) => Number(/page (\d+)/.exec(r.cipher_integrity_check)?.[1]));
          resolve(pages.filter((n) => Number.isInteger(n)).sort((a, b) => a - b));
        });
      });
    });
  });
}

describe('naming damaged pages', () => {
  it('finds the same damaged pages as SQLCipher’s own cipher_integrity_check', async () => {
    folder = await closedVault();
    const dbPath = join(folder.dir, 'vault.db');
    const rawKey = await recoverRawKeyHex(join(folder.dir, 'vault.key'), folder.recoveryKey);
    const key = Buffer.from(rawKey.slice(2, -1), 'hex');
    const pageCount = statSync(dbPath).size / 4096;
    expect(checkDatabasePages(dbPath, key)).toEqual({ pageCount, damagedPages: [] });
    expect(await referenceDamagedPages(dbPath, rawKey)).toEqual([]);

    const bytes = readFileSync(dbPath);
    const damaged = [3, 17, pageCount];
    for (const page of damaged) bytes[(page - 1) * 4096 + 1234] ^= 0x10;
    writeFileSync(dbPath, bytes);
    expect(checkDatabasePages(dbPath, key).damagedPages).toEqual(damaged);
    expect(await referenceDamagedPages(dbPath, rawKey)).toEqual(damaged);
  });
});
