import type { clientModeChannels } from '../../../contract/clientModeChannels';
import type { DomainHandlers } from '../handlerMap';
import { enterClientMode, exitClientMode } from './clientModeService';

export const clientModeHandlers = {
  'clientMode:enter': enterClientMode,
  'clientMode:exit': exitClientMode,
} satisfies DomainHandlers<typeof clientModeChannels>;
