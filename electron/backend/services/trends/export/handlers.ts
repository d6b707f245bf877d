import type { trendsExportChannels } from '../../../../contract/trendsExportChannels';
import type { DomainHandlers } from '../../handlerMap';
import { exportTrends } from './exportTrends';

/** CSV and PDF of a Trends view; typed from the contract, so a channel without a handler does not compile. */
export const trendsExportHandlers = {
  'trends:exportCsv': (s, input) => exportTrends(s, input, 'csv'),
  'trends:exportPdf': (s, input) => exportTrends(s, input, 'pdf'),
} satisfies DomainHandlers<typeof trendsExportChannels>;
