import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../electron/backend/db/connection';
import { recoverRawKeyHex } from '../../electron/backend/vault/rawKey';
import { databaseSalt } from '../../electron/backend/vault/rotationSalt';
import { addClient } from './fixtures/clientSetup';
import { ADMIN, PSYCHOLOGIST, type TestVault, addPsychologist, fails, newVault, ok, setUpVault } from './helpers';

/**
 * Issue 16, section 3: the data key rotated (admin). The database is re-encrypted under a new random key, the
 * admin's and a new recovery wrap are made, every other account gets a temporary password, and old backups keep
 * opening with their own wraps.
 */

let tv: TestVault;
const extra: string[] = [];
afterEach(async () => {
  await tv?.dispose();
  for (const d of extra.splice(0)) rmSync(d, { recursive: true, force: true });
});

const TEMPORARY = 'Rotation-Temporary-Birch-31';

async function rawKey(dir: string, recoveryKey: string): Promise<Buffer> {
  return Buffer.from((await recoverRawKeyHex(join(dir, 'vault.key'), recoveryKey)).slice(2, -1), 'hex');
}

function opens(dbPath: string, key: Buffer): boolean {
  try {
    const db = openEncryptedDatabase(dbPath, key, { fileMustExist: true });
    db.close();
    return true;
  } catch {
    return false;
  }
}

