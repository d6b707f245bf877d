import type { settingsChannels } from '../../../contract/settingsChannels';
import type { DomainHandlers } from '../handlerMap';
import { readSettings, updateSettings } from './settingsService';

export const settingsHandlers = {
  'settings:get': readSettings,
  'settings:update': updateSettings,
} satisfies DomainHandlers<typeof settingsChannels>;
