// The key file beside the database: wraps, salts, parameters and throttle counters only. No names, no roles,
// no plaintext; losing it without the recovery key loses the database, so it is written atomically.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync, fchmodSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { base64Bytes } from './kdf';
import { throttleStateSchema, type ThrottleState } from './throttle';
import { keyWrapSchema, type KeyWrap } from './wrap';

/** Conventional name of the key file in the data folder. */
export const KEY_FILE_NAME = 'vault.key';

/** Contents of the key file. */
export type KeyFile = { format: 1; lookupSalt: string; wraps: KeyWrap[]; throttle: ThrottleState };

/** Strict schema of the key file; wrap ids must be unique. */
export const keyFileSchema = z
  .strictObject({
    format: z.literal(1),
    lookupSalt: base64Bytes(16),
    wraps: z.array(keyWrapSchema),
    throttle: throttleStateSchema,
  })
  .refine((file) => new Set(file.wraps.map((w) => w.id)).size === file.wraps.length, {
    message: 'wrap ids must be unique',
    path: ['wraps'],
  }) satisfies z.ZodType<KeyFile>;

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** Reads and validates the key file; null when it does not exist, throws a clear Error when unreadable. */
export function readKeyFile(path: string): KeyFile | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new Error(`The key file ${path} is corrupt: it is not valid JSON.`, { cause });
  }
  if (typeof json === 'object' && json !== null && 'format' in json && json.format !== 1) {
    throw new Error(
      `The key file ${path} has unknown format ${JSON.stringify(json.format)}; it may come from a newer version of Kenes.`,
    );
  }
  const checked = keyFileSchema.safeParse(json);
  if (!checked.success) {
    throw new Error(`The key file ${path} is corrupt:\n${z.prettifyError(checked.error)}`, { cause: checked.error });
  }
  return checked.data;
}

function fsyncDirectory(dir: string): void {
  // Makes the rename durable (POSIX needs the directory entry flushed). Windows cannot open or fsync a
  // directory this way and reports EISDIR or EPERM; NTFS journals the rename itself.
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch (error) {
    const code = errorCode(error);
    if (code !== 'EISDIR' && code !== 'EPERM') throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Validates and writes the key file atomically (temp file 0600, fsync, rename, fsync directory). */
export function writeKeyFile(path: string, keyFile: KeyFile): void {
  const data = Buffer.from(`${JSON.stringify(keyFileSchema.parse(keyFile), null, 2)}\n`, 'utf8');
  const tmp = `${path}.tmp`;
  // A leftover from a crash may have other permissions; start from a file we create ourselves.
  try {
    unlinkSync(tmp);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  try {
    const fd = openSync(tmp, 'wx', 0o600);
    try {
      // The mode given to open is reduced by the umask; set it exactly (a no-op beyond read-only on Windows).
      fchmodSync(fd, 0o600);
      let written = 0;
      while (written < data.length) written += writeSync(fd, data, written, data.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // Nothing to clean up, or cannot: the original error is what matters.
    }
    throw error;
  }
  fsyncDirectory(dirname(path));
}