async function vaultWithPsychologist() {
  tv = newVault();
  const { recoveryKey } = await setUpVault(tv);
  await addClient(tv.backend.invoke, { fullName: 'Айгүл Серікқызы Нұрланова' });
  const { password } = await addPsychologist(tv);
  ok(await tv.backend.invoke('auth:signOut', {}));
  ok(await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
  return { recoveryKey, psychologistPassword: password };
}

describe('data-key rotation', () => {
  it('re-encrypts the database under a new key; old passwords and the old recovery key no longer open it', async () => {
    const { recoveryKey: oldRecovery, psychologistPassword } = await vaultWithPsychologist();
    const oldKey = await rawKey(tv.dir, oldRecovery);
    const oldSalt = databaseSalt(join(tv.dir, 'vault.db'));
    // A copy of the folder as a backup would hold it: it must keep opening with its own wraps.
    const backup = mkdtempSync(join(tmpdir(), 'kenes-it-backup-'));
    extra.push(backup);
    ok(await tv.backend.invoke('auth:lock', {}));
    for (const f of ['vault.db', 'vault.key', 'vault.key.2']) cpSync(join(tv.dir, f), join(backup, f));
    ok(await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));

    const prepared = ok(await tv.backend.invoke('keys:prepareRotation', { password: ADMIN.password }));
    expect(prepared.accounts.map((a) => a.username)).toEqual([PSYCHOLOGIST.username]);
    const psychologistId = prepared.accounts[0]!.id;
    fails(await tv.backend.invoke('keys:rotate', { recoveryKey: oldRecovery, temporaryPasswords: [] }), 'INVALID_RECOVERY_KEY');
    fails(
      await tv.backend.invoke('keys:rotate', { recoveryKey: prepared.recoveryKey, temporaryPasswords: [] }),
      'ROTATION_ACCOUNTS',
    );
    fails(
      await tv.backend.invoke('keys:rotate', {
        recoveryKey: prepared.recoveryKey,
        temporaryPasswords: [{ accountId: psychologistId, temporaryPassword: 'short' }],
      }),
      'WEAK_PASSWORD',
    );
    // Refused attempts changed nothing.
    expect(databaseSalt(join(tv.dir, 'vault.db'))).toBe(oldSalt);

    const done = ok(
      await tv.backend.invoke('keys:rotate', {
        recoveryKey: prepared.recoveryKey,
        temporaryPasswords: [{ accountId: psychologistId, temporaryPassword: TEMPORARY }],
      }),
    );
    expect(done.accounts.map((a) => a.id)).toEqual([psychologistId]);

    // The same sign-in goes on with the rotated database.
    const listed = ok(await tv.backend.invoke('accounts:list', {}));
    expect(listed.find((a) => a.id === psychologistId)?.mustChangePassword, JSON.stringify(listed)).toBe(true);
    const verified = ok(await tv.backend.invoke('audit:verify', {}));
    expect(verified.firstBrokenId).toBeNull();
    expect(verified.anchor.state).toBe('intact');

    // On disk: a new salt, no leftovers, the old key opens nothing, the new recovery key opens the new database.
    expect(databaseSalt(join(tv.dir, 'vault.db'))).not.toBe(oldSalt);
    expect(readdirSync(tv.dir).filter((n) => n.startsWith('rotate-') || n.endsWith('-journal'))).toEqual([]);
    expect(readFileSync(join(tv.dir, 'vault.key'), 'utf8')).not.toContain('"rotation"');
    expect(opens(join(tv.dir, 'vault.db'), oldKey)).toBe(false);
    await expect(recoverRawKeyHex(join(tv.dir, 'vault.key'), oldRecovery)).rejects.toThrow(/does not open/);
    const newKey = await rawKey(tv.dir, prepared.recoveryKey);
    expect(newKey.equals(oldKey)).toBe(false);
    expect(opens(join(tv.dir, 'vault.db'), newKey)).toBe(true);

    // The psychologist: the old password is refused, the temporary one must be changed at once.
    ok(await tv.backend.invoke('auth:signOut', {}));
    fails(
      await tv.backend.invoke('auth:signIn', { username: PSYCHOLOGIST.username, password: psychologistPassword }),
      'INVALID_CREDENTIALS',
    );
    tv.clock.t += 60_000;
    const signedIn = ok(await tv.backend.invoke('auth:signIn', { username: PSYCHOLOGIST.username, password: TEMPORARY }));
    expect(signedIn.account.mustChangePassword).toBe(true);
    ok(await tv.backend.invoke('auth:signOut', {}));
    ok(await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
    const { entries } = ok(await tv.backend.invoke('audit:list', { limit: 20, offset: 0 }));
    const rotated = entries.find((e) => e.action === 'keys.rotated');
    expect(rotated?.details).toEqual({ temporaryPasswords: 1 });
    expect(entries.some((e) => e.action === 'account.passwordReset' && e.targetId === psychologistId)).toBe(true);

    // The old "backup" still opens with the key of its time, and holds the client.
    const backupKey = await rawKey(backup, oldRecovery);
    expect(backupKey.equals(oldKey)).toBe(true);
    const old = openEncryptedDatabase(join(backup, 'vault.db'), backupKey, { fileMustExist: true });
    expect((old.prepare('SELECT count(*) AS n FROM clients').get() as { n: number }).n).toBe(1);
    old.close();
  });

  it('keeps every row of every table', async () => {
    const { recoveryKey } = await vaultWithPsychologist();
    ok(await tv.backend.invoke('auth:lock', {}));
    const snapshot = (key: Buffer) => {
      const db = openEncryptedDatabase(join(tv.dir, 'vault.db'), key, { fileMustExist: true });
      const tables = (
        db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]
      ).map((t) => t.name);
      const out = Object.fromEntries(tables.map((t) => [t, JSON.stringify(db.prepare(`SELECT * FROM "${t}" ORDER BY 1`).all())]));
      db.close();
      return out;
    };
    const before = snapshot(await rawKey(tv.dir, recoveryKey));
    ok(await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
    const prepared = ok(await tv.backend.invoke('keys:prepareRotation', { password: ADMIN.password }));
    ok(
      await tv.backend.invoke('keys:rotate', {
        recoveryKey: prepared.recoveryKey,
        temporaryPasswords: prepared.accounts.map((a) => ({ accountId: a.id, temporaryPassword: TEMPORARY })),
      }),
    );
    ok(await tv.backend.invoke('auth:lock', {}));
    const after = snapshot(await rawKey(tv.dir, prepared.recoveryKey));
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const table of Object.keys(before)) {
      if (table === 'audit_log' || table === 'accounts') continue;
      expect(after[table], table).toBe(before[table]);
    }
    // The audit log only grew, and the accounts changed only in must_change_password and updated_at.
    expect(after.audit_log!.startsWith(before.audit_log!.slice(0, -1))).toBe(true);
  });
});
