import type { keyChannels } from '../../../contract/keyChannels';
import type { DomainHandlers } from '../handlerMap';
import { prepareRotation, rotate } from './keyRotation';
import { cancelPending } from './pending';
import { confirmRecoveryKey, prepareRecoveryKey } from './recoveryKeyRenewal';

export const keyHandlers = {
  'keys:prepareRecoveryKey': prepareRecoveryKey,
  'keys:confirmRecoveryKey': confirmRecoveryKey,
  'keys:prepareRotation': prepareRotation,
  'keys:rotate': rotate,
  'keys:cancel': cancelPending,
} satisfies DomainHandlers<typeof keyChannels>;
