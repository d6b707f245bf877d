import type { legalStatusChannels } from '../../../contract/legalStatusChannels';
import type { DomainHandlers } from '../handlerMap';
import { applyMapping, mappingState } from './mapping';

/** The one-time mapping of the old legal statuses (issue 17 §4, migration 0016). */
export const legalStatusHandlers = {
  'legalStatus:mappingState': (s) => mappingState(s),
  'legalStatus:applyMapping': applyMapping,
} satisfies DomainHandlers<typeof legalStatusChannels>;
