import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEY_FILE_NAME, writeKeyFile } from '../../../electron/backend/vault/keyFile';
import { newLookupSalt } from '../../../electron/backend/vault/lookupTag';
import { KeyFileError, RecoveryKeyError, recoverRawKeyHex } from '../../../electron/backend/vault/rawKey';
import { generateRecoveryKey, recoveryKeySecret } from '../../../electron/backend/vault/recoveryKey';
import { clearFailures } from '../../../electron/backend/vault/throttle';
import { passwordSecret, wrapDataKey } from '../../../electron/backend/vault/wrap';

const FAST = { N: 2 ** 12, r: 8, p: 1 };
const DATA_KEY = Buffer.from('00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff', 'hex');
let dir: string;
let path: string;
let recoveryKey: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kenes-rawkey-'));
  path = join(dir, KEY_FILE_NAME);
  recoveryKey = generateRecoveryKey();
  writeKeyFile(path, {
    lookupSalt: newLookupSalt(),
    wraps: [
      await wrapDataKey(DATA_KEY, passwordSecret('pw'), { kind: 'password', tag: 'beef', cost: FAST }),
      await wrapDataKey(DATA_KEY, recoveryKeySecret(recoveryKey), { kind: 'recovery', tag: null, cost: FAST }),
    ],
    throttle: clearFailures(),
  });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('raw SQLCipher key from the recovery key', () => {
  it("returns x'<hex>' of the data key", async () => {
    expect(await recoverRawKeyHex(path, recoveryKey)).toBe(`x'${DATA_KEY.toString('hex')}'`);
  });

  it('accepts the recovery key typed loosely', async () => {
    const loose = recoveryKey.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o');
    expect(await recoverRawKeyHex(path, `${loose}\n`)).toBe(`x'${DATA_KEY.toString('hex')}'`);
  });

  it('rejects a different, well-formed recovery key as wrong', async () => {
    const attempt = recoverRawKeyHex(path, generateRecoveryKey());
    await expect(attempt).rejects.toBeInstanceOf(RecoveryKeyError);
    await expect(recoverRawKeyHex(path, generateRecoveryKey())).rejects.toThrow(/does not open this key file/);
  });

  it('names the mistyped group without echoing the key', async () => {
    const chars = recoveryKey.split('');
    const i = 6 * 2 + 1; // second character of group 3
    chars[i] = chars[i] === 'A' ? 'B' : 'A';
    const typo = chars.join('');
    const error = await recoverRawKeyHex(path, typo).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecoveryKeyError);
    expect(error).toMatchObject({ reason: 'checksum', group: 3, message: expect.stringMatching(/Group 3/) });
    expect((error as Error).message).not.toContain(typo.slice(0, 5));
  });

  it('reports a missing key file separately, before looking at the recovery key', async () => {
    await expect(recoverRawKeyHex(join(dir, 'nothing.key'), recoveryKey)).rejects.toBeInstanceOf(KeyFileError);
    await expect(recoverRawKeyHex(join(dir, 'nothing.key'), '')).rejects.toBeInstanceOf(KeyFileError);
  });

  it('reports a key file without a recovery wrap', async () => {
    const noRecovery = join(dir, 'password-only.key');
    writeKeyFile(noRecovery, {
      lookupSalt: newLookupSalt(),
      wraps: [await wrapDataKey(DATA_KEY, passwordSecret('pw'), { kind: 'password', tag: 'beef', cost: FAST })],
      throttle: clearFailures(),
    });
    await expect(recoverRawKeyHex(noRecovery, recoveryKey)).rejects.toThrow(/holds no recovery wrap/);
  });
});
