import type { reportChannels } from '../../../contract/reportChannels';
import type { DomainHandlers } from '../handlerMap';
import { exportAssessmentPdf } from './reportService';

/** Handler of the PDF report; typed from the contract, so a channel without one does not compile. */
export const reportHandlers = {
  'assessments:exportPdf': exportAssessmentPdf,
} satisfies DomainHandlers<typeof reportChannels>;
