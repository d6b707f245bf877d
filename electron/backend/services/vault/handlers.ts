import type { vaultChannels } from '../../../contract/vaultChannels';
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
  'auth:signOut': signOut,
  'auth:flushed': flushAnswered,
  'auth:activity': noteActivity,
} satisfies DomainHandlers<typeof vaultChannels>;
