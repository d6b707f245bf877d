// Which database a data-key rotation left on disk. SQLCipher keeps a random salt in the first 16 bytes of the
// database file (https://www.zetetic.net/sqlcipher/design/, "Database salt"), and SQLite3MultipleCiphers draws a
// new one at PRAGMA rekey (tests/integration/keyRotation.test.ts checks it), so the salt names the rotated file
// without any key: reading the key file can tell which wraps open the vault.db that is there.
import { closeSync, openSync, readSync } from 'node:fs';

const SALT_BYTES = 16;

/** The first 16 bytes of the database file as hex, or null when it is missing or shorter. */
export function databaseSalt(path: string): string | null {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const salt = Buffer.alloc(SALT_BYTES);
    const read = readSync(fd, salt, 0, SALT_BYTES, 0);
    return read === SALT_BYTES ? salt.toString('hex') : null;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
