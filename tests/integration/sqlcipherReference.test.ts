import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import sqlcipher from '@journeyapps/sqlcipher';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, FACILITY, type TestVault, newVault, setUpVault } from './helpers';

let tv: TestVault;
afterEach(async () => tv?.dispose());

/**
 * Opens the database in Zetetic's SQLCipher 4 (the reference implementation, built from the
 * amalgamation shipped in @journeyapps/sqlcipher) with `PRAGMA key`, and reads the facility name.
 */
function readWithReference(dbPath: string, keyPragmaValue: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const db = new sqlcipher.Database(dbPath, sqlcipher.OPEN_READONLY, (openError) => {
      if (openError) return reject(openError);
      db.serialize(() => {
        db.run(`PRAGMA key = "${keyPragmaValue.replaceAll('"', '""')}"`);
        db.get(
          "SELECT value FROM settings WHERE key = 'facilityName'",
          (error: Error | null, row: { value: string } | undefined) => {
            db.close();
            if (error) reject(error);
            else resolve(row?.value ?? '');
          },
        );
      });
    });
  });
}

/** The README's documented command, run as a facility would: recovery key on standard input. */
function printKey(dataDir: string, recoveryKey: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', join('scripts', 'print-sqlcipher-key.ts'), dataDir], {
    input: `${recoveryKey}\n`,
    encoding: 'utf8',
  });
}

describe('the database is standard SQLCipher 4', () => {
  it('opens in the reference implementation with the key printed from the recovery key, and with no other key', async () => {
    tv = newVault();
    const { recoveryKey } = await setUpVault(tv);
    await tv.backend.close();
    const printed = printKey(tv.dir, recoveryKey);
    expect(printed.status, printed.stderr).toBe(0);
    const rawKey = printed.stdout.trim();
    expect(rawKey).toMatch(/^x'[0-9a-f]{64}'$/);
    const dbPath = join(tv.dir, 'vault.db');
    await expect(readWithReference(dbPath, rawKey)).resolves.toBe(FACILITY);

    const wrongKeys = [
      `x'${randomBytes(32).toString('hex')}'`,
      `x'${rawKey.slice(2, 66).replace(/^./, (c) => (c === '0' ? '1' : '0'))}'`,
      recoveryKey,
      ADMIN.password,
    ];
    for (const key of wrongKeys) await expect(readWithReference(dbPath, key)).rejects.toThrow(/not a database|SQLITE_NOTADB/);
  });

  it('prints nothing and fails on a mistyped recovery key, naming the group', async () => {
    tv = newVault();
    const { recoveryKey } = await setUpVault(tv);
    const groups = recoveryKey.split('-');
    groups[2] = `${groups[2]![0] === 'Z' ? 'Y' : 'Z'}${groups[2]!.slice(1)}`;
    const printed = printKey(tv.dir, groups.join('-'));
    expect(printed.status).toBe(2);
    expect(printed.stdout).toBe('');
    expect(printed.stderr).toMatch(/3/);
  });
});
