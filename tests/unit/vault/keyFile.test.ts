import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEY_FILE_NAME, readKeyFile, writeKeyFile, type KeyFile } from '../../../electron/backend/vault/keyFile';
import { newLookupSalt } from '../../../electron/backend/vault/lookupTag';
import { clearFailures, recordFailure } from '../../../electron/backend/vault/throttle';
import { newDataKey, wrapDataKey } from '../../../electron/backend/vault/wrap';

const FAST = { N: 2 ** 12, r: 8, p: 1 };
let dir: string;
let path: string;

async function sampleKeyFile(): Promise<KeyFile> {
  const dataKey = newDataKey();
  return {
    format: 1,
    lookupSalt: newLookupSalt(),
    wraps: [
      await wrapDataKey(dataKey, Buffer.from('pw'), { kind: 'password', tag: '1f2e', cost: FAST }),
      await wrapDataKey(dataKey, Buffer.from('rk'), { kind: 'recovery', tag: null, cost: FAST }),
    ],
    throttle: recordFailure(clearFailures(), new Date(), 'signIn', null),
  };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kenes-keyfile-'));
  path = join(dir, KEY_FILE_NAME);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('key file', () => {
  it('reads back what was written', async () => {
    const keyFile = await sampleKeyFile();
    writeKeyFile(path, keyFile);
    expect(readKeyFile(path)).toEqual(keyFile);
  });

  it('replaces an existing file', async () => {
    writeKeyFile(path, await sampleKeyFile());
    const second = await sampleKeyFile();
    writeKeyFile(path, second);
    expect(readKeyFile(path)).toEqual(second);
  });

  it('returns null when there is no key file', () => {
    expect(readKeyFile(path)).toBeNull();
  });

  it('explains that a file of broken JSON is corrupt', () => {
    writeFileSync(path, '{"format": 1, "wraps": [');
    expect(() => readKeyFile(path)).toThrow(/key file .* is corrupt: it is not valid JSON/);
  });

  it('explains that a file of the wrong shape is corrupt', async () => {
    const keyFile = await sampleKeyFile();
    writeFileSync(path, JSON.stringify({ ...keyFile, users: ['alice'] }));
    expect(() => readKeyFile(path)).toThrow(/key file .* is corrupt/);
    writeFileSync(path, JSON.stringify({ ...keyFile, wraps: [keyFile.wraps[0], keyFile.wraps[0]] }));
    expect(() => readKeyFile(path)).toThrow(/wrap ids must be unique/);
  });

  it('names an unknown format instead of calling it corrupt', async () => {
    writeFileSync(path, JSON.stringify({ ...(await sampleKeyFile()), format: 2 }));
    expect(() => readKeyFile(path)).toThrow(/unknown format 2/);
  });

  it('refuses to write an invalid key file', async () => {
    const keyFile = await sampleKeyFile();
    expect(() => writeKeyFile(path, { ...keyFile, lookupSalt: 'x' })).toThrow();
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('is readable and writable by its owner only', async () => {
    writeKeyFile(path, await sampleKeyFile());
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('leaves no temporary file behind, even after an earlier crash left one', async () => {
    writeFileSync(`${path}.tmp`, 'half-written', { mode: 0o644 });
    writeKeyFile(path, await sampleKeyFile());
    expect(readdirSync(dir)).toEqual([KEY_FILE_NAME]);
  });
});
