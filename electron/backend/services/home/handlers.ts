import type { homeChannels } from '../../../contract/homeChannels';
import type { DomainHandlers } from '../handlerMap';
import { homeDue } from './homeService';

/** The home screen's handler, typed from the contract. */
export const homeHandlers = {
  'home:due': homeDue,
} satisfies DomainHandlers<typeof homeChannels>;
