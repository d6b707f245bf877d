import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeAnchor } from '../../../electron/backend/audit/anchor';
import { KEY_FILE_NAME, type KeyFile, inspectKeyFile, readKeyFile, writeKeyFile } from '../../../electron/backend/vault/keyFile';
import { newLookupSalt } from '../../../electron/backend/vault/lookupTag';
import { clearFailures } from '../../../electron/backend/vault/throttle';
import { newDataKey, wrapDataKey } from '../../../electron/backend/vault/wrap';

/**
 * The key file during a data-key rotation (vault/rotation.ts): the `rotation` line's wraps apply only when the
 * vault.db beside it carries the rotation's salt (its first 16 bytes), and the next write keeps whichever set
 * applies, so an interrupted rotation needs no password to finish or to roll back.
 */

const FAST = { N: 2 ** 12, r: 8, p: 1 };
const OLD_SALT = Buffer.alloc(16, 0x11);
const NEW_SALT = Buffer.alloc(16, 0x22);
let dir: string;
let path: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kenes-keyfile-rotation-'));
  path = join(dir, KEY_FILE_NAME);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in vault.db: only its first 16 bytes (the SQLCipher salt) matter here. */
const database = (salt: Buffer) => writeFileSync(join(dir, 'vault.db'), Buffer.concat([salt, Buffer.alloc(4080)]));

async function rotating(): Promise<{ before: KeyFile; after: KeyFile }> {
  const oldKey = newDataKey();
  const newKey = newDataKey();
  const id = 'a'.repeat(32);
  const before: KeyFile = {
    lookupSalt: newLookupSalt(),
    wraps: [await wrapDataKey(oldKey, Buffer.from('pw'), { kind: 'password', tag: '1f2e', cost: FAST, id })],
    throttle: clearFailures(),
    anchor: makeAnchor(oldKey, { id: 7, hash: 'c'.repeat(64) }),
  };
  const newWraps = [
    await wrapDataKey(newKey, Buffer.from('pw'), { kind: 'password', tag: '1f2e', cost: FAST, id }),
    await wrapDataKey(newKey, Buffer.from('rk'), { kind: 'recovery', tag: null, cost: FAST }),
  ];
  const anchor = makeAnchor(newKey, { id: 9, hash: 'd'.repeat(64) });
  writeKeyFile(path, { ...before, rotation: { dbSalt: NEW_SALT.toString('hex'), wraps: newWraps, anchor } });
  return { before, after: { ...before, wraps: newWraps, anchor } };
}

describe('a key file written during a rotation', () => {
  it('opens the old database with the old wraps, and drops the rotation at the next write', async () => {
    database(OLD_SALT);
    const { before } = await rotating();
    expect(readKeyFile(path)).toEqual(before);
    expect(inspectKeyFile(path).unlockWraps).toEqual(before.wraps);
    writeKeyFile(path, readKeyFile(path)!);
    expect(readFileSync(path, 'utf8')).not.toContain('"rotation"');
    database(NEW_SALT);
    // The rotation is gone: a database renamed in later is not taken for it.
    expect(readKeyFile(path)).toEqual(before);
  });

  it('opens the rotated database with the new wraps and anchor, and keeps only those at the next write', async () => {
    database(OLD_SALT);
    const { after } = await rotating();
    database(NEW_SALT);
    expect(readKeyFile(path)).toEqual(after);
    expect(readKeyFile(`${path}`)?.wraps.map((w) => w.kind)).toEqual(['password', 'recovery']);
    writeKeyFile(path, readKeyFile(path)!);
    for (const copy of [path, `${path}.2`]) expect(readFileSync(copy, 'utf8')).not.toContain('"rotation"');
    expect(readKeyFile(path)).toEqual(after);
  });

  it('still resolves the rotation from the second copy when the first one is damaged', async () => {
    database(OLD_SALT);
    const { after } = await rotating();
    database(NEW_SALT);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('"rotation": {"dbSalt":"', '"rotation": {"dbSalt":"0'));
    expect(inspectKeyFile(path).primary.state).toBe('damaged');
    expect(readKeyFile(path)?.wraps).toEqual(after.wraps);
    // Sign-in tries these: the intact copy's reading of each wrap id comes first.
    expect(inspectKeyFile(path).unlockWraps).toEqual(after.wraps);
  });
});
