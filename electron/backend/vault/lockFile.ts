// One backend per data folder. Two processes on one vault lose key wraps (each rewrites the key file from
// what it read) and would both write the database, so the folder holds a lock file for the life of a backend:
// created exclusively ('wx'), holding the owner's process id and a random token. A lock left by a process that
// no longer runs (a crash, a power cut) is taken over, so nobody is locked out for good.
import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, unlinkSync } from 'node:fs';
import { createPrivateFile, errorCode, temporaryName } from './atomicFile';

/** A lock this backend holds; release() removes the file only while it is still ours. */
export type FolderLock = { release(): void };

/** Who holds the folder when it is refused. */
export type LockRefused = { heldByPid: number | null };

/** Tokens of the locks this process holds: a lock naming our own pid but not one of these was left by an earlier process that had the same pid (pid namespaces restart numbering). */
const heldHere = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errorCode(error) === 'EPERM';
  }
}

function holder(path: string): { pid: number | null; token: string | null } | 'gone' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'gone';
    return { pid: null, token: null };
  }
  const m = /^(\d+) ([0-9a-f]{32})\n?$/.exec(text);
  return m ? { pid: Number(m[1]), token: m[2] ?? null } : { pid: null, token: null };
}

/** Takes the folder's lock, or says who holds it. */
export function acquireFolderLock(path: string): FolderLock | LockRefused {
  const token = randomBytes(16).toString('hex');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      createPrivateFile(path, Buffer.from(`${process.pid} ${token}\n`, 'utf8'));
      heldHere.add(token);
      return {
        release() {
          heldHere.delete(token);
          const now = holder(path);
          if (now !== 'gone' && now.token === token) unlinkSync(path);
        },
      };
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
    const current = holder(path);
    if (current === 'gone') continue;
    // A lock file being written this very moment reads as empty: treat it as held.
    const ours = current.pid === process.pid && current.token !== null && heldHere.has(current.token);
    const alive = current.pid !== null && (current.pid === process.pid ? ours : isRunning(current.pid));
    if (current.pid === null || alive) return { heldByPid: current.pid };
    // Stale: move it aside under a name of our own (a rename is atomic, so two starting processes cannot
    // both remove the same file), drop it, and try again.
    const aside = temporaryName(path);
    try {
      renameSync(path, aside);
      unlinkSync(aside);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
  }
  return { heldByPid: null };
}
