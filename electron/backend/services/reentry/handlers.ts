import type { reentryChannels } from '../../../contract/reentryChannels';
import type { DomainHandlers } from '../handlerMap';
import { exportReentryPdf } from './reentryExport';
import { getReentryPlan, saveReentryDates, saveReentryItem } from './reentryService';

/** Handlers of the re-entry plan; typed from the contract, so a channel without one does not compile. */
export const reentryHandlers = {
  'reentry:get': getReentryPlan,
  'reentry:saveDates': saveReentryDates,
  'reentry:saveItem': saveReentryItem,
  'reentry:exportPdf': exportReentryPdf,
} satisfies DomainHandlers<typeof reentryChannels>;
