import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEY_FILE_NAME, inspectKeyFile, readKeyFile, writeKeyFile, type KeyFile } from '../../../electron/backend/vault/keyFile';
import { newLookupSalt } from '../../../electron/backend/vault/lookupTag';
import { clearFailures, recordFailure } from '../../../electron/backend/vault/throttle';
import { newDataKey, wrapDataKey } from '../../../electron/backend/vault/wrap';

const FAST = { N: 2 ** 12, r: 8, p: 1 };
let dir: string;
let path: string;
let copy: string;

async function sampleKeyFile(): Promise<KeyFile> {
  const dataKey = newDataKey();
  return {
    lookupSalt: newLookupSalt(),
    wraps: [
      await wrapDataKey(dataKey, Buffer.from('pw'), { kind: 'password', tag: '1f2e', cost: FAST }),
      await wrapDataKey(dataKey, Buffer.from('rk'), { kind: 'recovery', tag: null, cost: FAST }),
    ],
    throttle: recordFailure(clearFailures(), new Date('2026-11-25T09:00:00Z'), 'signIn', null),
  };
}

/** Flips one byte of a file's line that contains `marker`. */
function damageLine(file: string, marker: string): void {
  const bytes = readFileSync(file);
  const at = bytes.indexOf(marker);
  if (at < 0) throw new Error(`no ${marker} in ${file}`);
  bytes[at + marker.length + 40] ^= 0x01; // past the kind, inside the key material
  writeFileSync(file, bytes);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kenes-keyfile-'));
  path = join(dir, KEY_FILE_NAME);
  copy = `${path}.2`;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('key file', () => {
  it('reads back what was written, from two identical copies', async () => {
    const keyFile = await sampleKeyFile();
    writeKeyFile(path, keyFile);
    expect(readKeyFile(path)).toEqual(keyFile);
    expect(readFileSync(copy)).toEqual(readFileSync(path));
    expect(inspectKeyFile(path)).toMatchObject({ problem: null, primary: { state: 'intact' }, second: { state: 'intact' } });
  });

  it('replaces existing copies, counting generations', async () => {
    writeKeyFile(path, await sampleKeyFile());
    const second = await sampleKeyFile();
    writeKeyFile(path, second);
    expect(readKeyFile(path)).toEqual(second);
    expect(inspectKeyFile(path).primary).toMatchObject({ state: 'intact', generation: 1 });
  });

  it('returns null when neither copy exists', () => {
    expect(readKeyFile(path)).toBeNull();
    expect(inspectKeyFile(path).problem).toBe('missing');
  });

  it('keeps every intact wrap usable when one line of one copy is damaged', async () => {
    const keyFile = await sampleKeyFile();
    writeKeyFile(path, keyFile);
    const [password, recovery] = keyFile.wraps;
    damageLine(path, `"id":"${password?.id ?? ''}"`);
    damageLine(copy, `"id":"${recovery?.id ?? ''}"`);
    const state = inspectKeyFile(path);
    expect(state.primary).toMatchObject({ state: 'damaged', damagedWraps: [{ id: password?.id, kind: 'password' }] });
    expect(state.second).toMatchObject({ state: 'damaged', damagedWraps: [{ id: recovery?.id, kind: 'recovery' }] });
    expect(state.problem).toBeNull();
    expect(state.unlockWraps.map((w) => w.id).sort()).toEqual(keyFile.wraps.map((w) => w.id).sort());
    expect(readKeyFile(path)).toMatchObject({ lookupSalt: keyFile.lookupSalt });
  });

  it('uses the intact copy when the other is cut short or is not JSON', async () => {
    const keyFile = await sampleKeyFile();
    writeKeyFile(path, keyFile);
    writeFileSync(path, readFileSync(path).subarray(0, 40));
    expect(readKeyFile(path)).toEqual(keyFile);
    writeFileSync(path, '{"format": 3, "wraps": [');
    expect(readKeyFile(path)).toEqual(keyFile);
  });

  it('says "unreadable" when no copy holds a readable wrap, and never writes over a damaged copy', async () => {
    writeKeyFile(path, await sampleKeyFile());
    writeFileSync(path, 'garbage');
    writeFileSync(copy, '');
    expect(inspectKeyFile(path).problem).toBe('unreadable');
    expect(() => readKeyFile(path)).toThrow(expect.objectContaining({ code: 'KEY_FILE_UNREADABLE' }));
    expect(() => writeKeyFile(path, { lookupSalt: newLookupSalt(), wraps: [], throttle: clearFailures() })).toThrow(
      expect.objectContaining({ code: 'KEY_FILE_UNREADABLE' }),
    );
    expect(readFileSync(path, 'utf8')).toBe('garbage');
  });

  it('names a key file from a newer version instead of calling it damaged', async () => {
    writeKeyFile(path, await sampleKeyFile());
    writeFileSync(path, readFileSync(path, 'utf8').replace('{"format": 3,', '{"format": 4,'));
    expect(inspectKeyFile(path).problem).toBe('newer');
    expect(() => readKeyFile(path)).toThrow(expect.objectContaining({ code: 'KEY_FILE_NEWER' }));
  });

  it('still reads a format 1 key file, wrap by wrap when damaged, and writes format 3 next time', async () => {
    const keyFile = await sampleKeyFile();
    const text = `${JSON.stringify({ format: 1, ...keyFile }, null, 2)}\n`;
    writeFileSync(path, text);
    expect(readKeyFile(path)).toEqual(keyFile);
    // A broken byte inside the first wrap's block: the second wrap and the salt are still read.
    writeFileSync(path, text.replace('"kind": "password"', '"kind": "passw\u0001rd"'));
    const state = inspectKeyFile(path);
    expect(state.primary).toMatchObject({ state: 'damaged', damagedWraps: [{ kind: null }] });
    expect(state.unlockWraps.map((w) => w.kind)).toEqual(['recovery']);
    writeFileSync(path, text);
    writeKeyFile(path, keyFile);
    expect(readFileSync(path, 'utf8')).toMatch(/^\{"format": 3,/);
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
    expect(statSync(copy).mode & 0o777).toBe(0o600);
  });

  it('leaves no temporary file behind', async () => {
    writeFileSync(`${path}.tmp`, 'half-written by an older version', { mode: 0o644 });
    writeKeyFile(path, await sampleKeyFile());
    expect(readdirSync(dir).sort()).toEqual([KEY_FILE_NAME, `${KEY_FILE_NAME}.2`, `${KEY_FILE_NAME}.tmp`]);
  });
});
