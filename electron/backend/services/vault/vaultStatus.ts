import type { z } from 'zod';
import { AppFailure } from '../../../contract/errors';
import type { VaultStatus } from '../../../contract/schemas';
import type { vaultChannels } from '../../../contract/vaultChannels';
import { retryAfterMs } from '../../vault/throttle';
import { readUiPrefs, writeUiPrefs } from '../../vault/uiPrefs';
import type { PublicContext } from '../context';
import { signInState } from '../signedIn';
import { signedInView } from './signedInView';

/** Where the vault stands, for the first screen the renderer shows. Reads only. */
export function vaultStatus(ctx: PublicContext): VaultStatus {
  const { vault } = ctx;
  const language = readUiPrefs(vault.paths.uiPrefs).language;
  const base = { language, lockedUser: null, signedIn: null, retryAfterMs: 0 };
  const problem = vault.problem();
  if (problem === 'uninitialized') return { ...base, state: 'uninitialized' };
  if (problem) return { ...base, state: 'unavailable', problem };
  const open = vault.currentSignIn();
  if (open)
    return {
      ...base,
      state: 'signed-in',
      signedIn: signedInView(open),
      clientMode: signInState(open).clientMode?.target ?? null,
    };
  const locked = vault.lockedUser;
  return {
    ...base,
    // The lock screen speaks the language of the person who locked it (issue 12, item 7).
    language: locked?.language ?? language,
    state: locked ? 'locked' : 'signed-out',
    lockedUser: locked ? { username: locked.username, fullName: locked.fullName } : null,
    retryAfterMs: retryAfterMs(vault.keyFile().throttle, vault.now()),
  };
}

/**
 * The language of the screens shown before sign-in (vault:setLanguage). It lives in ui.json beside
 * the vault, outside the encrypted database, so it needs a vault but nobody signed in.
 */
export function setScreenLanguage(
  ctx: PublicContext,
  { language }: z.output<(typeof vaultChannels)['vault:setLanguage']['input']>,
): null {
  if (!ctx.vault.isInitialized()) throw new AppFailure('VAULT_MISSING', 'set up the vault first');
  writeUiPrefs(ctx.vault.paths.uiPrefs, { language });
  // Chosen on the lock screen itself: the lock screen follows the choice, not the locked person's setting.
  if (ctx.vault.lockedUser) ctx.vault.lockedUser = { ...ctx.vault.lockedUser, language };
  return null;
}
