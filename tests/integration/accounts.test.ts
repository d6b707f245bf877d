import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, PSYCHOLOGIST, type TestVault, addPsychologist, fails, newVault, ok, setUpVault } from './helpers';

let tv: TestVault;
afterEach(async () => tv?.dispose());

const wrapIds = (t: TestVault): string[] =>
  (JSON.parse(readFileSync(join(t.dir, 'vault.key'), 'utf8')) as { wraps: { id: string }[] }).wraps.map((w) => w.id);

async function adminSession(t: TestVault) {
  await t.backend.invoke('auth:signOut', {});
  return ok(await t.backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
}

describe('accounts', () => {
  it('creates an account that must change its temporary password', async () => {
    tv = newVault();
    await setUpVault(tv);
    const created = ok(await tv.backend.invoke('accounts:create', PSYCHOLOGIST));
    expect(created).toMatchObject({
      username: 'nurlan',
      roles: ['psychologist'],
      active: true,
      mustChangePassword: true,
      language: 'ru',
    });
    expect(
      ok(await tv.backend.invoke('accounts:list', {}))
        .map((a) => a.username)
        .sort(),
    ).toEqual(['aigerim', 'nurlan']);
    fails(await tv.backend.invoke('accounts:create', { ...PSYCHOLOGIST, username: 'NURLAN' }), 'USERNAME_TAKEN');
    fails(
      await tv.backend.invoke('accounts:create', { ...PSYCHOLOGIST, username: 'other', temporaryPassword: 'abc' }),
      'WEAK_PASSWORD',
    );
  });

  it('gives a person several roles and changes them', async () => {
    tv = newVault();
    await setUpVault(tv);
    const created = ok(await tv.backend.invoke('accounts:create', { ...PSYCHOLOGIST, roles: ['psychologist', 'facilitator'] }));
    const updated = ok(
      await tv.backend.invoke('accounts:update', {
        id: created.id,
        fullName: 'Nurlan S.',
        roles: ['facilitator'],
        language: 'kk',
      }),
    );
    expect(updated).toMatchObject({ fullName: 'Nurlan S.', roles: ['facilitator'], language: 'kk' });
  });

  it('disables an account by deleting its key wrap, and re-enables it with a new password', async () => {
    tv = newVault();
    await setUpVault(tv);
    const { account, password } = await addPsychologist(tv);
    await adminSession(tv);
    const wrapsBefore = wrapIds(tv);
    const disabled = ok(await tv.backend.invoke('accounts:disable', { id: account.id }));
    expect(disabled.active).toBe(false);
    expect(wrapIds(tv)).toHaveLength(wrapsBefore.length - 1);
    ok(await tv.backend.invoke('auth:signOut', {}));
    fails(await tv.backend.invoke('auth:signIn', { username: PSYCHOLOGIST.username, password }), 'INVALID_CREDENTIALS');
    tv.clock.t += 1000;
    await adminSession(tv);
    const enabled = ok(
      await tv.backend.invoke('accounts:enable', { id: account.id, temporaryPassword: 'Welcome-Back-Steppe-42' }),
    );
    expect(enabled).toMatchObject({ active: true, mustChangePassword: true });
    ok(await tv.backend.invoke('auth:signOut', {}));
    ok(await tv.backend.invoke('auth:signIn', { username: PSYCHOLOGIST.username, password: 'Welcome-Back-Steppe-42' }));
  });

  it('never leaves the facility without an active admin', async () => {
    tv = newVault();
    const { signedIn: session } = await setUpVault(tv);
    const me = session.account.id;
    fails(await tv.backend.invoke('accounts:disable', { id: me }), 'SELF_DISABLE');
    fails(
      await tv.backend.invoke('accounts:update', { id: me, fullName: ADMIN.fullName, roles: ['psychologist'], language: 'en' }),
      'LAST_ADMIN',
    );
    const second = ok(await tv.backend.invoke('accounts:create', { ...PSYCHOLOGIST, username: 'second', roles: ['admin'] }));
    // With a second admin, the first may give up the role…
    ok(
      await tv.backend.invoke('accounts:update', {
        id: me,
        fullName: ADMIN.fullName,
        roles: ['admin', 'psychologist'],
        language: 'en',
      }),
    );
    // …and the second admin can be disabled only while another remains.
    ok(await tv.backend.invoke('accounts:disable', { id: second.id }));
    fails(
      await tv.backend.invoke('accounts:update', { id: me, fullName: ADMIN.fullName, roles: ['psychologist'], language: 'en' }),
      'LAST_ADMIN',
    );
    const list = ok(await tv.backend.invoke('accounts:list', {}));
    expect(list.find((a) => a.id === me)?.roles).toContain('admin');
  });

  it('reports unknown accounts as not found', async () => {
    tv = newVault();
    await setUpVault(tv);
    fails(await tv.backend.invoke('accounts:disable', { id: 'f'.repeat(32) }), 'NOT_FOUND');
  });
});

describe('usernames (issue 12)', () => {
  it('refuses non-Latin usernames and look-alikes of existing ones', async () => {
    tv = newVault();
    await setUpVault(tv);
    fails(await tv.backend.invoke('accounts:create', { ...PSYCHOLOGIST, username: 'тгкдфтюф' }), 'VALIDATION');
    ok(await tv.backend.invoke('accounts:create', { ...PSYCHOLOGIST, username: 'nurlan.a' }));
    // A Cyrillic «а» in the same letters is not Latin; 1 for i makes a look-alike of the admin's name.
    fails(await tv.backend.invoke('accounts:create', { ...PSYCHOLOGIST, username: 'nurlаn.a' }), 'VALIDATION');
    fails(await tv.backend.invoke('accounts:create', { ...PSYCHOLOGIST, username: 'a1gerim' }), 'USERNAME_CONFUSABLE');
  });

  it('renames an account: audited with both names, the same password opens with the new name only', async () => {
    tv = newVault();
    await setUpVault(tv);
    const { account, password } = await addPsychologist(tv);
    await adminSession(tv);
    fails(await tv.backend.invoke('accounts:rename', { id: account.id, username: 'a1gerim' }), 'USERNAME_CONFUSABLE');
    fails(await tv.backend.invoke('accounts:rename', { id: account.id, username: 'AIGERIM' }), 'USERNAME_TAKEN');
    const renamed = ok(await tv.backend.invoke('accounts:rename', { id: account.id, username: 'Nurlan.S' }));
    expect(renamed.username).toBe('nurlan.s');
    const audit = ok(await tv.backend.invoke('audit:list', { action: 'account.renamed', limit: 10, offset: 0 }));
    expect(audit.entries.map((e) => [e.targetId, e.details])).toEqual([[account.id, { from: 'nurlan', to: 'nurlan.s' }]]);
    await tv.backend.invoke('auth:signOut', {});
    fails(await tv.backend.invoke('auth:signIn', { username: account.username, password }), 'INVALID_CREDENTIALS');
    tv.clock.t += 60_000; // past the pause after a failed attempt
    const me = ok(await tv.backend.invoke('auth:signIn', { username: 'nurlan.s', password }));
    expect(me.account.username).toBe('nurlan.s');
  });
});
