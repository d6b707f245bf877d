// Recovery without the app: the recovery key unwraps the raw SQLCipher key, which standard sqlcipher tools
// accept as PRAGMA key = "x'…'" (https://www.zetetic.net/sqlcipher/sqlcipher-api/#key, "raw key data").
import { inspectKeyFile } from './keyFile';
import { keyFileCopyPath } from './paths';
import { parseRecoveryKey, recoveryKeySecret } from './recoveryKey';
import { unwrapDataKey, type KeyWrap } from './wrap';

/** The recovery key was malformed or does not open this key file (`group` is 1-based when known). */
export class RecoveryKeyError extends Error {
  constructor(
    message: string,
    readonly reason: 'length' | 'characters' | 'checksum' | 'wrong',
    readonly group?: number,
  ) {
    super(message);
    this.name = 'RecoveryKeyError';
  }
}

/** The key file is missing, or holds no recovery wrap. */
export class KeyFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyFileError';
  }
}

// Messages never repeat the typed key: they end up on a terminal or in a log.
function describe(reason: 'length' | 'characters' | 'checksum', group: number | undefined): string {
  const where = group === undefined ? '' : ` in group ${group}`;
  switch (reason) {
    case 'length':
      return 'A recovery key has 40 characters: 8 groups of 5. Check for a missing or extra group or character.';
    case 'characters':
      return `The recovery key has a character that recovery keys never contain${where}.`;
    case 'checksum':
      return `Group ${group ?? '?'} of the recovery key does not match its check character: look for a mistyped character in that group.`;
  }
}

/**
 * The recovery wraps of a key file, read wrap by wrap from both copies (vault.key and vault.key.2), so a
 * damaged byte elsewhere does not hide an intact recovery wrap. Throws KeyFileError when there is none.
 */
export function readRecoveryWraps(keyFilePath: string): KeyWrap[] {
  const state = inspectKeyFile(keyFilePath);
  if (state.problem === 'missing')
    throw new KeyFileError(`There is no key file at ${keyFilePath} (nor its copy ${keyFileCopyPath(keyFilePath)}).`);
  if (state.problem === 'newer')
    throw new KeyFileError(`The key file ${keyFilePath} comes from a newer version of Kenes: use that version.`);
  const recoveryWraps = state.unlockWraps.filter((w) => w.kind === 'recovery');
  if (recoveryWraps.length === 0) {
    throw new KeyFileError(
      state.problem === 'unreadable'
        ? `Neither copy of the key file ${keyFilePath} can be read.`
        : `The key file ${keyFilePath} holds no recovery wrap that either copy can show.`,
    );
  }
  return recoveryWraps;
}

/** Which copies of the key file are damaged or missing, for a warning on the terminal. */
export function keyFileCopyWarnings(keyFilePath: string): string[] {
  const state = inspectKeyFile(keyFilePath);
  const out: string[] = [];
  for (const [path, copy] of [
    [keyFilePath, state.primary],
    [keyFileCopyPath(keyFilePath), state.second],
  ] as const) {
    if (copy.state === 'damaged') out.push(`${path} is damaged; the readable wraps of both copies were used.`);
    if (copy.state === 'missing' && state.problem === null) out.push(`${path} is missing.`);
  }
  return out;
}

/** Unwraps the data key with the recovery key and returns it as a SQLCipher raw key literal `x'<64 hex>'`. */
export async function recoverRawKeyHex(keyFilePath: string, recoveryKeyInput: string): Promise<string> {
  // The key file first: with no usable key file, whether the recovery key is well typed does not matter.
  const recoveryWraps = readRecoveryWraps(keyFilePath);
  const parsed = parseRecoveryKey(recoveryKeyInput);
  if (!parsed.ok) throw new RecoveryKeyError(describe(parsed.reason, parsed.group), parsed.reason, parsed.group);
  // Same secret as at set-up, by construction: one function turns a recovery key into scrypt input.
  const secret = recoveryKeySecret(parsed.normalized);
  try {
    // Normally one recovery wrap; trying each keeps a half-finished recovery-key change recoverable.
    for (const wrap of recoveryWraps) {
      const dataKey = await unwrapDataKey(wrap, secret);
      if (dataKey === null) continue;
      // The hex string cannot be wiped (JS strings are immutable); the caller prints it and exits.
      const literal = `x'${dataKey.toString('hex')}'`;
      dataKey.fill(0);
      return literal;
    }
  } finally {
    secret.fill(0);
  }
  throw new RecoveryKeyError('This recovery key does not open this key file.', 'wrong');
}
