// Reading and writing backup files (format: backupFormat.ts). Writing goes through a temporary name beside the
// target, fsync and rename, so an interrupted backup leaves only a `.tmp` file, never one that looks valid.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, renameSync, unlinkSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fsyncDirectory, temporaryName } from './atomicFile';
import { type BackupHeader, type BackupShapeProblem, type ParsedBackup, encodeHeader, parseBackupPrefix } from './backupFormat';

const CHUNK = 1 << 20;

/** Reads a backup file's header without a key; the problem when it is not a whole backup of a known format. */
export function readBackupHeader(
  path: string,
): (ParsedBackup & { size: number }) | { problem: BackupShapeProblem | 'unreadable' } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return { problem: 'unreadable' };
  }
  try {
    const size = fstatSync(fd).size;
    const readAt = (offset: number, length: number) => {
      const buf = Buffer.alloc(length);
      const n = readSync(fd, buf, 0, length, offset);
      return buf.subarray(0, n);
    };
    const parsed = parseBackupPrefix(readAt, size);
    return 'problem' in parsed ? parsed : { ...parsed, size };
  } finally {
    closeSync(fd);
  }
}

/** SHA-256 of `length` bytes of a file from `offset`, read in chunks without holding the file in memory. */
export async function sha256OfRange(path: string, offset: number, length: number): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const hash = createHash('sha256');
    const buf = Buffer.alloc(CHUNK);
    let done = 0;
    while (done < length) {
      const { bytesRead } = await handle.read(buf, 0, Math.min(CHUNK, length - done), offset + done);
      if (bytesRead === 0) break;
      hash.update(buf.subarray(0, bytesRead));
      done += bytesRead;
    }
    return hash.digest('hex');
  } finally {
    await handle.close();
  }
}

/** SHA-256 and size of a whole file. */
export async function sha256OfFile(path: string): Promise<{ sha256: string; bytes: number }> {
  const handle = await open(path, 'r');
  const bytes = (await handle.stat()).size;
  await handle.close();
  return { sha256: await sha256OfRange(path, 0, bytes), bytes };
}

async function copyRange(from: string, offset: number, length: number, to: Awaited<ReturnType<typeof open>>, at: number) {
  const src = await open(from, 'r');
  try {
    const buf = Buffer.alloc(CHUNK);
    let done = 0;
    while (done < length) {
      const { bytesRead } = await src.read(buf, 0, Math.min(CHUNK, length - done), offset + done);
      if (bytesRead === 0) throw new Error('the source ended early');
      await to.write(buf, 0, bytesRead, at + done);
      done += bytesRead;
    }
  } finally {
    await src.close();
  }
}

/**
 * Writes header + database file to `target` atomically: a new 0600 temporary file beside it, fsync, rename,
 * fsync of the folder. `onProgress` gets the share written.
 */
export async function writeBackupFile(target: string, header: BackupHeader, databasePath: string): Promise<void> {
  const tmp = temporaryName(target);
  const handle = await open(tmp, 'wx', 0o600);
  try {
    const head = encodeHeader(header);
    await handle.write(head, 0, head.length, 0);
    await copyRange(databasePath, 0, header.database.bytes, handle, head.length);
    await handle.sync();
    await handle.close();
    renameSync(tmp, target);
  } catch (error) {
    await handle.close().catch(() => undefined);
    try {
      unlinkSync(tmp);
    } catch {
      // Nothing to remove: the original error is what matters.
    }
    throw error;
  }
  fsyncDirectory(dirname(target));
}

/** Copies a backup's database part to a new 0600 file `out` and flushes it. */
export async function extractDatabase(path: string, offset: number, length: number, out: string): Promise<void> {
  const handle = await open(out, 'wx', 0o600);
  try {
    await copyRange(path, offset, length, handle, 0);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
