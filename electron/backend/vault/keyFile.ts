// The key file beside the database: wraps, salts, parameters and throttle counters only. No names, no roles,
// no plaintext. Losing it without the recovery key loses the database, so there are two copies (vault.key and
// vault.key.2), each written atomically and in turn, each with its own checksums, and each read wrap by wrap:
// any intact wrap in either copy still opens the vault. A damaged copy is reported and never overwritten.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppFailure } from '../../contract/errors';
import { errorCode, writeFileAtomic } from './atomicFile';
import { type KeyFile, type KeyFileCopy, parseKeyFileCopy, serializeKeyFile } from './keyFileFormat';
import { keyFileCopyPath, vaultPaths } from './paths';
import { databaseSalt } from './rotationSalt';
import type { KeyWrap } from './wrap';

export type { DamagedWrap, KeyFile, KeyFileCopy, KeyFileRotation } from './keyFileFormat';

/** Conventional name of the key file in the data folder. */
export const KEY_FILE_NAME = 'vault.key';

/** Both copies of the key file, and what can be used of them. */
export type KeyFileState = {
  primary: KeyFileCopy;
  second: KeyFileCopy;
  /** Why the vault cannot be opened with these files, or null. */
  problem: 'missing' | 'newer' | 'unreadable' | null;
  /** The newest intact copy, or what the damaged copies still hold; null when `problem` is set. */
  keyFile: KeyFile | null;
  /** Every readable wrap of either copy, for unlocking: the newest copy's first. */
  unlockWraps: KeyWrap[];
};

/**
 * A copy as it applies to the vault.db beside it: a rotation whose database is in place (its salt matches)
 * supplies the wraps and the anchor; one whose database is not (a rotation interrupted before the rename) is
 * dropped, so the old wraps stay. Either way what is returned opens the database on disk (vault/rotation.ts).
 */
function resolveRotation(copy: KeyFileCopy, dbSalt: string | null): KeyFileCopy {
  if (copy.state === 'intact') {
    const { rotation, ...kf } = copy.keyFile;
    if (!rotation) return copy;
    const keyFile = rotation.dbSalt === dbSalt ? { ...kf, wraps: rotation.wraps, anchor: rotation.anchor } : kf;
    return { ...copy, keyFile };
  }
  if (copy.state === 'damaged' && copy.rotation) {
    const { rotation, ...rest } = copy;
    return rotation.dbSalt === dbSalt ? { ...rest, wraps: rotation.wraps, anchor: rotation.anchor } : rest;
  }
  return copy;
}

function readCopy(path: string): KeyFileCopy {
  return resolveRotation(readRawCopy(path), databaseSalt(vaultPaths(dirname(path)).database));
}

function readRawCopy(path: string): KeyFileCopy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { state: 'missing' };
    // Present but not readable (permissions, a folder in its place): as good as damaged, and left alone.
    return {
      state: 'damaged',
      generation: null,
      lookupSalt: null,
      throttle: null,
      wraps: [],
      damagedWraps: [],
      structureDamaged: true,
    };
  }
  return parseKeyFileCopy(text);
}

function generationOf(copy: KeyFileCopy): number {
  return copy.state === 'intact' || copy.state === 'damaged' ? (copy.generation ?? -1) : -1;
}

function wrapsOf(copy: KeyFileCopy): KeyWrap[] {
  if (copy.state === 'intact') return copy.keyFile.wraps;
  return copy.state === 'damaged' ? copy.wraps : [];
}

/** Reads both copies of the key file at `path` (and `path`.2) without changing anything. */
export function inspectKeyFile(path: string): KeyFileState {
  const primary = readCopy(path);
  const second = readCopy(keyFileCopyPath(path));
  const none = { primary, second, keyFile: null, unlockWraps: [] };
  if (primary.state === 'newer' || second.state === 'newer') return { ...none, problem: 'newer' };
  if (primary.state === 'missing' && second.state === 'missing') return { ...none, problem: 'missing' };
  // Newest first, so its wraps and counters win over an older copy left by a crash between the two writes.
  // At the same generation an intact copy comes first: a damaged line (a rotation's, say) must not let the other
  // copy's older reading of a wrap id shadow it.
  const intactFirst = (c: KeyFileCopy) => (c.state === 'intact' ? 0 : 1);
  const byAge = [primary, second].sort((a, b) => generationOf(b) - generationOf(a) || intactFirst(a) - intactFirst(b));
  const unlockWraps: KeyWrap[] = [];
  for (const copy of byAge) for (const w of wrapsOf(copy)) if (!unlockWraps.some((u) => u.id === w.id)) unlockWraps.push(w);
  const intact = byAge.find((c) => c.state === 'intact');
  if (intact?.state === 'intact') return { primary, second, problem: null, keyFile: intact.keyFile, unlockWraps };
  const damaged = byAge.filter((c) => c.state === 'damaged');
  const lookupSalt = damaged.map((c) => c.lookupSalt).find((s) => s !== null);
  if (lookupSalt === undefined || unlockWraps.length === 0) return { ...none, problem: 'unreadable' };
  // No counters readable: start from none rather than refuse everyone (a person who can write to the
  // folder could reset them anyway).
  const throttle = damaged.map((c) => c.throttle).find((t) => t !== null) ?? { failures: 0, lastFailureAt: null, pending: [] };
  const anchor = damaged.map((c) => c.anchor).find((a) => a);
  const keyFile = { lookupSalt, wraps: unlockWraps, throttle, ...(anchor ? { anchor } : {}) };
  return { primary, second, problem: null, keyFile, unlockWraps };
}

/** True when at least one copy may be written: intact or missing, and neither from a newer version. */
export function keyFileWritable(state: KeyFileState): boolean {
  const { primary, second } = state;
  return (
    [primary, second].some((c) => c.state === 'intact' || c.state === 'missing') &&
    primary.state !== 'newer' &&
    second.state !== 'newer'
  );
}

/** The key file's content; null when neither copy exists; throws AppFailure when it cannot be used. */
export function readKeyFile(path: string): KeyFile | null {
  const state = inspectKeyFile(path);
  if (state.problem === 'missing') return null;
  if (state.problem === 'newer') throw new AppFailure('KEY_FILE_NEWER', 'the key file comes from a newer version of Kenes');
  if (state.problem === 'unreadable' || !state.keyFile)
    throw new AppFailure('KEY_FILE_UNREADABLE', 'no copy of the key file can be read');
  return state.keyFile;
}

/**
 * Writes the key file: first vault.key, then vault.key.2, each atomically. A copy that is damaged or from a
 * newer version is left as it is (it is evidence, and the person decides what to do with it); a missing one
 * is written. Fails with KEY_FILE_UNREADABLE when no copy may be written.
 */
export function writeKeyFile(path: string, keyFile: KeyFile): void {
  const targets = [path, keyFileCopyPath(path)];
  const copies = targets.map(readRawCopy);
  if (copies.some((c) => c.state === 'newer'))
    throw new AppFailure('KEY_FILE_NEWER', 'the key file comes from a newer version of Kenes');
  const writable = targets.filter((_, i) => copies[i]?.state === 'intact' || copies[i]?.state === 'missing');
  if (writable.length === 0) throw new AppFailure('KEY_FILE_UNREADABLE', 'no copy of the key file can be written');
  const generation = Math.max(...copies.map(generationOf)) + 1;
  const data = Buffer.from(serializeKeyFile(keyFile, generation), 'utf8');
  for (const target of writable) writeFileAtomic(target, data);
}
