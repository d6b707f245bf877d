import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, type TestVault, fails, newVault, ok, setUpVault } from './helpers';

/**
 * Issue 10: 40 wrong guesses at one's own current password took 0.4 s and left no trace. They are
 * now slowed down like sign-in (1 s, 2 s, 4 s … from the same counter in the key file) and each
 * one is audited.
 */
let tv: TestVault | undefined;
afterEach(async () => tv?.dispose());

const NEW_PASSWORD = 'Another-Good-One-5521';
const guess = (vault: TestVault, currentPassword: string) =>
  vault.backend.invoke('account:changePassword', { currentPassword, newPassword: NEW_PASSWORD });

async function failuresAudited(vault: TestVault): Promise<number> {
  const { entries } = ok(
    await vault.backend.invoke('audit:list', { action: 'account.passwordChangeFailed', limit: 100, offset: 0 }),
  );
  return entries.length;
}

describe('changing one’s own password with a wrong current password', () => {
  it('waits longer after each wrong guess, refuses even the right password meanwhile, and audits every failure', async () => {
    const vault = (tv = newVault());
    await setUpVault(vault);

    expect(fails(await guess(vault, 'guess-1'), 'INVALID_CREDENTIALS').details?.retryAfterMs).toBe(1000);
    // Within the delay nothing is checked, not even the right password.
    expect(fails(await guess(vault, ADMIN.password), 'THROTTLED').details?.retryAfterMs).toBe(1000);
    vault.clock.t += 1000;
    expect(fails(await guess(vault, 'guess-2'), 'INVALID_CREDENTIALS').details?.retryAfterMs).toBe(2000);
    vault.clock.t += 1999;
    expect(fails(await guess(vault, 'guess-3'), 'THROTTLED').details?.retryAfterMs).toBe(1);
    vault.clock.t += 1;
    expect(fails(await guess(vault, 'guess-3'), 'INVALID_CREDENTIALS').details?.retryAfterMs).toBe(4000);
    expect(await failuresAudited(vault)).toBe(3);

    // The entries say who failed and nothing of what was typed.
    const { entries } = ok(
      await vault.backend.invoke('audit:list', { action: 'account.passwordChangeFailed', limit: 10, offset: 0 }),
    );
    expect(JSON.stringify(entries)).not.toMatch(/guess|Another-Good/);
    const me = ok(await vault.backend.invoke('vault:status', {})).signedIn?.account.id;
    expect(entries.every((e) => e.actorId === me && e.targetId === me)).toBe(true);

    vault.clock.t += 4000;
    ok(await guess(vault, ADMIN.password));
    // The right password ended the run: the next mistake waits 1 s again.
    expect(fails(await guess(vault, 'guess-4'), 'INVALID_CREDENTIALS').details?.retryAfterMs).toBe(1000);
  });

  it('keeps the delay across an app restart, and it delays sign-in at this computer too', async () => {
    const vault = (tv = newVault());
    await setUpVault(vault);
    for (let i = 0; i < 4; i++) {
      fails(await guess(vault, `guess-${i}`), 'INVALID_CREDENTIALS');
      vault.clock.t += 1000 * 2 ** i;
    }
    fails(await guess(vault, 'guess-5'), 'INVALID_CREDENTIALS'); // the 5th: 16 s
    vault.clock.t += 5000;
    const backend = await vault.restart();
    const signIn = fails(
      await backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }),
      'THROTTLED',
    );
    expect(signIn.details?.retryAfterMs).toBe(11_000);
    vault.clock.t += 11_000;
    ok(await backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
    expect(await failuresAudited(vault)).toBe(5);
  });
});
