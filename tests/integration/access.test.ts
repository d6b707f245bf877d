import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, type ChannelName, channels } from '../../electron/contract/channels';
import { ROLES, type Role } from '../../electron/contract/roles';
import { ADMIN, type TestVault, fails, newVault, ok, setUpVault } from './helpers';

const MALFORMED: unknown[] = [null, undefined, 42, 'text', [], { unexpected: true }, { id: "1' OR 1=1 --" }];
const restricted = CHANNEL_NAMES.filter((c) => channels[c].access.kind === 'roles');
const needsSession = CHANNEL_NAMES.filter((c) => channels[c].access.kind !== 'public');

let tv: TestVault;
const passwords: Record<Role, string> = {
  admin: ADMIN.password,
  psychologist: 'Psy-Own-Password-2026!',
  facilitator: 'Fac-Own-Password-2026!',
  supervisor: 'Sup-Own-Password-2026!',
};

async function signInAs(role: Role): Promise<void> {
  await tv.backend.invoke('auth:signOut', {});
  ok(
    await tv.backend.invoke('auth:signIn', {
      username: role === 'admin' ? ADMIN.username : `only-${role}`,
      password: passwords[role],
    }),
  );
}

beforeAll(async () => {
  tv = newVault();
  await setUpVault(tv);
  for (const role of ROLES.filter((r) => r !== 'admin')) {
    const temporaryPassword = `Temporary-${role}-Password-77`;
    ok(
      await tv.backend.invoke('accounts:create', {
        fullName: `Only ${role}`,
        username: `only-${role}`,
        roles: [role],
        language: 'en',
        temporaryPassword,
      }),
    );
    ok(await tv.backend.invoke('auth:signOut', {}));
    ok(await tv.backend.invoke('auth:signIn', { username: `only-${role}`, password: temporaryPassword }));
    ok(await tv.backend.invoke('account:changePassword', { currentPassword: temporaryPassword, newPassword: passwords[role] }));
    await signInAs('admin');
  }
});
afterAll(async () => tv?.dispose());

describe('every channel checks session, role and input in the backend', () => {
  it('refuses an unknown channel', async () => {
    fails(await tv.backend.invokeRaw('clients:dropAll', {}), 'UNKNOWN_CHANNEL');
    fails(await tv.backend.invokeRaw('__proto__', {}), 'UNKNOWN_CHANNEL');
    fails(await tv.backend.invokeRaw(42, {}), 'UNKNOWN_CHANNEL');
  });

  it.each(needsSession)('%s refuses a caller who is not signed in', async (channel) => {
    await tv.backend.invoke('auth:signOut', {});
    fails(await tv.backend.invokeRaw(channel, {}), 'UNAUTHENTICATED');
    await signInAs('admin');
  });

  it.each(restricted)('%s refuses every role it does not allow', async (channel) => {
    const access = channels[channel].access;
    if (access.kind !== 'roles') throw new Error('unreachable');
    const denied = ROLES.filter((r) => !access.roles.includes(r));
    expect(denied.length).toBeGreaterThan(0);
    for (const role of denied) {
      await signInAs(role);
      const error = fails(await tv.backend.invokeRaw(channel, {}), 'FORBIDDEN');
      expect(error.message).toContain('requires');
    }
    await signInAs('admin');
  });

  it.each(CHANNEL_NAMES)('%s answers malformed input with a typed validation error', async (channel: ChannelName) => {
    // As someone the channel allows, so the input check is what answers.
    const access = channels[channel].access;
    await signInAs(access.kind === 'roles' && !access.roles.includes('admin') ? access.roles[0]! : 'admin');
    for (const input of MALFORMED) {
      const result = await tv.backend.invokeRaw(channel, input);
      expect(result.ok, `${channel} accepted ${JSON.stringify(input)}`).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('VALIDATION');
        expect(result.error.details?.issues?.length).toBeGreaterThan(0);
      }
    }
  });

  // Issue 6: facilitators see a group member's code, alias, language and group history, never the client record.
  it('refuses every client and assessment channel to a facilitator-only account', async () => {
    const clinical = CHANNEL_NAMES.filter((c) => c.startsWith('clients:') || c.startsWith('assessments:'));
    expect(clinical.length).toBeGreaterThan(0);
    await signInAs('facilitator');
    for (const channel of clinical) fails(await tv.backend.invokeRaw(channel, {}), 'FORBIDDEN');
    await signInAs('admin');
  });

  // Issue 5: psychologists run assessments; admins may read them (get, listForClient) but never start, change or sign one.
  it('opens assessment reads to psychologists and admins, and every other assessment channel to psychologists only', () => {
    const assessment = CHANNEL_NAMES.filter((c) => c.startsWith('assessments:'));
    const readable = new Set(['assessments:get', 'assessments:listForClient']);
    for (const channel of assessment) {
      const access = channels[channel].access;
      expect(access, channel).toEqual({
        kind: 'roles',
        roles: readable.has(channel) ? ['psychologist', 'admin'] : ['psychologist'],
      });
    }
  });

  it('lets a person with a temporary password do nothing but change it', async () => {
    await signInAs('admin');
    ok(
      await tv.backend.invoke('accounts:create', {
        fullName: 'Second Admin',
        username: 'second-admin',
        roles: ['admin'],
        language: 'kk',
        temporaryPassword: 'Given-By-First-Admin-31',
      }),
    );
    await tv.backend.invoke('auth:signOut', {});
    const s = ok(await tv.backend.invoke('auth:signIn', { username: 'second-admin', password: 'Given-By-First-Admin-31' }));
    expect(s.account.mustChangePassword).toBe(true);
    const error = fails(await tv.backend.invoke('accounts:list', {}), 'FORBIDDEN');
    expect(error.details?.reasons).toEqual(['mustChangePassword']);
    ok(await tv.backend.invoke('settings:get', {}));
    const changed = ok(
      await tv.backend.invoke('account:changePassword', {
        currentPassword: 'Given-By-First-Admin-31',
        newPassword: 'Lake-Balkhash-Morning-8',
      }),
    );
    expect(changed.account.mustChangePassword).toBe(false);
    ok(await tv.backend.invoke('accounts:list', {}));
    await signInAs('admin');
  });
});
