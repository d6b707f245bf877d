// Names the damaged pages of the encrypted database. SQLCipher's own `PRAGMA cipher_integrity_check` checks
// every page's HMAC, but SQLite3MultipleCiphers (the cipher library behind better-sqlite3-multiple-ciphers)
// does not implement it, so this file repeats the same check over the file's bytes, as SQLCipher 4 defines it
// (https://www.zetetic.net/sqlcipher/design/): 4096-byte pages, each ending in a 16-byte IV and a 64-byte
// HMAC-SHA512 over the page's ciphertext, its IV and its page number (4 bytes, little-endian); page 1 begins
// with the 16-byte file salt, which is not covered. For a raw key the HMAC key is PBKDF2-HMAC-SHA512 of the key
// with the salt XOR 0x3a, 2 iterations, 32 bytes.
import { createHmac, pbkdf2Sync } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** SQLCipher 4's page size (`legacy=4`). */
export const PAGE_SIZE = 4096;
const SALT_BYTES = 16;
const HMAC_BYTES = 64;
const HMAC_SALT_MASK = 0x3a;
const FAST_KDF_ITER = 2;
/** A plain SQLite database starts with this; an encrypted one starts with its random salt. */
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** What the file's size and first bytes say without the key. */
export type DatabaseShape = 'missing' | 'empty' | 'plainSqlite' | 'truncated' | 'plausible';

/** Looks at the database file without the key and without changing it. */
export function databaseShape(path: string): DatabaseShape {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return 'missing';
  }
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return 'empty';
    const head = Buffer.alloc(SQLITE_MAGIC.length);
    readSync(fd, head, 0, head.length, 0);
    if (head.equals(SQLITE_MAGIC)) return 'plainSqlite';
    return size % PAGE_SIZE === 0 ? 'plausible' : 'truncated';
  } finally {
    closeSync(fd);
  }
}

/** Result of checking every page's HMAC: page numbers are 1-based, as SQLite counts them. */
export type PageCheck = { pageCount: number; damagedPages: number[] };

/** Checks every page of the database file against the data key; reads only. */
export function checkDatabasePages(path: string, dataKey: Buffer): PageCheck {
  const fd = openSync(path, 'r');
  let hmacKey: Buffer | null = null;
  try {
    const size = fstatSync(fd).size;
    const pageCount = Math.ceil(size / PAGE_SIZE);
    const damagedPages: number[] = [];
    const page = Buffer.alloc(PAGE_SIZE);
    const number = Buffer.alloc(4);
    for (let n = 1; n <= pageCount; n++) {
      const read = readSync(fd, page, 0, PAGE_SIZE, (n - 1) * PAGE_SIZE);
      if (n === 1) {
        const salt = Buffer.from(page.subarray(0, SALT_BYTES).map((b) => b ^ HMAC_SALT_MASK));
        hmacKey = pbkdf2Sync(dataKey, salt, FAST_KDF_ITER, 32, 'sha512');
      }
      if (read < PAGE_SIZE || !hmacKey) {
        damagedPages.push(n);
        continue;
      }
      number.writeUInt32LE(n);
      const mac = createHmac('sha512', hmacKey)
        .update(page.subarray(n === 1 ? SALT_BYTES : 0, PAGE_SIZE - HMAC_BYTES))
        .update(number)
        .digest();
      if (!mac.equals(page.subarray(PAGE_SIZE - HMAC_BYTES))) damagedPages.push(n);
    }
    return { pageCount, damagedPages };
  } finally {
    hmacKey?.fill(0);
    closeSync(fd);
  }
}
