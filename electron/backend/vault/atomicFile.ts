// Small file primitives for the vault folder: every write of a key file goes through a fresh temporary
// file with a name of its own (two writers never share one), is flushed, and is renamed into place.
import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** The `code` of a Node system error (ENOENT, EEXIST …), if any. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** Makes a rename durable (POSIX needs the directory entry flushed). */
export function fsyncDirectory(dir: string): void {
  // Windows cannot open or fsync a directory this way and reports EISDIR or EPERM; NTFS journals the rename itself.
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

/** Creates a new file with mode 0600 (fails with EEXIST if it exists), writes and flushes `data`. */
export function createPrivateFile(path: string, data: Buffer, modeless = false): void {
  const fd = openSync(path, 'wx', 0o600);
  try {
    // The mode given to open is reduced by the umask; set it exactly (a no-op beyond read-only on Windows).
    try {
      fchmodSync(fd, 0o600);
    } catch (error) {
      if (!modeless || errorCode(error) !== 'EPERM') throw error;
    }
    let written = 0;
    while (written < data.length) written += writeSync(fd, data, written, data.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A temporary name beside `path`, unique per write: process id and random bytes. */
export function temporaryName(path: string): string {
  return `${path}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
}

/**
 * Writes `data` to `path` atomically: a new 0600 temporary file, fsync, rename, fsync of the folder. `exported`:
 * a file the person saves outside the vault (a USB stick's FAT has no modes, and Linux refuses chmod there with
 * EPERM; the mode given at creation is still asked for).
 */
export function writeFileAtomic(path: string, data: Buffer, options: { exported?: boolean } = {}): void {
  const tmp = temporaryName(path);
  try {
    createPrivateFile(tmp, data, options.exported === true);
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
