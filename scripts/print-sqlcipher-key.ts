// Usage: npx tsx scripts/print-sqlcipher-key.ts <dataDir>
// Prints the database's raw SQLCipher key (from the recovery key) on stdout only, so it can be piped or
// redirected; every prompt and explanation goes to stderr. Exit 2: wrong or malformed recovery key;
// exit 1: missing key file or other failure. Both copies of the key file (vault.key, vault.key.2) are read
// wrap by wrap, so a damaged byte in one does not stop an intact recovery wrap in either from working.
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { KEY_FILE_NAME } from '../electron/backend/vault/keyFile';
import { keyFileCopyWarnings, readRecoveryWraps, RecoveryKeyError, recoverRawKeyHex } from '../electron/backend/vault/rawKey';

async function readRecoveryKey(): Promise<string> {
  if (process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    try {
      return await new Promise<string>((resolve) => rl.question('Recovery key: ', resolve));
    } finally {
      rl.close();
    }
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<number> {
  const dataDir = process.argv[2];
  if (dataDir === undefined || process.argv.length > 3) {
    process.stderr.write('Usage: npx tsx scripts/print-sqlcipher-key.ts <dataDir>\n');
    return 1;
  }
  const keyFilePath = join(dataDir, KEY_FILE_NAME);
  try {
    // Check the key file before asking for the recovery key, so nobody types 40 characters for nothing.
    readRecoveryWraps(keyFilePath);
    for (const warning of keyFileCopyWarnings(keyFilePath)) process.stderr.write(`Warning: ${warning}\n`);
    const literal = await recoverRawKeyHex(keyFilePath, await readRecoveryKey());
    process.stdout.write(`${literal}\n`);
    process.stderr.write(
      [
        '',
        "In the sqlcipher shell, open the database and run, pasting the line above in place of x'…':",
        '  PRAGMA key = "x\'…\'";',
        '  PRAGMA cipher_compatibility = 4;   -- already the default in SQLCipher 4',
        '  SELECT count(*) FROM sqlite_master;',
        'A number means the key is right; "file is not a database" means it is not.',
        'Treat the key like the recovery key itself: do not save it in shell history or files.',
        '',
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    // A missing key file (KeyFileError), a corrupt one or anything else: 1. A bad recovery key: 2.
    return error instanceof RecoveryKeyError ? 2 : 1;
  }
}

process.exitCode = await main();
