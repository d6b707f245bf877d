import type { vaultChannels } from '../../../contract/vaultChannels';
import { startAutomaticBackup } from '../backup/automatic';
import type { DomainHandlers } from '../handlerMap';
import { openDataFolder } from './dataFolder';
import { flushAnswered } from './lockFlush';
import { lockByHand, noteActivity, recoverWithKey, signIn, signOut } from './signInService';
import { setScreenLanguage, vaultStatus } from './vaultStatus';
import { setupVault } from './vaultSetup';

export const vaultHandlers = {
  'vault:status': vaultStatus,
  'vault:setup': setupVault,
  'vault:setLanguage': setScreenLanguage,
  'vault:openDataFolder': openDataFolder,
  'vault:recover': recoverWithKey,
  'auth:signIn': signIn,
  'auth:lock': lockByHand,
  // The automatic backup (issue 16) starts before the sign-out closes the database and finishes on its own.
  'auth:signOut': (s) => {
    startAutomaticBackup(s);
    return signOut(s);
  },
  'auth:flushed': flushAnswered,
  'auth:activity': noteActivity,
} satisfies DomainHandlers<typeof vaultChannels>;
