import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../electron/backend/db/connection';
import { recoverRawKeyHex } from '../../electron/backend/vault/rawKey';
import { ADMIN, type TestVault, addPsychologist, newVault, ok, setUpVault } from './helpers';

let tv: TestVault;
afterEach(async () => tv?.dispose());

/** Opens the database behind the app's back, as someone holding the key could. */
async function tamper(t: TestVault, recoveryKey: string, sql: string): Promise<void> {
  const key = Buffer.from((await recoverRawKeyHex(join(t.dir, 'vault.key'), recoveryKey)).slice(2, -1), 'hex');
  const db = openEncryptedDatabase(join(t.dir, 'vault.db'), key);
  db.exec(sql);
  db.close();
}

async function populated(): Promise<{ t: TestVault; recoveryKey: string }> {
  const t = newVault();
  const { recoveryKey } = await setUpVault(t);
  await addPsychologist(t);
  ok(await t.backend.invoke('auth:signOut', {}));
  ok(await t.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
  return { t, recoveryKey };
}

describe('audit log', () => {
  it('records sign-ins, account changes and password changes, newest first, with filters', async () => {
    const p = await populated();
    tv = p.t;
    const all = ok(await tv.backend.invoke('audit:list', { limit: 100, offset: 0 }));
    expect(all.entries.map((e) => e.action)).toEqual([
      'session.signIn',
      'session.signOut',
      'account.passwordChanged',
      'session.signIn',
      'session.signOut',
      'account.created',
      'session.signIn',
      'account.created',
      'vault.created',
    ]);
    expect(all.entries[0]?.actorUsername).toBe(ADMIN.username);
    const page = ok(await tv.backend.invoke('audit:list', { limit: 2, offset: 2 }));
    expect(page.total).toBe(9);
    expect(page.entries.map((e) => e.id)).toEqual([7, 6]);
    const byAction = ok(await tv.backend.invoke('audit:list', { action: 'account.created', limit: 10, offset: 0 }));
    expect(byAction.total).toBe(2);
    const psy = all.entries.find((e) => e.action === 'account.passwordChanged');
    const byActor = ok(await tv.backend.invoke('audit:list', { actorId: psy?.actorId ?? undefined, limit: 10, offset: 0 }));
    expect(byActor.entries.every((e) => e.actorId === psy?.actorId)).toBe(true);
    const future = ok(await tv.backend.invoke('audit:list', { from: '2030-01-01T00:00:00.000Z', limit: 10, offset: 0 }));
    expect(future.total).toBe(0);
  });

  it('verifies an intact chain', async () => {
    const p = await populated();
    tv = p.t;
    // The last sign-out (row 8) anchored the log's end in the key file (issue 16, section 4).
    expect(ok(await tv.backend.invoke('audit:verify', {}))).toEqual({
      checked: 9,
      firstBrokenId: null,
      alteredRecords: [],
      anchor: { state: 'intact', anchoredId: 8, newestId: 9 },
    });
  });

  it('reports the first row edited behind its back', async () => {
    const p = await populated();
    tv = p.t;
    ok(await tv.backend.invoke('auth:signOut', {}));
    await tamper(tv, p.recoveryKey, `UPDATE audit_log SET action = 'session.signOut' WHERE id = 4`);
    ok(await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
    expect(ok(await tv.backend.invoke('audit:verify', {})).firstBrokenId).toBe(4);
  });

  it('reports a deleted row', async () => {
    const p = await populated();
    tv = p.t;
    ok(await tv.backend.invoke('auth:signOut', {}));
    await tamper(tv, p.recoveryKey, 'DELETE FROM audit_log WHERE id = 3');
    ok(await tv.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
    expect(ok(await tv.backend.invoke('audit:verify', {})).firstBrokenId).toBe(4);
  });
});
