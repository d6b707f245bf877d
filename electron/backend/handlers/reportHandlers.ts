import type { reportChannels } from '../../contract/reportChannels';
import type { Handlers } from '../handlers';
import { exportAssessmentPdf } from '../services/report/reportService';

/** Handler of the PDF report; typed from the contract, so a channel without one does not compile. */
export const reportHandlers: Pick<Handlers, keyof typeof reportChannels> = {
  'assessments:exportPdf': (ctx, input) => exportAssessmentPdf(ctx, input),
};
