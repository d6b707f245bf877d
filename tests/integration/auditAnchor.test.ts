import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../electron/backend/db/connection';
import { recoverRawKeyHex } from '../../electron/backend/vault/rawKey';
import { ADMIN, type TestVault, addPsychologist, newVault, ok, setUpVault } from './helpers';

/**
 * Issue 16, section 4: "Today, deleting the newest audit rows, or all of them, passes verify integrity." The
 * newest row's id and hash are kept in the key file under an HMAC keyed from the data key, so verify now
 * detects a truncated or emptied log.
 */

let tv: TestVault;
afterEach(async () => tv?.dispose());

const signIn = async () => ok(await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));

/** Opens the database behind the app's back, as someone holding the key could, while nobody is signed in. */
async function tamper(recoveryKey: string, sql: string): Promise<void> {
  const key = Buffer.from((await recoverRawKeyHex(join(tv.dir, 'vault.key'), recoveryKey)).slice(2, -1), 'hex');
  const db = openEncryptedDatabase(join(tv.dir, 'vault.db'), key);
  db.exec(sql);
  db.close();
}

/** A vault with a few dozen audit rows, signed out (so the end is anchored). */
async function busyVault(): Promise<string> {
  tv = newVault();
  const { recoveryKey } = await setUpVault(tv);
  await addPsychologist(tv);
  ok(await tv.backend.invoke('auth:signOut', {}));
  for (let i = 0; i < 8; i++) {
    await signIn();
    ok(await tv.backend.invoke('auth:lock', {}));
  }
  return recoveryKey;
}

const anchorLine = () =>
  readFileSync(join(tv.dir, 'vault.key'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith('"anchor": '));

describe('the end of the audit log is anchored', () => {
  it('keeps the anchor in both key file copies, moved at every lock and sign-out', async () => {
    await busyVault();
    const anchored = JSON.parse(anchorLine()!.slice('"anchor": '.length).replace(/,$/, '')) as { auditId: number };
    await signIn();
    const { entries } = ok(await tv.backend.invoke('audit:list', { limit: 2, offset: 0 }));
    // The newest row is this sign-in; the one before it, the lock, is what the key file names.
    expect(entries[1]?.action).toBe('session.lock');
    expect(anchored.auditId).toBe(entries[1]?.id);
    expect(readFileSync(join(tv.dir, 'vault.key.2'), 'utf8')).toContain(anchorLine());
    const verified = ok(await tv.backend.invoke('audit:verify', {}));
    expect(verified.anchor).toEqual({ state: 'intact', anchoredId: anchored.auditId, newestId: entries[0]?.id });
    expect(verified.firstBrokenId).toBeNull();
  });

  it('detects the newest 10 rows deleted, which the chain alone accepts', async () => {
    const recoveryKey = await busyVault();
    await tamper(recoveryKey, 'DELETE FROM audit_log WHERE id > (SELECT max(id) - 10 FROM audit_log)');
    await signIn();
    const verified = ok(await tv.backend.invoke('audit:verify', {}));
    // The shortened chain still holds …
    expect(verified.firstBrokenId).toBeNull();
    // … but the row the key file names is gone.
    expect(verified.anchor.state).toBe('truncated');
    expect(verified.anchor.newestId).toBeLessThan(verified.anchor.anchoredId!);
  });

  it('detects an emptied log', async () => {
    const recoveryKey = await busyVault();
    await tamper(recoveryKey, 'DELETE FROM audit_log');
    await signIn();
    const verified = ok(await tv.backend.invoke('audit:verify', {}));
    expect(verified.anchor.state).toBe('truncated');
    // Only this sign-in and the check itself are left (the sign-in wrote row 1 of a new chain).
    expect(verified.checked).toBe(1);
  });

  it('keeps reporting a truncation after later locks, instead of moving the anchor over it', async () => {
    const recoveryKey = await busyVault();
    await tamper(recoveryKey, 'DELETE FROM audit_log WHERE id > (SELECT max(id) - 10 FROM audit_log)');
    await signIn();
    ok(await tv.backend.invoke('auth:lock', {}));
    await signIn();
    expect(ok(await tv.backend.invoke('audit:verify', {})).anchor.state).toBe('truncated');
    const { entries } = ok(await tv.backend.invoke('audit:list', { action: 'audit.verified', limit: 1, offset: 0 }));
    expect(entries[0]?.details).toMatchObject({ anchor: 'truncated' });
  });

  it('detects the newest row rewritten, and an anchor edited in the key file', async () => {
    const recoveryKey = await busyVault();
    const line = anchorLine()!;
    const { auditId } = JSON.parse(line.slice('"anchor": '.length).replace(/,$/, '')) as { auditId: number };
    await tamper(recoveryKey, `UPDATE audit_log SET hash = '${'ab'.repeat(32)}' WHERE id = ${auditId}`);
    await signIn();
    expect(ok(await tv.backend.invoke('audit:verify', {})).anchor.state).toBe('altered');
    ok(await tv.backend.invoke('auth:signOut', {}));
    // Someone without the data key moves the anchor back: its HMAC no longer holds (the line's own check is
    // recomputed, as anyone can; the copy .2 is removed so the edited copy is the one read).
    const edited = line.replace(`"auditId":${auditId}`, `"auditId":${auditId - 5}`);
    const body = edited.slice('"anchor": '.length).replace(/,"check":"[0-9a-f]{64}"\},?$/, '}');
    const { createHash } = await import('node:crypto');
    const rechecked = `"anchor": ${body.slice(0, -1)},"check":"${createHash('sha256').update(body).digest('hex')}"},`;
    for (const name of ['vault.key', 'vault.key.2']) {
      const text = readFileSync(join(tv.dir, name), 'utf8').replace(line, rechecked);
      const at = text.lastIndexOf('\n"check": "');
      const head = text.slice(0, at + 1);
      writeFileSync(join(tv.dir, name), `${head}"check": "${createHash('sha256').update(head).digest('hex')}"}\n`);
    }
    await signIn();
    expect(ok(await tv.backend.invoke('audit:verify', {})).anchor.state).toBe('invalid');
  });

  it('reports a key file without an anchor (written by an older version) as missing, and anchors it at the next lock', async () => {
    await busyVault();
    for (const name of ['vault.key', 'vault.key.2']) {
      const text = readFileSync(join(tv.dir, name), 'utf8')
        .split('\n')
        .filter((l) => !l.startsWith('"anchor": '))
        .join('\n');
      const at = text.lastIndexOf('\n"check": "');
      const head = text.slice(0, at + 1);
      const { createHash } = await import('node:crypto');
      writeFileSync(join(tv.dir, name), `${head}"check": "${createHash('sha256').update(head).digest('hex')}"}\n`);
    }
    await signIn();
    expect(ok(await tv.backend.invoke('audit:verify', {})).anchor.state).toBe('missing');
    ok(await tv.backend.invoke('auth:lock', {}));
    await signIn();
    expect(ok(await tv.backend.invoke('audit:verify', {})).anchor.state).toBe('intact');
  });
});
